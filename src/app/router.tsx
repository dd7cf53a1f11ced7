import { lazy } from 'react'
import type { RouteObject } from 'react-router'
import { BoardPage } from '@/features/board/components/board-page'
import { SaveSearchControl } from '@/features/saved/components/save-search-control'
import { RecordVisit } from '@/features/saved/components/record-visit'
import { Layout } from './layout'

// The board's preview pane (wide screens) loads with the first role previewed.
const PostingPreview = lazy(async () => ({
  default: (await import('@/features/posting/components/posting-preview')).PostingPreview,
}))

// The app's routes: main.tsx makes the browser's router of them, and the build renders
// the board's first view from them (prerender-board.tsx).
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: '/',
        element: (
          <BoardPage
            extras={<SaveSearchControl />}
            preview={(id) => <PostingPreview key={id} id={id} />}
          />
        ),
      },
      {
        // Opening a posting marks the role as seen.
        element: <RecordVisit />,
        children: [
          {
            path: '/jobs/:id',
            lazy: async () => ({
              Component: (await import('@/features/posting/components/posting-page')).PostingPage,
            }),
          },
        ],
      },
      {
        path: '/compare',
        lazy: async () => ({
          Component: (await import('@/features/compare/components/compare-page')).ComparePage,
        }),
      },
      {
        path: '/insights',
        lazy: async () => ({
          Component: (await import('@/features/insights/components/insights-page')).InsightsPage,
        }),
      },
      {
        path: '/saved',
        lazy: async () => ({
          Component: (await import('@/features/saved/components/saved-page')).SavedPage,
        }),
      },
      {
        path: '/import',
        lazy: async () => ({
          Component: (await import('@/features/import/components/import-page')).ImportPage,
        }),
      },
      {
        path: '/about',
        lazy: async () => ({
          Component: (await import('@/features/about/components/about-page')).AboutPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found')).NotFound }),
      },
    ],
  },
]
