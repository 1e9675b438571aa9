// The project files the editor changes for the reporter: `.attributionlint-accepted.json` ("Accept
// this finding", and undo from the Sourcing view) and the configuration's `namedSources` ("Treat
// “X” as a named source"). Both live where the draft's configuration was found, or, with none, at
// the root of the workspace folder that holds the draft, where the CLI finds them too. A file the
// reporter broke by hand is never overwritten: the change is refused with what to fix.

import {existsSync, writeFileSync} from 'node:fs'
import {dirname, join, sep} from 'node:path'
import {acceptedFileName, configFileNames, formatAccepted, packageField, readAcceptedFile, type LoadedConfiguration} from '../config/index.ts'
import {parseJson} from '../config/json.ts'
import {readSmallTextFile} from '../config/read.ts'
import {normaliseSentence, type AcceptedEntry} from '../engine/index.ts'
import type {ProjectFileResult} from './protocol.ts'

export interface ProjectContext {
  /** The draft on disk; an untitled draft has none. */
  draftPath: string | undefined
  loaded: LoadedConfiguration | undefined
  /** The workspace folders, as paths. */
  folders: readonly string[]
}

/** Where the project's files go: the configuration's folder, else the workspace folder holding the draft. */
export function projectFolder(context: ProjectContext): string | undefined {
  if (context.loaded?.folder && context.loaded.files.length > 0) return context.loaded.folder
  const {draftPath} = context
  const holding = draftPath ? context.folders.filter((folder) => draftPath.startsWith(folder.endsWith(sep) ? folder : folder + sep)).sort((a, b) => b.length - a.length)[0] : undefined
  return holding ?? (draftPath ? dirname(draftPath) : context.folders[0])
}

const sameEntry = (rule: string, sentence: string) => {
  const key = normaliseSentence(sentence)
  return (item: unknown) => {
    const record = item as Partial<AcceptedEntry> | null
    return typeof record === 'object' && record !== null && record.rule === rule && typeof record.sentence === 'string' && normaliseSentence(record.sentence) === key
  }
}

/** Adds (or, for the same rule and sentence, replaces) an entry. */
export function acceptFinding(context: ProjectContext, entry: AcceptedEntry): ProjectFileResult {
  return changeAccepted(context, (raw) => {
    const same = sameEntry(entry.rule, entry.sentence)
    return [...raw.filter((item) => !same(item)), entry]
  })
}

export function unacceptFinding(context: ProjectContext, rule: string, sentence: string): ProjectFileResult {
  const same = sameEntry(rule, sentence)
  return changeAccepted(context, (raw) => raw.filter((item) => !same(item)))
}

function changeAccepted(context: ProjectContext, change: (raw: unknown[]) => unknown[]): ProjectFileResult {
  const folder = projectFolder(context)
  if (!folder) return {error: 'This draft is not saved in a folder, so there is no project file to accept findings in. Save it first.'}
  const file = join(folder, acceptedFileName)
  const current = readAcceptedFile(file)
  if (current.found && !current.raw) return {error: `${current.problems[0]?.message ?? file} Fix the file first: it is not changed while it cannot be read.`}
  try {
    writeFileSync(file, formatAccepted(change(current.raw ?? [])))
  } catch (error) {
    return {error: `${file} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`}
  }
  return {file}
}

/** Adds `name` to `words.namedSources` of the draft's configuration file, or of a new `.attributionlintrc.json`. */
export function treatAsNamed(context: ProjectContext, name: string): ProjectFileResult {
  const folder = projectFolder(context)
  const configFile = context.loaded?.files.find((file) => !file.endsWith(acceptedFileName))
  const file = configFile ?? (folder ? join(folder, configFileNames[0]) : undefined)
  if (!file) return {error: 'This draft is not saved in a folder, so there is no configuration to add the source to. Save it first.'}
  const isPackage = file.endsWith('package.json')
  let value: Record<string, unknown> = {}
  let indent = '  '
  if (existsSync(file)) {
    const read = readSmallTextFile(file)
    if (!('text' in read)) return {error: `${file} could not be read, so the source was not added.`}
    const parsed = parseJson(read.text)
    if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      return {error: `${file} is not a JSON object${parsed.ok ? '' : ` (line ${parsed.line}, column ${parsed.column}: ${parsed.reason})`}; fix it first: it is not changed while it cannot be read.`}
    }
    value = parsed.value as Record<string, unknown>
    indent = /^([ \t]+)"/m.exec(read.text)?.[1] ?? indent
  }
  const configuration = isPackage ? ((value[packageField] ??= {}) as Record<string, unknown>) : value
  const words = (configuration.words ??= {}) as Record<string, unknown>
  const named = Array.isArray(words.namedSources) ? (words.namedSources as unknown[]) : []
  if (!named.some((entry) => typeof entry === 'string' && entry.toLowerCase() === name.toLowerCase())) named.push(name)
  words.namedSources = named
  try {
    writeFileSync(file, JSON.stringify(value, null, indent) + '\n')
  } catch (error) {
    return {error: `${file} could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)}).`}
  }
  return {file}
}
