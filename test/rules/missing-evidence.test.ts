// missing-evidence: fires on the first figure or document of a sentence that has no usable evidence
// note, attributed or not; stays quiet on dates, times, ages, identifiers, counts of the sources
// themselves, figures inside a direct quote, non-prose and exempt sections (shared spec,
// `missing-evidence` and "Figure"; corpus README, "Evidence and figures").

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint, ruleUrl} from '../../server/src/engine/index.ts'
import {ruleCases, sameRangesAcrossLineEndings, type MustFire, type MustFireFixtures, type MustNotFire, type MustNotFireFixtures} from './cases.ts'

const rule = 'missing-evidence'

const mustFire: MustFire = [
  // Figures; the range is the figure.
  ['a count', 'The storm destroyed 64 homes.', ['1:21-1:29 missing-evidence']],
  ['an amount of money', 'The city will spend $50 million on the bridge.', ['1:21-1:32 missing-evidence']],
  ['a percentage', 'Unemployment rose to 3.2% in March.', ['1:22-1:26 missing-evidence']],
  ['a percentage in words', 'Feed prices have risen 45 percent since January.', ['1:24-1:34 missing-evidence']],
  ['a number with a thousands separator', 'The army sent 10,000 troops to the border.', ['1:15-1:21 missing-evidence']],
  ['a written-out count', 'The flooding has claimed two lives.', ['1:26-1:29 missing-evidence']],
  ['a fraction: a fifth', 'A fifth of the fleet was grounded.', ['1:1-1:8 missing-evidence']],
  ['a fraction: a third', 'The plant cut a third of its staff.', ['1:15-1:22 missing-evidence']],
  ['attributed to a named source, still no note', 'The plant cut 40 jobs, Dana Whitfield said.', ['1:15-1:22 missing-evidence']],
  ['attributed to an anonymous source, still no note', 'Six cartels operate in the region, officials said.', ['1:1-1:4 missing-evidence']],
  ['a year beside a figure is passed over', 'The plant cut 40 jobs in 2023.', ['1:15-1:22 missing-evidence']],
  ['a date beside a figure is passed over', 'The vote on March 25 approved 40 new posts.', ['1:31-1:33 missing-evidence']],
  ['a source count beside a figure is passed over', 'Two officials said the plant cut 40 jobs.', ['1:34-1:41 missing-evidence']],
  ['a figure outside the quote of the same sentence', 'Dana Whitfield, who cut 40 jobs, said: “We had no other choice at all.”', ['1:25-1:32 missing-evidence']],

  // Documents; the range is the document.
  ['records show', 'Records show the mayor skipped the vote.', ['1:1-1:8 missing-evidence']],
  ['a study', 'A study found the drug worked.', ['1:3-1:8 missing-evidence']],
  ['a poll', 'A poll released on Monday showed support for the plan.', ['1:3-1:7 missing-evidence']],
  ['documents reviewed by', 'Documents reviewed by the Ledger show the deal was signed.', ['1:1-1:10 missing-evidence']],
  ['according to prior reporting', 'The club has considered moving before, according to prior reporting.', ['1:53-1:68 missing-evidence']],
  ['data from', 'Data from the Halden Institute show the river is rising.', ['1:1-1:5 missing-evidence']],
  ['according to a memo (a document, not a speaker)', 'The ward closed its doors, according to a memo sent to staff.', ['1:43-1:47 missing-evidence']],

  // Things that look like evidence notes but are not.
  ['{>>check this<<} is not a note', 'The plant cut 40 jobs. {>>check this<<}', ['1:15-1:22 missing-evidence']],
  ['a footnote reference with no definition is not a note', 'The plant cut 40 jobs.[^jobs]', ['1:15-1:22 missing-evidence']],
  [
    'a note after the final punctuation belongs to the sentence before, not the next',
    'The plant cut 40 jobs. {>>source: company filing<<} The union expects 200 more.',
    ['1:71-1:74 missing-evidence']
  ],

  // Formats and suppression.
  ['plain text', 'Jobs\n\nThe plant cut 40 jobs.', ['3:15-3:22 missing-evidence'], {format: 'text'}],
  ['.draft with no blank lines', 'Jobs\nThe plant cut 40 jobs.', ['2:15-2:22 missing-evidence'], {format: 'draft'}],
  ['suppressing another rule leaves this one on', '<!-- attribution-lint-disable-next-line unattributed-claim -->\nThe plant cut 40 jobs.', ['2:15-2:22 missing-evidence']]
]

const mustNotFire: MustNotFire = [
  // Evidence notes.
  ['footnote with a definition', 'The plant cut 40 jobs.[^jobs]\n\n[^jobs]: Company filing, 2 May.'],
  ['one footnote referenced twice', 'The plant cut 40 jobs.[^jobs] The union lost 12 members.[^jobs]\n\n[^jobs]: Company filing, 2 May.'],
  ['inline link', 'The plant cut 40 jobs [filing](https://example.org/filing).'],
  ['bare URL', 'The plant cut 40 jobs https://example.org/filing today.'],
  ['autolink', 'The plant cut 40 jobs <https://example.org/filing>.'],
  ['{>>source: ...<<}', 'The plant cut 40 jobs. {>>source: company filing<<}'],
  ['{>>EVIDENCE: ...<<} in capitals', 'The plant cut 40 jobs. {>>EVIDENCE: company filing<<}'],
  ['bare URL in plain text', 'The plant cut 40 jobs https://example.org/filing today.', {format: 'text'}],
  ['CriticMarkup in plain text', 'The plant cut 40 jobs. {>>source: company filing<<}', {format: 'text'}],
  ['footnote in a .draft file', 'The plant cut 40 jobs.[^jobs]\n\n[^jobs]: Company filing, 2 May.', {format: 'draft'}],

  // Numbers that are not figures.
  ['a date', 'The vote was held on March 25.'],
  ['a date, day first, with a year', 'The vote was held on 25 March 2024.'],
  ['a year', 'In 2019 the plant closed.'],
  ['a time', 'The train left at 9:40.'],
  ['a time with a.m.', 'The train left at 9:40 a.m.'],
  ['an age in a name line', 'Piet Aalders, 46, was arrested on Tuesday.'],
  ['F-16', 'The F-16 crashed near the base.'],
  ['10-K', 'The company filed its 10-K on Friday.'],
  ['H5N1', 'The H5N1 virus spread to a second farm.'],
  ['Route 66', 'The crash closed Route 66 on Friday.'],
  ['Title 50', 'The agency cited Title 50 in its order.'],
  ['COVID-19', 'The COVID-19 outbreak closed the school on Monday.'],
  ['Flight 212', 'Flight 212 landed safely on Friday.'],
  ['Gate 3', 'Gate 3 was closed on Friday.'],
  ['claimed the title (no figure, no document)', 'Carrow United claimed the league title in 2019.'],
  ['a title of a work in quotes', 'The museum lent “Three Sisters Mending Nets” to Oslo on Friday.'],

  // Counts of the sources themselves.
  ['two officials said', 'Two officials said the plant would close.'],
  ['according to two people', 'The deal was close, according to two people familiar with the talks.'],
  ['three officers said', 'Three corrections officers said the cell block was flooded.'],

  // The speaker's figure.
  ['a figure inside a quote, speaker after', '“We lost 40 jobs in one week,” Dana Whitfield said.'],
  ['a figure inside a quote, speaker before', 'Dana Whitfield said: “We lost 40 jobs in one week.”'],
  ['in a statement is attribution, not a document', 'In a statement, the union said the plant would close.'],

  // Not prose.
  ['fenced code block', '```\nThe plant cut 40 jobs.\n```'],
  ['inline code', 'Run `cut 40 jobs` in the shell.'],
  ['front matter', '---\njobs: 40\n---\n\nThe plant closed on Friday.'],
  ['HTML comment', '<!-- The plant cut 40 jobs. -->\n\nThe plant closed on Friday.'],
  ['digits in a link URL', 'The plant closed on Friday, [the filing](https://example.org/2024/40-jobs) shows.'],

  // Exempt sections and suppression.
  ['Sources section', '## Sources\n\nThe plant cut 40 jobs.'],
  ['Notes section', '## Notes\n\nCompany filing, 40 pages.'],
  ['disable-next-line with this rule', '<!-- attribution-lint-disable-next-line missing-evidence -->\nThe plant cut 40 jobs.'],
  ['disable-next-line with no rule', '<!-- attribution-lint-disable-next-line -->\nThe plant cut 40 jobs.'],
  ['disable ... enable this rule', '<!-- attribution-lint-disable missing-evidence -->\n\nThe plant cut 40 jobs.\n\n<!-- attribution-lint-enable missing-evidence -->']
]

// Longer drafts, one per format the rule reads; the format comes from the file extension.
const mustFireFixtures: MustFireFixtures = [
  ['figures.draft', ['3:17-3:28 missing-evidence', '5:28-5:31 missing-evidence']]
]

const mustNotFireFixtures: MustNotFireFixtures = ['not-figures.md']

ruleCases(rule, {mustFire, mustNotFire, mustFireFixtures, mustNotFireFixtures})

test('reports a figure with a message that quotes it', () => {
  const [finding] = lint('The city will spend $50 million on the bridge.', {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.ruleId, rule)
  assert.equal(finding.severity, 'warning')
  assert.equal(finding.message, 'The figure “$50 million” has no evidence note.')
  assert.equal(finding.actual, '$50 million')
  assert.equal(finding.fix, undefined)
  assert.equal(finding.url, ruleUrl(rule))
})

test('reports a document with a message that quotes it', () => {
  const [finding] = lint('A study found the drug worked.', {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(finding.message, 'The document “study” has no evidence note.')
  assert.equal(finding.actual, 'study')
})

const draft = '# Jobs\n\nThe plant cut 40 jobs.\n\nThe union expects 200 more, a study found.\n'
sameRangesAcrossLineEndings(rule, draft, ['3:15-3:22 missing-evidence', '5:19-5:22 missing-evidence'])
