/**
 * Inputs of about 1 MB built to trip regexes into catastrophic backtracking: long runs of
 * spaces, digits, punctuation, nested bullets, unclosed markup. Shared by the robustness
 * test (which guards against super-linear time) and the parser benchmark (which measures
 * the under-a-second target).
 */
const MB = 1024 * 1024

export function pathologicalInputs(seed: string): [name: string, text: string][] {
  return [
    ['spaces', ' '.repeat(MB)],
    ['spaces between words', `Senior Engineer${' '.repeat(MB)}Python`],
    ['digits', '7'.repeat(MB)],
    ['digits and separators', '1,000 - '.repeat(MB / 8)],
    ['currency', '$1,5'.repeat(MB / 4)],
    ['punctuation', '.,;:!?-()[]{}'.repeat(MB / 13)],
    ['nested bullets', '- * • - * • '.repeat(MB / 12)],
    ['bullet lines', '  - - - - item\n'.repeat(MB / 15)],
    ['one long word', 'a'.repeat(MB)],
    ['capitalised words', 'Senior Staff Lead '.repeat(MB / 18)],
    ['markdown brackets', '[['.repeat(MB / 2)],
    ['markdown links', '[x](http://'.repeat(MB / 11)],
    ['emphasis', '*_'.repeat(MB / 2)],
    ['html tags', '<div><p>'.repeat(MB / 8)],
    ['unclosed tags', '<p class="'.repeat(MB / 10)],
    ['unclosed scripts', '<html><script>'.repeat(MB / 14)],
    ['emoji', '🌎💰🕵️'.repeat(MB / 8)],
    ['newlines', '\n'.repeat(MB)],
    ['pipes', 'Acme | '.repeat(MB / 7)],
    ['at signs', 'a@b.'.repeat(MB / 4)],
    ['days', '3 days / week at the office '.repeat(MB / 28)],
    ['repeated posting', seed.repeat(Math.ceil(MB / seed.length))],
  ]
}
