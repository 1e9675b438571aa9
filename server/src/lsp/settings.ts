// VS Code settings under `attributionLint.*`, narrowed by type before use, and merged over the
// configuration file: a setting the user made explicitly wins over `.attributionlintrc.json`
// (shared spec, "Configuration and suppression"; style guide, habit 10).

import {mergeConfigurations, validateConfiguration, type LoadedConfiguration} from '../config/index.ts'
import type {Configuration, Problem, RuleId, RuleSetting, WordListAdditions} from '../engine/index.ts'

export interface Settings {
  enable: boolean
  /** Lint as the user types, or only when the draft is saved (and on open). */
  run: 'onType' | 'onSave'
  /** Milliseconds to wait after a change before linting; 0 lints at once. */
  debounce: number
  /** Only the rules the user set: the manifest gives no default, so the file's settings show through. */
  rules: Partial<Record<RuleId, RuleSetting>>
  words: WordListAdditions
  /** The largest draft, in characters, that is linted. */
  maxDraftSize: number
}

/**
 * The largest `maxDraftSize` honoured, whatever a workspace's settings say: about 60 bytes of memory
 * per character are needed to lint a draft, and 1e15 must not switch the limit off.
 */
export const maxDraftSizeCeiling = 10_000_000

export const defaultSettings: Readonly<Settings> = {enable: true, run: 'onType', debounce: 200, rules: {}, words: {}, maxDraftSize: 1_000_000}

/** Where settings problems are said to come from. */
const origin = 'VS Code settings (attributionLint)'

/** Narrows what the client sent (anything at all) to settings, saying what was wrong. */
export function narrowSettings(raw: unknown): {settings: Settings; problems: Problem[]} {
  const settings: Settings = {...defaultSettings}
  const problems: Problem[] = []
  if (raw === null || raw === undefined) return {settings, problems}
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({message: `${origin}: expected an object of settings; the defaults are used.`})
    return {settings, problems}
  }
  const value = raw as Record<string, unknown>
  const wrong = (key: string, expected: string) => problems.push({message: `${origin}: "attributionLint.${key}" should be ${expected}; the default is used.`})

  if (value.enable !== undefined && value.enable !== null) {
    if (typeof value.enable === 'boolean') settings.enable = value.enable
    else wrong('enable', 'true or false')
  }
  if (value.run !== undefined && value.run !== null) {
    if (value.run === 'onType' || value.run === 'onSave') settings.run = value.run
    else wrong('run', '"onType" or "onSave"')
  }
  if (value.debounce !== undefined && value.debounce !== null) {
    if (typeof value.debounce === 'number' && Number.isFinite(value.debounce) && value.debounce >= 0) settings.debounce = Math.min(value.debounce, 60_000)
    else wrong('debounce', 'a number of milliseconds, 0 or more')
  }
  if (value.maxDraftSize !== undefined && value.maxDraftSize !== null) {
    if (typeof value.maxDraftSize === 'number' && value.maxDraftSize > 0) settings.maxDraftSize = Math.min(value.maxDraftSize, maxDraftSizeCeiling)
    else wrong('maxDraftSize', 'a number of characters greater than 0')
    if (settings.maxDraftSize < (value.maxDraftSize as number)) {
      problems.push({message: `${origin}: "attributionLint.maxDraftSize" is at most ${maxDraftSizeCeiling.toLocaleString('en')} characters (a larger draft would exhaust the server's memory); ${maxDraftSizeCeiling.toLocaleString('en')} is used.`})
    }
  }

  // Rules and word lists are checked exactly as a configuration file's are.
  const layer: Record<string, unknown> = {}
  if (value.rules !== undefined && value.rules !== null) layer.rules = value.rules
  if (value.words !== undefined && value.words !== null) layer.words = value.words
  if (Object.keys(layer).length > 0) {
    const checked = validateConfiguration(layer, origin)
    settings.rules = checked.value.rules ?? {}
    settings.words = checked.value.words ?? {}
    problems.push(...checked.problems)
  }
  return {settings, problems}
}

/** The configuration a draft is linted with: its configuration files, then the user's explicit settings. */
export function effectiveConfiguration(loaded: LoadedConfiguration | undefined, settings: Settings): Configuration {
  const explicit: Partial<Configuration> = {}
  if (Object.keys(settings.rules).length > 0) explicit.rules = settings.rules
  if (Object.keys(settings.words).length > 0) explicit.words = settings.words
  return mergeConfigurations(loaded?.configuration, explicit)
}
