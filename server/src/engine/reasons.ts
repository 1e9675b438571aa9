// `requireReason`: with it on, an accepted finding and a suppression comment must say why, as
// ESLint's `require-description` asks of directive comments. Each one that does not is reported
// where it is: the comment itself, or the place of the finding the entry hides (the entry lives in
// another file, and the hidden finding's sentence is what the reporter can find).

import type {Suppression} from './analysis/model.ts'
import type {AcceptedEntry, Span} from './types.ts'

export interface MissingReason extends Span {
  message: string
}

export function reasonsRequired(suppressions: readonly Suppression[], accepted: ReadonlyArray<Span & {entry: AcceptedEntry}>): MissingReason[] {
  const missing: MissingReason[] = []
  for (const comment of suppressions) {
    // "enable" turns checking back on: nothing is hidden, so nothing needs a reason.
    if (comment.kind === 'enable' || comment.reason) continue
    missing.push({start: comment.start, end: comment.end, message: `This comment turns off ${comment.rules.length > 0 ? comment.rules.join(', ') : 'every rule'} without a reason: add one after " -- " inside the comment.`})
  }
  for (const {entry, start, end} of accepted) {
    if (entry.reason?.trim()) continue
    missing.push({start, end, message: `This ${entry.rule} finding was accepted without a reason: add a "reason" to its entry in .attributionlint-accepted.json.`})
  }
  return missing.sort((a, b) => a.start - b.start)
}
