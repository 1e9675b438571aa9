// A lint's messages, filled in from each rule's templates. An editor's session keeps the last
// lint's messages by their words: a draft's findings are mostly the last lint's, and filling each
// message in again (flattening and cutting its quoted words) was most of what reporting cost on a
// keystroke of a long draft.

import {ownCopy} from './own-copy.ts'
import {formatMessage} from './rules/rule.ts'

/** Messages a memo keeps, at most: more than a long draft's findings. */
const maxMessages = 20_000

export class MessageMemo {
  private readonly known = new Map<string, string>()

  /** The message `template` makes with `data`, the same string as last time for the same words. */
  get(template: string, data: Record<string, string> | undefined): string {
    if (!data) return template
    let key = template
    for (const name in data) key += '\u0000' + data[name]
    const known = this.known.get(key)
    if (known !== undefined) return known
    const message = formatMessage(template, data)
    if (this.known.size >= maxMessages) this.known.clear()
    // Kept as a copy: the key holds slices of the draft, which V8 would keep alive whole.
    this.known.set(ownCopy(key), message)
    return message
  }
}
