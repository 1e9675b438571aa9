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
    if (blockStart === -1) blockStart = line.start
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
  return blocks
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
