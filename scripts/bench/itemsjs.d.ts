// itemsjs ships no types; the little of its API the search benchmark uses.
declare module 'itemsjs' {
  type Bucket = { key: string; doc_count: number }
  type Response<T> = {
    data: { items: T[]; aggregations: Record<string, { buckets: Bucket[] }> }
    pagination: { total: number }
  }
  type Engine<T> = {
    search(options: { filters?: Record<string, string[]>; per_page?: number }): Response<T>
  }
  export default function itemsjs<T>(
    items: T[],
    configuration: { aggregations: Record<string, object>; native_search_enabled?: boolean },
  ): Engine<T>
}
