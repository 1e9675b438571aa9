// Mechanisms found by reading the rules' errors on real news copy (issue 13): claims, documents,
// figures, the shape of the text, and sources. Every sentence here is invented. Each case runs in
// the three formats the rules read (Markdown, plain text, .draft): the mechanisms are the analysis's,
// not one reader's.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {DraftFormat} from '../../server/src/engine/index.ts'
import {findingsOf} from '../helpers.ts'

const formats: DraftFormat[] = ['markdown', 'text', 'draft']

/** The rule fires with these findings (`1:5-1:12 rule-id`) in every format. */
function fires(rule: string, name: string, text: string, expected: string[]): void {
  if (expected.length === 0) throw new TypeError(`fires(${rule}): "${name}" expects no finding`)
  for (const format of formats) test(`${rule} fires (${format}): ${name}`, () => assert.deepEqual(findingsOf(text, rule, {format}), expected))
}

/** The rule finds nothing here, in any format. */
function quiet(rule: string, name: string, text: string): void {
  for (const format of formats) test(`${rule} does not fire (${format}): ${name}`, () => assert.deepEqual(findingsOf(text, rule, {format}), []))
}

// Mechanism 6: negation.
quiet('anonymous-source', 'a source that did not respond to a request for comment', 'A spokeswoman for the port authority did not respond to a request for comment.')
quiet('anonymous-source', 'a source that has not commented', 'A spokesman for the ferry line has not commented publicly.')
quiet('anonymous-source', 'a source that did not immediately return messages', 'Two aides to the governor did not return messages seeking comment.')
quiet('vague-attribution', 'critics who did not answer', 'Critics of the levy did not respond to requests for comment.')
fires('anonymous-source', 'an anonymous source that does say something', 'A spokeswoman for the port authority said the berth would reopen in May.', ['1:1-1:37 anonymous-source'])
fires('unattributed-claim', '"is not designed to" is still a claim marker', 'The new seawall is not designed to hold back a storm surge.', ['1:17-1:35 unattributed-claim'])
fires('unattributed-claim', '"isn\'t expected to" is still a claim marker', "The ferry isn't expected to sail before noon.", ['1:11-1:28 unattributed-claim'])
fires('unattributed-claim', '"never intended to" is still a claim marker', 'The trust never intended to sell the orchard.', ['1:17-1:28 unattributed-claim'])
fires('unattributed-claim', 'a claim beside a source that did not comment', 'The port authority plans to raise fees, and it did not respond to a request for comment.', ['1:20-1:28 unattributed-claim'])
quiet('unattributed-claim', 'what a source would not say is reported, not claimed', 'Mayor Ines Borja would not say whether the levy would pass.')
quiet('unattributed-claim', 'a source that could not be reached is no forecast', 'A lawyer for the developer could not be reached on Friday.')
quiet('unattributed-claim', 'a source that would not comment is no forecast', 'The developer would not comment on the zoning vote.')
quiet('unattributed-claim', 'negated speech with its subject in a relative clause', 'The levy is the measure that she has said she would veto.')

// What follows a verb of belief is the believer's: the forecast in "hoped ... would" is the hope.
quiet('unattributed-claim', 'a forecast inside a hope', 'Party leaders hoped the meeting would end the feud.')
quiet('unattributed-claim', 'a judgement inside a worry', 'Growers worried that the frost was the worst in years.')
fires('unattributed-claim', 'the belief itself is still a claim', 'The harbour master believes the pier would collapse.', ['1:20-1:28 unattributed-claim'])
fires('unattributed-claim', 'a claim before the verb of belief is the writer\'s', 'The reckless plan, its backers hope, will pass.', ['1:5-1:13 unattributed-claim'])
