// A draft's session: what an editor's open document keeps from one lint to the next, so the next
// lint re-makes only what the edit touched. It is the one home of incremental work: the last lint's
// text and all it built (built.ts), the blocks and paragraph parts it may take again (parts.ts), the
// line starts it found (points.ts), its messages (messages.ts) and its pronouns as resolved. With a
// session, a lint's analysis is valid until the next lint with the same session.

import {MessageMemo} from '../messages.ts'
import {splitBlocks, splitBlocksAfterEdit, type Block} from '../read/blocks.ts'
import type {BlockProse, ProseParagraph} from '../read/prose.ts'
import type {DraftFormat} from '../types.ts'
import type {Words} from '../words.ts'
import {countsPerBlock, type Built} from './built.ts'
import {ReadingMemos} from './memos.ts'
import type {Paragraph} from './model.ts'
import {NoteMemory} from './notes.ts'
import type {ParagraphReading} from './paragraph.ts'
import type {ParagraphPart} from './parts.ts'
import {PronounMemory} from './speakers.ts'

/** What an edit left alone: the draft's first `prefix` and last `suffix` characters are as before. */
export interface Unchanged {
  prefix: number
  suffix: number
  /** New length minus old length: how far the text after the edit moved. */
  delta: number
  length: number
}

/**
 * Remembers one draft's last lint for the next (an editor's open document): its text and all it
 * built. With a session, a lint's analysis is valid until the next lint with the same session.
 */
export class AnalysisSession {
  /**
   * `memos`: where this draft's blocks and paragraphs read before are found; the language server's
   * worker gives all its sessions one, so a draft let go is read again from it.
   */
  constructor(readonly memos: ReadingMemos = new ReadingMemos()) {}

  /** The last lints' messages, by their words: most findings of a lint are the last one's. */
  readonly messages = new MessageMemo()
  /** Pronouns as the last lint resolved them, and the lists it resolved them with. */
  readonly pronouns = new PronounMemory()
  /** Notes as read, and the placeholder answers. */
  readonly notes = new NoteMemory()
  /** Whether each paragraph as read is a publisher's boilerplate. */
  readonly boilerplate = new WeakMap<ProseParagraph, boolean>()
  /** What each paragraph of a block's prose is (a heading or not), worked out once per paragraph as read. */
  readonly paragraphKinds = new WeakMap<ProseParagraph, Paragraph['kind']>()
  private text = ''
  private format: DraftFormat | undefined
  private unchanged: Unchanged | undefined
  /** The text of the lint before the last. */
  private before = ''
  private last: Built | undefined
  /** Paragraphs of the last lint this lint starts with unchanged (their parts are in use). */
  private resumed = 0
  /** The first paragraph of the last lint's unchanged end (see `unchangedEnd`); its parts and after are not for `take`. */
  private tail = Infinity
  /** The last lint's parts not resumed, by reading (the same text, read the same way, is the same reading). */
  private byReading: Map<ParagraphReading, ParagraphPart | PartList> | undefined
  /** The line starts of a lint's text, kept by the engine to edit for the next lint (points.ts). */
  private lines: {text: string; starts: readonly number[]} | undefined

  /**
   * Starts a lint of `text`: finds what the edit since the last lint left alone, or takes it from
   * `edit` when the caller knows it (the language server's worker is sent the edit, not the text).
   */
  begin(text: string, format: DraftFormat, edit?: {prefix: number; suffix: number}): void {
    if (format !== this.format) {
      this.format = format
      this.text = ''
      this.last = undefined
    }
    const known = edit && edit.prefix + edit.suffix <= Math.min(this.text.length, text.length)
    this.unchanged = known ? {prefix: edit.prefix, suffix: edit.suffix, delta: text.length - this.text.length, length: text.length} : unchangedEnds(this.text, text)
    this.before = this.text
    this.text = text
    this.resumed = 0
    this.tail = Infinity
    this.byReading = undefined
  }

  /** The draft's blocks, split again only around the edit when the last lint's are known. */
  blocksOf(text: string, format: DraftFormat): Block[] {
    return this.last && this.unchanged ? splitBlocksAfterEdit(text, format, this.last.blocks, this.unchanged) : splitBlocks(text, format)
  }

  /**
   * How many of `blocks` (from the first) are the last lint's, untouched by the edit and read with
   * the same word lists, with what the last lint built: the lint can start after them.
   */
  unchangedStart(blocks: readonly Block[], words: Words): {blocks: number; built: Built} | undefined {
    const last = this.last
    if (!last || last.words.key !== words.key) return undefined
    const {prefix} = this.unchanged!
    let count = 0
    while (count < blocks.length && count < last.blocks.length) {
      const block = blocks[count]
      const before = last.blocks[count]
      if (block.end > prefix || block.start !== before.start || block.end !== before.end || block.frontMatter !== before.frontMatter) break
      count++
    }
    if (count === 0) return undefined
    this.resumed = last.afterBlock[(count - 1) * countsPerBlock]
    return {blocks: count, built: last}
  }

  /**
   * Where the draft's unchanged end starts: the blocks after the edit whose text did not change and
   * whose place moved by exactly the edit's length, each with what the last lint built from it.
   * This lint's block `first` and after are the last lint's block `index - shift`, moved `delta`
   * characters; the blocks before `from` are taken already (`unchangedStart`). Undefined when the
   * last block changed.
   */
  unchangedEnd(blocks: readonly Block[], from: number): {first: number; shift: number; delta: number; built: Built} | undefined {
    const last = this.last
    if (!last || this.unchanged === undefined) return undefined
    const {suffix, length, delta} = this.unchanged
    let index = blocks.length
    let before = last.blocks.length
    while (index > from && before > from) {
      const block = blocks[index - 1]
      const old = last.blocks[before - 1]
      if (block.start < length - suffix || old.start + delta !== block.start || old.end + delta !== block.end || old.frontMatter !== block.frontMatter) break
      index--
      before--
    }
    if (index === blocks.length) return undefined
    this.tail = before > 0 ? last.afterBlock[(before - 1) * countsPerBlock] : 0
    return {first: index, shift: index - before, delta, built: last}
  }

  /** A block's prose: the last lint's when the edit left the block alone, else `read()`. */
  block(start: number, end: number, read: () => BlockProse): BlockProse {
    const unchanged = this.unchanged!
    const last = this.last
    if (last) {
      const before = end <= unchanged.prefix ? blockAt(last, start) : start >= unchanged.length - unchanged.suffix ? blockAt(last, start - unchanged.delta) : -1
      const prose = before === -1 ? undefined : last.prose[before]
      if (prose && last.blocks[before].end === (end <= unchanged.prefix ? end : end - unchanged.delta)) return prose
    }
    return read()
  }

  /**
   * Did the edit leave this paragraph's text alone, where the part taken for it stood? Then its
   * sentences' texts need no new slices.
   */
  sameText(part: ParagraphPart, start: number, end: number): boolean {
    const unchanged = this.unchanged!
    if (end <= unchanged.prefix) return part.start === start
    return start >= unchanged.length - unchanged.suffix && part.start + unchanged.delta === start
  }

  /** A part of the last lint for `reading`, taken so no other paragraph of this lint gets it. */
  take(reading: ParagraphReading, withCues: boolean): ParagraphPart | undefined {
    const byReading = (this.byReading ??= this.partsByReading())
    const kept = byReading.get(reading)
    if (!kept) return undefined
    // One part per reading, nearly always; a paragraph repeated in the draft has a list, taken from
    // the front in draft order (so a draft of ten thousand equal paragraphs stays linear).
    if (!('parts' in kept)) {
      if (kept.withCues !== withCues) return undefined
      byReading.delete(reading)
      return kept
    }
    for (let index = kept.next; index < kept.parts.length; index++) {
      const part = kept.parts[index]
      if (!part || part.withCues !== withCues) continue
      kept.parts[index] = undefined
      while (kept.next < kept.parts.length && !kept.parts[kept.next]) kept.next++
      return part
    }
    return undefined
  }

  /**
   * What the edit before the last lint left alone, if that lint's text came after `before`: the
   * language server compares the last findings it sent with the new ones across the same edit.
   */
  changeSince(before: string): Unchanged | undefined {
    return this.unchanged && this.before === before ? this.unchanged : undefined
  }

  /** The line starts kept for the text this lint's edit began from, with what the edit left alone. */
  lastLineStarts(): {starts: readonly number[]; unchanged: Unchanged} | undefined {
    const lines = this.lines
    return lines && this.unchanged && lines.text === this.before ? {starts: lines.starts, unchanged: this.unchanged} : undefined
  }

  /** Keeps the line starts of this lint's text for the next lint. */
  keepLineStarts(starts: readonly number[]): void {
    this.lines = {text: this.text, starts}
  }

  /** Forgets everything: after a lint that failed half way, nothing kept can be trusted. */
  reset(): void {
    this.lines = undefined
    this.text = ''
    this.before = ''
    this.format = undefined
    this.unchanged = undefined
    this.last = undefined
    this.resumed = 0
    this.tail = Infinity
    this.byReading = undefined
  }

  /** The lint is done: what it built is what the next lint starts from. */
  finish(built: Built): void {
    this.last = built
    this.byReading = undefined
  }

  private partsByReading(): Map<ParagraphReading, ParagraphPart | PartList> {
    const byReading = new Map<ParagraphReading, ParagraphPart | PartList>()
    const last = this.last
    if (!last) return byReading
    const end = Math.min(this.tail, last.parts.length)
    for (let index = this.resumed; index < end; index++) {
      const reading = last.readings[index]
      const part = last.parts[index]
      const kept = byReading.get(reading)
      if (!kept) byReading.set(reading, part)
      else if ('parts' in kept) kept.parts.push(part)
      else byReading.set(reading, {parts: [kept, part], next: 0})
    }
    return byReading
  }
}

/** The parts of a paragraph that stands in the draft more than once, in draft order; `next` is the first not taken. */
interface PartList {
  parts: Array<ParagraphPart | undefined>
  next: number
}

/** The index of the block of `built` that starts at `start`, or -1 (blocks are in draft order). */
function blockAt(built: Built, start: number): number {
  let low = 0
  let high = built.blocks.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const at = built.blocks[middle].start
    if (at === start) return middle
    if (at < start) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/** How many characters `before` and `after` share at the start and (not overlapping) at the end. */
export function unchangedEnds(before: string, after: string): Unchanged {
  const most = Math.min(before.length, after.length)
  // Whole chunks first (compared natively), then character by character.
  const chunk = 2048
  let prefix = 0
  while (prefix + chunk <= most && before.slice(prefix, prefix + chunk) === after.slice(prefix, prefix + chunk)) prefix += chunk
  while (prefix < most && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  const room = most - prefix
  let suffix = 0
  while (suffix + chunk <= room && before.slice(before.length - suffix - chunk, before.length - suffix) === after.slice(after.length - suffix - chunk, after.length - suffix)) suffix += chunk
  while (suffix < room && before.charCodeAt(before.length - suffix - 1) === after.charCodeAt(after.length - suffix - 1)) suffix++
  return {prefix, suffix, delta: after.length - before.length, length: after.length}
}
