// --report sources: who each draft relies on, as a table on a terminal and as JSON with --format json.

import assert from 'node:assert/strict'
import {join} from 'node:path'
import {after, before, test} from 'node:test'
import type {Attribution} from '../../server/src/engine/attributions.ts'
import type {SourcingSummary} from '../../server/src/engine/summary.ts'
import {cli, removeProject, tempProject} from './helpers.ts'

let project: string

const story = [
  'Mayor Lena Dorsey said the budget was balanced.',
  '',
  '“We will not close a single branch this year,” Dorsey said.',
  '',
  'A senior city hall aide said the council plans to cut library hours.',
  '',
  'Critics say the plan is reckless.',
  '',
  'The council plans to cut the library budget.',
  ''
].join('\n')

before(() => {
  project = tempProject({'story.md': story, 'empty.md': 'Nothing here names anyone.\n'})
})

after(() => removeProject(project))

test('JSON: each draft\'s sources with counts, shares and the anonymous sources with no reason', () => {
  const run = cli(['--report', 'sources', '--format', 'json', 'story.md', 'empty.md'], {cwd: project})
  assert.equal(run.code, 0, run.stderr)
  type Report = Omit<SourcingSummary, 'attributions'> & {filePath: string; attributionsByKind: SourcingSummary['attributions']; attributions: Attribution[]}
  const [report, empty] = JSON.parse(run.stdout) as Report[]
  assert.equal(report.filePath, join(project, 'story.md'))
  assert.deepEqual(
    report.sources.map((source) => [source.name, source.kind, source.attributions, source.quotes]),
    [
      ['Mayor Lena Dorsey', 'named', 2, 1],
      ['A senior city hall aide', 'anonymous', 1, 0],
      ['Critics', 'vague', 1, 0]
    ]
  )
  assert.deepEqual(report.sources[0].mentions, ['Mayor Lena Dorsey', 'Dorsey'])
  assert.deepEqual(report.sources[0].firstMention.start, {line: 1, column: 1, offset: 0})
  assert.deepEqual(report.quotes, {total: 1, attributed: 1, named: 1, share: 1})
  assert.deepEqual(report.claims, {total: 3, attributed: 2, noted: 0, unsourced: 1, accepted: 0, share: 2 / 3})
  assert.deepEqual(report.attributionsByKind, {named: 2, anonymous: 1, vague: 1})
  // Every attribution, quote by quote, with 0-based offsets into the draft.
  const quoteStart = story.indexOf('“We will')
  const quoted = report.attributions.find((attribution) => attribution.quote)!
  assert.deepEqual(quoted, {
    cue: {text: 'said', start: story.indexOf('said.'), end: story.indexOf('said.') + 4},
    source: {text: 'Dorsey', kind: 'named', start: story.indexOf('Dorsey said.'), end: story.indexOf('Dorsey said.') + 6},
    quote: {start: quoteStart, end: story.indexOf('”') + 1},
    how: 'same sentence'
  })
  assert.deepEqual(report.attributions.map((attribution) => attribution.source.text), ['Mayor Lena Dorsey', 'Dorsey', 'A senior city hall aide', 'Critics'])
  assert.deepEqual(empty.attributions, [])
  assert.deepEqual(report.anonymousWithoutReason, ['A senior city hall aide'])
  assert.deepEqual(empty.sources, [])
  assert.equal(empty.claims.share, null)
})

test('a table for people', () => {
  const run = cli(['--report', 'sources', 'story.md'], {cwd: project})
  assert.equal(run.code, 0)
  const out = run.stdout.split('\n')
  assert.equal(out[1], 'story.md')
  assert.match(out[2], /^\s+source\s+kind\s+attributions\s+quotes$/)
  assert.match(out[3], /^\s+Mayor Lena Dorsey\s+named\s+2\s+1$/)
  assert.match(out[4], /^\s+A senior city hall aide\s+anonymous\s+1\s+0\s+no reason given$/)
  assert.match(out[5], /^\s+Critics\s+vague\s+1\s+0$/)
  assert.match(run.stdout, /claims attributed: 2 of 3 \(67%\)/)
  assert.match(run.stdout, /quotes attributed: 1 of 1 \(100%\), 1 to a named speaker/)
  assert.match(run.stdout, /anonymous with no reason given: “A senior city hall aide”/)
})

test('the report does not fail the build on findings; bad input still exits 2', () => {
  assert.equal(cli(['--report', 'sources', 'story.md', '--rule', 'unattributed-claim:error'], {cwd: project}).code, 0)
  assert.equal(cli(['--report', 'sources', 'story.md', 'missing.md'], {cwd: project}).code, 2)
})

test('--report with a format that has no report form says so and prints the table', () => {
  const run = cli(['--report', 'sources', '--format', 'sarif', 'story.md'], {cwd: project})
  assert.equal(run.code, 2)
  assert.match(run.stderr, /--report sources prints a table, or JSON with --format json/)
  assert.match(run.stdout, /Mayor Lena Dorsey/)
})
