// A rule's setting in configuration, resolved: its severity and options, or off. The engine, the
// suggestions and the CLI read it the same way.

import {rules, type Rule} from './rules/index.ts'
import type {RuleId, RuleSetting, Severity} from './types.ts'

/** Each rule by its id. */
export const ruleById = new Map<string, Rule>(rules.map((rule) => [rule.meta.id, rule]))

/** A rule's severity and options from its setting, or undefined when it is off. */
export function resolveSetting(ruleId: RuleId, setting: RuleSetting | undefined): {severity: Severity; options: Record<string, unknown>} | undefined {
  const rule = ruleById.get(ruleId)!
  if (setting === undefined) return {severity: rule.meta.defaultSeverity, options: {}}
  const [level, options] = Array.isArray(setting) ? setting : [setting, {}]
  if (level === 'off') return undefined
  return {severity: level, options: options ?? {}}
}
