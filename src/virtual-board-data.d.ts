declare module 'virtual:postings' {
  import type { Posting } from '@/model/posting'
  const postings: Posting[]
  export default postings
}
