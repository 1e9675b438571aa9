// One draft file from path to outcome: read it safely, then lint it. Plain data in and out, so a
// worker thread can run it as well as the main thread.

import type {Configuration} from '../engine/index.ts'
import {formatOf} from '../engine/index.ts'
import {lintDraft, type DraftOutcome} from './lint-draft.ts'
import {readDraft} from './read.ts'

export interface FileJob {
  path: string
  configuration: Configuration
  fix: boolean
  errorsOnly: boolean
  summary: boolean
  keepSuppressed?: boolean
  keepText?: boolean
  maxFileSize: number
}

export type FileOutcome =
  | ({ok: true; mode: number; size: number; mtimeMs: number} & DraftOutcome)
  | {ok: false; problem: string}

export function lintFile(job: FileJob): FileOutcome {
  const read = readDraft(job.path, job.maxFileSize)
  if (!read.ok) return read
  try {
    const outcome = lintDraft({
      text: read.draft.text,
      path: job.path,
      format: formatOf(job.path) ?? 'markdown',
      configuration: job.configuration,
      fix: job.fix,
      errorsOnly: job.errorsOnly,
      summary: job.summary,
      keepSuppressed: job.keepSuppressed,
      keepText: job.keepText
    })
    return {ok: true, mode: read.draft.mode, size: read.draft.size, mtimeMs: read.draft.mtimeMs, ...outcome}
  } catch (error) {
    // Our bug, not the user's: say so on this draft and go on with the others.
    const message = error instanceof Error ? error.message : String(error)
    return {ok: false, problem: `could not be linted: internal error (${message}); please report it with the draft attached.`}
  }
}
