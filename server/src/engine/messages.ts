// A lint's messages, filled in from each rule's templates (`{{name}}` placeholders). An editor's session keeps the last
// lint's messages by their words: a draft's findings are mostly the last lint's, and filling each
// message in again (flattening and cutting its quoted words) was most of what reporting cost on a
// keystroke of a long draft.

import {ownCopy} from './own-copy.ts'

/** Longest placeholder value, in characters, before it is cut with "…": a message fits the Problems view. */
export const maxQuoted = 40

/** A placeholder's value as a message quotes it: on one line, and cut when long. */
export function quotable(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > maxQuoted ? flat.slice(0, maxQuoted - 3) + '…' : flat
}

/** `template` with each `{{name}}` replaced by `data[name]` made quotable; an unknown name stays as written. */
export function formatMessage(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? quotable(data[name]) : whole))
}

/** Messages a memo keeps, at most: more than a long draft's findings. */
const maxMessages = 20_000

export class MessageMemo {
  /**
   * By template, then by the first placeholder's value (most often the same string object as last
   * time, a word of the draft kept by the session, so its hash is already known), then by the rest.
   */
  private readonly known = new Map<string, Map<string, {rest: string; message: string}>>()
  private size = 0

  /** The message `template` makes with `data`, the same string as last time for the same words. */
  get(template: string, data: Record<string, string> | undefined): string {
    if (!data) return template
    let first: string | undefined
    let rest = ''
    for (const name in data) {
      if (first === undefined) first = data[name]
      else rest += '\u0000' + data[name]
    }
    if (first === undefined) return template
    let byFirst = this.known.get(template)
    if (!byFirst) this.known.set(template, (byFirst = new Map()))
    const known = byFirst.get(first)
    if (known !== undefined && known.rest === rest) return known.message
    const message = formatMessage(template, data)
    if (this.size >= maxMessages) {
      this.known.clear()
      this.size = 0
    }
    // Kept as copies: the words are slices of the draft, which V8 would keep alive whole.
    if (!byFirst.has(first)) this.size++
    ;(this.known.get(template) ?? this.known.set(template, new Map()).get(template)!).set(ownCopy(first), {rest: ownCopy(rest), message})
    return message
  }
}
