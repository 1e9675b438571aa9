// Writes a fixed draft back (`--fix`): a temporary file beside it, renamed over it, so a crash or a
// full disk never leaves half a story. The new file keeps the old one's mode (and owner, where we may
// set it); line endings and the byte-order mark are in the text already, untouched by the fixes.

import {chmodSync, chownSync, closeSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

export interface Original {
  mode: number
  size: number
  mtimeMs: number
}

/** Writes `text` over `path`; returns a problem line, or undefined when written. */
export function writeDraftAtomically(path: string, text: string, original: Original): string | undefined {
  let target: string
  try {
    // A draft reached through a symbolic link is fixed where it lives; the link stays a link.
    target = realpathSync(path)
  } catch {
    return 'vanished before the fix could be written; not fixed.'
  }
  const before = statSync(target, {throwIfNoEntry: false})
  if (!before) return 'vanished before the fix could be written; not fixed.'
  if (before.size !== original.size || before.mtimeMs !== original.mtimeMs) {
    return 'changed while it was being linted; not fixed, so nothing is lost (run --fix again).'
  }
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
    // The umask narrowed the mode given to open; set it exactly, setuid and sticky bits included.
    chmodSync(temporary, original.mode & 0o7777)
    if (process.getuid?.() === 0) {
      try {
        chownSync(temporary, before.uid, before.gid)
      } catch {
        // Keeping the owner is a courtesy; the fix itself is what was asked for.
      }
    }
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
