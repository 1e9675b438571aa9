// A bullet list of one-line plain items is read without remark (read/markdown.ts, `simpleList`):
// whatever the items hold, what the fast path reads must be what remark reads, and a list with
// anything remark reads differently (emphasis, links, autolinks, code, HTML, comments) must go
// to remark.

import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {readMarkdownBlock, readWithRemark, simpleList} from '../../server/src/engine/read/markdown.ts'

const numRuns = Number(process.env.FUZZ_RUNS) || 400
const seed = process.env.FUZZ_SEED === undefined ? 20261208 : Number(process.env.FUZZ_SEED)

/** Words and marks of news copy, and the syntax that must send an item to remark. */
const plainToken = fc.constantFrom('the', 'council', 'said', 'Mayor', 'Ines', 'Varga', '“We', 'will', 'vote,”', '‘not', 'yet’', '"maybe"', "it's", '(in', 'May)', '3.5%', '$12', 'million', '—', '-', '…', '!', '?', ';', ':', '[^4]', '[^note-2]', 'café', '1.', '2)', 'x')
const hostileToken = fc.constantFrom('*bold*', '_it_', '`code`', '[a link](https://example.com)', '<b>', '&amp;', 'https://example.com/a', 'www.example.com', 'press@example.com', '{>>source: minutes<<}', '~~gone~~', 'a|b', '\\*', '#', '>', '- ', '* ', '1. ', '[x]', '![i](a.png)', '[^a]:', '\t')
const words = (token: fc.Arbitrary<string>) => fc.array(token, {minLength: 1, maxLength: 8}).map((parts) => parts.join(' '))
const marker = fc.constantFrom('- ', '* ', '+ ')
const plainItem = fc.tuple(marker, words(plainToken)).map(([bullet, text]) => bullet + text)
const anyItem = fc.tuple(fc.constantFrom('- ', '* ', '+ ', '-  ', '  - ', '-\t', '1. ', '', '-'), words(fc.oneof(plainToken, hostileToken)), fc.constantFrom('', ' ', '  ', '\r'))
  .map(([bullet, text, end]) => bullet + text + end)

test('a list of plain one-line items is read without remark, as remark reads it', () => {
  fc.assert(
    fc.property(fc.array(plainItem, {minLength: 1, maxLength: 6}), (items) => {
      const text = items.join('\n')
      const fast = simpleList(text)
      // Tokens such as "1." or "-" may open an item's text with syntax: those lists go to remark.
      if (fast === undefined) return
      assert.deepEqual(fast, readWithRemark(text).paragraphs, JSON.stringify(text))
      assert.deepEqual(readMarkdownBlock(text), {paragraphs: fast, definitions: []})
    }),
    {numRuns, seed}
  )
})

test('any list the fast path takes reads as remark reads it; one with syntax is left to remark', () => {
  fc.assert(
    fc.property(fc.array(anyItem, {minLength: 1, maxLength: 5}), (items) => {
      const text = items.join('\n')
      const fast = simpleList(text)
      if (fast !== undefined) assert.deepEqual(fast, readWithRemark(text).paragraphs, JSON.stringify(text))
    }),
    {numRuns, seed}
  )
})

test('the fast path takes news lists and leaves emphasis, links and comments to remark', () => {
  const taken = ['- “Nobody asked us about the market roof,” said a resident.', '* The canal trust is expected to delay repairs.[^4]\n* About 24 families rely on it, critics say.']
  for (const text of taken) assert.notEqual(simpleList(text), undefined, text)
  const left = ['- It was *not* approved.', '- See [the minutes](https://example.com).', '- Minutes at www.example.com', '- Ask press@example.com', '- A figure {>>source: minutes<<}', '- one\nnot an item', '-  two spaces', '- trailing space ', '- - nested']
  for (const text of left) assert.equal(simpleList(text), undefined, text)
})
