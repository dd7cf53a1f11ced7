import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { PostingActionsProvider } from '@/components/posting-actions-slot'
import { renderPostingActions } from './posting-actions'
import { createQueryClient } from './query-client'
import { router } from './router'
import './styles.css'

const queryClient = createQueryClient()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <PostingActionsProvider value={renderPostingActions}>
        <RouterProvider router={router} />
      </PostingActionsProvider>
    </QueryClientProvider>
  </StrictMode>,
)
