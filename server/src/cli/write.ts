// Writes a fixed draft back (`--fix`): a temporary file beside it, renamed over it, so a crash or a
// full disk never leaves half a story. The new file keeps the old one's mode, owner and group; a
// draft whose owner or group the new file could not keep, a read-only draft, and a draft that is a
// link to somewhere outside the folders being linted are not written. Line endings and the
// byte-order mark are in the text already, untouched by the fixes.

import {accessSync, chmodSync, chownSync, closeSync, constants, fsyncSync, openSync, readdirSync, realpathSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {basename, dirname, join, relative, sep} from 'node:path'

/** `.story.md.attribution-lint-<pid>-<time>.tmp`: the temporary file of a fix, beside its draft. */
const temporaryName = /^\..+\.attribution-lint-(\d+)-[0-9a-z]+\.tmp$/
const cleanedFolders = new Set<string>()

/**
 * Removes the temporary files that a run killed mid-write (`kill -9`, a power cut) left in
 * `folder`: those of processes that no longer run. Once per folder and run.
 */
function removeStaleTemporaries(folder: string): void {
  if (cleanedFolders.has(folder)) return
  cleanedFolders.add(folder)
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return
  }
  for (const name of names) {
    const pid = temporaryName.exec(name)?.[1]
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue
    try {
      unlinkSync(join(folder, name))
    } catch {
      // Another run removed it, or we may not: it is hidden and harmless.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function isInsideAny(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => {
    const fromFolder = relative(folder, path)
    return fromFolder !== '' && !fromFolder.startsWith('..' + sep) && fromFolder !== '..'
  })
}

export interface Original {
  mode: number
  size: number
  mtimeMs: number
}

/**
 * Writes `text` over `path`; returns a problem line, or undefined when written. `within` are the real
 * paths of the folders being linted: a draft that is a link to a file outside them is not written.
 */
export function writeDraftAtomically(path: string, text: string, original: Original, within: readonly string[]): string | undefined {
  let target: string
  try {
    // A draft reached through a symbolic link is fixed where it lives; the link stays a link.
    target = realpathSync(path)
  } catch {
    return 'vanished before the fix could be written; not fixed.'
  }
  if (target !== path && !isInsideAny(target, within)) {
    return `is a link to ${target}, outside the folders being linted; skipped, not fixed (run --fix on that file itself).`
  }
  const before = statSync(target, {throwIfNoEntry: false})
  if (!before) return 'vanished before the fix could be written; not fixed.'
  if (before.size !== original.size || before.mtimeMs !== original.mtimeMs) {
    return 'changed while it was being linted; not fixed, so nothing is lost (run --fix again).'
  }
  // Renaming a new file over the draft needs only the folder to be writable: ask of the draft itself
  // what an editor would, so that a draft made read-only (chmod 444), even for root, stays as it is.
  let writable = (before.mode & 0o222) !== 0
  try {
    accessSync(target, constants.W_OK)
  } catch {
    writable = false
  }
  if (!writable) return 'is read-only for you (its permissions or its owner); not fixed. Make it writable to fix it.'
  removeStaleTemporaries(dirname(target))
  const temporary = join(dirname(target), `.${basename(target)}.attribution-lint-${process.pid}-${Date.now().toString(36)}.tmp`)
  let descriptor: number | undefined
  try {
    descriptor = openSync(temporary, 'wx', original.mode & 0o777)
    const bytes = Buffer.from(text, 'utf8')
    let written = 0
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written)
    fsyncSync(descriptor)
    closeSync(descriptor)
    descriptor = undefined
    const created = statSync(temporary)
    if (created.uid !== before.uid || created.gid !== before.gid) {
      try {
        chownSync(temporary, before.uid, before.gid)
      } catch {
        unlinkSync(temporary)
        return 'belongs to another user or group, which a fixed copy could not keep; not fixed. Fix it as its owner.'
      }
    }
    // The umask narrowed the mode given to open; set it exactly, setuid and sticky bits included
    // (after chown, which clears them).
    chmodSync(temporary, original.mode & 0o7777)
    renameSync(temporary, target)
    return undefined
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor)
    try {
      unlinkSync(temporary)
    } catch {
      // Never created, or already renamed.
    }
    const code = (error as NodeJS.ErrnoException).code
    return `the fix could not be written (${code === 'EACCES' || code === 'EPERM' ? 'permission denied in its folder' : code ?? String(error)}); the draft is unchanged.`
  }
}
