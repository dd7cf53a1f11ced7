import { SaveSearchControl } from './save-search-control'

/** What the saved feature adds above the board: saving the current view as a search. */
export function BoardExtras() {
  return (
    <div className="mx-auto flex max-w-7xl justify-end px-4 pt-3 sm:px-6">
      <SaveSearchControl />
    </div>
  )
}
