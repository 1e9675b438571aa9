// Reads the command line into options, strictly and before anything is linted, as ESLint does: an
// unknown option, an option without its value or a bad value is a usage problem, and the run stops
// with exit 2 (`--frmat json` must not lint the whole newsroom first). node:util's parseArgs splits
// the arguments (`--format=json`, `-f json`, `--`); the checks and messages are ours. Nothing here
// touches the file system or throws.

import {parseArgs} from 'node:util'
import {closest, didYouMean} from '../config/suggest.ts'
import {ruleIds, type RuleId, type Severity} from '../engine/index.ts'

export const formatNames = ['stylish', 'json', 'sarif', 'github', 'compact', 'rdjsonl', 'markdown'] as const
export type FormatName = (typeof formatNames)[number]

export const reportNames = ['sources'] as const
export type ReportName = (typeof reportNames)[number]

const ruleLevels = ['off', 'info', 'warning', 'error'] as const
type RuleLevel = (typeof ruleLevels)[number]

export const defaultExtensions = ['md', 'markdown', 'txt', 'draft']

/** 10 MiB: about a million and a half words, far more than any story; a larger file is a mistake. */
export const defaultMaxFileSize = 10 * 1024 * 1024
/**
 * The most `--max-file-size` may allow. Linting takes about 60 bytes of memory per byte of draft
 * (a 10 MB draft: 12 s and 580 MB); a 300 MB file ended in a V8 heap abort with a native stack
 * trace. Above this, the option is refused with one line instead.
 */
export const maxFileSizeCeiling = 20 * 1024 * 1024

export interface CliOptions {
  /** Files, folders and globs, as given. */
  patterns: string[]
  format: FormatName
  outputFile?: string
  /** Fail when there are more warnings than this; undefined: no limit. */
  maxWarnings?: number
  quiet: boolean
  /** `--rule id:level` overrides, in order. */
  rules: Array<{ruleId: RuleId; level: RuleLevel}>
  configFile?: string
  noConfig: boolean
  printConfig?: string
  stdin: boolean
  stdinFilename?: string
  listRules: boolean
  version: boolean
  help: boolean
  report?: ReportName
  fix: boolean
  fixDryRun: boolean
  /** Extensions a folder is searched for, lower case, without the dot. */
  extensions: string[]
  ignorePatterns: string[]
  /** Read `.gitignore`, `.attributionlintignore` and `--ignore-pattern` (false with `--no-ignore`). */
  ignore: boolean
  /** `--color` / `--no-color`; undefined: colour on a terminal unless NO_COLOR is set. */
  color?: boolean
  maxFileSize: number
  /** Threads: `off` (the default) one; `auto` one per core from 100 drafts; or a number. */
  concurrency: 'auto' | 'off' | number
  /** A pattern that matches no draft, or a run with no drafts at all, is an error (exit 2). */
  errorOnUnmatchedPattern: boolean
}

export interface ParsedArguments {
  options: CliOptions
  /** One line each: an unknown option, a missing or bad value. Any of them stops the run. */
  problems: string[]
}

interface OptionSpec {
  /** Takes a value (`--format json`, `--format=json`). */
  value: boolean
  /** The one-letter form (`-f`). */
  short?: string
  apply(options: CliOptions, value: string, problems: string[]): void
}

const flag = (apply: (options: CliOptions) => void, short?: string): OptionSpec => ({value: false, short, apply: (options) => apply(options)})
const valued = (apply: (options: CliOptions, value: string, problems: string[]) => void, short?: string): OptionSpec => ({value: true, short, apply})

const specs: Record<string, OptionSpec> = {
  '--format': valued((options, value, problems) => {
    if ((formatNames as readonly string[]).includes(value)) options.format = value as FormatName
    else problems.push(`--format "${value}": unknown format${didYouMean(value, formatNames)}; use one of ${formatNames.join(', ')}.`)
  }, 'f'),
  '--output-file': valued((options, value) => {
    options.outputFile = value
  }, 'o'),
  '--max-warnings': valued((options, value, problems) => {
    const number = Number(value)
    if (/^-?\d+$/.test(value.trim()) && Number.isSafeInteger(number)) options.maxWarnings = number < 0 ? undefined : number
    else problems.push(`--max-warnings "${value}": give a whole number of warnings (0 fails on any warning).`)
  }),
  '--quiet': flag((options) => {
    options.quiet = true
  }),
  '--rule': valued((options, value, problems) => {
    const rule = parseRuleOverride(value, problems)
    if (rule) options.rules.push(rule)
  }),
  '--config': valued((options, value) => {
    options.configFile = value
  }, 'c'),
  '--no-config': flag((options) => {
    options.noConfig = true
  }),
  '--print-config': valued((options, value) => {
    options.printConfig = value
  }),
  '--stdin': flag((options) => {
    options.stdin = true
  }),
  '--stdin-filename': valued((options, value) => {
    options.stdinFilename = value
  }),
  '--list-rules': flag((options) => {
    options.listRules = true
  }),
  '--version': flag((options) => {
    options.version = true
  }, 'v'),
  '--help': flag((options) => {
    options.help = true
  }, 'h'),
  '--report': valued((options, value, problems) => {
    if ((reportNames as readonly string[]).includes(value)) options.report = value as ReportName
    else problems.push(`--report "${value}": unknown report${didYouMean(value, reportNames)}; the report is "sources".`)
  }),
  '--fix': flag((options) => {
    options.fix = true
  }),
  '--fix-dry-run': flag((options) => {
    options.fixDryRun = true
  }),
  '--ext': valued((options, value, problems) => {
    const extensions = value
      .split(',')
      .map((extension) => extension.trim().replace(/^\*?\./, '').toLowerCase())
      .filter(Boolean)
    if (extensions.length === 0 || extensions.some((extension) => !/^[\p{L}\p{N}_.-]+$/u.test(extension))) {
      problems.push(`--ext "${value}": give extensions separated by commas, such as "md,txt,draft".`)
    } else options.extensions = extensions
  }),
  '--ignore-pattern': valued((options, value) => {
    options.ignorePatterns.push(value)
  }),
  '--no-ignore': flag((options) => {
    options.ignore = false
  }),
  '--color': flag((options) => {
    options.color = true
  }),
  '--no-color': flag((options) => {
    options.color = false
  }),
  '--max-file-size': valued((options, value, problems) => {
    const size = parseSize(value)
    if (size === undefined) problems.push(`--max-file-size "${value}": give a size such as 500KB or 10MB.`)
    else if (size > maxFileSizeCeiling) problems.push(`--max-file-size "${value}": the largest draft Attribution Lint can check is 20MB (more would exhaust its memory); split the file, or give 20MB or less.`)
    else options.maxFileSize = size
  }),
  '--concurrency': valued((options, value, problems) => {
    if (value === 'auto' || value === 'off') options.concurrency = value
    else if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 64) options.concurrency = Number(value) === 1 ? 'off' : Number(value)
    else problems.push(`--concurrency "${value}": give "auto", "off" or a number of threads from 1 to 64.`)
  }),
  '--no-error-on-unmatched-pattern': flag((options) => {
    options.errorOnUnmatchedPattern = false
  })
}

/** The options as parseArgs declares them: every one a string we check ourselves, or a flag. */
const parseArgsOptions = Object.fromEntries(
  Object.entries(specs).map(([name, spec]) => [name.slice(2), {type: spec.value ? ('string' as const) : ('boolean' as const), multiple: true, ...(spec.short ? {short: spec.short} : {})}])
)

export function defaultOptions(): CliOptions {
  return {
    patterns: [],
    format: 'stylish',
    quiet: false,
    rules: [],
    noConfig: false,
    stdin: false,
    listRules: false,
    version: false,
    help: false,
    fix: false,
    fixDryRun: false,
    extensions: [...defaultExtensions],
    ignorePatterns: [],
    ignore: true,
    maxFileSize: defaultMaxFileSize,
    // Off by default: on 2-core machines threads cost about a third more CPU in all and did not
    // finish sooner while other jobs shared the machine (measured; see workers.ts).
    concurrency: 'off',
    errorOnUnmatchedPattern: true
  }
}

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const options = defaultOptions()
  const problems: string[] = []
  // Not strict: parseArgs would throw at the first mistake, in its own words. Its tokens say what
  // each argument is; every mistake is said below, in ours.
  const {tokens} = parseArgs({args: [...argv], options: parseArgsOptions, strict: false, allowPositionals: true, tokens: true})
  for (const token of tokens) {
    if (token.kind === 'positional') {
      options.patterns.push(token.value)
      continue
    }
    if (token.kind === 'option-terminator') continue
    const raw = argv[token.index]
    const name = `--${token.name}`
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined
    if (!spec) {
      // Compared without the dashes, which every option shares: `--frmat` is one edit from `--format`.
      const meant = token.rawName.startsWith('--') ? closest(token.name, Object.keys(specs).map((known) => known.slice(2))) : undefined
      problems.push(`unknown option "${raw}"${meant ? ` (did you mean "--${meant}"?)` : ''}; see --help.`)
      continue
    }
    if (!spec.value) {
      if (token.inlineValue) problems.push(`${name} takes no value ("${raw}").`)
      else spec.apply(options, '', problems)
      continue
    }
    // parseArgs takes the next argument as the value whatever it is; `--format --quiet` has none.
    const value = token.value
    if (value === undefined || (!token.inlineValue && isOptionLike(value))) {
      problems.push(`${token.rawName} needs a value${value === undefined ? '' : ` (to give one that starts with "-", write ${name}=${value})`}; see --help.`)
      continue
    }
    spec.apply(options, value, problems)
  }
  return {options, problems}
}

/** `--max-warnings -1` takes a negative number; anything else that starts with a dash is an option. */
function isOptionLike(argument: string): boolean {
  return argument.startsWith('-') && argument !== '-' && !/^-\d+$/.test(argument)
}

function parseRuleOverride(value: string, problems: string[]): {ruleId: RuleId; level: RuleLevel} | undefined {
  const match = /^\s*([^:=\s]+)\s*[:=]\s*(\S+)\s*$/.exec(value)
  if (!match) {
    problems.push(`--rule "${value}": write it as RULE:LEVEL, such as unattributed-claim:error.`)
    return undefined
  }
  const [, ruleId, rawLevel] = match
  if (!(ruleIds as readonly string[]).includes(ruleId)) {
    problems.push(`--rule "${value}": unknown rule "${ruleId}"${didYouMean(ruleId, ruleIds)}; the rules are ${ruleIds.join(', ')}.`)
    return undefined
  }
  const level = levelAliases[rawLevel.toLowerCase()] ?? rawLevel.toLowerCase()
  if (!(ruleLevels as readonly string[]).includes(level)) {
    problems.push(`--rule "${value}": unknown level "${rawLevel}"; use off, info, warning or error.`)
    return undefined
  }
  return {ruleId: ruleId as RuleId, level: level as RuleLevel}
}

// ESLint's spellings and numbers are what CI engineers type from memory.
const levelAliases: Record<string, Severity | 'off'> = {warn: 'warning', information: 'info', '0': 'off', '1': 'warning', '2': 'error'}

function parseSize(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|kib|mb|m|mib|gb|g|gib)?\s*$/i.exec(value)
  if (!match) return undefined
  const unit = (match[2] ?? 'b').toLowerCase()[0]
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  const size = Math.round(Number(match[1]) * factor)
  return size > 0 ? size : undefined
}
