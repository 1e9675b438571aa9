// Verb forms: one table of irregular English verbs (data/verbs.json) and the rules for regular
// ones, asked by every part of the engine that reads a verb's tense; and cue decisions that turn on
// knowing an irregular past as a past ("fought", "thought"). Invented sentences.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {baseOf, formsOf, hasVerbEnding, isIrregularPast, isParticipleOnly, isPastParticiple, isPastTense, pastTenseOf} from '../../server/src/engine/verbs.ts'
import {cuesOf, quotesOf} from './helpers.ts'

const shapes: Array<[string, {past: boolean, participle: boolean, participleOnly: boolean, irregularPast: boolean}]> = [
  ['walked', {past: true, participle: true, participleOnly: false, irregularPast: false}],
  ['spoke', {past: true, participle: false, participleOnly: false, irregularPast: true}],
  ['spoken', {past: false, participle: true, participleOnly: true, irregularPast: false}],
  ['put', {past: true, participle: true, participleOnly: false, irregularPast: true}],
  ['told', {past: true, participle: true, participleOnly: false, irregularPast: true}],
  ['written', {past: false, participle: true, participleOnly: true, irregularPast: false}],
  ['burnt', {past: true, participle: true, participleOnly: false, irregularPast: true}],
  ['speaks', {past: false, participle: false, participleOnly: false, irregularPast: false}],
  ['walk', {past: false, participle: false, participleOnly: false, irregularPast: false}],
  // A prefix before an irregular form keeps its tense: "recast", "retold", "misspoke", "overpaid".
  ['recast', {past: true, participle: true, participleOnly: false, irregularPast: true}],
  ['retold', {past: true, participle: true, participleOnly: false, irregularPast: true}],
  ['misspoke', {past: true, participle: false, participleOnly: false, irregularPast: true}],
  ['overpaid', {past: true, participle: true, participleOnly: false, irregularPast: true}],
  ['remade', {past: true, participle: true, participleOnly: false, irregularPast: true}],
  // Not a short form ("reset" is no past of "set" here) nor "out" ("outcome" is a noun).
  ['outcome', {past: false, participle: false, participleOnly: false, irregularPast: false}],
  // Lower-case words only: a capitalised word is a name first ("Spoke" opening a line).
  ['Spoke', {past: false, participle: false, participleOnly: false, irregularPast: false}]
]

for (const [word, expected] of shapes) {
  test(`verbs: the shape of "${word}"`, () => {
    assert.deepEqual({past: isPastTense(word), participle: isPastParticiple(word), participleOnly: isParticipleOnly(word), irregularPast: isIrregularPast(word)}, expected)
  })
}

// The shape that ends a phrase ("The memo the board obtained claims ..."): an -s or -ed ending, not a noun's.
const endings: Array<[string, boolean]> = [['claims', true], ['walked', true], ['says', true], ['press', false], ['bonus', false], ['crisis', false], ['bed', false], ['spoke', false]]
for (const [word, verbLike] of endings) test(`verbs: "${word}" ${verbLike ? 'has' : 'has no'} verb ending`, () => assert.equal(hasVerbEnding(word), verbLike))

const pasts: Array<[string, string]> = [['speak', 'spoke'], ['go', 'went'], ['walk', 'walked'], ['deny', 'denied'], ['admit', 'admitted'], ['agree', 'agreed'], ['burn', 'burned'], ['put', 'put']]
for (const [base, past] of pasts) test(`verbs: the past of "${base}" is "${past}"`, () => assert.equal(pastTenseOf(base), past))

const bases: Array<[string, string | undefined]> = [['spoke', 'speak'], ['spoken', 'speak'], ['went', 'go'], ['laid', 'lay'], ['lay', 'lie'], ['walked', undefined], ['table', undefined]]
for (const [form, base] of bases) test(`verbs: the base of "${form}" is ${base ?? 'not known (a regular or no verb)'}`, () => assert.equal(baseOf(form), base))

const forms: Array<[string, string[]]> = [
  ['say', ['say', 'says', 'said', 'saying']],
  ['write', ['write', 'writes', 'wrote', 'written', 'writing']],
  ['go', ['go', 'goes', 'went', 'gone', 'going']],
  ['see', ['see', 'sees', 'saw', 'seen', 'seeing']],
  ['put', ['put', 'puts', 'putting']],
  ['quit', ['quit', 'quits', 'quitting']],
  ['forget', ['forget', 'forgets', 'forgot', 'forgotten', 'forgetting']],
  ['lie', ['lie', 'lies', 'lay', 'lain', 'lying']],
  ['learn', ['learn', 'learns', 'learned', 'learnt', 'learning']],
  ['claim', ['claim', 'claims', 'claimed', 'claiming']],
  ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
  ['veto', ['veto', 'vetoes', 'vetoed', 'vetoing']],
  ['testify', ['testify', 'testifies', 'testified', 'testifying']],
  ['admit', ['admit', 'admits', 'admitted', 'admitting']]
]
for (const [base, expected] of forms) test(`verbs: the forms of "${base}"`, () => assert.deepEqual(formsOf(base), expected))

// Cue decisions that turn on the one table: before it, "fought" was a past that never carries a
// quote and "thought" a participle only; both are pasts like "pushed" and "believed".
const quoteRows: Array<[string, string, string[]]> = [
  ['an irregular past after a quote carries it', '“We are not finished,” Vail fought back.', ['“We are not finished,” <- Vail (named) by cue']],
  ['a regular past after a quote carries it the same way', '“We are not finished,” Vail pushed back.', ['“We are not finished,” <- Vail (named) by cue']],
  // A sentence of its own whose verb has an object says something else, whatever the verb's tense.
  ['not a verb with an object, in the sentence after the quote', 'The vote was close. “We lost by nine votes.” Vail wore a grim look.', ['“We lost by nine votes.” <- nobody by none']],
  ['a cue right after the quote keeps its own subject', 'The vote was close. “We lost by nine votes.” She said Vail was bound by a pledge.', ['“We lost by nine votes.” <- She (anonymous) by adjacent-sentence']]
]
for (const [name, text, expected] of quoteRows) test(`verbs: ${name}`, () => assert.deepEqual(quotesOf(text), expected))

test('verbs: a participle after a cue is no speech act of its own ("bound" is not Vail\'s verb of speech)', () => {
  assert.deepEqual(cuesOf('The vote was close. “We lost by nine votes.” She said Vail was bound by a pledge.'), ['said: She (anonymous)'])
})

test('verbs: "thought" in the past is a verb of belief, as "believed" is', () => {
  assert.deepEqual(cuesOf('Managers hired the workers they thought were the best candidates.'), ['thought: they (anonymous, plural) [belief]'])
  assert.deepEqual(cuesOf('Managers hired the workers they believed were the best candidates.'), ['believed: they (anonymous, plural) [belief]'])
})

test('verbs: "written" alone is a description, not a cue; "has written" is one', () => {
  assert.deepEqual(cuesOf('The limits written into the contract were ignored.'), [])
  assert.deepEqual(cuesOf('Ruiz has written that the limits were ignored.'), ['written: Ruiz (named)'])
})
