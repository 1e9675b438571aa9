// dangling-evidence: fires on an evidence note that cannot help an editor (a footnote reference with
// no definition, a definition nobody references, an empty note, a TK / TBD / XX / ??? note), even in
// Sources, Notes and Disclosure sections; stays quiet on usable notes, on CriticMarkup asides that
// are not notes and on non-prose (shared spec, `dangling-evidence` and "Evidence note").

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint, ruleUrl} from '../../server/src/engine/index.ts'
import {ruleCases, sameRangesAcrossLineEndings, type MustFire, type MustFireFixtures, type MustNotFire, type MustNotFireFixtures} from './cases.ts'

const rule = 'dangling-evidence'

const mustFire: MustFire = [
  // Footnotes: the range is the reference, or the whole definition line nobody references.
  ['a footnote reference with no definition', 'The plant cut 40 jobs.[^jobs]', ['1:23-1:30 dangling-evidence']],
  ['a definition nobody references', 'The plant cut 40 jobs.\n\n[^jobs]: Company filing, 2 May.', ['3:1-3:32 dangling-evidence']],
  [
    'one reference defined, one not',
    'The plant cut 40 jobs.[^jobs] The union lost 12 members.[^union]\n\n[^jobs]: Company filing, 2 May.',
    ['1:57-1:65 dangling-evidence']
  ],
  ['a definition that says TK', 'The plant cut 40 jobs.[^jobs]\n\n[^jobs]: TK', ['1:23-1:30 dangling-evidence']],
  ['an empty definition', 'The plant cut 40 jobs.[^jobs]\n\n[^jobs]:', ['1:23-1:30 dangling-evidence']],

  // CriticMarkup notes: the range is the comment.
  ['source: TK', 'The plant cut 40 jobs. {>>source: TK<<}', ['1:24-1:40 dangling-evidence']],
  ['Source: tk, any case', 'The plant cut 40 jobs. {>>Source: tk<<}', ['1:24-1:40 dangling-evidence']],
  ['TK with a full stop', 'The plant cut 40 jobs. {>>source: TK.<<}', ['1:24-1:41 dangling-evidence']],
  ['evidence: TBD', 'The plant cut 40 jobs. {>>evidence: TBD<<}', ['1:24-1:43 dangling-evidence']],
  ['source: XX', 'The plant cut 40 jobs. {>>source: XX<<}', ['1:24-1:40 dangling-evidence']],
  ['source: ???', 'The plant cut 40 jobs. {>>source: ???<<}', ['1:24-1:41 dangling-evidence']],
  ['an empty source note', 'The plant cut 40 jobs. {>>source:<<}', ['1:24-1:37 dangling-evidence']],
  ['an evidence note with only a space', 'The plant cut 40 jobs. {>>evidence: <<}', ['1:24-1:40 dangling-evidence']],

  // Links with nowhere to go.
  ['a link with an empty URL', 'The plant cut 40 jobs [filing]().', ['1:23-1:33 dangling-evidence']],
  ['a link to #', 'The plant cut 40 jobs [filing](#).', ['1:23-1:34 dangling-evidence']],

  // Exempt sections are not exempt from this rule.
  ['Sources section: a reference with no definition', '## Sources\n\nCompany filing, 2 May.[^jobs]', ['3:23-3:30 dangling-evidence']],
  ['Sources section: a TK note', '## Sources\n\nCompany filing. {>>source: TK<<}', ['3:17-3:33 dangling-evidence']],
  ['Notes section: a definition nobody references', '## Notes\n\n[^old]: Union letter, 3 May.', ['3:1-3:29 dangling-evidence']],
  ['Disclosure section: a TBD note', '## Disclosure\n\nThe author owns shares in the club. {>>source: TBD<<}', ['3:37-3:54 dangling-evidence']],

  // Wherever the note stands.
  ['after a question', 'Did the plant cut 40 jobs?[^jobs]', ['1:27-1:34 dangling-evidence']],
  ['in a heading', '# Plant cuts 40 jobs[^jobs]', ['1:21-1:28 dangling-evidence']],
  ['after a quote', '“We lost 40 jobs in one week,” Dana Whitfield said.[^jobs]', ['1:52-1:59 dangling-evidence']],
  ['suppressing another rule leaves this one on', '<!-- attribution-lint-disable-next-line missing-evidence -->\nThe plant cut 40 jobs.[^jobs]', ['2:23-2:30 dangling-evidence']],

  // The same forms in plain text and .draft.
  ['plain text: a reference with no definition', 'The plant cut 40 jobs.[^jobs]', ['1:23-1:30 dangling-evidence'], {format: 'text'}],
  ['plain text: a definition nobody references', 'The plant cut 40 jobs.\n\n[^jobs]: Company filing, 2 May.', ['3:1-3:32 dangling-evidence'], {format: 'text'}],
  ['.draft: a TK note', 'The plant cut 40 jobs. {>>source: TK<<}', ['1:24-1:40 dangling-evidence'], {format: 'draft'}],
  ['.draft with no blank lines', 'Jobs\nThe plant cut 40 jobs.[^jobs]\nThe union lost 12 members.', ['2:23-2:30 dangling-evidence'], {format: 'draft'}]
]

const mustNotFire: MustNotFire = [
  // Usable notes.
  ['a footnote with a definition', 'The plant cut 40 jobs.[^jobs]\n\n[^jobs]: Company filing, 2 May.'],
  ['one definition referenced twice', 'The plant cut 40 jobs.[^jobs] The union lost 12 members.[^jobs]\n\n[^jobs]: Company filing, 2 May.'],
  ['footnote labels match in any case', 'The plant cut 40 jobs.[^Jobs]\n\n[^jobs]: Company filing, 2 May.'],
  ['a definition under a Sources heading', 'The plant cut 40 jobs.[^jobs]\n\n## Sources\n\n[^jobs]: Company filing, 2 May.'],
  ['inline link', 'The plant cut 40 jobs [filing](https://example.org/filing).'],
  ['bare URL', 'The plant cut 40 jobs https://example.org/filing today.'],
  ['autolink', 'The plant cut 40 jobs <https://example.org/filing>.'],
  ['a filled-in source note', 'The plant cut 40 jobs. {>>source: company filing, 2 May<<}'],
  ['TK in the prose is not a note', 'The plant cut 40 jobs, TK said. {>>source: company filing<<}'],
  ['plain text: a footnote with a definition', 'The plant cut 40 jobs.[^jobs]\n\n[^jobs]: Company filing, 2 May.', {format: 'text'}],
  ['.draft: a filled-in source note', 'The plant cut 40 jobs. {>>source: company filing<<}', {format: 'draft'}],

  // CriticMarkup that is not a note.
  ['{>>check this<<}', 'The plant cut 40 jobs. {>>check this<<}'],
  ['an aside that mentions TK', 'The plant cut 40 jobs. {>>TK check count with the union<<}'],

  // Not prose.
  ['fenced code block', '```\nThe plant cut 40 jobs.[^jobs]\n{>>source: TK<<}\n```'],
  ['inline code', 'Write `[^jobs]` or `{>>source: TK<<}` after the sentence.'],
  ['HTML comment', '<!-- The plant cut 40 jobs.[^jobs] {>>source: TK<<} -->\n\nThe plant closed.'],

  // Suppression.
  ['disable-next-line with this rule', '<!-- attribution-lint-disable-next-line dangling-evidence -->\nThe plant cut 40 jobs.[^jobs]'],
  ['disable-next-line with no rule', '<!-- attribution-lint-disable-next-line -->\nThe plant cut 40 jobs. {>>source: TK<<}'],
  ['disable ... enable this rule', '<!-- attribution-lint-disable dangling-evidence -->\n\nThe plant cut 40 jobs.[^jobs]\n\n<!-- attribution-lint-enable dangling-evidence -->']
]

// Longer drafts, one per format the rule reads; the format comes from the file extension.
const mustFireFixtures: MustFireFixtures = [
  ['broken-notes.md', ['3:50-3:66 dangling-evidence', '5:77-5:87 dangling-evidence', '9:1-9:29 dangling-evidence']]
]

const mustNotFireFixtures: MustNotFireFixtures = ['usable-notes.draft']

ruleCases(rule, {mustFire, mustNotFire, mustFireFixtures, mustNotFireFixtures})

function only(text: string) {
  const found = lint(text, {format: 'markdown'}).findings.filter((candidate) => candidate.ruleId === rule)
  assert.equal(found.length, 1)
  return found[0]
}

test('a reference with no definition: every field', () => {
  const finding = only('The plant cut 40 jobs.[^jobs]')
  assert.equal(finding.ruleId, rule)
  assert.equal(finding.severity, 'error')
  assert.equal(finding.message, 'The footnote “jobs” has no definition.')
  assert.equal(finding.actual, '[^jobs]')
  assert.equal(finding.fix, undefined)
  assert.equal(finding.url, ruleUrl(rule))
})

test('a placeholder note: the message quotes the placeholder', () => {
  const finding = only('The plant cut 40 jobs. {>>source: TK<<}')
  assert.equal(finding.message, 'The evidence note still says “TK”.')
  assert.equal(finding.actual, '{>>source: TK<<}')
})

test('an empty note', () => {
  assert.equal(only('The plant cut 40 jobs. {>>source:<<}').message, 'This evidence note is empty.')
})

test('a definition nobody references', () => {
  const finding = only('The plant cut 40 jobs.\n\n[^jobs]: Company filing, 2 May.')
  assert.equal(finding.message, 'The footnote definition “jobs” is never cited.')
  assert.equal(finding.actual, '[^jobs]')
})

const draft = '# Jobs\n\nThe plant cut 40 jobs.[^jobs]\n\nThe union lost 12 members. {>>source: TK<<}\n\n[^old]: Union letter, 3 May.\n'
sameRangesAcrossLineEndings(rule, draft, ['3:23-3:30 dangling-evidence', '5:28-5:44 dangling-evidence', '7:1-7:29 dangling-evidence'])
