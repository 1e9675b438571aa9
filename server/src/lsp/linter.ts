// Runs lint jobs one at a time, off the main thread when it can. A job waiting for its turn is
// replaced when a newer job for the same draft arrives (the older one resolves `undefined`), so a
// burst of keystrokes costs one lint, not one per keystroke. A lint's details (facts, summary) stay
// where it ran, kept per draft (kept.ts), and are fetched by the lint's name when a hover, a code
// action or the summary view needs them.

import {Worker} from 'node:worker_threads'
import {unchangedEnds, type Finding} from '../engine/index.ts'
import {decodeFindings, type FindingsDelta} from './delta.ts'
import type {DetailName, LintDetails, LintJob, LintOutcome, TextChange, WorkerRequest, WorkerResponse} from './worker-messages.ts'
import {KeptLints} from './kept.ts'
import {RuleStrings} from './shared-strings.ts'

interface Waiting {
  key: string
  job: LintJob
  resolve: (outcome: LintOutcome | undefined) => void
  /** The draft was closed while the job ran: its outcome is dropped. */
  cancelled?: boolean
}

/** A draft's latest kept lint: its job, to lint it again here should the worker that kept it die. */
interface Latest {
  lint: number
  job: LintJob
  /** Kept on this thread rather than in the worker. */
  here: boolean
}

/** A detail asked of the worker and not answered yet. */
interface Asked {
  key: string
  lint: number
  name: DetailName
  resolve: (detail: LintDetails[DetailName] | undefined) => void
}

/**
 * The worker's young generation, where a lint's short-lived objects live: 24 MB rather than V8's
 * 48 holds less memory with many drafts open and keeps keystrokes as quick (docs/engine.md, "Memory").
 */
const workerLimits = {maxYoungGenerationSizeMb: 24}

export interface LinterOptions {
  /** The script the worker thread runs (the bundled server itself); none lints on the main thread. */
  workerScript?: string
  log: (line: string) => void
  /**
   * Hears of each finding the worker sent as an earlier finding moved by an edit that added or
   * removed no line: whatever was made of `old` (its diagnostic) stands for `next` as it is.
   */
  carried?: (old: Finding, next: Finding) => void
}

export class Linter {
  private readonly waiting = new Map<string, Waiting>()
  private readonly latest = new Map<string, Latest>()
  /** The findings of each draft's latest lint from the worker: the next may come as a change to them. */
  private readonly received = new Map<string, {lint: number; findings: Finding[]}>()
  /** The text of each draft's last lint posted to the worker: the next is posted as a change to it. */
  private readonly posted = new Map<string, {lint: number; text: string}>()
  private readonly asked = new Map<number, Asked>()
  /** One string for each rule id, severity and rule page among the findings the worker sends. */
  private readonly ruleStrings = new RuleStrings()
  /** Lints kept on this thread: with no worker, or when the worker failed on a job. */
  private readonly kept: KeptLints
  private busy = false
  private worker: Worker | undefined
  private nextId = 0
  private inFlight: {id: number; entry: Waiting} | undefined
  private disposed = false

  constructor(private readonly options: LinterOptions) {
    this.kept = new KeptLints(options.log)
    if (options.workerScript) this.startWorker(options.workerScript)
  }

  /** Whether jobs run on a worker thread. */
  get threaded(): boolean {
    return this.worker !== undefined
  }

  /** Lints `job` when its turn comes; `undefined` when a newer job for `key` took its place first. */
  lint(key: string, job: LintJob): Promise<LintOutcome | undefined> {
    if (this.disposed) return Promise.resolve(undefined)
    return new Promise((resolve) => {
      const previous = this.waiting.get(key)
      if (previous) previous.resolve(undefined)
      this.waiting.set(key, {key, job, resolve})
      this.pump()
    })
  }

  /**
   * A detail of lint `lint` of `key`; `undefined` when a newer lint of the draft replaced it or the
   * draft was closed. It goes to the worker at once: it waits for the lint running there, not for
   * the jobs waiting here.
   */
  detail<Name extends DetailName>(key: string, lint: number, name: Name): Promise<LintDetails[Name] | undefined> {
    const latest = this.latest.get(key)
    if (this.disposed || !latest || latest.lint !== lint) return Promise.resolve(undefined)
    const worker = this.worker
    if (latest.here || !worker) return Promise.resolve(this.detailHere(key, latest, name))
    const id = ++this.nextId
    return new Promise((resolve) => {
      this.asked.set(id, {key, lint, name, resolve: resolve as Asked['resolve']})
      worker.postMessage({kind: 'detail', id, key, lint, name} satisfies WorkerRequest)
    })
  }

  /** Forgets a draft (it was closed): its waiting job, and the lint kept for its details. */
  cancel(key: string): void {
    for (const [slot, entry] of this.waiting) {
      if (entry.key !== key) continue
      entry.resolve(undefined)
      this.waiting.delete(slot)
    }
    if (this.inFlight?.entry.key === key) this.inFlight.entry.cancelled = true
    this.latest.delete(key)
    this.received.delete(key)
    this.posted.delete(key)
    this.kept.forget(key)
    // After the lint in flight, if it is this draft's: the worker handles messages in order.
    this.worker?.postMessage({kind: 'forget', key} satisfies WorkerRequest)
  }

  dispose(): void {
    this.disposed = true
    for (const entry of this.waiting.values()) entry.resolve(undefined)
    this.waiting.clear()
    for (const asked of this.asked.values()) asked.resolve(undefined)
    this.asked.clear()
    void this.worker?.terminate()
    this.worker = undefined
  }

  private pump(): void {
    if (this.busy || this.disposed) return
    const next = this.waiting.entries().next()
    if (next.done) {
      // Only this thread knows that no lint follows: the worker sees one job at a time.
      this.worker?.postMessage({kind: 'drained'} satisfies WorkerRequest)
      return
    }
    const [slot, entry] = next.value
    this.waiting.delete(slot)
    this.busy = true
    const id = ++this.nextId
    this.inFlight = {id, entry}
    if (this.worker) {
      this.postLint(this.worker, id, entry)
    } else {
      // Let the messages that came in meanwhile (hovers, other drafts' changes) go first.
      setImmediate(() => {
        let outcome: LintOutcome | undefined
        try {
          if (!entry.cancelled) outcome = this.kept.lint(entry.key, id, entry.job)
        } finally {
          this.inFlight = undefined
          this.busy = false
          this.finish(entry, outcome, true)
          this.pump()
        }
      })
    }
  }

  /** Posts a lint to the worker: an open draft's text as a change to the text last posted for it. */
  private postLint(worker: Worker, id: number, entry: Waiting, whole = false): void {
    const {key, job} = entry
    const base = this.received.get(key)?.lint
    const last = job.keep && !whole ? this.posted.get(key) : undefined
    if (job.keep) this.posted.set(key, {lint: id, text: job.text})
    if (!last) {
      worker.postMessage({kind: 'lint', id, key, job, base} satisfies WorkerRequest)
      return
    }
    const {prefix, suffix} = unchangedEnds(last.text, job.text)
    const change: TextChange = {lint: last.lint, length: last.text.length, prefix, suffix, insert: job.text.slice(prefix, job.text.length - suffix)}
    worker.postMessage({kind: 'lint', id, key, job: {...job, text: ''}, base, change} satisfies WorkerRequest)
  }

  /** The outcome of a lint from the worker, its findings decoded when they came as a change. */
  private decode(entry: Waiting, response: {outcome: LintOutcome; delta?: FindingsDelta}): LintOutcome | 'again' {
    let {outcome} = response
    const {delta} = response
    if (delta) {
      const base = this.received.get(entry.key)
      if (!base || base.lint !== delta.base) {
        // The worker and the server disagree on what was sent: start again from a full answer.
        this.received.delete(entry.key)
        this.options.log(`The lint worker sent a change to findings this server does not hold (${entry.key}); linting it again.`)
        return 'again'
      }
      const carried = delta.edit.lines === 0 ? this.options.carried : undefined
      this.ruleStrings.share(delta.fresh)
      outcome = {...outcome, findings: decodeFindings(base.findings, delta, carried && ((old, next) => old !== next && carried(old, next)))}
    } else {
      this.ruleStrings.share(outcome.findings)
    }
    if (entry.job.keep && !entry.cancelled) this.received.set(entry.key, {lint: outcome.lint, findings: outcome.findings})
    return outcome
  }

  private finish(entry: Waiting, outcome: LintOutcome | undefined, here: boolean): void {
    if (entry.cancelled) return entry.resolve(undefined)
    if (outcome && entry.job.keep) this.latest.set(entry.key, {lint: outcome.lint, job: entry.job, here})
    entry.resolve(outcome)
  }

  /** Answers a detail; one the worker does not have, of the draft's latest lint, is worked out here. */
  private settle(asked: Asked, detail: LintDetails[DetailName] | undefined): void {
    const latest = this.latest.get(asked.key)
    if (detail !== undefined || !latest || latest.lint !== asked.lint) asked.resolve(detail)
    else asked.resolve(this.detailHere(asked.key, latest, asked.name))
  }

  /** A detail from this thread's store, linting the same job again if the worker that kept it is gone. */
  private detailHere<Name extends DetailName>(key: string, latest: Latest, name: Name): LintDetails[Name] | undefined {
    if (!latest.here) {
      this.kept.lint(key, latest.lint, latest.job)
      latest.here = true
    }
    return this.kept.detail(key, latest.lint, name)
  }

  private startWorker(script: string): void {
    let worker: Worker
    try {
      worker = new Worker(script, {workerData: {attributionLintWorker: true}, stdout: true, stderr: true, resourceLimits: workerLimits})
    } catch (error) {
      this.options.log(`Could not start the lint worker (${error instanceof Error ? error.message : String(error)}); linting on the main thread.`)
      return
    }
    // Whatever the engine prints must not reach the protocol stream.
    worker.stdout.on('data', (chunk: Buffer) => this.options.log(`lint worker: ${chunk.toString().trimEnd()}`))
    worker.stderr.on('data', (chunk: Buffer) => this.options.log(`lint worker: ${chunk.toString().trimEnd()}`))
    worker.unref()
    worker.on('message', (response: WorkerResponse) => {
      const asked = this.asked.get(response.id)
      if (asked) {
        this.asked.delete(response.id)
        if ('error' in response) this.options.log(`The lint worker failed on a ${asked.name} request: ${response.error}`)
        this.settle(asked, 'detail' in response ? response.detail : undefined)
        return
      }
      const inFlight = this.inFlight
      if (!inFlight || inFlight.id !== response.id) return
      if ('resend' in response) {
        this.postLint(worker, inFlight.id, inFlight.entry, true)
        return
      }
      this.inFlight = undefined
      this.busy = false
      const {entry} = inFlight
      if ('outcome' in response) {
        const outcome = this.decode(entry, response)
        if (outcome === 'again') this.waiting.set(`\0again ${inFlight.id}`, entry)
        else this.finish(entry, outcome, false)
      }
      else {
        if ('error' in response) this.options.log(`The lint worker failed: ${response.error}`)
        // What the worker holds of the draft is not known now: the next lint sends the whole text.
        this.posted.delete(entry.key)
        this.finish(entry, entry.cancelled ? undefined : this.kept.lint(entry.key, inFlight.id, entry.job), true)
      }
      this.pump()
    })
    const fallBack = (reason: string) => {
      if (this.worker !== worker) return
      this.worker = undefined
      this.posted.clear()
      if (this.disposed) return
      this.options.log(`The lint worker stopped (${reason}); linting on the main thread from now on.`)
      const inFlight = this.inFlight
      this.inFlight = undefined
      this.busy = false
      if (inFlight) this.waiting.set(`\0retry ${inFlight.id}`, inFlight.entry)
      // What the worker kept is lost: details of the drafts' latest lints are worked out here.
      for (const [id, asked] of this.asked) {
        this.asked.delete(id)
        this.settle(asked, undefined)
      }
      this.pump()
    }
    worker.on('error', (error) => fallBack(error.message))
    worker.on('exit', (code) => fallBack(`exit code ${code}`))
    this.worker = worker
  }
}
