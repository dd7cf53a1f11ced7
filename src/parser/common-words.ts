import commonWords from './words/common-words.data.json' with { type: 'json' }

const COMMON = new Set(commonWords.split(' '))

/** Whether a word (any case) is one of the frequent words of the eight posting languages. */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase())
}
