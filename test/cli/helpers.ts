// Helpers for the CLI tests: run the built `attribution-lint` as a real process in a temporary
// folder, and write drafts there. `npm test` builds first; run alone, a test rebuilds when the CLI's
// sources are newer than the bundle.

import {spawnSync, execFileSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const root = fileURLToPath(new URL('../../', import.meta.url))
export const cliPath = join(root, 'server/out/cli.js')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface CliOptions {
  cwd: string
  input?: string | Buffer
  env?: Record<string, string | undefined>
  /** Run as this user (only root may): to test files the user cannot read. */
  uid?: number
}

/**
 * Runs `node server/out/cli.js ...args` and waits for it; colour is off unless a test turns it on.
 * The timeout only turns a hang into a failure, far above any run on a busy machine.
 */
export function cli(args: string[], options: CliOptions): CliRun {
  ensureBuilt()
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ATTRIBUTION_LINT_DEBUG: undefined, ...options.env}
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  const result = spawnSync(process.execPath, [cliPath, ...args], {cwd: options.cwd, input: options.input ?? '', env: env as NodeJS.ProcessEnv, encoding: 'utf8', timeout: 180_000, uid: options.uid, gid: options.uid})
  if (result.error) throw result.error
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** nobody's id: as root, the tests run the CLI as an ordinary user to meet a file it may not read. */
export const nobody = 65534

/** Can the CLI run as `nobody` here (we are root, and the checkout is readable by others)? */
export function canRunAsNobody(): boolean {
  if (process.getuid?.() !== 0) return false
  ensureBuilt()
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(cliPath)}, require('fs').constants.R_OK)`], {uid: nobody, gid: nobody})
  return probe.status === 0
}

/** A fresh folder under the system's temporary folder, with `files` written into it. */
export function tempProject(files: Record<string, string | Buffer> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'attribution-lint-cli-'))
  writeFiles(folder, files)
  return folder
}

export function writeFiles(folder: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, content)
  }
}

export function removeProject(folder: string): void {
  // Tests may leave a file without permissions; give them back so the folder can go.
  try {
    chmodTree(folder)
  } catch {
    // Best effort.
  }
  rmSync(folder, {recursive: true, force: true})
}

function chmodTree(folder: string): void {
  chmodSync(folder, 0o755)
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) chmodTree(path)
    else if (entry.isFile()) chmodSync(path, 0o644)
  }
}

/** The stderr lines of a run, without empty ones. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '')
}

/** ESLint-style JSON results, keyed by file name relative to `folder`. */
export interface JsonResult {
  filePath: string
  messages: Array<{ruleId: string; severity: number; severityName?: string; message: string; line: number; column: number; endLine: number; endColumn: number}>
  errorCount: number
  warningCount: number
  infoCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  output?: string
}

export function parseJsonResults(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[]
}

// Drafts with known findings, one kind each.
export const drafts = {
  /** No finding at all. */
  clean: 'The council met on Tuesday.\n',
  /** One warning: unattributed-claim on "plans to". */
  warning: 'The council plans to cut the library budget.\n',
  /** One error: dangling-evidence, a footnote with no definition. */
  error: 'Mayor Lena Dorsey said the cut was final.[^1]\n',
  /** One information: loaded-attribution-verb on "claimed" (fix: "said"). */
  info: 'Mayor Lena Dorsey claimed the budget was balanced.\n'
}

const watchedSources = ['server/src/cli', 'server/src/engine', 'server/src/config', 'data'].map((folder) => join(root, folder))

function newestSource(folder: string): number {
  let newest = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

let built = false

function isFresh(): boolean {
  const bundle = statSync(cliPath, {throwIfNoEntry: false})
  if (!bundle) return false
  return watchedSources.every((folder) => statSync(folder, {throwIfNoEntry: false}) === undefined || newestSource(folder) <= bundle.mtimeMs)
}

/** Builds the bundle when it is missing or older than its sources; one test process at a time. */
export function ensureBuilt(): void {
  if (built) return
  if (!isFresh()) {
    const lock = join(tmpdir(), 'attribution-lint-test-build.lock')
    const started = Date.now()
    for (;;) {
      try {
        mkdirSync(lock)
        break
      } catch {
        if (isFresh()) {
          built = true
          return
        }
        // A lock left by a killed run would wait forever.
        if (Date.now() - started > 60_000) rmSync(lock, {recursive: true, force: true})
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
      }
    }
    try {
      if (!isFresh()) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], {cwd: root, stdio: 'inherit'})
    } finally {
      rmdirSync(lock)
    }
  }
  built = true
}

