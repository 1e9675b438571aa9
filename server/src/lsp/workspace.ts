// The drafts of the workspace folders, for "check all drafts": every Markdown, text and .draft file
// that `.gitignore` and `.attributionlintignore` (in its folder or any folder above it, up to the
// workspace folder) do not leave out. Folders that are ignored are not entered at all. Like the
// CLI, it skips `node_modules` and names that start with a dot.

import type {Dirent} from 'node:fs'
import {readdir} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {ignoreFile, readSmallTextFile} from '../config/read.ts'

export const ignoreFileNames = ['.gitignore', '.attributionlintignore'] as const

const draftExtension = /\.(md|markdown|mdown|txt|text|draft)$/i

interface Matcher {
  folder: string
  rules: Ignore
}

interface Found {
  files: string[]
  ignored: number
  /** One line for each ignore file that was not read (a pipe, a device, a link to one, too large). */
  refused: string[]
}

/** `cancelled` is asked between folders: a large workspace can take a while to walk. */
export async function workspaceDrafts(folders: readonly string[], cancelled: () => boolean = () => false): Promise<Found> {
  const found: Found = {files: [], ignored: 0, refused: []}
  for (const folder of folders) await walk(folder, [], found, cancelled)
  return {...found, files: [...new Set(found.files)].sort()}
}

async function walk(folder: string, inherited: Matcher[], found: Found, cancelled: () => boolean): Promise<void> {
  if (cancelled()) return
  const {files} = found
  let entries: Dirent[]
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch {
    return
  }
  const matchers = [...inherited]
  for (const name of ignoreFileNames) {
    if (!entries.some((entry) => entry.name === name)) continue
    // Read as the configuration is: a pipe or a link to /dev/zero named .gitignore must not hang
    // or fill the server.
    const read = readSmallTextFile(join(folder, name), ignoreFile)
    if ('problem' in read) found.refused.push(`${join(folder, name)}: ${read.problem}`)
    if ('text' in read) matchers.push({folder, rules: ignore().add(read.text)})
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (isIgnored(path, true, matchers)) found.ignored++
      else await walk(path, matchers, found, cancelled)
    } else if (entry.isFile() && draftExtension.test(entry.name)) {
      if (isIgnored(path, false, matchers)) found.ignored++
      else files.push(path)
    }
  }
}

function isIgnored(path: string, directory: boolean, matchers: Matcher[]): boolean {
  return matchers.some(({folder, rules}) => {
    const relativePath = relative(folder, path).split(sep).join('/')
    return rules.ignores(directory ? `${relativePath}/` : relativePath)
  })
}
