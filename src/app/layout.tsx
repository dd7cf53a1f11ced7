import { NavLink, Outlet } from 'react-router'
import { GlobalUi } from './global-ui'

const navClass = ({ isActive }: { isActive: boolean }) =>
  `rounded-md px-3 py-2 text-sm font-medium ${isActive ? 'bg-accent-soft text-ink' : 'text-muted hover:text-ink'}`

export function Layout() {
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-3">
          <NavLink to="/" className="text-lg font-bold tracking-tight text-ink">
            Roleboard
          </NavLink>
          <nav aria-label="Main" className="flex gap-1">
            <NavLink to="/" end className={navClass}>
              Board
            </NavLink>
            <NavLink to="/saved" className={navClass}>
              Saved
            </NavLink>
            <NavLink to="/import" className={navClass}>
              Paste a posting
            </NavLink>
          </nav>
        </div>
      </header>
      <main id="main" className="flex-1">
        <Outlet />
      </main>
      <GlobalUi />
    </div>
  )
}
