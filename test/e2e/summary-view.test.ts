// The sourcing summary view's HTML, without VS Code (it runs under `npm test`): the page keeps a
// strict Content Security Policy and loads nothing remote, draft text is escaped, every row leads to
// a first mention, and the client reads the summary exactly as the engine builds it.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {nonce, summaryPage} from '../../client/src/summary/page.ts'
import {escapeHtml, isSourcingSummary, renderMessage, renderSummary, targetOf, type SourcingSummary} from '../../client/src/summary/render.ts'
import {lint} from '../../server/src/engine/index.ts'
import {sourcingSummary} from '../../server/src/engine/summary.ts'

const draft = [
  '# Council weighs library cuts',
  '',
  'The council will close two branches, council clerk Amara Osei said.',
  '',
  '“We have run out of good options, and the libraries are what is left,” said Mayor Lena Dorsey.',
  '',
  'A senior city hall aide said the sale could bring in millions.',
  '',
  'Critics say the closures are the worst cuts in a generation.',
  ''
].join('\n')

function engineSummary(text = draft): unknown {
  return sourcingSummary(lint(text, {format: 'markdown'}).analysis)
}

function summaryOf(text = draft): SourcingSummary {
  const summary = engineSummary(text)
  assert.ok(isSourcingSummary(summary), 'the engine summary is what the view reads')
  return summary
}

test('the client reads the summary the engine builds', () => {
  const summary = summaryOf()
  assert.deepEqual(
    summary.sources.map((source) => [source.name, source.kind]),
    [
      ['council clerk Amara Osei', 'named'],
      ['Mayor Lena Dorsey', 'named'],
      ['A senior city hall aide', 'anonymous'],
      ['Critics', 'vague']
    ]
  )
  assert.equal(isSourcingSummary(null), false)
  assert.equal(isSourcingSummary({sources: 'none'}), false)
})

test('the page has a strict Content Security Policy with a nonce, and loads nothing remote', () => {
  const value = nonce()
  assert.notEqual(value, nonce(), 'a new nonce each time')
  const page = summaryPage({cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: value, content: renderSummary(summaryOf(), 'council.md')})
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1]
  assert.ok(csp, 'a CSP meta tag')
  assert.match(csp, /default-src 'none'/)
  assert.match(csp, new RegExp(`script-src 'nonce-${value.replace(/[+/=]/g, '\\$&')}'`))
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/)
  for (const tag of page.match(/<(script|style)\b[^>]*>/g) ?? []) assert.match(tag, new RegExp(`nonce="${value.replace(/[+/=]/g, '\\$&')}"`), tag)
  // The CSP blocks style attributes: widths are SVG attributes.
  assert.doesNotMatch(page, /\sstyle=/)
  const withoutCsp = page.replace(csp, '')
  assert.doesNotMatch(withoutCsp, /\b(src|href)=["']?(https?:)?\/\//, 'no remote resources')
  assert.doesNotMatch(withoutCsp, /https?:\/\//, 'no remote URLs at all')
})

test('the view follows the theme through CSS variables', () => {
  const page = summaryPage({cspSource: 'vscode-resource:', nonce: 'n', content: ''})
  for (const variable of ['--vscode-foreground', '--vscode-editor-background', '--vscode-focusBorder', '--vscode-textLink-foreground', '--vscode-charts-green']) assert.ok(page.includes(`var(${variable}`), variable)
  assert.doesNotMatch(page.replace(/<script[^]*<\/script>/, ''), /#[0-9a-f]{3,6}\b/i, 'no fixed colours')
})

test('draft text is escaped', () => {
  const summary = summaryOf('Officials said <img src=x onerror=alert(1)> would “never” happen, according to <b>Bob</b>.\n')
  const html = renderSummary(summary, '<draft>.md')
  assert.doesNotMatch(html, /<img|<b>|<draft>/)
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;')
  assert.doesNotMatch(renderMessage('<x>', '<y>'), /<x>|<y>/)
})

test('the bar, the sourced shares and the anonymous sources with no reason', () => {
  const html = renderSummary(summaryOf(), 'council.md')
  assert.match(html, /aria-label="Attributions: 2 named \(50%\), 1 anonymous \(25%\), 1 vague \(25%\)"/)
  assert.match(html, /<rect class="named" x="0.000" y="0" width="50.000"/)
  assert.match(html, /1 of 1 direct quote has a speaker; the speaker is named\./)
  const anonymous = /<section aria-labelledby="anonymous-heading">[^]*?<\/section>/.exec(html)?.[0] ?? ''
  assert.match(anonymous, /A senior city hall aide/)
  assert.match(anonymous, /data-line="6" data-character="0"/)
})

test('every source is a keyboard-reachable button that leads to its first mention', () => {
  const summary = summaryOf()
  const html = renderSummary(summary, 'council.md')
  const rows = html.match(/<tr class="row"[^>]*>/g) ?? []
  assert.equal(rows.length, summary.sources.length)
  const buttons = /<tbody>[^]*<\/tbody>/.exec(html)![0].match(/<button type="button" class="jump"[^>]*>/g) ?? []
  assert.equal(buttons.length, summary.sources.length)
  for (const [index, source] of summary.sources.entries()) {
    const target = targetOf(source.firstMention)
    assert.equal(draft.split('\n')[target.line].slice(target.character).startsWith(source.name), true, source.name)
    assert.match(buttons[index], new RegExp(`data-line="${target.line}" data-character="${target.character}"`))
    assert.match(buttons[index], /aria-label="[^"]+Go to its first mention, line \d+\."/)
  }
})

test('a draft with no attributions says so', () => {
  const html = renderSummary(summaryOf('The council met on Tuesday.\n'), 'quiet.md')
  assert.match(html, /No attributions yet|0 in all/)
  assert.match(html, /No sources yet/)
  assert.match(html, /No direct quotes\./)
  assert.match(html, /<rect class="empty"/)
})
