// Turns one block of a draft into prose paragraphs. Each paragraph keeps the draft's offsets: what is
// not prose (Markdown syntax, code, HTML, link URLs, evidence notes) is masked to spaces, line
// endings stay, so retext's offsets into the masked text are offsets into the draft.

import type {DraftFormat} from '../types.ts'
import {readMarkdownBlock} from './markdown.ts'
import {mask, takeInlineNotesFrom, type BlockProse, type RawDefinition, type RawNote, type RawSuppression} from './inline.ts'
import {delimitedSpans} from './spans.ts'

export type {BlockProse, ProseParagraph, RawDefinition, RawNote, RawSuppression} from './inline.ts'

const suppressionDirective = /^\s*attribution-lint-(disable-next-line|disable|enable)\b([^]*)$/
const definitionStart = /^ {0,3}\[\^([^\]\s]+)\]:[ \t]*/

export function findSuppressions(text: string): RawSuppression[] {
  const found: RawSuppression[] = []
  for (const comment of delimitedSpans(text, '<!--', '-->')) {
    const directive = suppressionDirective.exec(comment.inner)
    if (!directive) continue
    // "disable-next-line unnamed-speaker -- the union asked us not to name strikers": the reason
    // follows two dashes, as in ESLint's directive comments, and is not a rule.
    const [list, ...why] = directive[2].split(/\s--\s/)
    const rules = list.split(/[\s,]+/).filter(Boolean)
    const reason = why.join(' -- ').trim()
    found.push({start: comment.start, end: comment.end, kind: directive[1] as RawSuppression['kind'], rules, ...(reason ? {reason} : {})})
  }
  return found
}

/**
 * Blocks longer than this are not given to remark, whose GFM footnote and bracket handling grows
 * faster than the text (a pasted page of nested brackets); they are read as plain text. No block of
 * a news story's prose comes near it.
 */
export const maxMarkdownBlock = 100_000

export function readBlock(text: string, format: DraftFormat): BlockProse {
  const suppressions = findSuppressions(text)
  if (format === 'markdown' && text.length <= maxMarkdownBlock) return {...readMarkdownBlock(text), suppressions}
  return {...readTextBlock(text), suppressions}
}

/**
 * A plain-text block is one paragraph, or footnote definitions when its lines start with
 * `[^label]:` (a definition runs on until the next one).
 */
function readTextBlock(text: string): Omit<BlockProse, 'suppressions'> {
  if (definitionStart.test(text)) {
    // Each definition runs to the start of the next one; up to three spaces (or a byte-order mark,
    // read as a space) may stand before its bracket.
    const starts = [...text.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:[ \t]*/gm)].map((found) => ({label: found[1], at: found.index + found[0].indexOf('['), textStart: found.index + found[0].length, lineStart: found.index}))
    const definitions: RawDefinition[] = starts.map((found, index) => {
      let end = index + 1 < starts.length ? starts[index + 1].lineStart : text.length
      // A definition ends before its line ending, CRLF included.
      while (end > found.at && (text[end - 1] === '\r' || text[end - 1] === '\n')) end--
      return {label: found.label, value: text.slice(found.textStart, end).trim(), start: found.at, end, labelSpan: {start: found.at, end: found.at + found.label.length + 4}}
    })
    return {paragraphs: [], definitions}
  }
  // UTF-16 units, not code points: the masked text must keep the draft's offsets.
  let masked = text
  if (text.includes('<!--')) {
    const chars = text.split('')
    for (const comment of delimitedSpans(text, '<!--', '-->')) mask(chars, comment.start, comment.end)
    masked = chars.join('')
  }
  const notes: RawNote[] = []
  masked = takeInlineNotesFrom(masked, text, 0, notes, true)
  return {paragraphs: [{kind: 'paragraph', start: 0, end: text.length, masked, notes}], definitions: []}
}
