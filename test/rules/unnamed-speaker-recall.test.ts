// unnamed-speaker on real copy (issue 13): quotes whose speaker is unnamed although a name stands
// next to them. Each mechanism has must-fire and must-not-fire cases, run in the three formats the
// rule reads (Markdown, plain text, .draft). Every sentence is invented.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {DraftFormat} from '../../server/src/engine/index.ts'
import {findingsOf} from '../helpers.ts'
import {quotesOf} from '../analysis/helpers.ts'

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
