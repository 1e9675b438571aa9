// Line and column of draft offsets (server/src/engine/points.ts): as vfile-location counts them,
// and the same when the line starts are edited from the last lint's as when found afresh.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {location} from 'vfile-location'
import {unchangedEnds} from '../server/src/engine/index.ts'
import {editedLineStarts, lineStarts, pointsOf} from '../server/src/engine/points.ts'

const numRuns = Number(process.env.FUZZ_RUNS) || 500
const seed = process.env.FUZZ_SEED === undefined ? 20261128 : Number(process.env.FUZZ_SEED)
const text = fc.string({unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\uFEFF', '“'), maxLength: 40})

test('points are where vfile-location puts them, a byte-order mark not counted', () => {
  fc.assert(
    fc.property(text, fc.array(fc.integer({min: -2, max: 45})), (draft, offsets) => {
      const place = location(draft)
      const bom = draft.startsWith('\uFEFF') ? 1 : 0
      const toPoint = pointsOf(draft, lineStarts(draft))
      for (const offset of [...offsets, ...Array.from({length: draft.length + 1}, (_, index) => index)]) {
        const point = place.toPoint(offset) ?? place.toPoint(draft.length)!
        assert.deepEqual(toPoint(offset), {line: point.line, column: point.line === 1 ? Math.max(1, point.column - bom) : point.column, offset})
      }
    }),
    {numRuns, seed}
  )
})

test('line starts edited from the last text are the line starts found afresh', () => {
  fc.assert(
    fc.property(text, fc.nat(), fc.nat(4), text, (before, at, length, insert) => {
      const start = at % (before.length + 1)
      const after = before.slice(0, start) + insert.slice(0, 4) + before.slice(start + length)
      assert.deepEqual(editedLineStarts(after, lineStarts(before), unchangedEnds(before, after)), lineStarts(after))
    }),
    {numRuns, seed}
  )
})
