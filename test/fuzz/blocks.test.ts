// Splitting a draft into blocks again after an edit (splitBlocksAfterEdit) starts at the block
// before the edit and stops at the first block after it that started there before: whatever the
// draft and the edit, the blocks must be those of splitting the edited draft from the top.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {unchangedEnds} from '../../server/src/engine/index.ts'
import {splitBlocks, splitBlocksAfterEdit} from '../../server/src/engine/read/blocks.ts'
import {draft} from './arbitraries.ts'

const numRuns = Number(process.env.FUZZ_RUNS) || 300
const seed = process.env.FUZZ_SEED === undefined ? 20261128 : Number(process.env.FUZZ_SEED)

/** What changes how Markdown splits: fences, comments, blank and indented lines, front matter. */
const insert = fc.constantFrom('', 'e', ' ', '\n', '\n\n', '\r\n', '    ', '\t', '```', '~~~', '\n```\n', '<!--', '-->', '<!-- x -->', '---\n', '---', '\ufeff', '> ', '- ', 'A quote, he said.')
const edit = fc.tuple(fc.nat(), fc.nat(8), insert)

test('blocks split again after an edit are the blocks of the edited draft', () => {
  fc.assert(
    fc.property(draft, fc.array(edit, {minLength: 1, maxLength: 4}), (text, edits) => {
      let before = text
      let blocks = splitBlocks(before, 'markdown')
      for (const [at, removed, inserted] of edits) {
        const start = at % (before.length + 1)
        const after = before.slice(0, start) + inserted + before.slice(Math.min(before.length, start + removed))
        blocks = splitBlocksAfterEdit(after, 'markdown', blocks, unchangedEnds(before, after))
        assert.deepEqual(blocks, splitBlocks(after, 'markdown'), `after editing at ${start}: ${JSON.stringify(after)}`)
        before = after
      }
    }),
    {numRuns, seed}
  )
})

test('an edit inside a long draft is split again near the edit only', () => {
  const paragraphs = Array.from({length: 200}, (_, index) => `Paragraph ${index} says a thing.`)
  const before = paragraphs.join('\n\n')
  const at = before.indexOf('Paragraph 100')
  // A fence opened in the middle runs to the end of the draft: every later block changes.
  const fenced = before.slice(0, at) + '```\n' + before.slice(at)
  assert.deepEqual(splitBlocksAfterEdit(fenced, 'markdown', splitBlocks(before, 'markdown'), unchangedEnds(before, fenced)), splitBlocks(fenced, 'markdown'))
  assert.equal(splitBlocks(fenced, 'markdown').length, 101)
  // An indented line joins the paragraph above.
  const indented = before.slice(0, at) + '    ' + before.slice(at)
  assert.deepEqual(splitBlocksAfterEdit(indented, 'markdown', splitBlocks(before, 'markdown'), unchangedEnds(before, indented)), splitBlocks(indented, 'markdown'))
  assert.equal(splitBlocks(indented, 'markdown').length, 199)
})
