// The lint worker: a thread that runs the engine, so a long draft never keeps the server from
// answering hovers, code actions or other drafts. It keeps each open draft's latest lint for the
// details asked later (kept.ts). It is the same bundle as the server, started with
// `workerData.attributionLintWorker` set.

import {parentPort} from 'node:worker_threads'
import type {WorkerRequest, WorkerResponse} from './worker-messages.ts'
import {collector} from './garbage.ts'
import {KeptLints} from './kept.ts'
import {unchangedEnds, type Finding} from '../engine/index.ts'
import {editBetween, encodeFindings} from './delta.ts'

export function startWorker(): void {
  const port = parentPort
  if (!port) return
  const garbage = collector()
  // The server logs what the worker writes to stderr.
  // The findings last sent for each draft kept, with the text they are of.
  const sent = new Map<string, {lint: number; findings: Finding[]; text: string}>()
  const kept = new KeptLints(
    (line) => console.error(line),
    (key) => sent.delete(key)
  )
  const lintResponse = (request: Extract<WorkerRequest, {kind: 'lint'}>): WorkerResponse => {
    if (request.change) {
      const last = sent.get(request.key)
      if (!last || last.lint !== request.change.lint || last.text.length !== request.change.length) return {id: request.id, resend: true}
      const {prefix, suffix, insert} = request.change
      request.job.text = last.text.slice(0, prefix) + insert + last.text.slice(last.text.length - suffix)
    }
    // The server found the edit to send it: the engine's session need not compare the texts again.
    const outcome = kept.lint(request.key, request.id, request.job, request.change)
    if (!request.job.keep) return {id: request.id, outcome}
    const last = sent.get(request.key)
    sent.set(request.key, {lint: request.id, findings: outcome.findings, text: request.job.text})
    if (!last || last.lint !== request.base) return {id: request.id, outcome}
    // The engine's session found the edit already; the same text compared again only when it was let go.
    const unchanged = kept.changeOf(request.key, last.text) ?? unchangedEnds(last.text, request.job.text)
    const edit = editBetween(last.text, request.job.text, unchanged)
    return {id: request.id, outcome: {...outcome, findings: []}, delta: encodeFindings(last.lint, last.findings, outcome.findings, edit)}
  }
  port.on('message', (request: WorkerRequest) => {
    if (request.kind === 'forget') {
      kept.forget(request.key)
      return
    }
    if (request.kind === 'drained') {
      garbage.drained()
      return
    }
    try {
      const response: WorkerResponse = request.kind === 'lint' ? lintResponse(request) : {id: request.id, detail: kept.detail(request.key, request.lint, request.name)}
      port.postMessage(response)
      if (request.kind === 'lint') {
        // After the answer, not before it: a collection is for the next piece of work to wait on.
        if (!request.change) garbage.read(request.job.text.length)
        garbage.idle()
      }
    } catch (error) {
      port.postMessage({id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies WorkerResponse)
    }
  })
}
