// The configuration each draft is linted with: the file the config loader finds for it, then the
// `--rule` overrides. Also `--print-config`'s resolved form. Problems with a file are said once, with
// the file shown relative to the working folder.

import {resolve} from 'node:path'
import {configurationFor, mergeConfigurations} from '../config/index.ts'
import {resolveSetting, ruleIds, type Configuration, type Problem, type RuleId, type RuleSetting} from '../engine/index.ts'
import type {CliOptions} from './args.ts'

type Overrides = Partial<Record<RuleId, 'off' | 'info' | 'warning' | 'error'>>

export class CliConfiguration {
  private readonly cache = new Map<string, unknown>()
  private readonly overrides: Overrides = {}
  private readonly configFile: string | undefined

  constructor(
    private readonly options: CliOptions,
    cwd: string,
    private readonly report: (problem: Problem) => void
  ) {
    // The last --rule for a rule wins.
    for (const {ruleId, level} of options.rules) this.overrides[ruleId] = level
    this.configFile = options.configFile !== undefined ? resolve(cwd, options.configFile) : undefined
  }

  /** The configuration for a draft (or the name `--stdin-filename` gives it). */
  for(draftPath: string): Configuration {
    const loaded = configurationFor(draftPath, {configFile: this.configFile, noConfig: this.options.noConfig, cache: this.cache})
    for (const problem of loaded.problems) this.report(problem)
    return applyOverrides(loaded.configuration, this.overrides)
  }
}

/** `--rule` wins over the file; a rule's options from the file are kept, only its level changes. */
function applyOverrides(configuration: Configuration, overrides: Overrides): Configuration {
  const rules: Configuration['rules'] = {}
  for (const [ruleId, level] of Object.entries(overrides) as Array<[RuleId, NonNullable<Overrides[RuleId]>]>) {
    const current = configuration.rules[ruleId]
    rules[ruleId] = Array.isArray(current) && current[1] !== undefined ? [level, current[1]] : level
  }
  return mergeConfigurations(configuration, {rules})
}

/**
 * The configuration as it applies, for `--print-config`: every rule with its level (defaults filled
 * in), then the word lists. It is itself a valid configuration file.
 */
export function resolvedConfiguration(configuration: Configuration): Configuration {
  const rules: Record<string, RuleSetting> = {}
  for (const ruleId of ruleIds) {
    const resolved = resolveSetting(ruleId, configuration.rules[ruleId])
    if (!resolved) rules[ruleId] = 'off'
    else rules[ruleId] = Object.keys(resolved.options).length > 0 ? [resolved.severity, resolved.options] : resolved.severity
  }
  return {rules, words: configuration.words}
}

/** A configuration problem as one line, its file shown as `display` shows paths. */
export function describeConfigProblem(problem: Problem, display: (path: string) => string): string {
  const {message, file} = problem
  if (!file) return message
  if (message.startsWith(file)) return display(file) + message.slice(file.length)
  if (message.includes(file)) return message
  const place = problem.line !== undefined ? `:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}` : ''
  return `${display(file)}${place}: ${message}`
}
