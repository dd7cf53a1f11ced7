declare module 'virtual:board-data' {
  /** Where the build wrote the board's data files (README, "Data files"). */
  /** firstChunks: the card chunks the board's default view shows first. */
  const boardData: { base: string; firstChunks: number[] }
  export default boardData
}
