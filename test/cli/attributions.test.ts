// The attributions of the sources report: each direct quote with its speaker as written, the cue
// that ties them, and how the engine found it, in 0-based UTF-16 offsets into the draft.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {attributionsOf} from '../../server/src/engine/attributions.ts'
import {lint} from '../../server/src/engine/index.ts'

const attributionsIn = (text: string, format: 'markdown' | 'text' | 'draft' = 'markdown') => attributionsOf(lint(text, {format}).analysis)

test('a pronoun speaker is given as written, with the earlier mention it stands for', () => {
  const text = 'Warden Ilse Marr said the east wing would close.\n\n“Nobody will sleep in that wing again,” she said.\n'
  const [, quoted] = attributionsIn(text)
  assert.equal(quoted.how, 'pronoun')
  assert.deepEqual(quoted.source, {text: 'she', kind: 'named', start: text.indexOf('she'), end: text.indexOf('she') + 3, antecedent: {text: 'Warden Ilse Marr', start: 0, end: 16}})
  assert.deepEqual(quoted.quote, {start: text.indexOf('“'), end: text.indexOf('”') + 1})
})

test('a quote that takes the speaker of an earlier quote in its paragraph says so', () => {
  const text = '“The roof leaks in every storm,” said caretaker Odo Brant. “We put buckets under it every single night.”\n'
  const [first, second] = attributionsIn(text)
  assert.equal(first.how, 'same sentence')
  assert.equal(second.how, 'earlier quote')
  assert.equal(second.source.text, 'caretaker Odo Brant')
})

test('offsets count UTF-16 code units, as JavaScript strings do', () => {
  const text = '🚢 Harbour master Lio Tamm said the channel had silted up after the storm.\n'
  const [attribution] = attributionsIn(text, 'text')
  assert.equal(text.slice(attribution.source.start, attribution.source.end), 'Harbour master Lio Tamm')
  assert.deepEqual(attribution.content, {start: 0, end: text.trimEnd().length})
})

test('a quote nobody speaks, a heading and a sources section list nothing', () => {
  const text = '# Budget night at city hall\n\n“The numbers simply do not add up for anyone here.”\n\n## Sources\n\nThe clerk said so.\n'
  assert.deepEqual(attributionsIn(text), [])
})

test('the name is the speaker, not the role beside it', () => {
  const sources = (text: string) => attributionsIn(text).map((attribution) => attribution.source.text)
  assert.deepEqual(sources('“We will not reopen it this year,” Tomas Vail, president of the ferry union, said.\n'), ['Tomas Vail'])
  assert.deepEqual(sources('“We will not reopen it this year,” said the union’s manager, Ravi Delacroix, who ran the strike.\n'), ['Ravi Delacroix'])
  assert.deepEqual(sources('“We will not reopen it this year,” said her brother, a ferry pilot.\n'), ['her brother'])
})

test('any verb next to a quote gives the quote its subject as speaker', () => {
  const [attribution] = attributionsIn('“We will not reopen it this year,” Lindqvist fumed.\n')
  assert.equal(attribution.source.text, 'Lindqvist')
  assert.deepEqual(attribution.cue?.text, 'fumed')
})
