// Finds the configuration for a draft: the nearest folder, from the draft's own upward to the
// filesystem root, that has a config file. The CLI and the language server both call this, so they
// read the same file (as remark's CLI and server share `rcName`).
//
// The accepted findings (`.attributionlint-accepted.json`) sit next to the configuration: the same
// folder's file is read with it. A folder with only an accepted file ends the search too, so a
// project with no configuration file can still accept findings at its root.
//
// No cascading: the nearest configuration is used alone, and files further up are not read or
// merged under it. A newsroom that wants shared settings copies them into each project. (If
// cascading is ever wanted, it belongs here: merge the layers found on the way up, nearest last.)

import {dirname, join, resolve} from 'node:path'
import type {Configuration, Problem} from '../engine/types.ts'
import {acceptedFileName, readAcceptedFile} from './accepted.ts'
import {mergeConfigurations} from './merge.ts'
import {configFileNames, packageFileName} from './names.ts'
import {readCandidate, readConfigurationFile} from './read.ts'

export interface LoadedConfiguration {
  configuration: Configuration
  /** The config file the configuration came from (none when only defaults apply), and the accepted findings' file if there is one. */
  files: string[]
  /** The folder the configuration was found in: where accepted findings are written. */
  folder?: string
  /** What was wrong with that file; the configuration then holds whatever was usable, or defaults. */
  problems: Problem[]
}

export interface ConfigurationOptions {
  /** Use this file and search no further (`--config`). Relative paths are from the working folder. */
  configFile?: string
  /** Do not search for a config file: defaults only, unless `configFile` names one (`--no-config`). */
  noConfig?: boolean
  /**
   * Remembers what each folder resolved to, so the drafts of one folder share one read. The owner
   * empties it when a config file changes (the server, on watched-file events).
   */
  cache?: Map<string, unknown>
}

// Cached entries are instances of this class, so a cache shared with other code is never misread.
class CachedLookup {
  constructor(readonly loaded: LoadedConfiguration) {}
}

const folderKey = (folder: string) => `attribution-lint:config-for-folder:${folder}`
const fileKey = (file: string) => `attribution-lint:config-file:${file}`

/** The configuration for a draft: the nearest config file found from the draft's folder upward (stopping at the filesystem root), merged over defaults. */
export function configurationFor(draftPath: string, options: ConfigurationOptions = {}): LoadedConfiguration {
  const {configFile, noConfig, cache} = options
  if (configFile !== undefined) {
    const file = resolve(configFile)
    return copy(remember(cache, fileKey(file), () => fromFile(file)))
  }
  if (noConfig) return {configuration: mergeConfigurations(), files: [], problems: []}
  // `draftPath` names a file, saved or not; a caller with only a folder can pass `folder/untitled`.
  return copy(search(dirname(resolve(draftPath)), cache))
}

function fromFile(file: string): LoadedConfiguration {
  const {value, problems} = readConfigurationFile(file)
  return withAccepted({configuration: mergeConfigurations(value), files: [file], problems}, dirname(file))
}

/** Adds the folder's accepted findings, if it has the file. */
function withAccepted(loaded: LoadedConfiguration, folder: string): LoadedConfiguration {
  const accepted = readAcceptedFile(join(folder, acceptedFileName))
  if (!accepted.found) return {...loaded, folder}
  return {
    configuration: {...loaded.configuration, accepted: accepted.entries},
    files: [...loaded.files, join(folder, acceptedFileName)],
    folder,
    problems: [...loaded.problems, ...accepted.problems]
  }
}

function search(start: string, cache: Map<string, unknown> | undefined): LoadedConfiguration {
  const visited: string[] = []
  let loaded: LoadedConfiguration | undefined
  for (let folder = start; ; folder = dirname(folder)) {
    const hit = cache?.get(folderKey(folder))
    if (hit instanceof CachedLookup) {
      loaded = hit.loaded
      break
    }
    visited.push(folder)
    loaded = findInFolder(folder)
    if (loaded || dirname(folder) === folder) break
  }
  loaded ??= {configuration: mergeConfigurations(), files: [], problems: []}
  // Every folder on the way up resolves to the same answer, so a sibling folder stops early.
  for (const folder of visited) cache?.set(folderKey(folder), new CachedLookup(loaded))
  return loaded
}

/** The configuration this folder holds, if it holds one; the first file kind present wins. */
function findInFolder(folder: string): LoadedConfiguration | undefined {
  for (const name of [...configFileNames, packageFileName]) {
    const file = join(folder, name)
    const candidate = readCandidate(file)
    if (!candidate.found) continue
    // An unreadable or broken file still wins over files further up: falling through to a parent's
    // settings would lint with rules the user did not choose for this project, silently.
    return withAccepted({configuration: mergeConfigurations(candidate.value), files: [file], problems: candidate.problems}, folder)
  }
  const accepted = withAccepted({configuration: mergeConfigurations(), files: [], problems: []}, folder)
  return accepted.files.length > 0 ? accepted : undefined
}

function remember(cache: Map<string, unknown> | undefined, key: string, load: () => LoadedConfiguration): LoadedConfiguration {
  const hit = cache?.get(key)
  if (hit instanceof CachedLookup) return hit.loaded
  const loaded = load()
  cache?.set(key, new CachedLookup(loaded))
  return loaded
}

// Callers get their own copy: a cached answer must not change because one caller edited its result.
function copy(loaded: LoadedConfiguration): LoadedConfiguration {
  return {configuration: mergeConfigurations(loaded.configuration), files: [...loaded.files], folder: loaded.folder, problems: loaded.problems.map((problem) => ({...problem}))}
}
