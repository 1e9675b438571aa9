// unattributed-claim: fires on the claim marker of a sentence with no attribution cue and no
// evidence note; stays quiet on questions, headings, quoted text, non-prose, exempt sections and
// suppressed lines (shared spec, `unattributed-claim`; corpus README, "Conventions for hard cases").

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint, ruleUrl} from '../../server/src/engine/index.ts'
import {ruleCases, sameRangesAcrossLineEndings, type MustFire, type MustFireFixtures, type MustNotFire, type MustNotFireFixtures} from './cases.ts'

const rule = 'unattributed-claim'

const mustFire: MustFire = [
  // A headline in capitals before a colon is no speaker.
  ['a headline in capitals is no transcript label', 'FIX IS IN: The county is expected to appeal the ruling.', ['1:23-1:37 unattributed-claim']],
  // One case per kind of claim marker; the range is the marker.
  ['hedge: allegedly', 'The suspect allegedly fled the scene before dawn.', ['1:13-1:22 unattributed-claim']],
  ['reportedly is a hedge, not a cue', 'The company reportedly missed a payment in June.', ['1:13-1:23 unattributed-claim']],
  ['it is understood is a listed hedge', 'It is understood the deal collapsed overnight.', ['1:1-1:17 unattributed-claim']],
  ["someone's intent: plans to", 'The council plans to cut the library budget.', ['1:13-1:21 unattributed-claim']],
  ["someone's belief, stated rather than sourced", 'The mayor believes the bridge is safe.', ['1:11-1:19 unattributed-claim']],
  ['accusation: caused', 'The fire was caused by faulty wiring.', ['1:14-1:20 unattributed-claim']],
  ['accusation: is run by', 'The firm is run by a shell company in Lorvik.', ['1:10-1:19 unattributed-claim']],
  ['forecast: is likely to', 'The agency is likely to approve the merger.', ['1:12-1:24 unattributed-claim']],
  ['superlative: the largest', 'It was the largest protest in the city.', ['1:8-1:19 unattributed-claim']],
  ['judging adjective about a body', "The council's reckless plan drew protests.", ['1:15-1:23 unattributed-claim']],
  ['cause: because', 'The plant closed because demand fell.', ['1:18-1:25 unattributed-claim']],
  ['claim outside a partial quote', 'The council plans to close what it called “the least useful branch in the city.”', ['1:13-1:21 unattributed-claim']],

  // Attribution must stand in the sentence itself.
  ['a paraphrase needs a cue in each sentence', 'The mayor plans to cut the budget, Dana Whitfield said. She allegedly hid the deficit.', ['1:61-1:70 unattributed-claim']],

  // Things that look like evidence notes but are not.
  ['{>>check this<<} is an aside, not a note', 'The mayor plans to cut the budget. {>>check this<<}', ['1:11-1:19 unattributed-claim']],
  ['a footnote reference with no definition is not a note', 'The mayor plans to cut the budget.[^agenda]', ['1:11-1:19 unattributed-claim']],
  [
    'a note after the final punctuation belongs to the sentence before, not the next',
    'The county plans to close the bridge. {>>source: county notice<<} More rain could push the river over the levee.',
    ['1:77-1:82 unattributed-claim']
  ],

  // Formats: only plain text and .draft read a one-line paragraph with no final punctuation as a heading.
  ['Markdown: a one-line paragraph with no final punctuation is still prose', 'Council plans to cut library budget', ['1:9-1:17 unattributed-claim']],
  ['plain text: a sentence under a heading line', 'Budget cuts\n\nThe council plans to cut the library budget.', ['3:13-3:21 unattributed-claim'], {format: 'text'}],
  ['.draft with no blank lines: one paragraph per line', 'Budget talks\nThe council fears a deficit.', ['2:13-2:18 unattributed-claim'], {format: 'draft'}],
  [
    'plain text with no blank lines: the line with no final punctuation is a heading',
    'The council fears a deficit.\nThe mayor plans to cut the budget',
    ['1:13-1:18 unattributed-claim'],
    {format: 'text'}
  ],
  // A heading reads like one: short, or in capitals or Title Case. A longer line in sentence case
  // is a sentence that lost its final stop.
  ['plain text: a long line in sentence case with no final stop is a sentence', 'Budget cuts\n\nThe council is likely to close the Elm Street branch library before the end of the year', ['3:13-3:25 unattributed-claim'], {format: 'text'}],
  ['.draft with no blank lines: a long line with no final stop is a sentence', 'Budget cuts\nThe council is likely to close the Elm Street branch library before the end of the year\nThe vote is on Monday.', ['2:13-2:25 unattributed-claim'], {format: 'draft'}],

  // Sections and suppression end where they should.
  ['a sentence after the Sources section ends', '## Sources\n\nThe council plans to cut the budget.\n\n## Reaction\n\nThe board fears a deficit.', ['7:11-7:16 unattributed-claim']],
  ['suppressing another rule leaves this one on', '<!-- attribution-lint-disable-next-line missing-evidence -->\nThe council plans to cut the library budget.', ['2:13-2:21 unattributed-claim']],
  ['disable-next-line covers one line only', '<!-- attribution-lint-disable-next-line -->\nThe council plans to cut the budget.\n\nThe board fears a deficit.', ['4:11-4:16 unattributed-claim']],
  [
    'a sentence after the enable comment',
    '<!-- attribution-lint-disable unattributed-claim -->\n\nThe council plans to cut the library budget.\n\n<!-- attribution-lint-enable unattributed-claim -->\n\nThe board intends to sell the site.',
    ['7:11-7:21 unattributed-claim']
  ]
]

const mustNotFire: MustNotFire = [
  // A transcript line: the label in capitals speaks for what follows.
  ['a transcript line', 'HOLLOWAY: The county is expected to appeal the ruling.'],
  ['a transcript line in plain text', 'ANN PRICE: The county is expected to appeal the ruling.', {format: 'text'}],
  // Attributed.
  ['a hedge with a cue', 'The suspect allegedly fled the scene, according to two officers.'],
  ['cue after the claim', 'The plant is likely to close, the union says.'],
  ['cue before the claim', 'Dana Whitfield said the council plans to cut the budget.'],
  ['pronoun cue', 'She said the plant is likely to close.'],
  ['in a statement, X said', 'In a statement, the union said the plant is likely to close.'],
  ['per X', 'The plant is likely to close, per the union.'],
  ['X told reporters', 'Pelican is preparing to cut routes, Mara Lindqvist told reporters.'],

  // Evidence notes.
  ['footnote with a definition', 'The council plans to cut the budget.[^agenda]\n\n[^agenda]: Council agenda, 3 May.'],
  ['inline link', 'The council plans to cut the budget [agenda](https://example.org/agenda).'],
  ['bare URL', 'The council plans to cut the budget https://example.org/agenda today.'],
  ['autolink', 'The council plans to cut the budget <https://example.org/agenda>.'],
  ['{>>source: ...<<} after the final punctuation', 'The council plans to cut the budget. {>>source: council agenda, 3 May<<}'],
  ['{>>Source: ...<<} in another case', 'The council plans to cut the budget. {>>Source: council agenda<<}'],
  ['{>>SOURCE: ...<<} in capitals', 'The council plans to cut the budget. {>>SOURCE: council agenda<<}'],
  ['{>>evidence: ...<<}', 'The council plans to cut the budget. {>>evidence: council agenda<<}'],
  ['a note inside the sentence', 'The council plans to cut the budget {>>source: council agenda<<}.'],
  ['a CriticMarkup note in plain text', 'The council plans to cut the budget. {>>source: council agenda<<}', {format: 'text'}],
  ['a footnote in a .draft file', 'The council plans to cut the budget.[^agenda]\n\n[^agenda]: Council agenda, 3 May.', {format: 'draft'}],

  // Not claims the rule reads.
  ['a question', 'Will the mayor cut the budget because of the deficit?'],
  ['a Markdown heading', '# The council plans to cut the budget'],
  ['plain text: a one-line paragraph with no final punctuation is a heading', 'Council plans to cut budget\n\nThe vote is on Monday.', {format: 'text'}],
  ['plain text: a long headline in capitals is a heading', 'COUNCIL IS LIKELY TO CLOSE THE ELM STREET BRANCH LIBRARY BEFORE THE YEAR ENDS\n\nThe vote is on Monday.', {format: 'text'}],
  ['.draft: a long headline in Title Case is a heading', 'Council Is Likely to Close the Elm Street Branch Library Before the Year Ends\n\nThe vote is on Monday.', {format: 'draft'}],
  ['Markdown: a long Markdown heading', '## The council is likely to close the Elm Street branch library before the end of the year'],
  ['.draft: a one-line paragraph with no final punctuation is a heading', 'Council plans to cut budget\n\nThe vote is on Monday.', {format: 'draft'}],
  ['quoted text (the quote rule owns it)', '“The council plans to cut the budget because of the deficit,” Dana Whitfield said.'],
  ['a quote with no speaker is still quoted text', '“The council plans to cut the budget because of the deficit.”'],

  // Not prose.
  ['fenced code block', '```\nThe council plans to cut the budget.\n```'],
  ['inline code', 'Type `plans to cut` into the search box.'],
  ['front matter', '---\ntitle: The council plans to cut the budget\n---\n\nThe vote is on Monday.'],
  ['HTML comment', '<!-- the council plans to cut the budget -->\n\nThe vote is on Monday.'],

  // Exempt sections.
  ['Sources section', '## Sources\n\nThe council plans to cut the budget.'],
  ['Notes section', '## Notes\n\nThe council plans to cut the budget.'],
  ['Disclosure section with could', "## Disclosure\n\nThe author's employer could benefit from the deal."],
  ['plain text Sources heading', 'Sources\n\nThe council plans to cut the budget.', {format: 'text'}],
  ['.draft Disclosure heading', "Disclosure\n\nThe author's employer could benefit from the deal.", {format: 'draft'}],

  // Suppression.
  ['disable-next-line with this rule', '<!-- attribution-lint-disable-next-line unattributed-claim -->\nThe council plans to cut the budget.'],
  ['disable-next-line with no rule (all rules)', '<!-- attribution-lint-disable-next-line -->\nThe council plans to cut the budget.'],
  ['disable-next-line in plain text', '<!-- attribution-lint-disable-next-line unattributed-claim -->\nThe council plans to cut the budget.', {format: 'text'}],
  [
    'disable ... enable this rule',
    '<!-- attribution-lint-disable unattributed-claim -->\n\nThe council plans to cut the budget.\n\nThe board fears a deficit.\n\n<!-- attribution-lint-enable unattributed-claim -->'
  ],
  ['disable ... enable with no rule', '<!-- attribution-lint-disable -->\n\nThe council plans to cut the budget.\n\n<!-- attribution-lint-enable -->'],
  ['disable with no enable runs to the end', '<!-- attribution-lint-disable unattributed-claim -->\n\nThe council plans to cut the budget.']
]

// Longer drafts, one per format the rule reads; the format comes from the file extension.
const mustFireFixtures: MustFireFixtures = [
  ['paraphrase.txt', ['3:92-3:99 unattributed-claim']]
]

const mustNotFireFixtures: MustNotFireFixtures = ['sourced-and-exempt.md', 'headings.draft']

ruleCases(rule, {mustFire, mustNotFire, mustFireFixtures, mustNotFireFixtures})

test('reports the marker with a message that names it', () => {
  const [finding] = lint('The council plans to cut the library budget.', {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.ruleId, rule)
  assert.equal(finding.severity, 'warning')
  assert.equal(finding.message, 'No source is given for the claim of intent “plans to”.')
  assert.equal(finding.actual, 'plans to')
  assert.equal(finding.fix, undefined)
  assert.equal(finding.url, ruleUrl(rule))
  assert.deepEqual([finding.start, finding.end], [
    {line: 1, column: 13, offset: 12},
    {line: 1, column: 21, offset: 20}
  ])
})

const draft = '# Budget\n\nThe council plans to cut the library budget.\n\nThe board fears a deficit.\n'
sameRangesAcrossLineEndings(rule, draft, ['3:13-3:21 unattributed-claim', '5:11-5:16 unattributed-claim'])
