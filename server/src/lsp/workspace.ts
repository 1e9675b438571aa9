// The drafts of the workspace folders, for "check all drafts": every Markdown, text and .draft file
// that `.gitignore` and `.attributionlintignore` (in its folder or any folder above it, up to the
// workspace folder) do not leave out. Folders that are ignored are not entered at all. Like the
// CLI, it skips `node_modules` and names that start with a dot.

import type {Dirent} from 'node:fs'
import {readFile, readdir} from 'node:fs/promises'
import {join, relative, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'

export const ignoreFileNames = ['.gitignore', '.attributionlintignore'] as const

const draftExtension = /\.(md|markdown|mdown|txt|text|draft)$/i

interface Matcher {
  folder: string
  rules: Ignore
}

export async function workspaceDrafts(folders: readonly string[]): Promise<{files: string[]; ignored: number}> {
  const files: string[] = []
  const counts = {ignored: 0}
  for (const folder of folders) await walk(folder, [], files, counts)
  return {files: [...new Set(files)].sort(), ignored: counts.ignored}
}

async function walk(folder: string, inherited: Matcher[], files: string[], counts: {ignored: number}): Promise<void> {
  let entries: Dirent[]
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch {
    return
  }
  const matchers = [...inherited]
  for (const name of ignoreFileNames) {
    if (!entries.some((entry) => entry.name === name && entry.isFile())) continue
    const text = await readFile(join(folder, name), 'utf8').catch(() => '')
    matchers.push({folder, rules: ignore().add(text)})
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) {
      if (isIgnored(path, true, matchers)) counts.ignored++
      else await walk(path, matchers, files, counts)
    } else if (entry.isFile() && draftExtension.test(entry.name)) {
      if (isIgnored(path, false, matchers)) counts.ignored++
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
