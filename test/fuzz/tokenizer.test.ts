// The engine's parse-english (server/src/engine/analysis/tokenizer.ts) replaces parse-latin's first
// step, `tokenize`, with a faster one: its trees must be parse-english's, node for node and position
// for position, for any text. Random Unicode and the fuzzer's drafts, from a fixed seed (FUZZ_RUNS
// and FUZZ_SEED as in engine.test.ts).

import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {ParseEnglish} from 'parse-english'
import {FastParseEnglish} from '../../server/src/engine/analysis/tokenizer.ts'
import {anyText, draft} from './arbitraries.ts'

const numRuns = Number(process.env.FUZZ_RUNS) || 300
const seed = process.env.FUZZ_SEED === undefined ? 20261208 : Number(process.env.FUZZ_SEED)
const library = new ParseEnglish()
const fast = new FastParseEnglish()

const withoutPositions = new FastParseEnglish({positions: false})

function sameTrees(text: string): void {
  assert.deepStrictEqual(fast.tokenize(text), library.tokenize(text))
  const tree = library.tokenizeParagraph(text)
  assert.deepStrictEqual(fast.tokenizeParagraph(text), tree)
  // The engine's parser: the same tree but for its positions, and each node's offset is the length
  // of the text before it (what sentences.ts counts instead of reading positions).
  const bare = withoutPositions.tokenizeParagraph(text)
  assert.deepStrictEqual(bare, stripPositions(tree))
  assert.deepStrictEqual(countedOffsets(bare), positionOffsets(tree))
}

type AnyNode = {type: string, value?: string, children?: AnyNode[], position?: {start: {offset?: number}}}

function stripPositions(node: AnyNode): AnyNode {
  const {position, ...rest} = node
  return rest.children ? {...rest, children: rest.children.map(stripPositions)} : rest
}

/** Every node's type and offset, from the positions parse-english gives. */
function positionOffsets(node: AnyNode, found: string[] = []): string[] {
  found.push(`${node.type}@${node.position?.start.offset}`)
  for (const child of node.children ?? []) positionOffsets(child, found)
  return found
}

/** Every node's type and offset, counted as the length of the text before it. */
function countedOffsets(node: AnyNode, found: string[] = [], at = {offset: 0}): string[] {
  // An empty parent (an empty paragraph) has no position in parse-english's tree.
  found.push(`${node.type}@${node.children?.length === 0 ? undefined : at.offset}`)
  if (node.children) for (const child of node.children) countedOffsets(child, found, at)
  else at.offset += node.value?.length ?? 0
  return found
}

test('the same tokens as parse-english on random text and drafts', () => {
  fc.assert(fc.property(fc.oneof(anyText, draft), sameTrees), {numRuns, seed, includeErrorInReport: true})
})

test('the same tokens where runs of marks, surrogates and line endings meet', () => {
  for (const text of [
    '', ' ', '\r\n', '\n\r', '\r\r\n\n', 'a', '...', '!?!', '""', '“”', '—–', '😀😀', '👍🏽 a', 'x\uD800y', '\uDC00\uD800', 'U.S. officials said', "it's 4:30 p.m.",
    '“We will,” said Ana.\r\nShe left.', 'A\u00A0B\u2028C\u3000D', '$2.3 million', '#tag @name', 'e-mail -- co-op', '  lead and trail  ', 'tab\there', '\uFEFFBOM',
    // The steps skipped where they cannot act (a slash; white space with two line breaks), with
    // and without what makes them act.
    'and/or w/o 24/7 km/h', 'the A/B test', 'a / b', 'one\n\ntwo', 'one\r\n\r\ntwo', 'one\n \ntwo', 'one\r\ntwo', 'one\n\r two', 'one.\n\nTwo and/or three.\nFour'
  ]) sameTrees(text)
})
