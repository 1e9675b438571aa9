// loaded-attribution-verb: fires on verbs of speech that take sides, not on the same words used
// for something other than speech (shared spec traps: "claimed the title", "admitted patients").

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint, ruleUrl} from '../../server/src/engine/index.ts'
import {ruleCases, sameRangesAcrossLineEndings, type MustFire, type MustFireFixtures, type MustNotFire, type MustNotFireFixtures} from './cases.ts'

const rule = 'loaded-attribution-verb'

const mustFire: MustFire = [
  ['claimed, past tense, with a clause', 'The minister claimed the audit was wrong.', ['1:14-1:21 loaded-attribution-verb']],
  ['insists, present tense', 'Brandt insists the tariffs are temporary.', ['1:8-1:15 loaded-attribution-verb']],
  ['admitted that', 'A spokesperson admitted that the crew went to the wrong building.', ['1:16-1:24 loaded-attribution-verb']],
  ['after a quote', '“We never saw the memo before Tuesday,” she claimed.', ['1:45-1:52 loaded-attribution-verb']],
  ['revealed on a day, then that', 'Abati revealed on Sunday that the museum had been warned.', ['1:7-1:15 loaded-attribution-verb']],
  ['claims, present tense', 'Achterberg claims the stadium will pay for itself.', ['1:12-1:18 loaded-attribution-verb']],
  ['conceded that', 'Lom conceded that the repairs were late.', ['1:5-1:13 loaded-attribution-verb']],
  ['confessed that', 'Haddad confessed that the exchange had lent customer money.', ['1:8-1:17 loaded-attribution-verb']],
  ['slammed', 'She slammed the plan to cut library hours, calling it a mistake.', ['1:5-1:12 loaded-attribution-verb']],
  ['blasted', 'Farrow blasted the board for closing polling places.', ['1:8-1:15 loaded-attribution-verb']],
  ['has claimed, perfect tense', 'Lom has claimed the audit was wrong.', ['1:9-1:16 loaded-attribution-verb']],
  ['admitted, said first after a quote', '“The repairs were late,” admitted Lindqvist.', ['1:26-1:34 loaded-attribution-verb']],
  ['plain text', 'Lom claimed the audit was wrong.', ['1:5-1:12 loaded-attribution-verb'], {format: 'text'}],
  ['.draft with no blank lines', 'Audit\nLom claimed the audit was wrong.', ['2:5-2:12 loaded-attribution-verb'], {format: 'draft'}],
  ['suppressing another rule leaves this one on', '<!-- attribution-lint-disable-next-line unattributed-claim -->\nLom claimed the audit was wrong.', ['2:5-2:12 loaded-attribution-verb']]
]

const mustNotFire: MustNotFire = [
  ['claimed the title (not speech)', 'Carrow United claimed the league title in 2019.'],
  ['claimed two lives (not speech)', 'The flood claimed two lives on Tuesday, the fire service said.'],
  ['admitted patients (not speech)', 'The hospital has admitted patients only through its emergency department.'],
  ['revealed a culvert (not speech)', 'The receding water revealed a collapsed culvert under Mill Lane, engineers said.'],
  ['claims as a noun', 'His claims could not be verified, the board said.'],
  ['neutral verb', 'The ministry acknowledged the delay in a statement.'],
  ['neutral verb: denied', 'Lom denied that the audit was wrong.'],
  ['neutral verb: warned', 'Lom warned that the audit was wrong.'],
  ['claimed victory (not speech)', 'The team claimed victory on Sunday.'],
  ['a word only mentioned', 'The word “claimed” appears in the ruling.'],
  ['inside a direct quote', '“Lom claimed the audit was wrong and nobody listened,” Mara Lindqvist said.'],
  ['Sources section', '## Sources\n\nLom claimed the audit was wrong.'],
  ['fenced code block', '```\nLom claimed the audit was wrong.\n```'],
  ['inline code', 'Run `Lom claimed the audit was wrong` as a test.'],
  ['HTML comment', '<!-- Lom claimed the audit was wrong. -->\n\nThe audit was published.'],
  ['disable-next-line with this rule', '<!-- attribution-lint-disable-next-line loaded-attribution-verb -->\nLom claimed the audit was wrong.'],
  ['disable-next-line with no rule', '<!-- attribution-lint-disable-next-line -->\nLom claimed the audit was wrong.'],
  [
    'disable ... enable this rule',
    '<!-- attribution-lint-disable loaded-attribution-verb -->\n\nLom claimed the audit was wrong.\n\n<!-- attribution-lint-enable loaded-attribution-verb -->'
  ]
]

// Longer drafts, one per format the rule reads; the format comes from the file extension.
const mustFireFixtures: MustFireFixtures = [
  ['speech.txt', ['3:33-3:40 loaded-attribution-verb', '5:8-5:15 loaded-attribution-verb']]
]

const mustNotFireFixtures: MustNotFireFixtures = ['not-speech.md']

ruleCases(rule, {mustFire, mustNotFire, mustFireFixtures, mustNotFireFixtures})

test('offers "said" or "says" in the same tense as the fix', () => {
  const [past] = lint('Lom claimed the outage affected one unit.').findings.filter((finding) => finding.ruleId === rule)
  assert.equal(past.fix?.text, 'said')
  assert.equal(past.severity, 'info')
  const [present] = lint('Brandt insists the tariffs are temporary.').findings.filter((finding) => finding.ruleId === rule)
  assert.equal(present.fix?.text, 'says')
})

test('reports the verb with every field set', () => {
  const [finding] = lint('Lom claimed the audit was wrong.', {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.ruleId, rule)
  assert.equal(finding.severity, 'info')
  assert.equal(finding.message, '“claimed” takes sides, where “said” would not.')
  assert.equal(finding.actual, 'claimed')
  assert.deepEqual(finding.fix, {start: 4, end: 11, text: 'said'})
  assert.equal(finding.url, ruleUrl(rule))
})

const draft = '# Audit\n\nLom claimed the audit was wrong.\n\nBrandt insists the tariffs are temporary.\n'
sameRangesAcrossLineEndings(rule, draft, ['3:5-3:12 loaded-attribution-verb', '5:8-5:15 loaded-attribution-verb'])
