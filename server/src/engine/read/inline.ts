// What both readers of a block (Markdown, and plain text) share: the shapes of what a block holds, and
// the evidence notes that look the same in every format (CriticMarkup comments, footnote references,
// bare URLs), found in a paragraph's text and masked to spaces so the prose keeps the draft's offsets.

import type {BlockKind} from '../analysis/model.ts'
import type {Span} from '../types.ts'
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

const footnoteRef = /\[\^([^\]\s]+)\]/g
const bareUrl = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/g

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
