import { ANY_LANGUAGE_NAME, SENTENCE_BREAK, SPOKEN_LANGUAGE } from './patterns.ts'

const CODES: Record<string, string> = {
  EN: 'English',
  FR: 'French',
  DE: 'German',
  ES: 'Spanish',
  IT: 'Italian',
  PT: 'Portuguese',
  NL: 'Dutch',
  PL: 'Polish',
}

/** Languages the role asks people to speak ("English must be a no-brainer", "Bilingual (FR/EN)"). */
export function spokenLanguages(text: string): string[] {
  const found: string[] = []
  if (!ANY_LANGUAGE_NAME.test(text)) return found
  const add = (name: string) => {
    if (!found.includes(name)) found.push(name)
  }
  for (const sentence of text.split(SENTENCE_BREAK)) {
    if (!ANY_LANGUAGE_NAME.test(sentence)) continue
    const bilingual = /\bbilingual\s*\(([A-Z]{2})\s*[/&,]\s*([A-Z]{2})\)/i.exec(sentence)
    if (bilingual) {
      for (const code of [bilingual[1], bilingual[2]]) {
        const name = CODES[(code ?? '').toUpperCase()]
        if (name) add(name)
      }
    }
    for (const pattern of SPOKEN_LANGUAGE) {
      pattern.lastIndex = 0
      for (const m of sentence.matchAll(pattern)) {
        const name = m[1] ?? m[2]
        if (name) add(name.charAt(0).toUpperCase() + name.slice(1).toLowerCase())
      }
    }
  }
  return found
}
