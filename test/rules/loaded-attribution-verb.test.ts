// loaded-attribution-verb: fires on verbs of speech that take sides, not on the same words used
// for something other than speech (shared spec traps: "claimed the title", "admitted patients").

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../../server/src/engine/index.ts'
import {findingsOf} from '../helpers.ts'

const rule = 'loaded-attribution-verb'

const mustFire: Array<[string, string, string[]]> = [
  ['claimed, past tense, with a clause', 'The minister claimed the audit was wrong.', ['1:14-1:21 loaded-attribution-verb']],
  ['insists, present tense', 'Brandt insists the tariffs are temporary.', ['1:8-1:15 loaded-attribution-verb']],
  ['admitted that', 'A spokesperson admitted that the crew went to the wrong building.', ['1:16-1:24 loaded-attribution-verb']],
  ['after a quote', '“We never saw the memo before Tuesday,” she claimed.', ['1:45-1:52 loaded-attribution-verb']],
  ['revealed on a day, then that', 'Abati revealed on Sunday that the museum had been warned.', ['1:7-1:15 loaded-attribution-verb']]
]

const mustNotFire: Array<[string, string]> = [
  ['claimed the title (not speech)', 'Carrow United claimed the league title in 2019.'],
  ['claimed two lives (not speech)', 'The flood claimed two lives on Tuesday, the fire service said.'],
  ['admitted patients (not speech)', 'The hospital has admitted patients only through its emergency department.'],
  ['revealed a culvert (not speech)', 'The receding water revealed a collapsed culvert under Mill Lane, engineers said.'],
  ['claims as a noun', 'His claims could not be verified, the board said.'],
  ['neutral verb', 'The ministry acknowledged the delay in a statement.']
]

for (const [name, text, expected] of mustFire) {
  test(`fires: ${name}`, () => assert.deepEqual(findingsOf(text, rule), expected))
}
for (const [name, text] of mustNotFire) {
  test(`does not fire: ${name}`, () => assert.deepEqual(findingsOf(text, rule), []))
}

test('offers "said" or "says" in the same tense as the fix', () => {
  const [past] = lint('Lom claimed the outage affected one unit.').findings.filter((finding) => finding.ruleId === rule)
  assert.deepEqual(past.expected, ['said'])
  assert.equal(past.severity, 'info')
  const [present] = lint('Brandt insists the tariffs are temporary.').findings.filter((finding) => finding.ruleId === rule)
  assert.deepEqual(present.expected, ['says'])
})
