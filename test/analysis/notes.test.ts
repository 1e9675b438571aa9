// Evidence notes: footnotes with their definitions, links and bare URLs, and CriticMarkup comments
// that begin with `source:` or `evidence:`; each belongs to the sentence it stands in or directly
// follows, and says why it cannot help an editor when it cannot. Each row: an invented draft and
// every note as `kind “value” in sentence N: defect`.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {notesOf, read} from './helpers.ts'

const rows: Array<[string, string, string[], ('markdown' | 'text' | 'draft')?]> = [
  ['a footnote with its definition', 'The plant cut 40 jobs.[^jobs]\n\n[^jobs]: County payroll records, 2025.', ['footnote “jobs” in sentence 0']],
  ['a footnote with no definition', 'The plant cut 40 jobs.[^jobs]', ['footnote “jobs” in sentence 0: no-definition']],
  ['a source comment', 'The plant cut 40 jobs. {>>source: County payroll records<<}', ['comment “County payroll records” in sentence 0']],
  ['a comment that still says TK', 'The plant cut 40 jobs. {>>source: TK<<}', ['comment “TK” in sentence 0: placeholder']],
  ['an empty source comment', 'The plant cut 40 jobs. {>>source:<<}', ['comment “” in sentence 0: empty']],
  ['an editor\'s aside is no note', 'The plant cut 40 jobs. {>>check this count<<}', []],
  ['a bare URL', 'The plant cut 40 jobs (https://example.org/payroll).', ['link “https://example.org/payroll” in sentence 0']],
  ['a Markdown link', 'The plant cut [40 jobs](https://example.org/payroll) last year.', ['link “https://example.org/payroll” in sentence 0']],
  ['a note after the second sentence is the second sentence\'s', 'The plant cut 40 jobs. The mayor said so.[^1]\n\n[^1]: Council minutes.', ['footnote “1” in sentence 1']],
  ['plain text reads footnotes too', 'The plant cut 40 jobs.[^1]\n\n[^1]: Council minutes.', ['footnote “1” in sentence 0'], 'text']
]

for (const [name, text, expected, format] of rows) {
  test(`notes: ${name}`, () => assert.deepEqual(notesOf(text, format), expected))
}

test('notes: a definition knows whether anything cites it', () => {
  const cited = read('The plant cut 40 jobs.[^jobs]\n\n[^jobs]: County payroll records.').definitions
  assert.deepEqual(cited.map((definition) => [definition.label, definition.value, definition.referenced]), [['jobs', 'County payroll records.', true]])
  const unused = read('The plant cut 40 jobs.\n\n[^jobs]: County payroll records.').definitions
  assert.deepEqual(unused.map((definition) => definition.referenced), [false])
})
