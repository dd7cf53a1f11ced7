declare module 'virtual:board-data' {
  /** Where the build wrote the board's data files (README, "Data files"). */
  const boardData: { base: string }
  export default boardData
}
