// Reads one configuration file: `.attributionlintrc.json`, `.attributionlintrc` or the
// `attributionLint` key of a `package.json`. JSON only, never executed. A file that cannot be read
// is a problem, not a crash.

import {closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs'
import {basename} from 'node:path'
import type {Configuration, Problem} from '../engine/types.ts'
import {parseJson} from './json.ts'
import {packageField, packageFileName} from './names.ts'
import {validateConfiguration} from './validate.ts'

/** What one candidate path held: nothing that configures us, or a configuration (maybe unusable). */
export type Candidate = {found: false; why: 'missing' | 'no-field'} | {found: true; value?: Partial<Configuration>; problems: Problem[]}

// A configuration is a few hundred bytes; anything near this is not one.
const maxBytes = 1024 * 1024

export function readConfigurationFile(path: string): {value?: Partial<Configuration>; problems: Problem[]} {
  const candidate = readCandidate(path)
  if (candidate.found) return {value: candidate.value, problems: candidate.problems}
  const message =
    candidate.why === 'missing'
      ? `${path}: there is no configuration file here; check the path.`
      : `${path}: has no "${packageField}" key; add one, or use a .attributionlintrc.json file.`
  return {problems: [{message, file: path}]}
}

export function readCandidate(path: string): Candidate {
  const read = readSmallTextFile(path)
  if ('missing' in read) return {found: false, why: 'missing'}
  if ('problem' in read) return {found: true, problems: [{message: `${path}: ${read.problem}`, file: path}]}

  const isPackage = basename(path) === packageFileName
  // A file just created in the editor is empty for a moment: no settings yet, nothing wrong.
  if (!isPackage && read.text.trim() === '') return {found: true, value: {}, problems: []}

  const parsed = parseJson(read.text)
  if (!parsed.ok) {
    // A broken package.json that never mentions us is someone else's file: look further up.
    if (isPackage && !read.text.includes(`"${packageField}"`)) return {found: false, why: 'no-field'}
    const message = `${path}:${parsed.line}:${parsed.column}: this is not valid JSON (${parsed.reason}); fix it, the defaults are used until then.`
    return {found: true, problems: [{message, file: path, line: parsed.line, column: parsed.column}]}
  }

  let value = parsed.value
  let origin = path
  if (isPackage) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, packageField)) return {found: false, why: 'no-field'}
    value = (value as Record<string, unknown>)[packageField]
    origin = `${path} ("${packageField}")`
  }
  const validated = validateConfiguration(value, origin)
  return {found: true, value: validated.value, problems: validated.problems.map((problem) => ({...problem, file: path}))}
}

export type TextRead = {text: string} | {missing: true} | {problem: string}

/** What a small file is for, in the messages about it. */
export interface SmallFileKind {
  /** "a configuration", "an ignore file" */
  noun: string
  /** What a user should put there instead of a device or pipe. */
  replacement: string
  /** What happens when it cannot be read. */
  fallback: string
}

const configurationFile: SmallFileKind = {noun: 'a configuration', replacement: 'a JSON file', fallback: 'The defaults are used.'}
/** `.gitignore` and `.attributionlintignore`, read by the CLI and the server alike. */
export const ignoreFile: SmallFileKind = {noun: 'an ignore file', replacement: 'a text file of patterns', fallback: 'What it lists is not ignored.'}

/**
 * Reads a regular file of reasonable size. A checked-out folder can hold a symlink named
 * `.attributionlintrc.json` or `.gitignore` that points at `/dev/zero` or a pipe: opening it
 * non-blocking and checking what it is first keeps that from hanging or filling memory.
 */
export function readSmallTextFile(path: string, kind: SmallFileKind = configurationFile): TextRead {
  let descriptor: number | undefined
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
    const stat = fstatSync(descriptor)
    // A folder that happens to have a config file's name is not one.
    if (stat.isDirectory()) return {missing: true}
    if (!stat.isFile()) return {problem: `this is not a regular file (a device, pipe or socket), so it was not read; replace it with ${kind.replacement}.`}
    if (stat.size > maxBytes) return {problem: `this file is ${Math.round(stat.size / 1024)} KiB, too large to be ${kind.noun}, so it was not read; check that it is the right file.`}
    return {text: readFileSync(descriptor, 'utf8')}
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return {missing: true}
    const why = code ?? (error instanceof Error ? error.message : String(error))
    return {problem: `this file could not be read (${why}); check that it exists and that you may read it. ${kind.fallback}`}
  } finally {
    if (descriptor !== undefined) {
      try {
        closeSync(descriptor)
      } catch {
        // Nothing to do: the file was read or the problem reported already.
      }
    }
  }
}
