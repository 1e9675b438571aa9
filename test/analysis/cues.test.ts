// Cues: a reporting verb or phrase with its source, found only where the grammar makes the verb one
// of speech or belief. Each row: invented sentences, and every cue the analysis finds, as
// `phrase: source (kind)`.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {cuesOf} from './helpers.ts'

const rows: Array<[string, string, string[]]> = [
  ['a verb after its named subject', 'Mayor Ana Ruiz said the bridge would reopen in May.', ['said: Mayor Ana Ruiz (named)']],
  ['the subject after a clause', 'The bridge will reopen in May, the county engineer said.', ['said: the county engineer (anonymous)']],
  ['said first, after a quote', '“We will not reopen the bridge this year,” said Ana Ruiz.', ['said: Ana Ruiz (named)']],
  ['according to', 'The bridge will reopen in May, according to the county.', ['according to: the county (named)']],
  ['past a relative clause to the subject', 'Ruiz, who chairs the finance committee, told reporters the vote would wait.', ['told: Ruiz (named)']],
  ['a crowd is vague', 'Critics argue the plan is too costly.', ['argue: Critics (vague, plural)']],
  ['a verb of belief is marked as one', 'Experts believe the dam is safe.', ['believe: Experts (vague, plural) [belief]']],
  ['an impersonal form is its own source', 'It is believed the mayor will resign.', ['It is believed: It is believed (vague) [belief]']],
  ['a described group of people', 'Two people familiar with the talks said a deal was close.', ['said: Two people familiar with the talks (anonymous, plural)']],
  ['a role with no name', 'A senior administration official said the talks had stalled.', ['said: A senior administration official (anonymous)']],
  ['a spokesperson for a body is still unnamed', 'A spokesperson for the county said the road was closed.', ['said: A spokesperson for the county (anonymous)']],
  ['a named institution', 'Police said the driver was arrested.', ['said: Police (named)']],
  ['a document speaks for itself', 'The report found that the roof leaked.', ['found: The report (document)']],
  ['a pronoun with nobody before it stays unnamed', 'She said the vote would wait.', ['said: She (anonymous)']],
  ['claims as a noun is no cue', 'His claims could not be verified.', []],
  ['claimed a title is no speech', 'Carrow United claimed the league title in 2019.', []],
  ['a sentence with no reporting verb', 'The bridge reopened in May.', []],
  // "always" stands between a subject and its verb as "often" and "never" do.
  ['"always" between the subject and its verb', 'Ruiz has always maintained that the ferry was safe.', ['maintained: Ruiz (named)']],
  ['"always" is no part of the subject', 'She always thought the ferry would return.', ['thought: She (anonymous) [belief]']],
  ['a form after a quote with a verb after it is a noun', 'The harbor master’s “divisive” comments do not help.', []],
  ['"“...,” said first lady" is still inverted', '“We will not reopen the pier,” said first lady Ann Ruiz.', ['said: first lady Ann Ruiz (named)']],
  ['a time that opens the sentence is no name', 'In December, the harbor master said the pier would close.', ['said: the harbor master (anonymous)']],
  ['"of state said": a form after a preposition is a noun, and "said" the verb', 'At the harbor, the secretary of state said the pier would close.', ['said: the secretary of state (named)']],
  ['"expect claims to": a form after a verb is still a noun', 'Analysts expect claims to exceed the cap.', ['expect: Analysts (vague, plural) [belief]']],
  ['"the two write": a number is the subject, not a noun\'s modifier', '“You seem to have drawn a new line out of nowhere,” the two write.', ['write: the two (named)']],
  ['"the union report" is still a noun', 'The union report on the pier came out on Monday.', []],
  // A count alone refers back to people already named, whatever its spelling ("three" ends as "referee" does).
  ['"the three said": a count alone is read as "the two" is', 'Price, Lee and Ortiz met on Monday; the three said the pier was safe.', ['said: the three (named)']],
  ['"the three employees" are still anonymous', 'The three employees said the pier was safe.', ['said: The three employees (anonymous, plural)']],
  // "later", "earlier" or "further" before a past tense is an adverb after a subject of any length.
  ['"The county engineer later noted that": a modifier between the determiner and the noun', 'The county engineer later noted that the pier had failed.', ['noted: The county engineer (anonymous)']],
  ['"The harbor safety officer further related that": two modifiers', 'The harbor safety officer further related that the pier had failed.', ['related: The harbor safety officer (anonymous)']],
  ['"heard further related reports" is still no cue', 'Residents heard further related reports from the county.', []],
  ['"its owner having earlier said little": a participle is no subject', 'The ferry would sail on Monday, its owner having earlier said little.', []],
  ['"The building manager later noted that"', 'The building manager later noted that the pier had failed.', ['noted: The building manager (anonymous)']],
  // A plural noun before an ambiguous verb's base form is its subject; a mass noun in -s is a modifier.
  ['"The authors write that": a plural is the subject', 'The authors write that the pier was never safe.', ['write: The authors (anonymous, plural)']],
  ['"The plaintiffs claim that": a plural is the subject', 'In the filing, the plaintiffs claim that the pier was never safe.', ['claim: the plaintiffs (named, plural)']],
  ['"a news post that": a mass noun in -s is a modifier', 'A news post that went up overnight drew a thousand replies.', []],
  ['"the sales report that": a mass noun in -s is a modifier', 'The sales report that came out on Monday was grim.', []],
  ['"The Harbor Post reported": a capitalised form is a name, and "reported" the verb', 'The Harbor Post reported that the pier would close.', ['reported: The Harbor Post (named)']],
  ['a dateline is no subject of ", saying"', 'DOVER — The ferry union walked out on Monday, saying the fares were too high.', ['saying: The ferry union (named)']]
]

for (const [name, text, expected] of rows) {
  test(`cues: ${name}`, () => assert.deepEqual(cuesOf(text), expected))
}

test('cues: plain text reads the same sentence the same way', () => {
  assert.deepEqual(cuesOf('Mayor Ana Ruiz said the bridge would reopen in May.', 'text'), ['said: Mayor Ana Ruiz (named)'])
})

test('cues: a subject noun in -ing before "later said" keeps its cue (only "having" and "being" open a clause)', () => {
  assert.deepEqual(cuesOf('The older sibling later said that the pier had failed.').map((cue) => cue.split(':')[0]), ['said'])
})
