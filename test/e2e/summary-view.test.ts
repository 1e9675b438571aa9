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
  const result = lint(text, {format: 'markdown'})
  return sourcingSummary(result.analysis, result.findings)
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

test('the bar, the sourced shares and the anonymous source with no reason', () => {
  const html = renderSummary(summaryOf(), 'council.md')
  assert.match(html, /aria-label="Attributions: 2 named \(50%\), 1 anonymous \(25%\), 1 vague \(25%\)"/)
  assert.match(html, /<rect class="named" x="0.000" y="0" width="50.000"/)
  assert.match(html, /aria-label="Quotes with a speaker: 1 of 1 \(100%\)"/)
  const anonymous = /<details class="counted" id="findings:anonymous-source"[^]*?<\/details>/.exec(html)?.[0] ?? ''
  assert.match(anonymous, /1<\/strong> anonymous source with no reason given/)
  assert.match(anonymous, /A senior city hall aide/)
  assert.match(anonymous, /data-line="6" data-character="0"/)
  assert.match(html, /<th scope="row">[^]*?<div class="flag">no reason given<\/div>/)
})

/** Each count the view shows, with the number of items its list holds. */
function countsOf(html: string): Map<string, {value: number; listed: number}> {
  const counts = new Map<string, {value: number; listed: number}>()
  for (const match of html.matchAll(/<(details|div) class="counted[^"]*"(?: id="[^"]*")? data-count="([^"]+)" data-value="(\d+)">([^]*?)<\/\1>/g)) {
    const listed = (match[4].match(/<li>/g) ?? []).length
    counts.set(match[2], {value: Number(match[3]), listed})
  }
  return counts
}

test('every count opens to a list of exactly what it counts, and each item goes to its place', () => {
  const text = draft + '\nThe closures are likely to anger readers.\n\nThe mayor is expected to resign.\n'
  const summary = summaryOf(text)
  const html = renderSummary(summary, 'council.md')
  const counts = countsOf(html)
  assert.ok(counts.size >= 10, `counts found: ${[...counts.keys()].join(', ')}`)
  for (const [key, {value, listed}] of counts) assert.equal(listed, value, `${key}: the count and its list agree`)
  assert.equal(counts.get('claims:unsourced')?.value, 2)
  assert.match(html, /<strong class="count">2<\/strong> unsourced claims/)
  // Each listed unsourced claim is the rule's finding, and leads to its claim words.
  const unsourced = /<details class="counted" id="claims:unsourced"[^]*?<\/details>/.exec(html)![0]
  const lines = text.split('\n')
  for (const button of unsourced.match(/<button[^>]*>/g) ?? []) {
    const line = Number(/data-line="(\d+)"/.exec(button)![1])
    const character = Number(/data-character="(\d+)"/.exec(button)![1])
    assert.match(lines[line].slice(character), /^(are likely|is expected)/)
  }
})

test('the findings the view counts are the lint\'s findings, rule by rule, as the Problems view counts them', () => {
  const text = draft + '\nThe closures are likely to anger readers.\n\nOfficials said the branches cost $2 million a year.\n'
  const result = lint(text, {format: 'markdown'})
  const html = renderSummary(sourcingSummary(result.analysis, result.findings), 'council.md')
  const counts = countsOf(html)
  const byRule = new Map<string, number>()
  for (const finding of result.findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1)
  assert.ok(byRule.size >= 4)
  for (const [rule, count] of byRule) assert.equal(counts.get(`findings:${rule}`)?.value, count, rule)
  assert.match(html, new RegExp(`data-count="findings" data-value="${result.findings.length}"`))
  assert.equal(counts.get('claims:unsourced')?.value, byRule.get('unattributed-claim'))
})

test('a claim left unsourced by a suppression comment is counted apart, not as unsourced', () => {
  const text = 'The mayor is expected to resign.\n\n<!-- attribution-lint-disable-next-line unattributed-claim -->\nThe council is likely to object.\n'
  const summary = summaryOf(text)
  assert.equal(summary.claims.unsourced, 1)
  assert.equal(summary.claims.accepted, 1)
  assert.equal(summary.items.claimsAccepted[0].text, 'The council is likely to object.')
})

test('a closed draft says so and offers to reopen it', () => {
  const html = renderMessage('council.md is closed', 'It is no longer open.', {id: 'reopen', label: 'Reopen council.md'})
  assert.match(html, /<button type="button" class="action primary" data-action="reopen"[^>]*>Reopen council.md<\/button>/)
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

test('accepted findings are listed with their reason and an Undo button, and counted apart from the unsourced', () => {
  const text = 'The mayor is expected to resign.\n\nThe council is likely to object.\n'
  const result = lint(text, {format: 'markdown', configuration: {accepted: [{rule: 'unattributed-claim', sentence: 'The mayor is expected to resign.', reason: 'Said on air.'}]}})
  const summary = sourcingSummary(result.analysis, result.findings, result.accepted)
  const html = renderSummary(summary, 'budget.md')
  const accepted = /<section aria-labelledby="accepted-heading">[^]*?<\/section>/.exec(html)?.[0] ?? ''
  assert.match(accepted, /data-count="accepted" data-value="1"/)
  assert.match(accepted, /The mayor is expected to resign\./)
  assert.match(accepted, /Why: Said on air\./)
  assert.match(accepted, /<button type="button" class="action" data-action="unaccept" data-index="0"/)
  assert.equal(countsOf(html).get('claims:unsourced')?.value, 1)
  assert.equal(countsOf(html).get('claims:accepted')?.value, 1)
  assert.doesNotMatch(renderSummary(summaryOf(), 'council.md'), /accepted-heading/, 'no section when nothing is accepted')
})
