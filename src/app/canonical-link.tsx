import { useEffect } from 'react'
import { useLocation } from 'react-router'

// The build writes a canonical link (with the site's origin, README "Deploy") into the
// board's HTML and each posting page's. The app is one page for every route, so after a
// navigation, or on a route a static host answers with the board's HTML, that link would
// claim the view is the board. It follows the route: the board and a posting's page name
// themselves, other views (compare, saved, import) name none.
let link: HTMLLinkElement | null | undefined

const named = (pathname: string) => pathname === '/' || /^\/jobs\/[^/]+$/.test(pathname)

export function CanonicalLink() {
  const { pathname } = useLocation()
  useEffect(() => {
    link ??= document.querySelector<HTMLLinkElement>('link[rel="canonical"]')
    if (!link) return // built without SITE_ORIGIN: no canonical links anywhere
    if (named(pathname)) {
      link.href = new URL(pathname, link.href).href
      if (!link.isConnected) document.head.append(link)
    } else {
      link.remove()
    }
  }, [pathname])
  return null
}
