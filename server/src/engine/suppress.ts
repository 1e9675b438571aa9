// Inline suppression (shared spec, "Configuration and suppression"):
// `<!-- attribution-lint-disable RULE -->` ... `<!-- attribution-lint-enable RULE -->` and
// `<!-- attribution-lint-disable-next-line RULE -->`; no RULE means every rule. As in ESLint,
// enabling one rule after disabling all of them turns that rule back on.

import type {Suppression} from './analysis/model.ts'

/** The next line with text after `offset`: the comment governs it, blank lines passed over. */
function nextLineAfter(text: string, offset: number): {start: number; end: number} {
  let start = text.indexOf('\n', offset)
  while (start !== -1) {
    start++
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (text.slice(start, end).trim() !== '') return {start, end}
    start = newline
  }
  return {start: text.length, end: text.length}
}

export interface Suppressor {
  isSuppressed(ruleId: string, offset: number): boolean
}

export function suppressor(text: string, suppressions: Suppression[]): Suppressor {
  const ranges = suppressions.filter((comment) => comment.kind !== 'disable-next-line').sort((a, b) => a.start - b.start)
  const lines = suppressions.filter((comment) => comment.kind === 'disable-next-line').map((comment) => ({...nextLineAfter(text, comment.end), rules: comment.rules}))
  return {
    isSuppressed(ruleId, offset) {
      if (lines.some((line) => offset >= line.start && offset < line.end && (line.rules.length === 0 || line.rules.includes(ruleId)))) return true
      // Replay the disable/enable comments before the offset.
      let disabled = false
      for (const comment of ranges) {
        if (comment.end > offset) break
        const names = comment.rules
        if (names.length === 0 || names.includes(ruleId)) disabled = comment.kind === 'disable'
      }
      return disabled
    }
  }
}
