// Runs lint jobs one at a time, off the main thread when it can. A job waiting for its turn is
// replaced when a newer job for the same draft arrives (the older one resolves `undefined`), so a
// burst of keystrokes costs one lint, not one per keystroke.

import {Worker} from 'node:worker_threads'
import type {LintJob, LintOutcome} from './facts.ts'
import {runJob} from './run.ts'
import type {WorkerRequest, WorkerResponse} from './worker.ts'

interface Waiting {
  job: LintJob
  resolve: (outcome: LintOutcome | undefined) => void
}

export interface LinterOptions {
  /** The script the worker thread runs (the bundled server itself); none lints on the main thread. */
  workerScript?: string
  log: (line: string) => void
}

export class Linter {
  private readonly waiting = new Map<string, Waiting>()
  private busy = false
  private worker: Worker | undefined
  private nextId = 0
  private inFlight: {id: number; entry: Waiting} | undefined
  private disposed = false

  constructor(private readonly options: LinterOptions) {
    if (options.workerScript) this.startWorker(options.workerScript)
  }

  /** Whether jobs run on a worker thread. */
  get threaded(): boolean {
    return this.worker !== undefined
  }

  /** Lints `job` when its turn comes; `undefined` when a newer job for `key` took its place first. */
  lint(key: string, job: LintJob): Promise<LintOutcome | undefined> {
    return new Promise((resolve) => {
      const previous = this.waiting.get(key)
      if (previous) previous.resolve(undefined)
      this.waiting.set(key, {job, resolve})
      this.pump()
    })
  }

  /** Forgets a draft's waiting job (the draft was closed). */
  cancel(key: string): void {
    this.waiting.get(key)?.resolve(undefined)
    this.waiting.delete(key)
  }

  dispose(): void {
    this.disposed = true
    for (const entry of this.waiting.values()) entry.resolve(undefined)
    this.waiting.clear()
    void this.worker?.terminate()
    this.worker = undefined
  }

  private pump(): void {
    if (this.busy || this.disposed) return
    const next = this.waiting.entries().next()
    if (next.done) return
    const [key, entry] = next.value
    this.waiting.delete(key)
    this.busy = true
    if (this.worker) {
      const id = ++this.nextId
      this.inFlight = {id, entry}
      this.worker.postMessage({id, job: entry.job} satisfies WorkerRequest)
    } else {
      // Let the messages that came in meanwhile (hovers, other drafts' changes) go first.
      setImmediate(() => {
        let outcome: LintOutcome | undefined
        try {
          outcome = runJob(entry.job)
        } finally {
          this.busy = false
          entry.resolve(outcome)
          this.pump()
        }
      })
    }
  }

  private startWorker(script: string): void {
    let worker: Worker
    try {
      worker = new Worker(script, {workerData: {attributionLintWorker: true}, stdout: true, stderr: true})
    } catch (error) {
      this.options.log(`Could not start the lint worker (${error instanceof Error ? error.message : String(error)}); linting on the main thread.`)
      return
    }
    // Whatever the engine prints must not reach the protocol stream.
    worker.stdout.on('data', (chunk: Buffer) => this.options.log(`lint worker: ${chunk.toString().trimEnd()}`))
    worker.stderr.on('data', (chunk: Buffer) => this.options.log(`lint worker: ${chunk.toString().trimEnd()}`))
    worker.unref()
    worker.on('message', (response: WorkerResponse) => {
      const inFlight = this.inFlight
      if (!inFlight || inFlight.id !== response.id) return
      this.inFlight = undefined
      this.busy = false
      if ('error' in response) {
        this.options.log(`The lint worker failed: ${response.error}`)
        inFlight.entry.resolve(runJob(inFlight.entry.job))
      } else inFlight.entry.resolve(response.outcome)
      this.pump()
    })
    const fallBack = (reason: string) => {
      if (this.worker !== worker) return
      this.worker = undefined
      if (this.disposed) return
      this.options.log(`The lint worker stopped (${reason}); linting on the main thread from now on.`)
      const inFlight = this.inFlight
      this.inFlight = undefined
      this.busy = false
      if (inFlight) this.waiting.set(`\0retry ${inFlight.id}`, inFlight.entry)
      this.pump()
    }
    worker.on('error', (error) => fallBack(error.message))
    worker.on('exit', (code) => fallBack(`exit code ${code}`))
    this.worker = worker
  }
}
