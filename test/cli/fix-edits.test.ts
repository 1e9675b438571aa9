// The engine's fix module (shared by --fix and the language server's "fix all"): which edits it
// takes, and that it leaves every other character alone.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {applyFixes, fixEdits, isFixable} from '../../server/src/engine/fix.ts'
import {lint, type Finding} from '../../server/src/engine/index.ts'

/** A finding whose fix replaces `text.slice(start, end)` with `replacement`. */
function finding(text: string, start: number, end: number, replacement?: string, actual = text.slice(start, end)): Finding {
  const point = (offset: number) => ({line: 1, column: offset + 1, offset})
  const fix = replacement === undefined ? undefined : {start, end, text: replacement}
  return {ruleId: 'loaded-attribution-verb', severity: 'info', message: 'm', url: 'u', start: point(start), end: point(end), actual, fix}
}

test('applies each fix in place and leaves the rest byte-identical', () => {
  const text = '\uFEFFA claimed.\r\nB insisted.\r\n'
  const result = applyFixes(text, [finding(text, 3, 10, 'said'), finding(text, 15, 23, 'said')])
  assert.equal(result.text, '\uFEFFA said.\r\nB said.\r\n')
  assert.deepEqual(result.edits.map((edit) => [edit.start, edit.end, edit.newText]), [[3, 10, 'said'], [15, 23, 'said']])
})

test('takes edits in draft order whatever the order of the findings', () => {
  const text = 'one two three'
  const result = applyFixes(text, [finding(text, 8, 13, '3'), finding(text, 0, 3, '1')])
  assert.equal(result.text, '1 two 3')
})

test('skips a fix that overlaps one already taken, and a second insertion at the same place', () => {
  const text = 'abcdef'
  assert.equal(applyFixes(text, [finding(text, 0, 3, 'X'), finding(text, 2, 5, 'Y')]).text, 'Xdef')
  assert.equal(applyFixes(text, [finding(text, 2, 2, '1'), finding(text, 2, 2, '2')]).text, 'ab1cdef')
  // Touching is not overlapping.
  assert.equal(applyFixes(text, [finding(text, 0, 3, 'X'), finding(text, 3, 6, 'Y')]).text, 'XY')
})

test('skips findings with no fix, ranges outside the text, and text that changed since the lint', () => {
  const text = 'He claimed it.'
  assert.deepEqual(fixEdits(text, [finding(text, 3, 10)]), [])
  assert.deepEqual(fixEdits(text, [finding(text, 10, 40, 'x', 'whatever')]), [])
  assert.deepEqual(fixEdits(text, [finding(text, 3, 10, 'said', 'admitted')]), [])
  // A replacement equal to the text is no edit.
  assert.deepEqual(fixEdits(text, [finding(text, 3, 10, 'claimed')]), [])
})

test('returns the same text, unchanged, when nothing applies', () => {
  const text = 'Nothing to fix.'
  const result = applyFixes(text, [])
  assert.equal(result.text, text)
  assert.deepEqual(result.edits, [])
})

test('fixes what the engine offers: loaded verbs become said or says in the same tense', () => {
  const text = 'Mayor Lena Dorsey claimed the budget was balanced. Treasurer Bo Lind admits the figures are late.\n'
  const {findings} = lint(text, {format: 'markdown'})
  assert.deepEqual(findings.filter(isFixable).map((found) => found.ruleId), ['loaded-attribution-verb', 'loaded-attribution-verb'])
  const fixed = applyFixes(text, findings)
  assert.equal(fixed.text, 'Mayor Lena Dorsey said the budget was balanced. Treasurer Bo Lind says the figures are late.\n')
  assert.deepEqual(lint(fixed.text, {format: 'markdown'}).findings.filter(isFixable), [])
})
