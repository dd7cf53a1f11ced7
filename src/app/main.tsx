import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { PostingSlotsProvider } from '@/components/posting-actions-slot'
import { prefetchFirstView } from '@/data/board-files-query'
import { openAppStore } from '@/storage/app-store'
import { postingSlots } from './posting-slots'
import { createQueryClient } from './query-client'
import { router } from './router'
import './styles.css'

const queryClient = createQueryClient()
// The board's own first screen loads with the script, not after React's first render.
if (window.location.pathname === '/') prefetchFirstView(queryClient)

// The saved data is read before the first render, so no view draws without it (the shell
// in index.html shows meanwhile). openAppStore never rejects: it falls back to memory.
void openAppStore().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <PostingSlotsProvider value={postingSlots}>
          <RouterProvider router={router} />
        </PostingSlotsProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
)
