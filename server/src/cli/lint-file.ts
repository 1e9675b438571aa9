// One draft file from path to outcome: read it safely, then lint it. Plain data in and out, so a
// worker thread can run it as well as the main thread.

import {formatOf} from '../engine/index.ts'
import {lintDraft, type DraftJob, type DraftOutcome} from './lint-draft.ts'
import {readDraft} from './read.ts'

/** A draft job whose text and format come from a file: what `lintDraft` is asked, with the file's path and size cap. */
export interface FileJob extends Omit<DraftJob, 'text' | 'path' | 'format'> {
  path: string
  maxFileSize: number
}

export type FileOutcome =
  | ({ok: true; mode: number; size: number; mtimeMs: number} & DraftOutcome)
  | {ok: false; problem: string}

export function lintFile(job: FileJob): FileOutcome {
  const read = readDraft(job.path, job.maxFileSize)
  if (!read.ok) return read
  try {
    const {maxFileSize, ...draft} = job
    const outcome = lintDraft({...draft, text: read.draft.text, format: formatOf(job.path) ?? 'markdown'})
    return {ok: true, mode: read.draft.mode, size: read.draft.size, mtimeMs: read.draft.mtimeMs, ...outcome}
  } catch (error) {
    // Our bug, not the user's: say so on this draft and go on with the others.
    const message = error instanceof Error ? error.message : String(error)
    return {ok: false, problem: `could not be linted: internal error (${message}); please report it with the draft attached.`}
  }
}
