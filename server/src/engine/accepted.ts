// Findings a project accepted without touching the copy (`.attributionlint-accepted.json`, read by
// the configuration layer). An entry names a rule and the sentence the finding is in, by its
// normalised text: it survives edits elsewhere in the draft, lapses when that sentence changes,
// and never hides a finding in another sentence, even one of the same rule.
//
// The unit is the sentence that holds the finding's start, or, outside any sentence (a footnote
// definition, a heading the reader did not split), the line. The language server works out the
// same key from the same spans when it writes an entry, so the editor, the file and the CLI agree.

import {spanAt} from './span-at.ts'
import type {AcceptedEntry, Span} from './types.ts'

/**
 * The text an entry is compared by: straight quotes and apostrophes for curly ones (a CMS
 * round-trip changes them), runs of white space as one space, no white space at the ends.
 */
export function normaliseSentence(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

/** The sentence (or, outside any sentence, the line) that holds `offset`, as written. `sentences` sorted by start. */
export function acceptedUnitAt(text: string, sentences: readonly Span[], offset: number): Span {
  const sentence = spanAt(sentences, offset)
  if (sentence) return sentence
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0)
  const lineEnd = text.indexOf('\n', offset)
  return {start: lineStart, end: lineEnd === -1 ? text.length : lineEnd}
}

export interface Acceptor {
  /** The entry that accepts a finding of `ruleId` at `offset`, if one does; it is then marked used. */
  entryFor(ruleId: string, offset: number): AcceptedEntry | undefined
}

export function acceptor(text: string, sentences: readonly Span[], entries: readonly AcceptedEntry[]): Acceptor {
  const byKey = new Map<string, AcceptedEntry>()
  for (const entry of entries) byKey.set(`${entry.rule}\u0000${normaliseSentence(entry.sentence)}`, entry)
  // Several findings share a sentence: each sentence is normalised once per lint.
  const normalised = new Map<number, string>()
  return {
    entryFor(ruleId, offset) {
      if (byKey.size === 0) return undefined
      const unit = acceptedUnitAt(text, sentences, offset)
      let key = normalised.get(unit.start)
      if (key === undefined) normalised.set(unit.start, (key = normaliseSentence(text.slice(unit.start, unit.end))))
      return byKey.get(`${ruleId}\u0000${key}`)
    }
  }
}
