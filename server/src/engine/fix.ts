// Applies the safe fixes of a draft's findings: the CLI's `--fix` and the language server's "fix all"
// share this, so both change a draft in exactly the same places. A fix is a finding's `fix`: the
// text from its start to its end replaced, whichever rule made it; nothing else in the draft moves
// or changes.

import type {Finding} from './types.ts'

/** One replacement: the text from `start` to `end` (string offsets) becomes `newText`. */
export interface FixEdit {
  start: number
  end: number
  newText: string
  /** The finding the edit fixes. */
  finding: Finding
}

export interface FixResult {
  /** The draft with every edit applied. */
  text: string
  /** The edits applied, in draft order, with offsets into the text that was given. */
  edits: FixEdit[]
}

/**
 * The edits that fix `findings` in `text`, sorted and never overlapping. A finding is skipped when
 * it offers no fix, when the fix's range lies outside the text, when the text at its range is no
 * longer the `actual` it reported (the draft changed since it was linted), or when it overlaps an
 * edit already taken: the next lint reports it again, as ESLint's fix passes do.
 */
export function fixEdits(text: string, findings: readonly Finding[]): FixEdit[] {
  const candidates: FixEdit[] = []
  for (const finding of findings) {
    const fix = finding.fix
    if (!fix) continue
    const {start, end, text: newText} = fix
    if (!Number.isInteger(start) || !Number.isInteger(end) || typeof newText !== 'string') continue
    if (start < 0 || end < start || end > text.length) continue
    if (finding.actual !== undefined && text.slice(finding.start.offset, finding.end.offset) !== finding.actual) continue
    if (text.slice(start, end) === newText) continue
    candidates.push({start, end, newText, finding})
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end)
  const edits: FixEdit[] = []
  let reached = -1
  for (const edit of candidates) {
    // Two insertions at one offset, or a replacement that starts inside the previous one: keep the
    // first, since applying both would depend on their order.
    if (edit.start < reached || (edit.start === reached && edits.at(-1)!.start === edit.start)) continue
    edits.push(edit)
    reached = edit.end
  }
  return edits
}

/** `text` with the safe fixes of `findings` applied (see `fixEdits`). */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const edits = fixEdits(text, findings)
  if (edits.length === 0) return {text, edits}
  const parts: string[] = []
  let at = 0
  for (const edit of edits) {
    parts.push(text.slice(at, edit.start), edit.newText)
    at = edit.end
  }
  parts.push(text.slice(at))
  return {text: parts.join(''), edits}
}

/** Does the finding carry a safe fix? */
export function isFixable(finding: Finding): boolean {
  return finding.fix !== undefined
}
