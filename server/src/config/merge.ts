// Layers configurations: defaults, then the config file, then VS Code settings the user set.

import type {Configuration, RuleSetting, WordListAdditions} from '../engine/types.ts'
import {wordListNames} from './names.ts'

/**
 * Later layers win rule by rule (a rule's whole setting, options included); word lists are
 * concatenated, without repeating an entry. The defaults are empty on purpose: each rule's default
 * severity lives with the rule, and the engine applies it to any rule not set here.
 */
export function mergeConfigurations(...layers: Array<Partial<Configuration> | undefined>): Configuration {
  const rules: Configuration['rules'] = {}
  const words: WordListAdditions = {}
  let requireReason: boolean | undefined
  let accepted: Configuration['accepted']
  for (const layer of layers) {
    if (!layer) continue
    if (layer.requireReason !== undefined) requireReason = layer.requireReason
    if (layer.accepted) accepted = layer.accepted.map((entry) => ({...entry}))
    for (const [ruleId, setting] of Object.entries(layer.rules ?? {}) as Array<[keyof Configuration['rules'], RuleSetting | undefined]>) {
      if (setting !== undefined) rules[ruleId] = copySetting(setting)
    }
    for (const name of wordListNames) {
      const list = layer.words?.[name]
      if (!list || list.length === 0) continue
      words[name] = [...new Set([...(words[name] ?? []), ...list])]
    }
  }
  return {rules, words, ...(requireReason !== undefined ? {requireReason} : {}), ...(accepted ? {accepted} : {})}
}

// The result shares nothing with its layers, so a caller may change it without touching a cached file.
function copySetting(setting: RuleSetting): RuleSetting {
  if (!Array.isArray(setting)) return setting
  const [level, options] = setting
  return options === undefined ? [level] : [level, structuredClone(options)]
}
