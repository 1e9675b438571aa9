// A project's own words (issue 12, item 2): the lists are built once per distinct content, the
// editor's session and the paragraph memo survive a new configuration object with the same words,
// and lists over the caps are cut with one clear message.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {AnalysisSession, lint} from '../server/src/engine/index.ts'
import {loadWords, maxEntryLength, maxListEntries} from '../server/src/engine/words.ts'

test('word lists are built once per distinct content, whatever the order, case or object', () => {
  const first = loadWords({vagueSources: ['pundits', 'Bloggers'], cues: ['testify']})
  const again = loadWords({cues: [' testify '], vagueSources: ['bloggers', 'pundits', 'pundits']})
  assert.equal(again, first)
  assert.notEqual(first.key, '')
  assert.equal(loadWords({}), loadWords({cues: []}))
  assert.equal(loadWords({}).key, '')
  // Different content, different lists.
  const other = loadWords({vagueSources: ['pundits']})
  assert.notEqual(other, first)
  assert.notEqual(other.key, first.key)
  assert.ok(first.vagueSources.has('bloggers') && !other.vagueSources.has('bloggers'))
})

test('an edit linted with a new but equal configuration keeps the paragraphs the edit left alone', () => {
  const paragraphs = Array.from({length: 6}, (_, index) => `Pundits say the ferry ${index} will stop in the spring. The harbour master said so on Monday.`)
  const session = new AnalysisSession()
  // The server builds a new configuration object for every lint; the words in it are the same.
  const configuration = () => ({words: {vagueSources: ['pundits']}})
  const first = lint(paragraphs.join('\n\n'), {format: 'markdown', session, configuration: configuration()})
  const kept = first.analysis.sentences.slice(0, 2)
  paragraphs[5] += ' It rained.'
  const second = lint(paragraphs.join('\n\n'), {format: 'markdown', session, configuration: configuration()})
  // The same objects: read once, not again with a list that only looked new.
  assert.equal(second.analysis.sentences[0], kept[0])
  assert.equal(second.analysis.sentences[1], kept[1])
  assert.ok(second.findings.some((finding) => finding.ruleId === 'vague-attribution'))
  // A different word list reads the draft again.
  const third = lint(paragraphs.join('\n\n'), {format: 'markdown', session, configuration: {words: {vagueSources: ['pundits', 'insiders']}}})
  assert.notEqual(third.analysis.sentences[0], kept[0])
})

test('a word list over the cap is cut to its first entries, with one message', () => {
  const cues = Array.from({length: 100_000}, (_, index) => `v${index.toString(36)}`)
  const problems: Array<{message: string}> = []
  const words = loadWords({cues}, problems)
  assert.deepEqual(problems.map((problem) => problem.message), [`Word list "cues" has 100,000 entries; only the first ${maxListEntries.toLocaleString('en')} are used. Keep each word list under ${maxListEntries.toLocaleString('en')} entries.`])
  assert.ok(words.cueForms.has(cues[maxListEntries - 1]))
  assert.ok(!words.cueForms.has(cues[maxListEntries]))
})

test('an entry longer than the cap is skipped, with one message for the list', () => {
  const problems: Array<{message: string}> = []
  const long = 'x'.repeat(maxEntryLength + 1)
  const words = loadWords({vagueSources: [long, long + 'y', 'pundits'], documents: ['x'.repeat(maxEntryLength)]}, problems)
  assert.deepEqual(problems.map((problem) => problem.message), [`Word list "vagueSources" has 2 entries longer than ${maxEntryLength} characters; they were skipped.`])
  assert.ok(words.vagueSources.has('pundits') && !words.vagueSources.has(long))
  assert.ok(words.documentWords.has('x'.repeat(maxEntryLength)))
})
