import { QueryClient } from '@tanstack/react-query'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        // Every query reads the app's own files or the browser's storage, which the service
        // worker may answer offline (scripts/offline.ts): try once even offline, never pause.
        networkMode: 'offlineFirst',
      },
    },
  })
}
