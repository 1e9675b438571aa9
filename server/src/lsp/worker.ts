// The lint worker: a thread that runs the engine, so a long draft never keeps the server from
// answering hovers, code actions or other drafts. It keeps each open draft's latest lint for the
// details asked later (kept.ts). It is the same bundle as the server, started with
// `workerData.attributionLintWorker` set.

import {parentPort} from 'node:worker_threads'
import type {DetailName, LintDetails, LintJob, LintOutcome} from './facts.ts'
import {KeptLints} from './kept.ts'

export type WorkerRequest =
  | {kind: 'lint'; id: number; key: string; job: LintJob}
  /** A detail of lint `lint` of `key`, answered `undefined` when a newer lint of the key replaced it. */
  | {kind: 'detail'; id: number; key: string; lint: number; name: DetailName}
  /** The draft was closed: drop its kept lint. No answer. */
  | {kind: 'forget'; key: string}

export type WorkerResponse =
  | {id: number; outcome: LintOutcome}
  | {id: number; detail: LintDetails[DetailName] | undefined}
  | {id: number; error: string}

export function startWorker(): void {
  const port = parentPort
  if (!port) return
  // The server logs what the worker writes to stderr.
  const kept = new KeptLints((line) => console.error(line))
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'forget') {
      kept.forget(request.key)
      return
    }
    try {
      const response: WorkerResponse =
        request.kind === 'lint' ? {id: request.id, outcome: kept.lint(request.key, request.id, request.job)} : {id: request.id, detail: kept.detail(request.key, request.lint, request.name)}
      port.postMessage(response)
    } catch (error) {
      port.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerResponse)
    }
  })
}
