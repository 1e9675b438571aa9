// unnamed-speaker on real copy (issue 13): quotes whose speaker is unnamed although a name stands
// next to them. Each mechanism has must-fire and must-not-fire cases, run in the three formats the
// rule reads (Markdown, plain text, .draft). Every sentence is invented.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {DraftFormat} from '../../server/src/engine/index.ts'
import {findingsOf} from '../helpers.ts'
import {cuesOf, quotesOf} from '../analysis/helpers.ts'

const rule = 'unnamed-speaker'
const formats: DraftFormat[] = ['markdown', 'text', 'draft']

/** The rule fires with these findings (`1:5-1:12 unnamed-speaker`) in every format. */
function fires(name: string, text: string, expected: string[]): void {
  for (const format of formats) test(`${rule} fires (${format}): ${name}`, () => assert.deepEqual(findingsOf(text, rule, {format}), expected))
}

/** The rule finds nothing here, in any format. */
function quiet(name: string, text: string): void {
  for (const format of formats) test(`${rule} does not fire (${format}): ${name}`, () => assert.deepEqual(findingsOf(text, rule, {format}), []))
}

/** The quotes' speakers (`“...” <- the source (anonymous) by cue`), in every format. */
function speakers(name: string, text: string, expected: string[]): void {
  for (const format of formats) test(`speakers (${format}): ${name}`, () => assert.deepEqual(quotesOf(text, format), expected))
}

// Nested attribution: an unnamed source passes on what a named person said. The quote is only as
// good as the source who reports it, so the quote's speaker is that source.
fires('an aside after the quote: "the source recalled"', 'Ortega said the council “would never approve the budget,” the source recalled.', ['1:25-1:45 unnamed-speaker'])
fires('"according to" unnamed people after a listener', '“You have been very unfair to me,” Ortega told Senator Vail, according to aides with knowledge of the meeting.', ['1:1-1:15 unnamed-speaker'])
fires('an unnamed source whose content holds the cue', 'Police sources have said Ortega said “there will be more fires tonight” to officers.', ['1:38-1:52 unnamed-speaker'])
fires('"say that" before the cue', 'Prosecutors say that Ortega told one detective, “I would do the same thing again.”', ['1:49-1:60 unnamed-speaker'])
fires('"adding that" after an unnamed source', 'The source recalled the meeting, adding that Ortega said of her rival: “She is going to lose this race.”', ['1:72-1:85 unnamed-speaker'])
speakers('the unnamed source is the speaker of the nested quote', 'Ortega said the council “would never approve the budget,” the source recalled.', ['“would never approve the budget,” <- the source (anonymous) by cue'])
quiet('a named source that reports a named speaker', 'Ortega said the council “would never approve the budget,” Mayor Dana Price recalled.')
quiet('an unnamed source in another clause', 'Officials said the bridge was closed, and Ortega said “we will not reopen it this year.”')
quiet('an unnamed source that reports what follows its own cue', 'Even as Ortega claimed that “the bridge is perfectly safe,” one engineer said the cracks were growing.')
quiet('a document that reports a named speaker', '“You have been very unfair to me,” Ortega told Senator Vail, according to a transcript of the meeting.')
quiet('an unresolved pronoun is no unnamed source', 'They said Ortega told the crowd, “We will not reopen the bridge this year.”')

/** The cues the analysis finds (`claims: Ortega's rival (named)`), in every format. */
function cues(name: string, text: string, expected: string[]): void {
  for (const format of formats) test(`cues (${format}): ${name}`, () => assert.deepEqual(cuesOf(text, format), expected))
}

// A reporting verb's form that is a noun ties no quote to anyone: after an adjective that a
// determiner, a preposition, a possessive or an adverb opens, or after "one" or a possessive.
fires('"positive comments" is a noun, and "will lift" a hope', 'The vote drew a wave of surprisingly positive comments, from praise of the plan to hopes she will lift the port "out of its long slump."', ['1:113-1:124 unnamed-speaker'])
fires('"Ortega\'s attacks" is a noun', 'Ortega\'s attacks on Vail stand out for their tone and for the hint that someone "ought to look into" the judge.', ['1:81-1:95 unnamed-speaker'])
cues('"the personal remarks" and "one claim" are nouns', 'The hearing was remembered for the personal remarks and for one claim that the port was sinking.', [])
cues('a noun with an adjective\'s ending can be a subject', 'Ortega\'s rival claims the plan will never work.', ['claims: Ortega\'s rival (named)'])
quiet('a noun with an adjective\'s ending speaks', 'Ortega\'s rival claims the plan "will never work in this town."')
quiet('a verb after a name is a verb', 'Ortega attacks the plan as "a giveaway to the developers."')

// A future or possible act says nothing yet: the quote is not the subject's words. "would" in
// narration ("would later call") tells what was said.
fires('"will lift" carries no quote', 'The crowd cheered, and Ortega will surely lift the port "out of its long slump."', ['1:57-1:68 unnamed-speaker'])
quiet('"would later call" carries the quote', 'Ortega would later call the plan "a giveaway to the developers."')
