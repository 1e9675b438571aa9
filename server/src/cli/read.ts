// Reads one draft, or says in one line why it cannot: gone, not a regular file, too large, binary,
// not UTF-8, unreadable. Never throws for the user's files and never blocks on a pipe.

import {closeSync, constants, fstatSync, lstatSync, openSync, readSync} from 'node:fs'

export interface DraftFile {
  text: string
  /** What `--fix` needs to write the file back as it was and to notice a change under it. */
  mode: number
  size: number
  mtimeMs: number
}

export type DraftRead = {ok: true; draft: DraftFile} | {ok: false; problem: string}

export function readDraft(path: string, maxBytes: number): DraftRead {
  let descriptor: number
  try {
    // Non-blocking, so a fifo opens at once instead of waiting for a writer; it is refused below.
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    return {ok: false, problem: describeOpenError(path, error as NodeJS.ErrnoException)}
  }
  try {
    const stats = fstatSync(descriptor)
    if (stats.isDirectory()) return {ok: false, problem: 'is a folder, not a draft.'}
    if (!stats.isFile()) return {ok: false, problem: `is not a regular file (${kindOf(stats)}); only drafts saved as files are linted.`}
    if (stats.size > maxBytes) return {ok: false, problem: `is ${formatSize(stats.size)}, over the ${formatSize(maxBytes)} limit for a draft; raise it with --max-file-size if this really is one.`}
    const bytes = readAll(descriptor, stats.size, maxBytes)
    if (bytes === undefined) return {ok: false, problem: `grew past the ${formatSize(maxBytes)} limit while it was read; raise it with --max-file-size if this really is one.`}
    const decoded = decodeDraft(bytes)
    if (!decoded.ok) return decoded
    return {ok: true, draft: {text: decoded.text, mode: stats.mode & 0o7777, size: stats.size, mtimeMs: stats.mtimeMs}}
  } catch (error) {
    return {ok: false, problem: describeOpenError(path, error as NodeJS.ErrnoException)}
  } finally {
    closeSync(descriptor)
  }
}

/** The whole file, or undefined when it holds more than `maxBytes` (it may grow after the stat). */
function readAll(descriptor: number, expected: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(64 * 1024, Math.min(expected - total + 1, maxBytes + 1 - total)))
    const read = readSync(descriptor, chunk, 0, chunk.length, null)
    if (read === 0) break
    chunks.push(chunk.subarray(0, read))
    total += read
    if (total > maxBytes) return undefined
  }
  return Buffer.concat(chunks, total)
}

/**
 * Text from a draft's bytes, as the engine reads it: UTF-8, with a byte-order mark kept as U+FEFF so
 * offsets and a fixed file's bytes stay the draft's own. Binary files and other encodings are refused
 * with a hint, since linting mojibake would report nonsense.
 */
export function decodeDraft(bytes: Buffer): {ok: true; text: string} | {ok: false; problem: string} {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {ok: false, problem: 'is UTF-16 text; save it as UTF-8 to lint it.'}
  }
  const nul = bytes.subarray(0, 8192).indexOf(0)
  if (nul !== -1) return {ok: false, problem: 'is a binary file (it holds NUL bytes), not a text draft.'}
  const invalid = firstInvalidUtf8(bytes)
  if (invalid !== -1) {
    const before = bytes.subarray(0, invalid)
    let line = 1
    let lineStart = 0
    for (let index = 0; index < before.length; index++) {
      if (before[index] === 0x0a) {
        line++
        lineStart = index + 1
      }
    }
    const column = Buffer.from(before.subarray(lineStart)).toString('utf8').length + 1
    return {ok: false, problem: `is not UTF-8 text (byte 0x${bytes[invalid].toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column}; Windows-1252 or Latin-1?); save it as UTF-8 to lint it.`}
  }
  return {ok: true, text: bytes.toString('utf8')}
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    if (byte < 0x80) {
      index++
      continue
    }
    let length: number
    let min: number
    let max = 0xbf
    if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2
      min = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3
      // No overlong forms (E0 80..9F) and no surrogates (ED A0..BF).
      min = byte === 0xe0 ? 0xa0 : 0x80
      if (byte === 0xed) max = 0x9f
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4
      min = byte === 0xf0 ? 0x90 : 0x80
      if (byte === 0xf4) max = 0x8f
    } else return index
    if (index + length > bytes.length) return index
    if (bytes[index + 1] < min || bytes[index + 1] > max) return index
    for (let next = 2; next < length; next++) if ((bytes[index + next] & 0xc0) !== 0x80) return index
    index += length
  }
  return -1
}

function describeOpenError(path: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': {
      let link = false
      try {
        link = lstatSync(path).isSymbolicLink()
      } catch {
        // Gone entirely.
      }
      return link ? 'is a symbolic link to a file that does not exist.' : 'vanished before it could be read (deleted or moved during the run).'
    }
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied.'
    case 'ELOOP':
      return 'is a symbolic link that loops back on itself.'
    case 'EISDIR':
      return 'is a folder, not a draft.'
    case 'ENXIO':
      return 'is not a regular file (a socket or device); only drafts saved as files are linted.'
    default:
      return `cannot be read (${error.code ?? error.message}).`
  }
}

function kindOf(stats: {isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string {
  if (stats.isFIFO()) return 'a named pipe'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'not a file'
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`
  return `${bytes} bytes`
}
