// The suggestions of a lint's findings, worked out from the analysis that lint made, when an editor
// asks for code actions or a report wants them: not on every lint, since a long draft's keystroke
// must not pay for thousands of edits nobody looks at. Each rule that offers suggestions is asked
// once, for all its findings, so what they share (a footnote label, where definitions go) is found
// once.

import type {Analysis} from './analysis/analyze.ts'
import {resolveSetting, ruleById} from './settings.ts'
import type {Configuration, Finding, RuleId, Suggestion} from './types.ts'

/** The suggestions of each finding, in order (empty for a finding with none). */
export function suggestionsFor(analysis: Analysis, findings: readonly Finding[], configuration: Partial<Configuration> = {}): Suggestion[][] {
  const result: Suggestion[][] = findings.map(() => [])
  const byRule = new Map<string, number[]>()
  findings.forEach((finding, index) => {
    const rule = ruleById.get(finding.ruleId)
    if (!rule?.suggest) return
    let indices = byRule.get(finding.ruleId)
    if (!indices) byRule.set(finding.ruleId, (indices = []))
    indices.push(index)
  })
  for (const [ruleId, indices] of byRule) {
    const rule = ruleById.get(ruleId)!
    const options = resolveSetting(ruleId as RuleId, configuration.rules?.[ruleId as RuleId])?.options ?? {}
    let suggestions: Suggestion[][]
    try {
      suggestions = rule.suggest!(analysis, indices.map((index) => ({start: findings[index].start.offset, end: findings[index].end.offset, actual: findings[index].actual})), options)
    } catch {
      // A rule's bug costs its suggestions, never the findings or the other rules' suggestions.
      continue
    }
    indices.forEach((index, at) => (result[index] = suggestions[at] ?? []))
  }
  return result
}

/** The findings, each with its suggestions (ESLint's `suggestions`) when it has any. */
export function withSuggestions(analysis: Analysis, findings: readonly Finding[], configuration: Partial<Configuration> = {}): Finding[] {
  const suggestions = suggestionsFor(analysis, findings, configuration)
  return findings.map((finding, index) => (suggestions[index].length > 0 ? {...finding, suggestions: suggestions[index]} : finding))
}
