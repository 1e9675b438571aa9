// Inline suppression (shared spec, "Configuration and suppression"):
// `<!-- attribution-lint-disable RULE -->` ... `<!-- attribution-lint-enable RULE -->` and
// `<!-- attribution-lint-disable-next-line RULE -->`; no RULE means every rule.

import type {Suppression} from './analysis/model.ts'

interface Window {
  start: number
  end: number
  rules: string[]
}

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

export function suppressionWindows(text: string, suppressions: Suppression[]): Window[] {
  const windows: Window[] = []
  const open = new Map<string, number>()
  for (const suppression of [...suppressions].sort((a, b) => a.start - b.start)) {
    const rules = suppression.rules.length > 0 ? suppression.rules : ['*']
    if (suppression.kind === 'disable-next-line') {
      windows.push({...nextLineAfter(text, suppression.end), rules})
    } else if (suppression.kind === 'disable') {
      for (const rule of rules) if (!open.has(rule)) open.set(rule, suppression.end)
    } else {
      for (const rule of rules) {
        const closing = rule === '*' ? [...open.keys()] : [rule]
        for (const name of closing) {
          const start = open.get(name)
          if (start === undefined) continue
          windows.push({start, end: suppression.start, rules: [name]})
          open.delete(name)
        }
      }
    }
  }
  for (const [rule, start] of open) windows.push({start, end: text.length, rules: [rule]})
  return windows
}

export function isSuppressed(windows: Window[], ruleId: string, start: number): boolean {
  return windows.some((window) => start >= window.start && start < window.end && (window.rules.includes('*') || window.rules.includes(ruleId)))
}
