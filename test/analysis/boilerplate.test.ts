// A publisher's boilerplate is found by its wording (analysis/boilerplate.ts). Its quick search for
// each phrase's longest word must rule out only paragraphs the full comparison would: checked on
// invented sentences and against the plain definition on random text.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {holdsBoilerplate} from '../../server/src/engine/analysis/boilerplate.ts'
import {loadWords} from '../../server/src/engine/words.ts'

const phrases = loadWords().boilerplate

/** The definition: lower-cased, curly apostrophes straight, runs of white space one space, then any phrase. */
function plainly(masked: string, list: readonly string[]): boolean {
  const text = masked.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ')
  return list.some((phrase) => text.includes(phrase))
}

test('boilerplate across line breaks, tabs, capitals and curly apostrophes', () => {
  assert.equal(holdsBoilerplate('This column is NOT a recommendation\n  to buy\tor sell any share.', phrases), true)
  assert.equal(holdsBoilerplate('Copyright 2031 Harbour Gazette. All   rights reserved.', phrases), true)
  assert.equal(holdsBoilerplate('Ana Ruiz said the plan was not a recommendation to anyone.', phrases), false)
  assert.equal(holdsBoilerplate('The council reserved two seats for residents.', phrases), false)
})

test('the same answer as the plain comparison, for the built-in list and odd lists', () => {
  const words = fc.constantFrom('not', 'a', 'recommendation', 'to', 'buy', 'or', 'sell', 'all', 'rights', 'reserved', 'ALL', 'Rights', "author's", 'author’s', 'holds', 'no', 'x')
  const gap = fc.constantFrom(' ', '  ', '\n', '\t', '\u00A0', '\u2028', '', '’', "'")
  const text = fc.array(fc.tuple(words, gap), {maxLength: 14}).map((parts) => parts.map(([word, space]) => word + space).join(''))
  const lists = fc.oneof(fc.constant(phrases), fc.array(fc.constantFrom("author's view", 'no x', "'", ' ', 'rights reserved', 'a', 'no  x', 'all\trights', ' x', 'a.b (c)', ''), {maxLength: 3}))
  fc.assert(fc.property(fc.oneof(text, fc.string({unit: 'binary', maxLength: 80})), lists, (masked, list) => holdsBoilerplate(masked, list) === plainly(masked, list)), {numRuns: 2000, seed: 20261208})
})
