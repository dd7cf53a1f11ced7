import { describe, expect, it } from 'vitest'
import { htmlToText, readHtml } from './html.ts'
import { parsePosting } from './index.ts'

describe('readHtml', () => {
  it('keeps the page’s title apart from its text', () => {
    const page = readHtml(
      '<html><head><title>Data Engineer | Kornfeld &amp; Söhne GmbH</title></head><body><h1>Data Engineer</h1></body></html>',
    )
    expect(page.title).toBe('Data Engineer | Kornfeld & Söhne GmbH')
    expect(page.text).not.toContain('Kornfeld')
  })

  it('writes blocks as lines, list items as bullets, headings and bold as Markdown', () => {
    expect(
      readHtml('<h2 class="t">Requirements</h2><ul><li>Go</li><li><b>Rust</b></li></ul><p>End</p>')
        .text,
    ).toBe('\n## Requirements\n\n- Go\n\n- **Rust**\n\nEnd\n')
  })

  it('writes a definition list’s terms and values as field lines', () => {
    expect(
      htmlToText(
        '<dl><dt>Dienstort</dt><dd>7000 Eisenstadt</dd>\n<dt>Ort:</dt> <dd>Wien</dd></dl><p>std::move</p>',
      ),
    ).toBe('\n\nDienstort: 7000 Eisenstadt\n\nOrt: Wien\n\nstd::move\n')
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

describe('links in a saved page', () => {
  it('keeps an http(s) anchor as a Markdown link, its entities decoded once', () => {
    expect(
      htmlToText('<p><a href="https://jobs.example/apply?id=7&amp;src=page">Apply now</a></p>'),
    ).toBe('\n[Apply now](https://jobs.example/apply?id=7&src=page)\n')
  })

  it('leaves a link whose text is its address as that text', () => {
    expect(
      htmlToText('Apply: <a href="https://acme.example/jobs">https://acme.example/jobs</a>'),
    ).toBe('Apply: https://acme.example/jobs')
  })

  it('keeps only the text of a link that leads nowhere from a saved page', () => {
    const html =
      '<p><a href="javascript:alert(1)">Apply</a> <a href="/jobs/7">More</a> <a href="mailto:a@b.example">Mail</a></p>'
    expect(htmlToText(html)).toBe('\nApply More Mail\n')
  })

  it('leaves a link around blocks as plain text, and escapes brackets in its address', () => {
    expect(htmlToText('<a href="https://a.example/"><div>Role</div></a>')).toBe('\nRole\n')
    expect(htmlToText('<a href="https://a.example/x (1)">x</a>')).toBe(
      '[x](https://a.example/x%20%281%29)',
    )
  })
})

describe('a list item opening with its label in an inline element', () => {
  it('reads as the fact box’s field line when the label is a field’s', () => {
    const text = htmlToText(
      '<ul><li><span>Locatie</span> Zwolle of Eindhoven</li><li><strong>Salary</strong> €50k</li></ul>',
    )
    expect(text).toContain('- Locatie: Zwolle of Eindhoven\n')
    expect(text).toContain('- **Salary**: €50k\n')
  })
  it('stays as written when the first words are no label', () => {
    expect(htmlToText('<ul><li><b>Python</b> is our main language</li></ul>')).toContain(
      '- **Python** is our main language\n',
    )
  })
})

describe('a saved careers page whose employer only its title and logo name', () => {
  const page = (title: string) =>
    `<html><head><title>${title}</title></head><body><a href="./">← Zurück zur Übersicht</a><h1>Frontend Engineer (m/w/d)</h1><p>Festanstellung, Vollzeit · Ulm, Remote</p><h2>Deine Aufgaben</h2><ul><li>Du baust unsere Web-App mit React und TypeScript.</li></ul><footer>© 2026 Kornfeld Robotik GmbH</footer></body></html>`
  const company = (title: string) => {
    const result = parsePosting(page(title), { file: 'page.html' })
    if (!result.ok) throw new Error(result.error)
    return result.posting.company
  }

  it('reads the employer from the title’s part with a legal form', () => {
    expect(company('Frontend Engineer (m/w/d) | Kornfeld Robotik GmbH')).toBe('Kornfeld Robotik')
  })

  it('takes no site’s name from a title without one', () => {
    expect(company('Frontend Engineer (m/w/d) - CDI - Ulm | Jobwelt')).toBeNull()
  })
})

describe('a company blog’s hiring post saved as a page', () => {
  it('takes the employer from the site’s name in the page title, named again in the text', () => {
    const html = `<!DOCTYPE html><html><head><title>We're hiring a Senior Platform Engineer | Fernwick Engineering</title></head>
<body><header><a href="/"><img src="/logo.svg" alt="Fernwick"></a><nav><a href="/product">Product</a></nav><a href="/demo">Book a demo</a></header>
<article><h1>We're hiring a Senior Platform Engineer</h1>
<p>Every morning 3,000 vans pull their routes from Fernwick. When Fernwick started, the product ran on one server.</p>
<h2>What you'll do</h2><ul><li>Run our Go services on Kubernetes</li><li>Own Terraform and our deploys</li></ul>
<p>You can work from home anywhere in the UK, with an office in Leeds if you want one.</p></article></body></html>`
    const result = parsePosting(html, { file: 'post.html' })
    if (!result.ok) throw new Error(result.error)
    expect([result.posting.company, result.posting.title]).toEqual([
      'Fernwick',
      'Senior Platform Engineer',
    ])
  })
})

describe('links side by side', () => {
  it('are read apart, as the page shows them', () => {
    expect(
      htmlToText('<div><a href="#">Aceitar todos</a><a href="#">Rejeitar</a></div>').trim(),
    ).toBe('Aceitar todos Rejeitar')
    expect(htmlToText('<p>Read <a href="#">the guide</a>, then apply.</p>').trim()).toBe(
      'Read the guide, then apply.',
    )
  })
})

describe('a saved careers page with a cookie notice and department tags over the title', () => {
  it('names the company of the page, not the notice’s buttons nor the department', () => {
    const html = [
      '<html lang="pt-PT"><head><title>Backend Engineer | Carreiras | Salina Labs</title></head><body>',
      '<div class="cookie-banner"><p>Utilizamos cookies para melhorar a tua experiência. Podes aceitar todos ou escolher.</p>',
      '<div class="cookie-buttons"><a href="#">Aceitar todos</a><a href="#">Rejeitar</a><a href="#">Preferências</a></div></div>',
      '<section><div class="job-tags"><div>Engenharia</div><div>Lisboa</div><div>Híbrido</div></div>',
      '<h1>Backend Engineer</h1></section>',
      '<section><h2>Sobre a Salina Labs</h2><p>A Salina Labs faz software para salinas e aquacultura. Trabalharás com Go e PostgreSQL.</p>',
      '<p>Modelo híbrido: 2 dias por semana no escritório em Lisboa.</p></section></body></html>',
    ].join('')
    const result = parsePosting(html, { file: 'salina.html' })
    expect(result.ok && result.posting.company).toBe('Salina Labs')
  })
})
