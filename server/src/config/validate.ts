// Checks a parsed configuration (from a file, package.json or VS Code settings) and keeps what is
// usable. Every mistake becomes a Problem naming `origin`; nothing is thrown, and nothing in the
// value is ever run or used to find other files: configuration is data only.

import {rules, type OptionsSchema} from '../engine/rules/index.ts'
import {maxListEntries, tooManyEntries} from '../engine/words.ts'
import {ruleIds, type Configuration, type Problem, type RuleId, type RuleSetting, type Severity, type WordListAdditions} from '../engine/types.ts'
import {codeLoadingKeys, configurationKeys, severities, wordListNames} from './names.ts'
import {didYouMean, listOf} from './suggest.ts'

export function validateConfiguration(value: unknown, origin: string): {value: Partial<Configuration>; problems: Problem[]} {
  const problems: Problem[] = []
  const report = (message: string) => problems.push({message: `${origin}: ${message}`})
  const result: Partial<Configuration> = {}

  if (!isPlainObject(value)) {
    report(`the configuration is ${describe(value)}, not an object; write {"rules": {...}, "words": {...}}. The defaults are used.`)
    return {value: result, problems}
  }

  for (const [key, entry] of Object.entries(value)) {
    if (key === 'rules') {
      const rules = validateRules(entry, report)
      if (rules) result.rules = rules
    } else if (key === 'words') {
      const words = validateWords(entry, report)
      if (words) result.words = words
    } else if (key === 'requireReason') {
      if (typeof entry === 'boolean') result.requireReason = entry
      else report(`"requireReason" is ${describe(entry)}; it must be true or false.`)
    } else if (key === 'root') {
      // ESLint's "root": true ends the upward search. Here every configuration file does (the nearest
      // one is used alone), so it is accepted and changes nothing; anything but a boolean is a mistake.
      if (typeof entry !== 'boolean') report(`"root" is ${describe(entry)}; it must be true or false (the search for configuration always stops at the nearest file).`)
    } else if (key === '$schema') {
      if (typeof entry !== 'string') report(`"$schema" is ${describe(entry)}; it must be a string (the schema's URL or path), or be left out.`)
    } else if (codeLoadingKeys.has(key.toLowerCase())) {
      report(`"${key}" is not supported: configuration is data only and never loads plugins, modules or other files. Remove "${key}".`)
    } else {
      report(`unknown key "${key}"${didYouMean(key, configurationKeys)}; the valid keys are ${listOf(configurationKeys, 'and')}. Remove or rename it.`)
    }
  }
  return {value: result, problems}
}

function validateRules(rules: unknown, report: (message: string) => void): Configuration['rules'] | undefined {
  if (!isPlainObject(rules)) {
    report(`"rules" is ${describe(rules)}${inlineOnly(rules)}; it must be an object of rule ids and severities, such as {"vague-attribution": "off"}.`)
    return undefined
  }
  const result: Configuration['rules'] = {}
  for (const [ruleId, setting] of Object.entries(rules)) {
    if (!isRuleId(ruleId)) {
      report(`unknown rule "${ruleId}"${didYouMean(ruleId, ruleIds)}; the rules are ${listOf(ruleIds, 'and')}.`)
      continue
    }
    const checked = validateRuleSetting(ruleId, setting, report)
    if (checked !== undefined) result[ruleId] = checked
  }
  return result
}

function validateRuleSetting(ruleId: RuleId, setting: unknown, report: (message: string) => void): RuleSetting | undefined {
  const badLevel = (level: unknown) =>
    report(
      `rule "${ruleId}" has the severity ${describe(level)}${typeof level === 'string' ? didYouMean(level, severities) : ''}; ` +
        `use ${listOf(severities)}, or ["warning", {options}] to give options.`
    )
  if (!Array.isArray(setting)) {
    if (isLevel(setting)) return setting
    badLevel(setting)
    return undefined
  }

  const [level, options, ...extra] = setting as unknown[]
  if (!isLevel(level)) {
    badLevel(level)
    return undefined
  }
  if (extra.length > 0) report(`rule "${ruleId}" has ${setting.length} items; write ["${level}"] or ["${level}", {options}]. The extra items were ignored.`)
  if (options === undefined) return [level]
  if (!isPlainObject(options)) {
    report(`rule "${ruleId}" has options ${describe(options)}; the second item must be an object, such as ["${level}", {}]. The options were ignored.`)
    return [level]
  }
  const codeKey = findCodeLoadingKey(options)
  if (codeKey !== undefined) {
    report(`rule "${ruleId}" has the option "${codeKey}": configuration is data only and never loads plugins, modules or other files. The options were ignored.`)
    return [level]
  }
  if (!isJsonData(options)) {
    report(`rule "${ruleId}" has options that are not plain data (text, numbers, true or false, lists and objects, nested at most ${maxDepth} deep); the options were ignored.`)
    return [level]
  }
  const unfit = optionProblems(ruleId, options)
  for (const problem of unfit) report(problem)
  if (unfit.length > 0) return [level]
  return [level, JSON.parse(JSON.stringify(options)) as Record<string, unknown>]
}

const schemas = new Map<string, OptionsSchema>(rules.map((rule) => [rule.meta.id, rule.meta.schema]))

/** What is wrong with a rule's options, against the schema in the rule's meta: unknown names, wrong types. */
function optionProblems(ruleId: RuleId, options: Record<string, unknown>): string[] {
  const schema = schemas.get(ruleId)!
  const known = Object.keys(schema.properties)
  const problems: string[] = []
  for (const [name, value] of Object.entries(options)) {
    const property = schema.properties[name]
    if (!property) {
      const takes = known.length === 0 ? 'it takes no options' : `its options are ${listOf(known, 'and')}`
      problems.push(`rule "${ruleId}" has the unknown option "${name}"${didYouMean(name, known)}; ${takes}. The options were ignored.`)
      continue
    }
    const type = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value
    const fits = type === property.type || (property.type === 'number' && type === 'integer')
    const items = property.items && Array.isArray(value) && !value.every((item) => typeof item === property.items!.type)
    if (!fits || items) problems.push(`rule "${ruleId}" has the option "${name}" as ${describe(value)}; it must be ${property.type === 'array' ? `an array of ${property.items?.type ?? 'values'}s` : `a ${property.type}`}. The options were ignored.`)
  }
  return problems
}

function validateWords(words: unknown, report: (message: string) => void): WordListAdditions | undefined {
  if (!isPlainObject(words)) {
    report(`"words" is ${describe(words)}${inlineOnly(words)}; it must be an object of word lists, such as {"cues": ["testify"]}.`)
    return undefined
  }
  const result: WordListAdditions = {}
  for (const [name, list] of Object.entries(words)) {
    if (!isWordListName(name)) {
      report(`unknown word list "${name}"${didYouMean(name, wordListNames)}; the word lists are ${listOf(wordListNames, 'and')}.`)
      continue
    }
    if (!Array.isArray(list)) {
      report(`word list "${name}" is ${describe(list)}${inlineOnly(list)}; it must be an array of strings, such as ["${example(name)}"].`)
      continue
    }
    const kept: string[] = []
    const skipped: string[] = []
    // Cut here, not only in the engine: a list of a million words in the VS Code settings would be
    // copied and merged on every keystroke.
    if (list.length > maxListEntries) report(tooManyEntries(name, list.length))
    list.slice(0, maxListEntries).forEach((entry: unknown, index: number) => {
      if (typeof entry === 'string' && entry.trim() !== '') kept.push(entry.trim())
      else skipped.push(`item ${index + 1} is ${describe(entry)}`)
    })
    if (skipped.length > 0) report(`word list "${name}" has entries that are not words (${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''}); each must be a non-empty string. They were skipped.`)
    result[name] = kept
  }
  return result
}

// Where an object or list was expected, a string usually names a file to read it from:
// `"rules": "./newsroom-rules.json"`.
function inlineOnly(value: unknown): string {
  return typeof value === 'string' ? ' (configuration is data only and never reads other files, so write the settings here)' : ''
}

function example(name: keyof WordListAdditions): string {
  const examples: Record<keyof WordListAdditions, string> = {
    cues: 'testify',
    anonymousRoles: 'fixer',
    vagueSources: 'pundits',
    claimMarkers: 'is tipped to',
    namedSources: 'police',
    documents: 'dossier'
  }
  return examples[name]
}

/** The first key, at any depth, that would load code in another tool's configuration. */
function findCodeLoadingKey(value: unknown, depth = 0): string | undefined {
  // Deeper than any real option: isJsonData refuses it, so there is no need to look (or overflow).
  if (depth > maxDepth) return undefined
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findCodeLoadingKey(item, depth + 1)
      if (found !== undefined) return found
    }
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (codeLoadingKeys.has(key.toLowerCase())) return key
      const found = findCodeLoadingKey(item, depth + 1)
      if (found !== undefined) return found
    }
  }
  return undefined
}

const maxDepth = 32

/** Only what JSON can hold: VS Code settings are JSON, but a caller may pass anything. */
function isJsonData(value: unknown, depth = 0): boolean {
  if (depth > maxDepth) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every((item) => isJsonData(item, depth + 1))
  if (isPlainObject(value)) return Object.values(value).every((item) => isJsonData(item, depth + 1))
  return false
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

function isRuleId(id: string): id is RuleId {
  return (ruleIds as readonly string[]).includes(id)
}

function isLevel(value: unknown): value is Severity | 'off' {
  return typeof value === 'string' && (severities as readonly string[]).includes(value)
}

function isWordListName(name: string): name is keyof WordListAdditions {
  return (wordListNames as readonly string[]).includes(name)
}

/** A value as a message quotes it: `"warn"`, `42`, `an array`, `null`. */
function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'missing'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 37) + '…' : value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
