// The worker sends findings as a change to the last ones it sent (server/src/lsp/delta.ts): decoded
// on the server's side, they must be exactly the findings of a fresh lint, whatever the edit.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {lint, unchangedEnds} from '../../server/src/engine/index.ts'
import {decodeFindings, editBetween, encodeFindings} from '../../server/src/lsp/delta.ts'
import {draft, format} from '../fuzz/arbitraries.ts'

const numRuns = Number(process.env.FUZZ_RUNS) || 200
const seed = process.env.FUZZ_SEED === undefined ? 20261128 : Number(process.env.FUZZ_SEED)

const edit = fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom('', 'e', ' ', '\n', '\n\n', '\r\n', '\r', '“', '”', 'he said', '[^1]', '. The mayor claimed 40% rose.'))

test('decoded findings are the findings of the edited draft', () => {
  fc.assert(
    fc.property(draft, fc.array(edit, {minLength: 1, maxLength: 3}), format, (text, edits, draftFormat) => {
      let before = text
      let previous = lint(before, {format: draftFormat}).findings
      for (const [at, length, insert] of edits) {
        const start = at % (before.length + 1)
        const after = before.slice(0, start) + insert + before.slice(start + length)
        const next = lint(after, {format: draftFormat}).findings
        const delta = encodeFindings(1, previous, next, editBetween(before, after, unchangedEnds(before, after)))
        assert.deepEqual(decodeFindings(previous, delta), next, `from ${JSON.stringify(before)} to ${JSON.stringify(after)}`)
        before = after
        previous = next
      }
    }),
    {numRuns, seed}
  )
})

test('typing a letter sends only the findings of the paragraph it changed', () => {
  const paragraph = (index: number) => `Paragraph ${index}: the mayor claimed the budget rose 40% last year, and critics say it will fall.`
  const before = Array.from({length: 200}, (_, index) => paragraph(index)).join('\n\n') + '\n'
  const at = before.indexOf('Paragraph 100:') + 'Paragraph 100: the'.length
  const after = before.slice(0, at) + 'e' + before.slice(at)
  const previous = lint(before, {format: 'markdown'}).findings
  const next = lint(after, {format: 'markdown'}).findings
  let carried = 0
  const delta = encodeFindings(1, previous, next, editBetween(before, after, unchangedEnds(before, after)))
  assert.deepEqual(decodeFindings(previous, delta, () => carried++), next)
  const perParagraph = next.length / 200
  assert.ok(delta.fresh.length <= perParagraph, `${delta.fresh.length} fresh of ${next.length}`)
  // The findings before the edit, the new ones, those after: a few numbers, not one per finding.
  assert.ok(delta.runs.length <= 6, `runs ${delta.runs}`)
  assert.equal(carried, next.length - delta.fresh.length)
})

test('a new line moves the findings after it down a line, and they are still carried', () => {
  const before = 'Critics say the plan failed.\n\nThe mayor claimed it rose 40%.\n'
  const after = before.replace('\n\n', '\n\n\n')
  const previous = lint(before, {format: 'markdown'}).findings
  const next = lint(after, {format: 'markdown'}).findings
  const edit = editBetween(before, after, unchangedEnds(before, after))
  assert.equal(edit.lines, 1)
  const delta = encodeFindings(1, previous, next, edit)
  assert.deepEqual(decodeFindings(previous, delta), next)
  assert.equal(delta.fresh.length, 0)
})
