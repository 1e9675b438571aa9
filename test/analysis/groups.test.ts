// The groups of anonymous people a sentence names (anonymity.ts, `groupsNamedIn`) are read by
// character codes when the sentence is ASCII and general punctuation: the result must be what the
// general reading gives (lower-case the sentence, take its runs of letters and hyphens), for any text.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {groupsNamedIn} from '../../server/src/engine/analysis/anonymity.ts'
import {loadWords} from '../../server/src/engine/words.ts'
import {anyText, draft} from '../fuzz/arbitraries.ts'

const words = loadWords()

/** The general reading, written as the engine had it before the character-code path. */
function reference(text: string): string[] {
  const groups: string[] = []
  for (const word of text.toLowerCase().match(/[\p{L}-]+/gu) ?? []) {
    if (words.anonymousRoles.has(word)) groups.push(word.length > 1 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)
  }
  return groups
}

test('names the groups of anonymous people, once per mention, singular', () => {
  assert.deepEqual(groupsNamedIn('Two Officials and an AIDE said the officers’ union — and one official — agreed.', words), ['official', 'aide', 'officer', 'official'])
  assert.deepEqual(groupsNamedIn('The witness spoke.', words), reference('The witness spoke.'))
  assert.deepEqual(groupsNamedIn('The council met on Monday.', words), [])
})

test('a sentence outside ASCII is read the general way', () => {
  // "İ" lower-cases to two characters; "officialé" is one word of letters, not "official".
  for (const text of ['İOFFICIALS said', 'officialé said', 'Ο αξιωματούχος officials', 'officials\u00A0said', 'aides–officials', 'an aide\u0301 said']) {
    assert.deepEqual(groupsNamedIn(text, words), reference(text), text)
  }
})

test('the same groups as the general reading on random text and drafts', () => {
  const mentions = fc.constantFrom('officials', 'Aides', 'AIDE', 'officer-', '-sources', 'witness', 'spokesman’s', 'İ', 'é', '\u00A0', '“', '—')
  const mixed = fc.array(fc.oneof(mentions, anyText, fc.constantFrom(' ', '-', "'")), {maxLength: 12}).map((parts) => parts.join(''))
  fc.assert(fc.property(fc.oneof(mixed, anyText, draft), (text) => assert.deepEqual(groupsNamedIn(text, words), reference(text))), {numRuns: 500, seed: 20261208})
})
