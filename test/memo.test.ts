// The engine's memo holds a bounded amount of text and gives the same result as a fresh computation.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import {Memo} from '../server/src/engine/analysis/memo.ts'
import {lint, ReadingMemos} from '../server/src/engine/index.ts'

test('the memo evicts the oldest entries beyond its character limit', () => {
  const memo = new Memo<number>(10)
  let computed = 0
  const get = (key: string) => memo.get(key, () => ++computed)
  get('aaaa')
  get('bbbb')
  get('aaaa') // refreshes 'aaaa'
  get('cccc') // 12 characters: 'bbbb', the oldest, goes
  assert.equal(computed, 3)
  get('aaaa')
  assert.equal(computed, 3, 'aaaa was kept')
  get('bbbb')
  assert.equal(computed, 4, 'bbbb was evicted and computed again')
})

test('a warm lint gives the same findings as a cold one', () => {
  const draft = '# Vote\n\nThe council plans to cut the budget by $2 million.[^x]\n\n“We will not accept this, not now and not later,” one member said.\n'
  const memos = new ReadingMemos()
  const cold = lint(draft, {format: 'markdown', memos}).findings
  const warm = lint(draft, {format: 'markdown', memos}).findings
  const moved = lint('Intro line.\n\n' + draft, {format: 'markdown', memos}).findings
  assert.deepEqual(warm, cold)
  assert.deepEqual(moved.filter((finding) => finding.start.line > 2).map((finding) => [finding.ruleId, finding.start.line - 2, finding.start.column]), cold.map((finding) => [finding.ruleId, finding.start.line, finding.start.column]))
})
