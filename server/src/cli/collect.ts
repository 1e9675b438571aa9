// Turns the paths, folders and globs of the command line into the list of drafts to lint, in a
// stable order: arguments in the order given, each folder's entries sorted, glob matches sorted.
// What `.gitignore` and `.attributionlintignore` ignore is skipped, and so is `node_modules`.

import {lstatSync, readdirSync, realpathSync, statSync, type Stats} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {globSync, isDynamicPattern} from 'tinyglobby'
import {ignoreFile, readSmallTextFile} from '../config/read.ts'


export const ignoreFileNames = ['.gitignore', '.attributionlintignore'] as const

/** Folders never searched: dependencies and version control. */
const skippedFolders = new Set(['node_modules', '.git'])

export interface CollectOptions {
  cwd: string
  extensions: string[]
  ignorePatterns: string[]
  /** Read ignore files and `ignorePatterns` (false with `--no-ignore`). */
  ignore: boolean
}

/** Would the ignore files or `--ignore-pattern`s skip this file (the name `--stdin-filename` gives)? */
export function isIgnored(path: string, options: CollectOptions): boolean {
  return new IgnoreMatcher(options).matches(resolve(options.cwd, path), false)
}

export interface Collected {
  /** Absolute paths, each once. */
  files: string[]
  /** Paths that could not be searched: one line each. */
  problems: string[]
  /**
   * Said, but not an error: files named on the command line that an ignore file skips, links in a
   * folder that lead nowhere, ignore files that could not be read.
   */
  notes: string[]
  /** Globs that match no draft: an error unless `--no-error-on-unmatched-pattern`. */
  unmatched: string[]
}

export function collectFiles(patterns: readonly string[], options: CollectOptions): Collected {
  const collected: Collected = {files: [], problems: [], notes: [], unmatched: []}
  const seen = new Set<string>()
  const add = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    collected.files.push(file)
  }
  const ignored = new IgnoreMatcher(options)
  const isDraft = (file: string) => options.extensions.includes(extensionOf(file))

  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = resolve(options.cwd, pattern)
    let stats: Stats | undefined
    let error: NodeJS.ErrnoException | undefined
    try {
      stats = statSync(absolute)
    } catch (caught) {
      error = caught as NodeJS.ErrnoException
    }

    if (!stats && isDynamicPattern(pattern)) {
      const matches = globSync(pattern.replaceAll('\\', '/'), {cwd: options.cwd, absolute: true, onlyFiles: true, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**']})
        .map((match) => resolve(match))
        .sort(compareStrings)
      const drafts = matches.filter((file) => isDraft(file) && !ignored.matches(file, false))
      if (drafts.length === 0) collected.unmatched.push(`"${pattern}": no draft matches this pattern${matches.length > 0 ? ' that is not ignored or has a draft extension' : ''}; check the pattern (quote it so the shell does not expand it).`)
      for (const file of drafts) add(file)
      continue
    }
    if (!stats) {
      collected.problems.push(`${pattern}: ${describeStatError(absolute, error)}`)
      continue
    }
    if (stats.isDirectory()) {
      walk(absolute, {options, ignored, isDraft, add, problems: collected.problems, notes: collected.notes, visited: new Set([realpathOrSelf(absolute)])})
      continue
    }
    // A file named on the command line is linted whatever its extension, unless an ignore file says
    // otherwise: a pre-commit hook passes every staged file, and the newsroom's ignore file must win.
    if (options.ignore && ignored.matches(absolute, false)) {
      collected.notes.push(`${pattern}: skipped, an ignore file or --ignore-pattern ignores it (--no-ignore lints it).`)
      continue
    }
    add(absolute)
  }
  collected.notes.push(...ignored.refused)
  return collected
}

interface Walk {
  options: CollectOptions
  ignored: IgnoreMatcher
  isDraft: (file: string) => boolean
  add: (file: string) => void
  problems: string[]
  notes: string[]
  /** Real paths of the folders being walked, so a link back up the tree is not followed again. */
  visited: Set<string>
}

function walk(folder: string, walking: Walk): void {
  let entries: string[]
  try {
    entries = readdirSync(folder).sort(compareStrings)
  } catch (error) {
    walking.problems.push(`${toPosix(relative(walking.options.cwd, folder)) || '.'}: this folder ${describeStatError(folder, error as NodeJS.ErrnoException).replace(/^cannot be read/, 'cannot be listed')}`)
    return
  }
  for (const entry of entries) {
    // Dot folders (`.github`, `.vscode`) and dotfiles hold tooling, not stories.
    if (entry.startsWith('.') || skippedFolders.has(entry)) continue
    const path = join(folder, entry)
    let stats: Stats | undefined
    try {
      stats = statSync(path)
    } catch (error) {
      // A dangling link or a link loop found in a folder is skipped with a warning, as ESLint does:
      // a repository that commits one must not fail the whole run. Named on the command line, it
      // is an error (collectFiles).
      if (walking.isDraft(path) && !walking.ignored.matches(path, false)) {
        const why = describeStatError(path, error as NodeJS.ErrnoException)
        walking.notes.push(`${toPosix(relative(walking.options.cwd, path))}: skipped, it ${why.startsWith('no such') ? 'vanished while the folder was searched.' : why}`)
      }
      continue
    }
    if (stats.isDirectory()) {
      if (walking.ignored.matches(path, true)) continue
      const real = realpathOrSelf(path)
      if (walking.visited.has(real)) continue
      walking.visited.add(real)
      walk(path, walking)
      walking.visited.delete(real)
    } else if (walking.isDraft(path) && !walking.ignored.matches(path, false)) {
      walking.add(path)
    }
  }
}

/**
 * Ignore files as git reads them: each `.gitignore` or `.attributionlintignore` applies to its own
 * folder and below, a deeper file can re-include what a higher one ignored, and nothing inside an
 * ignored folder comes back. The files read are those from the top of the draft's git repository (or
 * the working folder, when the draft is inside it and no repository is found) down to its folder.
 * `--ignore-pattern`s apply from the working folder, after every file.
 */
class IgnoreMatcher {
  private readonly perFolder = new Map<string, Ignore | undefined>()
  private readonly tops = new Map<string, string>()
  private readonly patterns: Ignore | undefined
  /** One line for each ignore file that was not read (a pipe, a device, too large): the run goes on without it. */
  readonly refused: string[] = []

  constructor(private readonly options: CollectOptions) {
    this.patterns = options.ignore && options.ignorePatterns.length > 0 ? ignore().add(options.ignorePatterns) : undefined
  }

  matches(path: string, isFolder: boolean): boolean {
    if (!this.options.ignore) return false
    const top = this.topFor(dirname(path))
    // Every folder from the top down to the path's own folder, then the path itself.
    const chain: string[] = []
    for (let folder = dirname(path); ; folder = dirname(folder)) {
      chain.unshift(folder)
      if (folder === top || dirname(folder) === folder) break
    }
    const steps = [...chain.slice(1), path]
    for (let step = 0; step < steps.length; step++) {
      const target = steps[step]
      const targetIsFolder = step < steps.length - 1 || isFolder
      let ignoredHere = false
      for (const folder of chain) {
        if (!isInside(target, folder)) continue
        const rules = this.rulesIn(folder)
        if (!rules) continue
        const result = rules.test(toPosix(relative(folder, target)) + (targetIsFolder ? '/' : ''))
        if (result.ignored) ignoredHere = true
        else if (result.unignored) ignoredHere = false
      }
      if (this.patterns && isInside(target, this.options.cwd)) {
        const result = this.patterns.test(toPosix(relative(this.options.cwd, target)) + (targetIsFolder ? '/' : ''))
        if (result.ignored) ignoredHere = true
        else if (result.unignored) ignoredHere = false
      }
      if (ignoredHere) return true
    }
    return false
  }

  /** Where ignore files start to count for a folder: its repository's top, else the working folder, else itself. */
  private topFor(folder: string): string {
    const known = this.tops.get(folder)
    if (known) return known
    let top: string | undefined
    for (let current = folder; ; current = dirname(current)) {
      if (exists(join(current, '.git'))) {
        top = current
        break
      }
      if (dirname(current) === current) break
    }
    top ??= isInside(folder, this.options.cwd) || folder === this.options.cwd ? this.options.cwd : folder
    this.tops.set(folder, top)
    return top
  }

  private rulesIn(folder: string): Ignore | undefined {
    if (this.perFolder.has(folder)) return this.perFolder.get(folder)
    let rules: Ignore | undefined
    for (const name of ignoreFileNames) {
      const path = join(folder, name)
      const read = readSmallTextFile(path, ignoreFile)
      if ('missing' in read) continue
      if ('problem' in read) {
        this.refused.push(`${toPosix(relative(this.options.cwd, path)) || path}: ${read.problem}`)
        continue
      }
      rules ??= ignore()
      rules.add(read.text)
    }
    this.perFolder.set(folder, rules)
    return rules
  }
}

function describeStatError(path: string, error: NodeJS.ErrnoException | undefined): string {
  switch (error?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return isSymbolicLink(path) ? 'is a symbolic link to a file that does not exist.' : 'no such file or folder; check the path.'
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied.'
    case 'ELOOP':
      return 'is a symbolic link that loops back on itself.'
    case 'ENAMETOOLONG':
      return 'the path is too long.'
    default:
      return `cannot be read (${error?.code ?? 'unknown error'}).`
  }
}

export function extensionOf(file: string): string {
  const match = /\.([^./\\]+)$/.exec(file)
  return match ? match[1].toLowerCase() : ''
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path)
  return fromFolder !== '' && !fromFolder.startsWith('..') && !fromFolder.startsWith(sep) && !/^[a-zA-Z]:/.test(fromFolder)
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

function exists(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

/** Code-point order, the same on every machine (`localeCompare` depends on the locale). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
