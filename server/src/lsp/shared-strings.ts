// A finding's rule id, severity and rule page are one of a handful of strings, but each finding
// that crosses from the lint worker arrives with copies of its own: a message between threads
// copies every string it holds. With fifty drafts of 10,000 words open, the server held 35,000
// copies of the pages alone (3.9 MB) and 5 MB in all (docs/engine.md, "Memory"). A pool per
// server gives each finding the one string of each value instead.

import type {Finding} from '../engine/index.ts'

export class RuleStrings {
  /** Only rule ids, severities and rule pages go in: a few dozen strings at most. */
  private readonly known = new Map<string, string>()

  private one(value: string): string {
    const kept = this.known.get(value)
    if (kept !== undefined) return kept
    this.known.set(value, value)
    return value
  }

  /** Gives `findings`, in place, the pool's strings for their rule id, severity and page. */
  share(findings: readonly Finding[]): void {
    for (const finding of findings) {
      finding.ruleId = this.one(finding.ruleId) as Finding['ruleId']
      finding.severity = this.one(finding.severity) as Finding['severity']
      finding.url = this.one(finding.url)
    }
  }
}
