import { useEffect } from 'react'
import { Outlet, useMatch } from 'react-router'
import { markSeen } from '@/storage/actions'
import { getAppStore } from '@/storage/app-store'

/** Wraps the posting route: opening a posting marks the role as seen. */
export function RecordVisit() {
  const id = useMatch('/jobs/:id')?.params.id
  useEffect(() => {
    // A seen mark is a hint; a refused write shows the store's notice.
    if (id) void markSeen(getAppStore(), id)
  }, [id])
  return <Outlet />
}
