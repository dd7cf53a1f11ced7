// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import {
  disableControls,
  enablePrerenderedControls,
  PRERENDER_DISABLED,
} from './prerendered-controls'

describe('disableControls', () => {
  it('disables and marks each control React rendered enabled', () => {
    expect(
      disableControls(
        '<p>a</p><button type="button">Go</button><select id="s"><option>x</option></select>' +
          '<input type="search" value=""/><textarea rows="2"></textarea>',
      ),
    ).toBe(
      `<p>a</p><button disabled="" ${PRERENDER_DISABLED}="" type="button">Go</button>` +
        `<select disabled="" ${PRERENDER_DISABLED}="" id="s"><option>x</option></select>` +
        `<input disabled="" ${PRERENDER_DISABLED}="" type="search" value=""/>` +
        `<textarea disabled="" ${PRERENDER_DISABLED}="" rows="2"></textarea>`,
    )
  })

  it('leaves a control React rendered disabled as it is: the app keeps it disabled', () => {
    const html = '<button disabled="" type="button">Apply</button>'
    expect(disableControls(html)).toBe(html)
  })

  it('reads no tag out of text or attribute values, which React escapes', () => {
    const html =
      '<p>&lt;button&gt; and &lt;input&gt;</p><a title="&lt;select&gt;" href="/x">x</a>' +
      '<buttons-list></buttons-list>'
    expect(disableControls(html)).toBe(html)
  })
})

describe('enablePrerenderedControls', () => {
  it('enables the controls the prerender disabled, and no other', () => {
    document.body.innerHTML = disableControls(
      '<div><button type="button">Go</button><button disabled="" type="button">Off</button>' +
        '<input value=""/></div>',
    )
    enablePrerenderedControls(document.body)
    const [go, off] = document.querySelectorAll('button')
    expect(go!.disabled).toBe(false)
    expect(off!.disabled).toBe(true)
    expect(document.querySelector('input')!.disabled).toBe(false)
    expect(document.querySelectorAll(`[${PRERENDER_DISABLED}]`)).toHaveLength(0)
  })
})
