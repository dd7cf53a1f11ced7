import { describe, expect, it } from 'vitest'
import { readHtml } from './html.ts'

describe('readHtml', () => {
  it('writes blocks as lines, list items as bullets, headings and bold as Markdown', () => {
    expect(
      readHtml('<h2 class="t">Requirements</h2><ul><li>Go</li><li><b>Rust</b></li></ul><p>End</p>')
        .text,
    ).toBe('\n## Requirements\n\n- Go\n\n- **Rust**\n\nEnd\n')
  })

  it('drops scripts, styles and page furniture but keeps the JSON-LD a script in <head> holds', () => {
    const page = readHtml(
      '<head><title>T</title><script type="application/ld+json">{"@type":"JobPosting"}</script></head>' +
        '<nav><a>Jobs</a></nav><p>Kept</p><script>var a = "<p>not text</p>"</script><footer>Cookies</footer>',
    )
    expect(page.text).toBe('\nKept\n')
    expect(page.jsonLd).toEqual(['{"@type":"JobPosting"}'])
  })

  it('reads a ">" inside a quoted attribute value as part of the tag', () => {
    expect(readHtml(`<div title="a>b" data-x='<p>'>Python</div>`).text).toBe('\nPython\n')
  })

  it('keeps a "<" that opens no tag as text', () => {
    expect(readHtml('<p>pay < 50k and 3 <= 4</p>').text).toBe('\npay < 50k and 3 <= 4\n')
  })

  it('hides what follows an unclosed comment, tag or script, as a browser does', () => {
    expect(readHtml('<p>Before</p><!-- never closed <p>After</p>').text).toBe('\nBefore\n')
    expect(readHtml('<p>Before</p><p class="never closed>After').text).toBe('\nBefore\n')
    expect(readHtml('<p>Before</p><script>never closed <p>After</p>').text).toBe('\nBefore\n')
  })

  it('reads nested furniture to its own end, and a self-closed svg as empty', () => {
    expect(readHtml('<nav><nav>a</nav>b</nav>c<svg/>d<svg><text>e</text></svg>f').text).toBe('cdf')
  })

  it('decodes entities in the text, and no entity name reaches an object member', () => {
    expect(readHtml('<p>R&amp;D &constructor; &__proto__; &toString; &eacute;</p>').text).toBe(
      '\nR&D &constructor; &__proto__; &toString; é\n',
    )
  })
})
