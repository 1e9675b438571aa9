// One run of the command: arguments, configuration, files, lint, fixes, report, exit code. A usage
// mistake stops the run before anything is linted; every other problem with the user's input becomes
// one line on stderr and exit code 2, after every draft that could be read has been linted and reported.

import {realpathSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import pc from 'picocolors'
import {formatOf} from '../engine/index.ts'
import {parseArguments, type CliOptions} from './args.ts'
import {collectFiles, isIgnored, toPosix} from './collect.ts'
import {CliConfiguration, describeConfigProblem, resolvedConfiguration} from './configuration.ts'
import {formatters, sourcesFormatter, type FileReport} from './formatters/index.ts'
import {visible} from './formatters/visible.ts'
import {helpText, ruleList, version} from './help.ts'
import {lintDraft} from './lint-draft.ts'
import {lintFile, type FileJob, type FileOutcome} from './lint-file.ts'
import {emit, ProblemList, useColor, type Io} from './output.ts'
import {decodeDraft, formatSize} from './read.ts'
import {lintInWorkers, threadCount} from './workers.ts'
import {writeDraftAtomically} from './write.ts'

export type {Io} from './output.ts'

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const {options, problems: usage} = parseArguments(argv)
  if (usage.length > 0) {
    for (const line of usage) io.stderr.write(`attribution-lint: ${visible(line)}\n`)
    return 2
  }
  const problems = new ProblemList()
  const notes: string[] = []
  const color = useColor(options, io)
  const finish = (code: number) => {
    for (const note of notes) io.stderr.write(`attribution-lint: ${visible(note)}\n`)
    for (const line of problems.lines) io.stderr.write(`attribution-lint: ${visible(line)}\n`)
    return problems.lines.length > 0 ? 2 : code
  }

  if (options.help) {
    io.stdout.write(helpText())
    return 0
  }
  if (options.version) {
    io.stdout.write(`${version}\n`)
    return 0
  }
  if (options.listRules) {
    io.stdout.write(ruleList(pc.createColors(color).dim))
    return finish(0)
  }

  checkCombinations(options, problems)
  const display = (path: string) => toPosix(relative(io.cwd, path)) || '.'
  const configuration = new CliConfiguration(options, io.cwd, (problem) => problems.add(describeConfigProblem(problem, display)))

  if (options.printConfig !== undefined) {
    const resolved = resolvedConfiguration(configuration.for(resolve(io.cwd, options.printConfig)))
    emit(JSON.stringify(resolved, null, 2) + '\n', options, io, problems)
    return finish(0)
  }

  const lintRun: LintRun = {options, io, configuration, problems, notes, display, reports: []}
  if (options.stdin) await lintStdin(lintRun)
  else await lintFiles(lintRun)
  const {reports} = lintRun

  const count = (severity: string) => reports.reduce((total, report) => total + report.findings.filter((finding) => finding.severity === severity).length, 0)
  // Counted before --quiet: a build with too many warnings fails even when they are not shown.
  const errors = count('error')
  const warnings = count('warning')
  if (options.quiet) {
    for (const report of reports) {
      report.findings = report.findings.filter((finding) => finding.severity === 'error')
      report.suppressed = report.suppressed?.filter((finding) => finding.severity === 'error')
      report.accepted = report.accepted?.filter((finding) => finding.severity === 'error')
    }
  }

  const context = {cwd: io.cwd, color, version, problems: problems.lines}
  if (options.report === 'sources') {
    const formatter = sourcesFormatter(options.format) ?? sourcesFormatter('stylish')!
    emit(formatter(reports, context), options, io, problems)
    // An audit, not a gate: only bad input fails it.
    return finish(0)
  }
  // With --fix-dry-run the report is still the report: the fixed text is the JSON results' `output`.
  emit(formatters[options.format](reports, context), options, io, problems)

  if (errors > 0) return finish(1)
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`attribution-lint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings} allows.\n`)
    return finish(1)
  }
  return finish(0)
}

interface LintRun {
  options: CliOptions
  io: Io
  configuration: CliConfiguration
  problems: ProblemList
  /** Files skipped on purpose (ignored): said on stderr, not errors. */
  notes: string[]
  display: (path: string) => string
  /** One per draft linted, in command-line order. */
  reports: FileReport[]
}

/** `--fix-dry-run`, or `--fix` where nothing can be saved (standard input): compute fixes, write nothing. */
function isDryRun(options: CliOptions): boolean {
  return options.fixDryRun || (options.fix && options.stdin)
}

/** Lints the drafts the command line names. */
async function lintFiles({options, io, configuration, problems, notes, display, reports}: LintRun): Promise<void> {
  const collected = collectFiles(options.patterns, collectOptions(options, io))
  for (const line of collected.problems) problems.add(line)
  notes.push(...collected.notes)
  if (options.errorOnUnmatchedPattern) {
    for (const line of collected.unmatched) problems.add(line)
    // A CI step that lints nothing (a moved folder, a wrong --ext) must not pass as clean.
    if (collected.files.length === 0) {
      const searched = options.patterns.length > 0 ? options.patterns.join(' ') : '.'
      problems.add(`No drafts found in ${searched} (.${options.extensions.join(', .')} files that are not ignored); check the paths, or add --no-error-on-unmatched-pattern to let an empty run pass.`)
    }
  }
  const fixing = options.fix || options.fixDryRun
  const jobs: FileJob[] = collected.files.map((path) => ({
    path,
    configuration: configuration.for(path),
    fix: fixing,
    errorsOnly: options.quiet,
    summary: options.report === 'sources' || options.format === 'markdown',
    keepSuppressed: options.format === 'sarif',
    keepText: options.format === 'rdjsonl',
    maxFileSize: options.maxFileSize
  }))

  const threads = io.script ? threadCount(jobs.length, options.concurrency) : 1
  const started = performance.now()
  const outcomes: FileOutcome[] = threads > 1 ? await lintInWorkers(jobs, threads, io.script!) : jobs.map(lintFile)
  if (io.env.ATTRIBUTION_LINT_DEBUG) io.stderr.write(`attribution-lint: linted ${jobs.length} files on ${threads} thread${threads === 1 ? '' : 's'} in ${Math.round(performance.now() - started)} ms\n`)

  const writing = options.fix && !isDryRun(options)
  const within = writing ? foldersLinted(options.patterns, io.cwd) : []
  const stopWriting = writing ? stopOnSignal() : undefined
  for (const [index, outcome] of outcomes.entries()) {
    // Between two drafts, Ctrl-C or a CI runner's SIGTERM stops the run; a draft is never left half
    // written (each is written whole, then renamed), and no temporary file is left behind.
    if (stopWriting && (await stopWriting.between())) break
    const path = jobs[index].path
    if (!outcome.ok) {
      problems.add(`${display(path)}: ${outcome.problem}`)
      continue
    }
    for (const problem of outcome.problems) problems.add(describeConfigProblem(problem, display))
    // The one place a draft is ever written.
    if (outcome.output !== undefined && options.fix && !isDryRun(options)) {
      const failure = writeDraftAtomically(path, outcome.output, outcome, within)
      if (failure) problems.add(`${display(path)}: ${failure}`)
    }
    reports.push({filePath: path, path: display(path), findings: outcome.findings, suppressed: outcome.suppressed, accepted: outcome.accepted, text: outcome.text, output: fixing ? outcome.output : undefined, summary: outcome.summary, attributions: outcome.attributions})
  }
  stopWriting?.dispose()
}

/** The real paths of the folders a run lints: each folder named, a named file's folder, the working folder for a glob. */
function foldersLinted(patterns: readonly string[], cwd: string): string[] {
  return (patterns.length > 0 ? patterns : ['.']).map((pattern) => {
    const absolute = resolve(cwd, pattern)
    try {
      return realpathSync(statSync(absolute).isDirectory() ? absolute : dirname(absolute))
    } catch {
      return realpathOrSelf(cwd)
    }
  })
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/**
 * While fixes are written: SIGINT and SIGTERM stop the run between two drafts, with the usual exit
 * code (130, 143). Without a handler they would end the process in the middle of a write.
 */
function stopOnSignal(): {between: () => Promise<boolean>; dispose: () => void} {
  let received: NodeJS.Signals | undefined
  const onSignal = (signal: NodeJS.Signals) => (received = signal)
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    between: async () => {
      await new Promise((resolve) => setImmediate(resolve))
      if (received) process.exit(received === 'SIGINT' ? 130 : 143)
      return false
    },
    dispose: () => {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  }
}

function collectOptions(options: CliOptions, io: Io) {
  return {cwd: io.cwd, extensions: options.extensions, ignorePatterns: options.ignorePatterns, ignore: options.ignore}
}

/** Lints standard input as `--stdin-filename` (or `<stdin>`). */
async function lintStdin({options, io, configuration, problems, notes, display, reports}: LintRun): Promise<void> {
  const name = options.stdinFilename
  const path = name !== undefined ? resolve(io.cwd, name) : undefined
  const shown = path !== undefined ? display(path) : '<stdin>'
  // An editor or hook pipes every buffer; the newsroom's ignore files decide as they do for files.
  if (path !== undefined && options.ignore && isIgnored(path, collectOptions(options, io))) {
    notes.push(`${shown}: file ignored, an ignore file or --ignore-pattern ignores it (--no-ignore lints it).`)
    return
  }
  let bytes: Buffer
  try {
    bytes = await io.readStdin(options.maxFileSize)
  } catch (error) {
    problems.add(`standard input cannot be read (${(error as Error).message}).`)
    return
  }
  if (bytes.length > options.maxFileSize) {
    problems.add(`${shown}: standard input is over the ${formatSize(options.maxFileSize)} limit for a draft; raise it with --max-file-size if this really is one.`)
    return
  }
  const decoded = decodeDraft(bytes)
  if (!decoded.ok) {
    problems.add(`${shown}: standard input ${decoded.problem}`)
    return
  }
  const fixing = options.fix || options.fixDryRun
  const outcome = lintDraft({
    text: decoded.text,
    path,
    format: formatOf(name) ?? 'markdown',
    // A draft not saved yet is configured like one saved in the working folder.
    configuration: configuration.for(path ?? join(io.cwd, '<stdin>')),
    fix: fixing,
    errorsOnly: options.quiet,
    summary: options.report === 'sources' || options.format === 'markdown',
    keepSuppressed: options.format === 'sarif',
    keepText: options.format === 'rdjsonl'
  })
  for (const problem of outcome.problems) problems.add(describeConfigProblem(problem, display))
  reports.push({filePath: path ?? '<stdin>', path: shown, findings: outcome.findings, suppressed: outcome.suppressed, accepted: outcome.accepted, text: outcome.text, output: fixing ? outcome.output : undefined, summary: outcome.summary, attributions: outcome.attributions})
}

function checkCombinations(options: CliOptions, problems: ProblemList): void {
  if (options.fix && options.fixDryRun) problems.add('--fix and --fix-dry-run together: nothing is written (dry run).')
  if (options.fix && options.stdin) problems.add('--fix cannot save standard input; use --fix-dry-run --format json, whose "output" is the fixed draft.')
  if (options.stdin && options.patterns.length > 0) problems.add(`with --stdin the draft comes from standard input; the paths given (${options.patterns.join(' ')}) are not linted.`)
  if (!options.stdin && options.stdinFilename !== undefined) problems.add('--stdin-filename names standard input: add --stdin.')
  if (options.configFile !== undefined && options.noConfig) problems.add('--config and --no-config together: the --config file is used.')
  if (options.report && options.format !== 'json' && options.format !== 'stylish' && options.format !== 'compact') {
    problems.add(`--report sources prints a table, or JSON with --format json; --format ${options.format} does not apply to it.`)
  }
}
