import { useState } from 'react'
import { getAppStore } from '@/storage/app-store'
import { useQuarantine, useStorageNotices } from '@/storage/hooks'
import { buildExport } from '@/storage/export'
import { downloadFile, exportFileName } from '@/lib/download'

const button =
  'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium text-ink hover:bg-raised disabled:opacity-60'

function exportAll() {
  const store = getAppStore()
  const file = buildExport(store.getSnapshot(), store.now())
  downloadFile(`${exportFileName('data')}.json`, 'application/json', JSON.stringify(file, null, 2))
}

/** Problems with stored data, on every page until dealt with. */
export function StorageNotices() {
  const notices = useStorageNotices()
  const quarantine = useQuarantine()
  const [exported, setExported] = useState(false)
  const [later, setLater] = useState(false)
  const setAside = later ? 0 : quarantine.size
  if (notices.length === 0 && setAside === 0) return null
  return (
    <section
      aria-label="Notices about your saved data"
      className="mx-auto flex max-w-3xl flex-col gap-2 p-3"
    >
      {notices.map((notice) => (
        <div
          key={notice.id}
          role={notice.level === 'error' ? 'alert' : 'status'}
          className="flex flex-wrap items-start gap-3 rounded-lg border border-line bg-warn-soft p-3 text-sm text-ink shadow-lg"
        >
          <p className="min-w-0 flex-1">{notice.message}</p>
          <div className="flex gap-2">
            <button type="button" className={button} onClick={exportAll}>
              Export data
            </button>
            <button
              type="button"
              className={button}
              onClick={() => getAppStore().dismissNotice(notice.id)}
            >
              Dismiss
            </button>
          </div>
        </div>
      ))}
      {setAside > 0 && (
        <div
          role="status"
          className="flex flex-wrap items-start gap-3 rounded-lg border border-line bg-warn-soft p-3 text-sm text-ink shadow-lg"
        >
          <p className="min-w-0 flex-1">
            {setAside === 1
              ? 'One item of saved data could not be read. '
              : `${setAside} items of saved data could not be read. `}
            They were set aside, not deleted, and the rest of your data works as usual. Export them
            to keep a copy; once exported you can discard them.
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              className={button}
              onClick={() => {
                exportAll()
                setExported(true)
              }}
            >
              Export data
            </button>
            <button
              type="button"
              className={button}
              disabled={!exported}
              title={exported ? undefined : 'Export first'}
              // Shown at once from the store's state; a refused write shows the store's notice.
              onClick={() => void getAppStore().discardQuarantine()}
            >
              Discard set-aside data
            </button>
            <button type="button" className={button} onClick={() => setLater(true)}>
              Not now
            </button>
          </div>
        </div>
      )}
    </section>
  )
}
