// Inline suppression (shared spec, "Configuration and suppression"):
// `<!-- attribution-lint-disable RULE -->` ... `<!-- attribution-lint-enable RULE -->` and
// `<!-- attribution-lint-disable-next-line RULE -->`; no RULE means every rule. As in ESLint,
// enabling one rule after disabling all of them turns that rule back on.

import type {Suppression} from './analysis/model.ts'

/** The next line with text after `offset`: the comment governs it, blank lines passed over. */
function nextLineAfter(text: string, offset: number): {start: number; end: number} {
  // Lines end in \n, \r\n or a lone \r (old Mac files, some pasted text).
  const lineBreak = /\r\n?|\n/g
  lineBreak.lastIndex = offset
  let found = lineBreak.exec(text)
  while (found) {
    const start = found.index + found[0].length
    lineBreak.lastIndex = start
    const next = lineBreak.exec(text)
    const end = next ? next.index : text.length
    if (text.slice(start, end).trim() !== '') return {start, end}
    found = next
  }
  return {start: text.length, end: text.length}
}

export interface Suppressor {
  /** Is `ruleId` turned off at `offset`? Ask in order of offset: the comments are swept once. */
  isSuppressed(ruleId: string, offset: number): boolean
}

export function suppressor(text: string, suppressions: Suppression[]): Suppressor {
  const ranges = suppressions.filter((comment) => comment.kind !== 'disable-next-line').sort((a, b) => a.end - b.end)
  const lines = suppressions.filter((comment) => comment.kind === 'disable-next-line').map((comment) => ({...nextLineAfter(text, comment.end), rules: comment.rules})).sort((a, b) => a.start - b.start)
  // The latest comment for every rule and the latest for all rules, with their order: the later wins.
  let general: {disable: boolean; order: number} | undefined
  const byRule = new Map<string, {disable: boolean; order: number}>()
  let nextRange = 0
  let nextLine = 0
  let active: typeof lines = []
  return {
    isSuppressed(ruleId, offset) {
      for (; nextRange < ranges.length && ranges[nextRange].end <= offset; nextRange++) {
        const comment = ranges[nextRange]
        const state = {disable: comment.kind === 'disable', order: nextRange}
        if (comment.rules.length === 0) general = state
        else for (const rule of comment.rules) byRule.set(rule, state)
      }
      for (; nextLine < lines.length && lines[nextLine].start <= offset; nextLine++) active.push(lines[nextLine])
      if (active.length > 0) active = active.filter((line) => line.end > offset)
      if (active.some((line) => line.rules.length === 0 || line.rules.includes(ruleId))) return true
      const own = byRule.get(ruleId)
      const latest = own && (!general || own.order > general.order) ? own : general
      return latest?.disable ?? false
    }
  }
}
