// Where the report goes (standard output or `--output-file`), whether it is coloured, and the
// problem lines of a run.

import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import type {CliOptions} from './args.ts'

export interface Io {
  cwd: string
  env: Record<string, string | undefined>
  stdout: {write(text: string): unknown; isTTY?: boolean}
  stderr: {write(text: string): unknown}
  /** Standard input, up to a little past `limit` bytes (more means too large). */
  readStdin(limit: number): Promise<Buffer>
  /** The running bundle, which worker threads start. */
  script?: string
}

/** Problem lines of a run, in the order found, each said once and on one line. */
export class ProblemList {
  readonly lines: string[] = []
  private readonly seen = new Set<string>()

  add(line: string): void {
    const flat = line.replace(/\s*[\r\n]+\s*/g, ' ').trim()
    if (this.seen.has(flat)) return
    this.seen.add(flat)
    this.lines.push(flat)
  }
}

/** Colour on a terminal only; `--color`/`--no-color` decide, then NO_COLOR, then FORCE_COLOR. */
export function useColor(options: CliOptions, io: Io): boolean {
  if (options.color !== undefined) return options.color
  if (options.outputFile !== undefined) return false
  // https://no-color.org: present and not empty turns colour off.
  if (io.env.NO_COLOR) return false
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true
  return io.stdout.isTTY === true
}

/** Writes the report to `--output-file` (creating its folder) or to standard output. */
export function emit(text: string, options: CliOptions, io: Io, problems: ProblemList): void {
  if (options.outputFile === undefined) {
    io.stdout.write(text)
    return
  }
  const target = resolve(io.cwd, options.outputFile)
  try {
    makeFolders(dirname(target))
    writeFileSync(target, text)
  } catch (error) {
    // The report is not lost: it goes to standard output instead.
    problems.add(`--output-file ${options.outputFile}: the report cannot be written there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); it is on standard output instead.`)
    io.stdout.write(text)
  }
}

/**
 * Creates a folder and the missing folders above it, top down, one at a time: Node's recursive
 * mkdir never returns for a path under /proc (it retries the parent forever), and a folder that
 * cannot be made should fail at once with its own error.
 */
function makeFolders(folder: string): void {
  const missing: string[] = []
  for (let current = folder; !existsSync(current) && dirname(current) !== current; current = dirname(current)) missing.unshift(current)
  for (const path of missing) mkdirSync(path)
}
