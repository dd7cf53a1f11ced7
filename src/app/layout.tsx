import { lazy, Suspense } from 'react'
import { Link, NavLink, Outlet, useLocation } from 'react-router'
import { RENDERED_ON, useHydrated, useRenderedOn } from '@/lib/use-hydrated'
import { CanonicalLink } from './canonical-link'
import { HeaderSettings } from './header-settings'
import { ThemeSwitch } from './theme-switch'

// The compare tray, storage notices and the hide toast show nothing on a first paint: they
// load after it, so the board's first-load JavaScript stays small.
const GlobalUi = lazy(async () => ({ default: (await import('./global-ui')).GlobalUi }))

const navClass = ({ isActive }: { isActive: boolean }) =>
  `whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium transition-colors sm:px-3 ${
    isActive ? 'bg-accent-soft text-ink' : 'text-muted hover:bg-raised hover:text-ink'
  }`

export function Layout() {
  // Not in the build's prerender (its lazy module cannot load there) nor, so, in the app's
  // hydration of that markup: it mounts in the transition right after (useHydrated).
  const hydrated = useHydrated()
  // The day the page was prerendered on, which the app's hydration counts ages from.
  const renderedOn = useRenderedOn()
  // Insights are of the board's current view: the link carries its filters.
  const { pathname, search } = useLocation()
  const boardSearch = pathname === '/' || pathname === '/insights' ? search : ''
  return (
    <div className="flex min-h-dvh flex-col" {...{ [RENDERED_ON]: renderedOn }}>
      <CanonicalLink />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-line bg-surface">
        {/* One row on a phone: the logo without its name, short link texts, the theme folded. */}
        <div className="relative mx-auto flex min-h-13 max-w-7xl items-center gap-x-2 px-4 py-2 sm:flex-wrap sm:gap-x-6 sm:gap-y-2 sm:px-6 sm:py-3">
          <NavLink
            to="/"
            className="inline-flex shrink-0 items-center gap-2 text-lg font-bold tracking-tight text-ink"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6">
              <rect width="24" height="24" rx="6" className="fill-accent" />
              <path
                d="M7 7h6a3 3 0 0 1 0 6h-1l4 4h-3l-4-4H9v4H7V7Zm2 2v2h4a1 1 0 0 0 0-2H9Z"
                className="fill-accent-ink"
              />
            </svg>
            <span className="sr-only sm:not-sr-only">Roleboard</span>
          </NavLink>
          <nav aria-label="Main" className="flex min-w-0 gap-0.5 overflow-x-auto sm:-mx-1 sm:gap-1">
            <NavLink to="/" end className={navClass}>
              Board
            </NavLink>
            <NavLink to={{ pathname: '/insights', search: boardSearch }} className={navClass}>
              Insights
            </NavLink>
            <NavLink to="/saved" className={navClass}>
              Saved
            </NavLink>
            <NavLink to="/import" className={navClass}>
              Paste<span className="sr-only sm:not-sr-only"> a posting</span>
            </NavLink>
          </nav>
          <HeaderSettings>
            <ThemeSwitch />
          </HeaderSettings>
        </div>
      </header>
      {/* Bottom padding leaves room for bars that other features fix to the bottom (compare tray). */}
      <main id="main" tabIndex={-1} className="flex-1 pb-20 outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-line py-6 text-center text-xs text-muted">
        Roleboard runs entirely in your browser. Nothing you do here leaves it.{' '}
        <Link to="/about" className="text-accent underline underline-offset-2">
          About this board
        </Link>
      </footer>
      {hydrated && (
        <Suspense fallback={null}>
          <GlobalUi />
        </Suspense>
      )}
    </div>
  )
}
