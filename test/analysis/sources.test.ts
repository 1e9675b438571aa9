// Sources: what a cue's source is (named, anonymous, vague or a document), whether it is plural, and
// where it stands. Each row: an invented sentence and its one cue's source as `text (kind)`.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {describeSource, read} from './helpers.ts'

const rows: Array<[string, string, string]> = [
  ['a full name', 'Dr. Lena Okafor, a hydrologist, said the dam was safe.', 'Dr. Lena Okafor (named)'],
  ['a title and a name', 'Mayor Ana Ruiz said the bridge would reopen in May.', 'Mayor Ana Ruiz (named)'],
  ['an organisation', 'The county said the road was closed.', 'The county (named)'],
  ['a role with no name', 'A senior administration official said the talks had stalled.', 'A senior administration official (anonymous)'],
  ['an unnamed role, anonymity explained or not', 'A county official, who spoke on condition of anonymity because the inquiry is open, said the road was closed.', 'A county official (anonymous)'],
  ['a group of officials', 'Officials said the road was closed.', 'Officials (anonymous, plural)'],
  ['an indefinite crowd', 'Some residents say the water tastes of iron.', 'Some residents (vague, plural)'],
  ['unnamed sources', 'Sources say the road was closed.', 'Sources (vague, plural)'],
  ['a memo', 'The memo said the road was closed.', 'The memo (document)'],
  ['a survey', 'The survey suggests most residents want the road open.', 'The survey (document)'],
  // An adverb set off by commas stands between the subject and its verb; it is never the source.
  ['an adverb between commas', 'A person close to the mayor, however, said the plan was final.', 'A person close to the mayor (anonymous)'],
  ['an adverb in -ly between commas', 'Dr. Lena Okafor, privately, said the dam was safe.', 'Dr. Lena Okafor (named)'],
  // A description after a clause is the speaker, not the clause.
  ['a description after a clause', 'The plan is final, a person close to the mayor, however, said.', 'a person close to the mayor (anonymous)'],
  // A party or a nationality after an article and lower-case words describes; it does not name.
  ['a party member described', 'A senior Republican said the bill was dead.', 'A senior Republican (anonymous)'],
  ['a nationality described', 'One Israeli said the border was quiet.', 'One Israeli (anonymous)'],
  ['a name before a party description', 'Sen. Dana Whit, a Republican, said the bill was dead.', 'Sen. Dana Whit (named)'],
  // A relative clause after an inverted source ends it.
  ['an inverted source with a relative clause', 'The bridge was unsafe, said a woman who lives nearby.', 'a woman (anonymous)'],
  // One office a story identifies: a "chief" title or a director, with a definite article.
  ['a chief title with its organisation', "The company's chief executive said the plant would stay open.", "The company's chief executive (named)"],
  ['a chief title is anyone with an indefinite article', 'A chief executive said the plant would stay open.', 'A chief executive (anonymous)'],
  ['a spokesperson is not one office', "The company's spokeswoman said the plant would stay open.", "The company's spokeswoman (anonymous)"],
  // Brackets between the subject and its verb describe the subject.
  ['a party label in brackets', 'Sen. Ann Price (D-Ohio) said the plant would close.', 'Sen. Ann Price (named)'],
  ['a place of speech in brackets', 'Her office (in a statement) said the plant would close.', 'Her office (named)'],
  ['a quantifier after the subject', 'Officials all said the plant would close.', 'Officials (anonymous, plural)'],
  // Sources joined by "and" are read whole: every conjunct, so no count among them is a figure.
  ['an inverted source joined by another', 'The plant would close, said two aides and a lawyer.', 'two aides and a lawyer (anonymous, plural)'],
  ['coordinated modifiers', 'Current and former harbour workers said the cranes were unsafe.', 'Current and former harbour workers (anonymous, plural)'],
  ['a count joined to a description', 'Two aides and a former adviser to the governor said the bill was dead.', 'Two aides and a former adviser to the governor (anonymous, plural)'],
  ['people in two places', 'Officials in Corran and Dunmere said the shelters were full.', 'Officials in Corran and Dunmere (anonymous, plural)'],
  ['a list of names', 'Price, Lee and Ortiz said the plant would close.', 'Price, Lee and Ortiz (named, plural)'],
  ['a clause before "and" is no conjunct', 'The plant closed and officials said the jobs were gone.', 'officials (anonymous, plural)'],
  ['a pronoun among the conjuncts keeps the one next to the verb', 'She and two aides said the plant would close.', 'two aides (anonymous, plural)'],
  ['a name with a modal in it, an age and a description', 'Ana May Ruiz, 60, a welder, said the dam was safe.', 'Ana May Ruiz (named)']
]

for (const [name, text, expected] of rows) {
  test(`sources: ${name}`, () => {
    const {cues} = read(text)
    assert.equal(cues.length, 1, JSON.stringify(cues.map((cue) => cue.phrase)))
    assert.equal(describeSource(cues[0].source), expected)
    // The source's offsets are its words in the draft.
    assert.equal(text.slice(cues[0].source.start, cues[0].source.end), cues[0].source.text)
  })
}

test('sources: a newsroom can treat a description as named', async () => {
  const {lint} = await import('../../server/src/engine/index.ts')
  const text = 'A senior insider said the deal would close on Friday.'
  const kind = (words?: {namedSources: string[]}) => lint(text, {format: 'markdown', configuration: {rules: {}, words: words ?? {}}}).analysis.cues[0].source.kind
  assert.equal(kind(), 'anonymous')
  assert.equal(kind({namedSources: ['senior insider']}), 'named')
})

// Conjuncts of different kinds are sources each: the named one first, then the anonymous one the
// anonymous-source rule asks a reason for.
test('sources: a named source joined by an anonymous one gives one source each', () => {
  for (const text of ['The plant would close, said Ann Price and a senior aide.', 'A senior aide and Ann Price said the plant would close.']) {
    const {cues} = read(text)
    assert.deepEqual(cues.map((cue) => describeSource(cue.source)).map((line) => line.replace(/^A /, 'a ')), ['Ann Price (named)', 'a senior aide (anonymous)'])
  }
})
