// The memos of what reading gives for a block (remark) and a paragraph (parse-english and the
// grammar steps), by their text: while a reporter types, only the paragraph being edited is new, and
// every other block and paragraph is found here. An owner holds them: a session its own, or the
// language server's worker one for all the drafts it keeps, so a draft let go is read again from
// them. Nothing is memoised in module state: a lint given no memos reads everything (the CLI).

import type {BlockProse} from '../read/prose.ts'
import type {DraftFormat} from '../types.ts'
import type {Words} from '../words.ts'
import {Memo} from './memo.ts'
import type {ParagraphMemo, ParagraphReading} from './paragraph.ts'

/**
 * About a million characters for each memo: a 100,000-word draft uses 600,000, so the longest draft
 * stays warm while it is edited, and the memos hold tens of megabytes at most.
 */
const memoCharacters = 1_000_000
/** Word-list contents numbered at most, before the numbers start again. */
const maxWordLists = 64

export class ReadingMemos implements ParagraphMemo {
  /** One memo per format, keyed by the block's text alone (no key to build and hash per lint). */
  readonly blocks: Record<DraftFormat, Memo<BlockProse>> = {markdown: new Memo(memoCharacters), text: new Memo(memoCharacters), draft: new Memo(memoCharacters)}
  /**
   * Keyed by the paragraph's text alone, the same string object from one lint to the next when its
   * block was unchanged (so its hash is computed once); the readings of that text under each word
   * list and context sit in a small map beside it.
   */
  readonly paragraphs = new Memo<Map<number, ParagraphReading>>(memoCharacters)
  private readonly wordListIds = new Map<string, number>()
  private nextWordListId = 1

  /** A number for each distinct content of the word lists (Words.key), for the paragraph memo's variants. */
  wordListId(words: Words): number {
    let id = this.wordListIds.get(words.key)
    if (id === undefined) {
      id = this.nextWordListId++
      // Forgetting only costs a re-read: a new number never matches a stale reading.
      if (this.wordListIds.size >= maxWordLists) this.wordListIds.clear()
      this.wordListIds.set(words.key, id)
    }
    return id
  }
}
