// The scaffolding every test/rules/<id>.test.ts shares (style guide, "Tests per rule: must fire, must
// not fire"): each row of a must-fire or must-not-fire table, and each fixture, becomes one named
// test that compares short `2:1-2:48 rule-id` lines; and one draft's ranges are checked in every
// line ending and format the rule reads.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {formatOf, type DraftFormat} from '../../server/src/engine/index.ts'
import {findingsOf, fixture} from '../helpers.ts'

export type CaseOptions = {format?: DraftFormat}

/** Name, text, the rule's findings as short lines (at least one), and the format (Markdown unless set). */
export type MustFire = Array<[string, string, string[], CaseOptions?]>

/** Name, text and format: the rule finds nothing here, while other rules may. */
export type MustNotFire = Array<[string, string, CaseOptions?]>

/** A file in test/fixtures/rules/<id>/must-fire/ (its extension gives the format) and the rule's findings. */
export type MustFireFixtures = Array<[string, string[]]>

/** Files in test/fixtures/rules/<id>/must-not-fire/. */
export type MustNotFireFixtures = string[]

export interface RuleCases {
  mustFire: MustFire
  mustNotFire: MustNotFire
  mustFireFixtures: MustFireFixtures
  mustNotFireFixtures: MustNotFireFixtures
}

/**
 * One test per fixture and per table row: `fires: fixture <file>`, `does not fire: fixture <file>`,
 * `fires: <name>` and `does not fire: <name>`.
 */
export function ruleCases(rule: string, cases: RuleCases): void {
  // Every table is required: a misspelt key would otherwise drop its tests without a word.
  for (const key of ['mustFire', 'mustNotFire', 'mustFireFixtures', 'mustNotFireFixtures'] as const) {
    if (!Array.isArray(cases[key])) throw new TypeError(`ruleCases(${rule}): ${key} is not a list`)
  }
  // A must-fire row that expects nothing would pass whenever the rule is silent: it belongs in must-not-fire.
  const mustFire = [...cases.mustFire.map(([name, , expected]) => [name, expected] as const), ...cases.mustFireFixtures.map(([file, expected]) => [`fixture ${file}`, expected] as const)]
  for (const [name, expected] of mustFire) {
    if (expected.length === 0) throw new TypeError(`ruleCases(${rule}): the must-fire case "${name}" expects no finding`)
  }

  for (const [file, expected] of cases.mustFireFixtures) {
    test(`fires: fixture ${file}`, () => assert.deepEqual(findingsOf(fixture(`rules/${rule}/must-fire/${file}`), rule, {format: formatOf(file)}), expected))
  }
  for (const file of cases.mustNotFireFixtures) {
    test(`does not fire: fixture ${file}`, () => assert.deepEqual(findingsOf(fixture(`rules/${rule}/must-not-fire/${file}`), rule, {format: formatOf(file)}), []))
  }
  for (const [name, text, expected, options] of cases.mustFire) {
    test(`fires: ${name}`, () => assert.deepEqual(findingsOf(text, rule, options), expected))
  }
  for (const [name, text, options] of cases.mustNotFire) {
    test(`does not fire: ${name}`, () => assert.deepEqual(findingsOf(text, rule, options), []))
  }
}

/**
 * `draft` (LF line endings, a `# ` heading on its first line) in five forms, each its own test
 * `ranges in a <form> draft`: LF Markdown, CRLF Markdown, BOM and CRLF Markdown, CRLF plain text and
 * BOM .draft, the last two with the heading as a bare line. Every form must give `expected`: a
 * carriage return or a byte-order mark moves no range.
 */
export function sameRangesAcrossLineEndings(rule: string, draft: string, expected: string[]): void {
  // Without a line feed the CRLF forms equal the LF one, and without `# ` text and .draft read the same heading.
  if (!draft.includes('\n') || draft.includes('\r') || !draft.startsWith('# ')) {
    throw new TypeError(`sameRangesAcrossLineEndings(${rule}): the draft must use LF line endings and start with a "# " heading`)
  }
  const crlf = (text: string) => text.replace(/\n/g, '\r\n')
  const bareHeading = draft.replace(/^# /, '')
  const forms: Array<[string, string, DraftFormat]> = [
    ['LF Markdown', draft, 'markdown'],
    ['CRLF Markdown', crlf(draft), 'markdown'],
    ['BOM and CRLF Markdown', '\uFEFF' + crlf(draft), 'markdown'],
    ['CRLF plain text', crlf(bareHeading), 'text'],
    ['BOM .draft', '\uFEFF' + bareHeading, 'draft']
  ]
  for (const [name, text, format] of forms) {
    test(`ranges in a ${name} draft`, () => {
      assert.deepEqual(findingsOf(text, rule, {format}), expected)
    })
  }
}

/** The formats the rules read: a mechanism of the analysis holds in each of them. */
export const everyFormat: DraftFormat[] = ['markdown', 'text', 'draft']

/** `rule` fires with these findings (`1:5-1:12 rule-id`) on `text` in every format, one test each. */
export function firesInEveryFormat(rule: string, name: string, text: string, expected: string[]): void {
  if (expected.length === 0) throw new TypeError(`firesInEveryFormat(${rule}): "${name}" expects no finding`)
  for (const format of everyFormat) test(`${rule} fires (${format}): ${name}`, () => assert.deepEqual(findingsOf(text, rule, {format}), expected))
}

/** `rule` finds nothing on `text` in any format, one test each. */
export function quietInEveryFormat(rule: string, name: string, text: string): void {
  for (const format of everyFormat) test(`${rule} does not fire (${format}): ${name}`, () => assert.deepEqual(findingsOf(text, rule, {format}), []))
}
