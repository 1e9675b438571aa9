// The engine's sourcing summary (shared by --report sources and the language server's summary
// request): sources grouped as an editor counts them, shares of claims and quotes attributed.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../../server/src/engine/index.ts'
import {sourcingSummary} from '../../server/src/engine/summary.ts'

const summaryOf = (text: string) => {
  const result = lint(text, {format: 'markdown'})
  return sourcingSummary(result.analysis, result.findings)
}
const rows = (text: string) => summaryOf(text).sources.map((source) => `${source.kind} ${source.name}: ${source.attributions}/${source.quotes}`)

test('a surname and a pronoun count for the full name the draft introduced', () => {
  const text = [
    'Hospital president Gerald Okonkwo-Hale said the talks had stalled.',
    '',
    '“We have made our best offer and we will not move on staffing,” he said.',
    '',
    'Okonkwo-Hale added that the strike would cost the hospital money.',
    ''
  ].join('\n')
  assert.deepEqual(rows(text), ['named Hospital president Gerald Okonkwo-Hale: 3/1'])
  assert.deepEqual(summaryOf(text).sources[0].mentions, ['Hospital president Gerald Okonkwo-Hale', 'he', 'Okonkwo-Hale'])
})

test('a back-reference ("the aide") is the source introduced before it; a new description is a new source', () => {
  const text = [
    'A senior aide to the mayor said the vote was close.',
    '',
    'The aide said the council would meet again.',
    '',
    'A junior clerk said the minutes were late.',
    ''
  ].join('\n')
  assert.deepEqual(rows(text), ['anonymous A senior aide to the mayor: 2/0', 'anonymous A junior clerk: 1/0'])
  assert.deepEqual(summaryOf(text).anonymousWithoutReason, ['A senior aide to the mayor', 'A junior clerk'])
})

test('a reason for anonymity in the sentence or the next one counts', () => {
  const text = 'Two officials said the plan had been dropped. They spoke on condition of anonymity because they were not authorized to discuss it.\n'
  const summary = summaryOf(text)
  assert.equal(summary.sources[0].reasonGiven, true)
  assert.deepEqual(summary.anonymousWithoutReason, [])
})

test('vague crowds and documents are told apart from speakers', () => {
  const text = 'Critics say the plan is reckless. According to a memo, the plan was drafted in March.\n'
  const summary = summaryOf(text)
  assert.deepEqual(summary.sources.map((source) => [source.kind, source.name]), [['vague', 'Critics']])
  assert.deepEqual(summary.documents.map((document) => document.name), ['a memo'])
  assert.deepEqual(summary.attributions, {named: 0, anonymous: 0, vague: 1})
})

test('claims: attributed, noted or unsourced; quotes: attributed and named', () => {
  const text = [
    'The council plans to cut the budget, Mayor Lena Dorsey said.',
    '',
    'The cut is likely to close two branches.[^1]',
    '',
    'The library is expected to lose staff.',
    '',
    '“We cannot run a library on good will alone,” one librarian said.',
    '',
    '“This is the end of an era for the whole town,” read a sign.',
    '',
    '[^1]: Council budget, page 4.',
    ''
  ].join('\n')
  const summary = summaryOf(text)
  assert.deepEqual(summary.claims, {total: 3, attributed: 1, noted: 1, unsourced: 1, accepted: 0, share: 1 / 3})
  assert.equal(summary.quotes.total, 2)
  assert.equal(summary.quotes.named, 0)
})

test('an empty draft has no sources and no shares', () => {
  const summary = summaryOf('')
  assert.deepEqual(summary, {
    sources: [],
    documents: [],
    attributions: {named: 0, anonymous: 0, vague: 0},
    claims: {total: 0, attributed: 0, noted: 0, unsourced: 0, accepted: 0, share: null},
    quotes: {total: 0, attributed: 0, named: 0, share: null},
    anonymousWithoutReason: [],
    items: {named: [], anonymous: [], vague: [], claimsAttributed: [], claimsNoted: [], claimsUnsourced: [], claimsAccepted: [], quotesWithSpeaker: [], quotesWithoutSpeaker: [], findings: [], accepted: []}
  })
})

test('first mentions carry line, column and offset', () => {
  const text = 'Intro line.\n\nMayor Lena Dorsey said the vote was close.\n'
  const [source] = summaryOf(text).sources
  assert.deepEqual(source.firstMention, {start: {line: 3, column: 1, offset: 13}, end: {line: 3, column: 18, offset: 30}})
})
