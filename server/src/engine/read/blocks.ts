// Splits a draft into blocks that can be read on their own: the unit the engine caches, so that an
// edit re-reads only the blocks it touched. A block boundary is a blank line, except inside a fenced
// code block, an HTML comment or front matter, and except before an indented line (a list item's
// second paragraph or an indented code block belongs with what it continues).

import type {DraftFormat, Span} from '../types.ts'

export interface Block extends Span {
  /** Front matter: never prose. */
  frontMatter: boolean
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})/
const blank = /^[ \t]*$/

interface Line {
  start: number
  /** Offset after the line's text, before its line ending. */
  end: number
  /** Offset after the line ending. */
  next: number
}

function* linesOf(text: string, from = 0): Generator<Line> {
  let start = from
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    const next = end === -1 ? text.length : end + 1
    if (end === -1) end = text.length
    if (end > start && text.charCodeAt(end - 1) === 13) end--
    yield {start, end, next}
    start = next
  }
}

/** Front matter: `---` on the first line (after a BOM) and a closing `---` or `...` line. */
const frontMatterOpener = /^\ufeff?(---|\+\+\+)/

function frontMatterEnd(text: string): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  if (!/^(---|\+\+\+)[ \t]*\r?\n/.test(text.slice(bom, bom + 6))) return -1
  const marker = text.slice(bom, bom + 3)
  let first = true
  for (const line of linesOf(text, bom)) {
    if (first) {
      first = false
      continue
    }
    const content = text.slice(line.start, line.end).trimEnd()
    if (content === marker || (marker === '---' && content === '...')) return line.next
  }
  return -1
}

export function splitBlocks(text: string, format: DraftFormat): Block[] {
  if (format !== 'markdown') return splitTextBlocks(text)
  const blocks: Block[] = []
  let from = 0
  const fmEnd = frontMatterEnd(text)
  if (fmEnd > 0) {
    blocks.push({start: 0, end: fmEnd, frontMatter: true})
    from = fmEnd
  }
  scanMarkdownBlocks(text, from, blocks)
  return blocks
}

/** What an edit left alone: the text's first `prefix` and last `suffix` characters; `delta` is how far the rest moved. */
export interface EditedText {
  prefix: number
  suffix: number
  delta: number
}

/**
 * The blocks of `text` after an edit, from the blocks of the text before it. The scan of a line
 * depends on the lines before it only through the scanner's state, and at the start of a block
 * that state is always the same (outside fences and comments). So the scan starts again at the
 * last block that starts before the edit, and stops at the first block after the edit that starts
 * where a block started before: the rest are the old blocks, moved. Markdown only; plain text
 * looks at the whole draft for a blank line, and is split again.
 */
export function splitBlocksAfterEdit(text: string, format: DraftFormat, before: readonly Block[], edit: EditedText): Block[] {
  // Front matter is found from the top, and an edit far below can close it: split again.
  if (format !== 'markdown' || frontMatterOpener.test(text.slice(0, 6))) return splitBlocks(text, format)
  // The last block whose first line, line break included, lies before the edit: the scan reads that
  // line as before, so it starts a block there as before (it decides whether the block above ends).
  // Not the first block: a byte-order mark moves its start off its line's.
  let restart = before.length - 1
  while (restart >= 1) {
    const lineBreak = text.indexOf('\n', before[restart].start)
    if (lineBreak !== -1 && lineBreak < edit.prefix) break
    restart--
  }
  if (restart < 1) return splitBlocks(text, format)
  const blocks = before.slice(0, restart)
  const suffixStart = text.length - edit.suffix
  let old = restart
  const resumed = scanMarkdownBlocks(text, before[restart].start, blocks, (start) => {
    if (start < suffixStart) return false
    while (old < before.length && before[old].start < start - edit.delta) old++
    return old < before.length && before[old].start === start - edit.delta
  })
  if (resumed) {
    for (let index = old; index < before.length; index++) {
      const block = before[index]
      blocks.push({start: block.start + edit.delta, end: block.end + edit.delta, frontMatter: false})
    }
  }
  return blocks
}

/**
 * Splits Markdown from `from`, a line start outside any block, appending the blocks to `blocks`.
 * With `resumeAt`, stops before a block whose start it accepts and says so.
 */
function scanMarkdownBlocks(text: string, from: number, blocks: Block[], resumeAt?: (start: number) => boolean): boolean {
  let blockStart = -1
  let blockEnd = -1
  let fence: string | undefined
  let inComment = false
  let pendingBlank = false

  const close = () => {
    if (blockStart !== -1) blocks.push({start: blockStart, end: blockEnd, frontMatter: false})
    blockStart = -1
  }

  // A plain loop, not linesOf: this runs over the whole draft on every keystroke.
  for (let lineStart = from, next = from; lineStart < text.length; lineStart = next) {
    let lineEnd = text.indexOf('\n', lineStart)
    next = lineEnd === -1 ? text.length : lineEnd + 1
    if (lineEnd === -1) lineEnd = text.length
    if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--
    // A byte-order mark is not part of the first line: "```" after one still opens a fence.
    const line = {start: lineStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : lineStart, end: lineEnd}
    const content = text.slice(line.start, line.end)
    const isBlank = blank.test(content)
    if (!fence && !inComment && isBlank) {
      pendingBlank = blockStart !== -1
      continue
    }
    if (pendingBlank && !fence && !inComment) {
      const indented = /^( {4}|\t)/.test(content)
      if (!indented) close()
      pendingBlank = false
    }
    if (blockStart === -1) {
      if (resumeAt?.(line.start)) return true
      blockStart = line.start
    }
    blockEnd = line.end

    if (fence) {
      if (content.trimStart().startsWith(fence) && content.trim().replace(/[`~]/g, '') === '') fence = undefined
      continue
    }
    if (inComment) {
      if (content.includes('-->')) inComment = false
      continue
    }
    const open = fenceOpen.exec(content)
    if (open) {
      fence = open[1]
      continue
    }
    const commentStart = content.lastIndexOf('<!--')
    if (commentStart !== -1 && content.indexOf('-->', commentStart + 4) === -1) inComment = true
  }
  close()
  return false
}

/**
 * Plain text and `.draft`: blank lines separate paragraphs; a file with no blank line at all is
 * read as one paragraph per line, as drafts pasted from a word processor look (spec, "Units").
 */
function splitTextBlocks(text: string): Block[] {
  const blocks: Block[] = []
  const lines = [...linesOf(text)]
  const hasBlankLine = lines.some((line, index) => index > 0 && index < lines.length - 1 && blank.test(text.slice(line.start, line.end)))
  let blockStart = -1
  let blockEnd = -1
  for (const line of lines) {
    const isBlank = blank.test(text.slice(line.start, line.end))
    if (isBlank) {
      if (blockStart !== -1) blocks.push({start: blockStart, end: blockEnd, frontMatter: false})
      blockStart = -1
      continue
    }
    if (blockStart === -1) blockStart = line.start
    blockEnd = line.end
    if (!hasBlankLine) {
      blocks.push({start: blockStart, end: blockEnd, frontMatter: false})
      blockStart = -1
    }
  }
  if (blockStart !== -1) blocks.push({start: blockStart, end: blockEnd, frontMatter: false})
  return blocks
}
