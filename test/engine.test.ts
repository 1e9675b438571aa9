// Engine-level behaviour: ranges point at the right text in LF and CRLF drafts, with or without a
// byte-order mark; non-prose is ignored; bad input does not throw.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../server/src/engine/index.ts'
import {coveredText} from './helpers.ts'

const draft = [
  '# Budget vote',
  '',
  'The council plans to cut the library budget.',
  '',
  'The mayor said the cut would save $2 million a year.',
  ''
].join('\n')

for (const [name, text] of [
  ['LF', draft],
  ['CRLF', draft.replace(/\n/g, '\r\n')],
  ['BOM and CRLF', '\uFEFF' + draft.replace(/\n/g, '\r\n')]
] as const) {
  test(`ranges cover the triggering words in a ${name} draft`, () => {
    const {findings} = lint(text, {format: 'markdown'})
    const claim = findings.find((finding) => finding.ruleId === 'unattributed-claim')
    const figure = findings.find((finding) => finding.ruleId === 'missing-evidence')
    assert.ok(claim && figure, `expected a claim and a figure finding, got ${findings.map((finding) => finding.ruleId).join(', ')}`)
    assert.equal(coveredText(text, claim), 'plans to')
    assert.equal(claim.start.line, 3)
    assert.equal(claim.start.column, 13)
    assert.equal(coveredText(text, figure), '$2 million')
    assert.equal(figure.start.line, 5)
  })
}

test('front matter, code and inline code are not prose', () => {
  const text = ['---', 'note: the plant plans to close, costing 400 jobs', '---', '', '```', 'The firm plans to cut 300 jobs.', '```', '', 'Run `plans to cut 300 jobs` in the shell.', ''].join('\n')
  assert.deepEqual(lint(text, {format: 'markdown'}).findings, [])
})

test('empty drafts and drafts with no prose give no findings', () => {
  for (const text of ['', '\n\n', '```\ncode\n```\n', '\uFEFF']) assert.deepEqual(lint(text, {format: 'markdown'}).findings, [])
})

test('plain text reads a file with no blank line as one paragraph per line', () => {
  const text = 'A county official said the bridge would close.\n“We will not reopen it this year, and that is final,” she said.\n'
  const quote = lint(text, {format: 'text'}).findings.find((finding) => finding.ruleId === 'unnamed-speaker')
  assert.ok(quote, 'the pronoun on line 2 resolves to the anonymous official of line 1')
  assert.equal(quote.start.line, 2)
})

test('a multi-word named source from configuration matches without its article', () => {
  const text = 'A senior insider said the deal would close on Friday.'
  const anonymous = lint(text, {format: 'markdown'}).findings.filter((finding) => finding.ruleId === 'anonymous-source')
  assert.equal(anonymous.length, 1)
  const named = lint(text, {format: 'markdown', configuration: {rules: {}, words: {namedSources: ['senior insider']}}}).findings.filter((finding) => finding.ruleId === 'anonymous-source')
  assert.deepEqual(named, [])
})

test('a rule that throws is recorded as a failure and the other rules still report', async () => {
  const {ruleById} = await import('../server/src/engine/index.ts')
  const rule = ruleById.get('vague-attribution')!
  const check = rule.check
  rule.check = () => {
    throw new Error('boom')
  }
  try {
    const {findings} = lint('The council plans to cut the budget. Critics say it is too late.', {format: 'markdown'})
    assert.deepEqual(findings.map((finding) => finding.ruleId), ['engine', 'unattributed-claim'])
    assert.match(findings[0].message, /could not run the rule vague-attribution on this draft \(boom\)/)
  } finally {
    rule.check = check
  }
})

test('a footnote with no definition points at a definition with a similar label', () => {
  const text = 'The plant cut 40 jobs.[^jobs]\n\n[^job]: Plant filing, 2025.\n'
  const finding = lint(text, {format: 'markdown'}).findings.find((candidate) => candidate.ruleId === 'dangling-evidence' && candidate.message.startsWith('The footnote “jobs”'))
  assert.ok(finding)
  assert.equal(finding.related?.length, 1)
  assert.equal(text.slice(finding.related[0].start.offset, finding.related[0].end.offset), '[^job]:')
})
