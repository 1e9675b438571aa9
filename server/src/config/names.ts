// The vocabulary of configuration files: where they are, which keys they may hold, which values a
// rule setting takes. Validation, the JSON Schema test and the file search all read these.

import type {WordListAdditions} from '../engine/types.ts'

/** Config files in one folder, in the order they win; `package.json` (its `packageField`) comes last. */
export const configFileNames = ['.attributionlintrc.json', '.attributionlintrc'] as const

export const packageFileName = 'package.json'

/** The key of `package.json` that holds a configuration. */
export const packageField = 'attributionLint'

/** The top-level keys a configuration may have. */
export const configurationKeys = ['rules', 'words', 'requireReason', 'root', '$schema'] as const

/** What a rule's setting may be, besides `[severity, {options}]`. */
export const severities = ['off', 'info', 'warning', 'error'] as const

// A record rather than a list, so the compiler notices when the engine adds a word list.
const wordListFlags: Record<keyof WordListAdditions, true> = {
  cues: true,
  anonymousRoles: true,
  vagueSources: true,
  claimMarkers: true,
  namedSources: true,
  documents: true
}

/** The word lists a project may extend. */
export const wordListNames = Object.keys(wordListFlags) as Array<keyof WordListAdditions>

/**
 * Keys that, in other tools' configuration, load code or other files. Configuration here is data
 * only (opening an untrusted folder must be safe), so these get a message saying so rather than the
 * generic "unknown key". Compared in lower case.
 */
export const codeLoadingKeys = new Set([
  'plugins',
  'plugin',
  'extends',
  'require',
  'import',
  'imports',
  'preset',
  'presets',
  'parser',
  'processor',
  'module',
  'modules',
  'loader',
  'rulesdirectory',
  'rulesdir',
  'rulepaths'
])
