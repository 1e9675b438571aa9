// The lint worker: a thread that runs the engine, so a long draft never keeps the server from
// answering hovers, code actions or other drafts. It is the same bundle as the server, started with
// `workerData.attributionLintWorker` set.

import {parentPort} from 'node:worker_threads'
import type {LintJob} from './facts.ts'
import {runJob} from './run.ts'

export interface WorkerRequest {
  id: number
  job: LintJob
}

export type WorkerResponse = {id: number; outcome: ReturnType<typeof runJob>} | {id: number; error: string}

export function startWorker(): void {
  const port = parentPort
  if (!port) return
  port.on('message', (request: WorkerRequest) => {
    try {
      port.postMessage({id: request.id, outcome: runJob(request.job)} satisfies WorkerResponse)
    } catch (error) {
      port.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerResponse)
    }
  })
}
