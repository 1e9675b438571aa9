// Turns one block of a draft into prose paragraphs. Each paragraph keeps the draft's offsets: what is
// not prose (Markdown syntax, code, HTML, link URLs, evidence notes) is masked to spaces, line
// endings stay, so retext's offsets into the masked text are offsets into the draft.

import type {BlockKind} from '../analysis/model.ts'
import type {DraftFormat, Span} from '../types.ts'
import {readMarkdownBlock} from './markdown.ts'
import {delimitedSpans} from './spans.ts'

export interface RawNote extends Span {
  kind: 'footnote' | 'link' | 'comment'
  value: string
}

export interface ProseParagraph extends Span {
  kind: BlockKind
  /** The paragraph's text with non-prose masked to spaces; as long as the span. */
  masked: string
  notes: RawNote[]
}

export interface RawDefinition extends Span {
  label: string
  value: string
  labelSpan: Span
}

export interface RawSuppression extends Span {
  kind: 'disable' | 'enable' | 'disable-next-line'
  rules: string[]
  reason?: string
}

/** What a block holds. Offsets are relative to the block's start. */
export interface BlockProse {
  paragraphs: ProseParagraph[]
  definitions: RawDefinition[]
  suppressions: RawSuppression[]
}

const suppressionDirective = /^\s*attribution-lint-(disable-next-line|disable|enable)\b([^]*)$/
const footnoteRef = /\[\^([^\]\s]+)\]/g
const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/g
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

/** Replaces a span of the masked text with spaces, keeping line endings. */
export function mask(chars: string[], from: number, to: number): void {
  for (let index = from; index < to; index++) {
    if (chars[index] !== '\n' && chars[index] !== '\r') chars[index] = ' '
  }
}

/**
 * Finds the evidence-note forms that look the same in every format (CriticMarkup comments,
 * footnote references, bare URLs) in a paragraph's masked text, records them and masks them.
 * `raw` is the paragraph's source text, for the note's own words.
 */
/** The same, on a string: most paragraphs hold no note, and then the text comes back untouched. */
export function takeInlineNotesFrom(text: string, raw: string, offset: number, notes: RawNote[], urls: boolean): string {
  if (!text.includes('{>>') && !text.includes('[^') && !(urls && (text.includes('http') || text.includes('www.')))) return text
  const chars = text.split('')
  takeInlineNotes(chars, raw, offset, notes, urls)
  return chars.join('')
}

export function takeInlineNotes(chars: string[], raw: string, offset: number, notes: RawNote[], urls: boolean): void {
  const masked = chars.join('')
  for (const comment of delimitedSpans(masked, '{>>', '<<}')) {
    const value = raw.slice(comment.start + 3, comment.end - 3)
    notes.push({kind: 'comment', value, start: offset + comment.start, end: offset + comment.end})
    mask(chars, comment.start, comment.end)
  }
  for (const match of chars.join('').matchAll(footnoteRef)) {
    notes.push({kind: 'footnote', value: match[1], start: offset + match.index, end: offset + match.index + match[0].length})
    mask(chars, match.index, match.index + match[0].length)
  }
  if (!urls) return
  for (const match of chars.join('').matchAll(bareUrl)) {
    const url = match[0].replace(/[.,;:!?)\]'’]+$/, '')
    notes.push({kind: 'link', value: url, start: offset + match.index, end: offset + match.index + url.length})
    mask(chars, match.index, match.index + url.length)
  }
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
