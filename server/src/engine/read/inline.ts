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
 * footnote references, bare URLs) in a paragraph's masked text, records them and returns the text
 * with them masked. `raw` is the paragraph's source text, for the note's own words. Most paragraphs
 * hold no note, and then the text comes back untouched.
 */
export function takeInlineNotesFrom(text: string, raw: string, offset: number, notes: RawNote[], urls: boolean): string {
  if (!text.includes('{>>') && !text.includes('[^') && !(urls && (text.includes('http') || text.includes('www.')))) return text
  return takeInlineNotes(text, raw, offset, notes, urls)
}

/**
 * The same for every paragraph. Each form is looked for in the text with the forms before it
 * masked (a footnote label inside a comment is the comment's). Masked on strings, a span at a
 * time: an array of one-character strings per paragraph, joined again for each form, was most of
 * the cost of reading a paragraph with a note.
 */
export function takeInlineNotes(text: string, raw: string, offset: number, notes: RawNote[], urls: boolean): string {
  const comments: Span[] = []
  for (const comment of delimitedSpans(text, '{>>', '<<}')) {
    const value = raw.slice(comment.start + 3, comment.end - 3)
    notes.push({kind: 'comment', value, start: offset + comment.start, end: offset + comment.end})
    comments.push(comment)
  }
  let masked = maskSpans(text, comments)
  const footnotes: Span[] = []
  for (const match of masked.matchAll(footnoteRef)) {
    notes.push({kind: 'footnote', value: match[1], start: offset + match.index, end: offset + match.index + match[0].length})
    footnotes.push({start: match.index, end: match.index + match[0].length})
  }
  masked = maskSpans(masked, footnotes)
  if (!urls) return masked
  const links: Span[] = []
  for (const match of masked.matchAll(bareUrl)) {
    const url = match[0].replace(/[.,;:!?)\]'’]+$/, '')
    notes.push({kind: 'link', value: url, start: offset + match.index, end: offset + match.index + url.length})
    links.push({start: match.index, end: match.index + url.length})
  }
  return maskSpans(masked, links)
}

/** `text` with spans (in order, not overlapping) replaced by spaces, line endings kept, as `mask` does. */
function maskSpans(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text
  let masked = ''
  let last = 0
  for (const span of spans) {
    masked += text.slice(last, span.start) + text.slice(span.start, span.end).replace(/[^\n\r]/g, ' ')
    last = span.end
  }
  return masked + text.slice(last)
}
