// vague-attribution: fires on a cue whose source is an indefinite crowd or an impersonal form, the
// range covering the source and the verb; stays quiet on named and anonymous sources, on crowd words
// that are not sources, on non-prose and exempt sections (shared spec, `vague-attribution`; corpus
// README, "Attribution and sources").

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint, ruleUrl} from '../../server/src/engine/index.ts'
import {ruleCases, sameRangesAcrossLineEndings, type MustFire, type MustFireFixtures, type MustNotFire, type MustNotFireFixtures} from './cases.ts'

const rule = 'vague-attribution'

const mustFire: MustFire = [
  ['some residents say', 'Some residents say the bridge was never safe.', ['1:1-1:19 vague-attribution']],
  ['critics argue', 'Critics argue the plan is too costly.', ['1:1-1:14 vague-attribution']],
  ['critics say, after the claim', 'The plan is too costly, critics say.', ['1:25-1:36 vague-attribution']],
  ['experts believe (a verb of belief is a cue for a crowd)', 'Experts believe the levee will hold.', ['1:1-1:16 vague-attribution']],
  ['some growers believe', 'Some growers believe the district favored the packers.', ['1:1-1:21 vague-attribution']],
  ['according to experts', 'According to experts, the levee will hold.', ['1:1-1:21 vague-attribution']],
  ['observers said', 'Observers said the turnout was low.', ['1:1-1:15 vague-attribution']],
  ['observers noted, after the claim', 'The turnout was low, observers noted.', ['1:22-1:37 vague-attribution']],
  ['it is believed', 'It is believed the wiring was damaged.', ['1:1-1:15 vague-attribution']],
  ['it is said', 'It is said the mayor knew about the cracks.', ['1:1-1:11 vague-attribution']],
  ['reports suggest', 'Reports suggest the two sides are close to a deal.', ['1:1-1:16 vague-attribution']],
  ['sources say', 'Sources say the deal is close.', ['1:1-1:12 vague-attribution']],
  ['many people are saying', 'Many people are saying the mayor will resign.', ['1:1-1:12 vague-attribution']],
  ['people are saying', 'People are saying the mayor will resign.', ['1:1-1:7 vague-attribution']],
  ['many residents say', 'Many residents say the county abandoned them.', ['1:1-1:19 vague-attribution']],
  [
    'two vague cues in one sentence',
    'Critics say the grants are too small, and experts warn that the valley could lose its orchards.',
    ['1:1-1:12 vague-attribution', '1:43-1:55 vague-attribution']
  ],
  ['the speaker of a quote', '“The county abandoned us this week,” some residents said.', ['1:38-1:57 vague-attribution']],
  ['plain text', 'Critics argue the plan is too costly.', ['1:1-1:14 vague-attribution'], {format: 'text'}],
  ['.draft with no blank lines', 'Bridge\nCritics argue the plan is too costly.', ['2:1-2:14 vague-attribution'], {format: 'draft'}]
]

const mustNotFire: MustNotFire = [
  // Named or anonymous, not vague.
  ['a named person', 'Mara Lindqvist says the bridge was never safe.'],
  ['a news agency', 'Reuters reports the deal is close.'],
  ['an anonymous official', 'A senior official said the deal is close.'],
  ['experts tied to a named body', 'Experts at the Halden Institute, led by Ana Petrova, said the levee will hold.'],
  ['a verb of belief with a named subject', 'The Halden Institute believes the levee will hold.'],
  ['a verb of belief with a described subject', 'The mayor believes the bridge is safe.'],

  // Crowd words that are not sources.
  ['critics as a subject of something other than speech', 'Critics of the plan filled the hall on Monday.'],
  ['experts who did something', 'Experts from the Halden Institute inspected the levee.'],
  ['some of the money', 'Some of the money went to the bypass, the auditor said.'],
  ['many homes', 'Many homes flooded, the fire service said.'],
  ['reports as a noun', 'Reports of looting spread on Monday.'],
  ['quoted words belong to the quote', '“Critics argue the plan is too costly, and they are right,” Mara Lindqvist said.'],

  // Not prose.
  ['fenced code block', '```\nCritics argue the plan is too costly.\n```'],
  ['inline code', 'Search for `critics argue` in the archive.'],
  ['HTML comment', '<!-- critics argue the plan is too costly -->\n\nThe vote is on Monday.'],
  ['front matter', '---\nsummary: critics argue the plan is too costly\n---\n\nThe vote is on Monday.'],
  ['a Markdown heading', '# Critics argue the plan is too costly'],
  ['plain text: a one-line paragraph with no final punctuation is a heading', 'Critics argue plan is too costly\n\nThe vote is on Monday.', {format: 'text'}],

  // Exempt sections and suppression.
  ['Notes section', '## Notes\n\nSome residents say the bridge was never safe.'],
  ['Sources section', '## Sources\n\nCritics argue the plan is too costly.'],
  ['disable-next-line with this rule', '<!-- attribution-lint-disable-next-line vague-attribution -->\nCritics argue the plan is too costly.'],
  ['disable-next-line with no rule', '<!-- attribution-lint-disable-next-line -->\nCritics argue the plan is too costly.'],
  ['disable ... enable this rule', '<!-- attribution-lint-disable vague-attribution -->\n\nCritics argue the plan is too costly.\n\n<!-- attribution-lint-enable vague-attribution -->']
]

// Longer drafts, one per format the rule reads; the format comes from the file extension.
const mustFireFixtures: MustFireFixtures = [
  ['crowds.txt', ['2:1-2:14 vague-attribution', '3:1-3:15 vague-attribution', '4:1-4:12 vague-attribution']]
]

const mustNotFireFixtures: MustNotFireFixtures = ['named-crowds.md']

ruleCases(rule, {mustFire, mustNotFire, mustFireFixtures, mustNotFireFixtures})

test('reports the source and verb with a message that quotes them', () => {
  const [finding] = lint('Critics argue the plan is too costly.', {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.ruleId, rule)
  assert.equal(finding.severity, 'warning')
  assert.equal(finding.message, 'The attribution “Critics argue” names no one.')
  assert.equal(finding.actual, 'Critics argue')
  assert.equal(finding.fix, undefined)
  assert.equal(finding.url, ruleUrl(rule))
})

const draft = '# Bridge\n\nCritics argue the plan is too costly.\n\nThe plan is too costly, critics say.\n'
sameRangesAcrossLineEndings(rule, draft, ['3:1-3:14 vague-attribution', '5:25-5:36 vague-attribution'])
