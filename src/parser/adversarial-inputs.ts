/**
 * Hostile inputs, each family a function of its size in characters, built to find
 * super-linear time or deep recursion anywhere in the parser: unclosed markup, deep JSON,
 * huge arrays, long runs of one character, binary bytes. Shared by the linear-time test
 * (the same family at two sizes) and the parser benchmark (each family at 1 MB).
 */
export type AdversarialFamily = {
  name: string
  kind: 'text' | 'html' | 'json'
  make: (size: number) => string
}

/** `unit` repeated to about `size` characters, after `head` and before `tail`. */
function fill(unit: string, size: number, head = '', tail = ''): string {
  const times = Math.max(1, Math.ceil((size - head.length - tail.length) / unit.length))
  return head + unit.repeat(times) + tail
}

/** Nested `open` … `close` pairs around `inner`, about `size` characters in all. */
function nest(open: string, close: string, inner: string, size: number, head = '', tail = '') {
  const depth = Math.max(1, Math.floor((size - inner.length) / (open.length + close.length)))
  return head + open.repeat(depth) + inner + close.repeat(depth) + tail
}

/** Deterministic pseudo-random characters below `limit` (xorshift), so runs compare. */
function noise(size: number, limit: number, seed = 7): string {
  let x = seed
  const codes = new Array<number>(size)
  for (let i = 0; i < size; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    codes[i] = (x >>> 0) % limit
  }
  let out = ''
  for (let i = 0; i < size; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192))
  return out
}

const PAGE = '<!doctype html><html><body><h1>Senior Backend Engineer</h1><p>Acme is hiring.</p>'
const JOB = '"@type": "JobPosting", "title": "Backend Engineer", "description": "Build APIs."'

export const ADVERSARIAL_FAMILIES: readonly AdversarialFamily[] = [
  // Markup that never closes: each opening must cost one scan, not one scan per opening.
  { name: 'unclosed comments', kind: 'html', make: (n) => fill('<p>x</p><!--', n, PAGE) },
  { name: 'one comment without end', kind: 'html', make: (n) => fill('a <b> ', n, `${PAGE}<!--`) },
  { name: 'unclosed scripts', kind: 'html', make: (n) => fill('<html><script>', n) },
  {
    name: 'unclosed JSON-LD scripts',
    kind: 'html',
    make: (n) => fill(`<script type="application/ld+json">{${JOB}`, n, PAGE),
  },
  { name: 'unclosed attributes', kind: 'html', make: (n) => fill('<p class="', n, PAGE) },
  { name: 'block tags without >', kind: 'html', make: (n) => fill('<div ', n, PAGE) },
  { name: 'headings without >', kind: 'html', make: (n) => fill('<h2 ', n, PAGE) },
  { name: 'list items without >', kind: 'html', make: (n) => fill('<li ', n, PAGE) },
  { name: 'strong tags without >', kind: 'html', make: (n) => fill('<b ', n, PAGE) },
  { name: 'tags without >', kind: 'html', make: (n) => fill('<a ', n, PAGE) },
  { name: 'lone <', kind: 'html', make: (n) => fill('<', n, PAGE) },
  { name: 'declarations without >', kind: 'html', make: (n) => fill('<!x', n, PAGE) },
  {
    name: 'attribute soup',
    kind: 'html',
    make: (n) => fill(`a="x>y" b='<p>' c=d e `, n, `${PAGE}<div `, '>Python</div>'),
  },
  {
    name: 'deeply nested tags',
    kind: 'html',
    make: (n) => nest('<div><ul><li>', '', 'Go', n, PAGE),
  },
  {
    name: 'mismatched closing tags',
    kind: 'html',
    make: (n) =>
      PAGE + '<div><span>'.repeat(Math.floor(n / 22)) + '</p></li>'.repeat(Math.floor(n / 18)),
  },
  {
    name: 'entity soup',
    kind: 'html',
    make: (n) => fill('&amp;&#x1F600;&constructor;&#99999999;&', n, PAGE),
  },
  { name: 'an ampersand and letters', kind: 'html', make: (n) => fill('a', n, `${PAGE}&`) },
  // JSON: depth, width and half-finished documents.
  { name: 'deep arrays', kind: 'json', make: (n) => nest('[', ']', '1', n) },
  { name: 'deep objects', kind: 'json', make: (n) => nest('{"a":', '}', '1', n) },
  {
    name: 'deep title in a JobPosting',
    kind: 'json',
    make: (n) =>
      nest('{"name":', '}', '"Engineer"', n, `{${JOB.replace('"title"', '"x"')}, "title": `, '}'),
  },
  { name: 'deep @graph', kind: 'json', make: (n) => nest('{"@graph": [', ']}', `{${JOB}}`, n) },
  {
    name: 'deep JSON-LD in a page',
    kind: 'html',
    make: (n) =>
      nest('[', ']', `{${JOB}}`, n, `${PAGE}<script type="application/ld+json">`, '</script>'),
  },
  { name: 'unclosed arrays', kind: 'json', make: (n) => fill('[', n) },
  {
    name: 'huge location array',
    kind: 'json',
    make: (n) =>
      fill(
        '{"address": {"addressLocality": "Paris", "addressCountry": "FR"}}, ',
        n,
        `{${JOB}, "jobLocation": [`,
        '{}]}',
      ),
  },
  {
    name: 'huge skills array',
    kind: 'json',
    make: (n) => fill('"Python", "Go", ', n, `{${JOB}, "skills": [`, '"Rust"]}'),
  },
  {
    name: 'huge array of postings',
    kind: 'json',
    make: (n) => fill('{"@type": "Thing"}, ', n, '[', `{${JOB}}]`),
  },
  // Text: runs of one character, binary, control and direction characters, long lines.
  { name: 'NUL bytes', kind: 'text', make: (n) => fill('\0', n, 'Senior Engineer\n') },
  { name: 'binary bytes', kind: 'text', make: (n) => noise(n, 256) },
  { name: 'random BMP characters', kind: 'text', make: (n) => noise(n, 0xd800, 11) },
  {
    name: 'terminal escapes and bidi overrides',
    kind: 'text',
    make: (n) => fill('\u001b[31m\u202eRemote\u2066 \u001b]0;title\u0007 ', n),
  },
  { name: 'one long line of words', kind: 'text', make: (n) => fill('Senior Python engineer ', n) },
  { name: 'spaces', kind: 'text', make: (n) => ' '.repeat(n) },
  {
    name: 'spaces between words',
    kind: 'text',
    make: (n) => fill(' ', n, 'Senior Engineer', 'Python'),
  },
  { name: 'digits', kind: 'text', make: (n) => '7'.repeat(n) },
  { name: 'digits and separators', kind: 'text', make: (n) => fill('1,000 - ', n) },
  { name: 'currency', kind: 'text', make: (n) => fill('$1,5', n) },
  { name: 'punctuation', kind: 'text', make: (n) => fill('.,;:!?-()[]{}', n) },
  { name: 'nested bullets', kind: 'text', make: (n) => fill('- * • - * • ', n) },
  { name: 'bullet lines', kind: 'text', make: (n) => fill('  - - - - item\n', n) },
  { name: 'one long word', kind: 'text', make: (n) => 'a'.repeat(n) },
  { name: 'capitalised words', kind: 'text', make: (n) => fill('Senior Staff Lead ', n) },
  { name: 'markdown brackets', kind: 'text', make: (n) => fill('[', n) },
  { name: 'markdown links', kind: 'text', make: (n) => fill('[x](http://', n) },
  { name: 'emphasis', kind: 'text', make: (n) => fill('*_', n) },
  { name: 'front matter without end', kind: 'text', make: (n) => fill('key: value\n', n, '---\n') },
  { name: 'emoji', kind: 'text', make: (n) => fill('🌎💰🕵️', n) },
  { name: 'newlines', kind: 'text', make: (n) => '\n'.repeat(n) },
  { name: 'pipes', kind: 'text', make: (n) => fill('Acme | ', n) },
  { name: 'at signs', kind: 'text', make: (n) => fill('a@b.', n) },
  { name: 'office days', kind: 'text', make: (n) => fill('3 days / week at the office ', n) },
  {
    name: 'repeated posting lines',
    kind: 'text',
    make: (n) =>
      fill(
        'Senior Backend Engineer\nAcme · Berlin, Germany · Hybrid\nRequirements:\n- 5+ years of Go and PostgreSQL\n€70,000 – €85,000 a year\n\n',
        n,
      ),
  },
]
