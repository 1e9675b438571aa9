// Lints many drafts on several cores. The main thread lints too, and each extra worker thread runs
// this same bundle (`cli.js`) in worker mode; outcomes go back into the slot of their job, so the
// report's order never depends on which thread finished first.

import {availableParallelism} from 'node:os'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {lintFile, type FileJob, type FileOutcome} from './lint-file.ts'

const workerRole = 'attribution-lint-worker'

/**
 * `--concurrency auto` uses threads from this many drafts. Measured on 2-core machines with drafts
 * of about 800 words: a thread costs about 0.3 s to start (loading the bundle, warming up its JIT),
 * and linting on two threads took about 35% more CPU in all than on one (6.7 s against 9.1 s for
 * 1,000 drafts), so two threads can only win when both cores are free, and below about a hundred
 * drafts they cannot win at all. Shared machines made it slower, which is why it is not the default.
 */
export const minFilesForWorkers = 100

/** How many threads (the main one included) to use for `files` drafts under `--concurrency`. */
export function threadCount(files: number, concurrency: 'auto' | 'off' | number): number {
  if (concurrency === 'off') return 1
  if (concurrency === 'auto') return files >= minFilesForWorkers ? Math.min(availableParallelism(), 4) : 1
  return Math.max(1, Math.min(concurrency, files))
}

/** Is this thread a lint worker? Then it serves jobs and the CLI must not run. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as {role?: string} | null)?.role === workerRole
}

export function serveLintJobs(): void {
  parentPort!.on('message', (message: {index: number; job: FileJob}) => {
    parentPort!.postMessage({index: message.index, outcome: lintFile(message.job)})
  })
}

/**
 * Lints `jobs` on `threads` threads: the main thread and `threads - 1` workers started from `script`
 * (the running bundle), all taking the next job from one queue. A worker that dies leaves its
 * unfinished jobs to the main thread.
 */
export async function lintInWorkers(jobs: FileJob[], threads: number, script: string): Promise<FileOutcome[]> {
  const outcomes: Array<FileOutcome | undefined> = new Array(jobs.length)
  let next = 0
  const take = () => (next < jobs.length ? next++ : undefined)

  const workers = Array.from({length: threads - 1}, () => runWorker(script, take, jobs, outcomes))
  // The main thread takes one job at a time and yields between them, so the workers' results are
  // received while it works.
  for (let index = take(); index !== undefined; index = take()) {
    outcomes[index] = lintFile(jobs[index])
    await new Promise((resolve) => setImmediate(resolve))
  }
  await Promise.all(workers)
  for (let index = 0; index < jobs.length; index++) outcomes[index] ??= lintFile(jobs[index])
  return outcomes as FileOutcome[]
}

/** One worker thread: keeps two jobs in flight until the queue is empty; resolves when it is done or dead. */
function runWorker(script: string, take: () => number | undefined, jobs: FileJob[], outcomes: Array<FileOutcome | undefined>): Promise<void> {
  return new Promise((resolve) => {
    const worker = new Worker(script, {workerData: {role: workerRole}})
    const inFlight = new Set<number>()
    let done = false
    const stop = () => {
      if (done) return
      done = true
      void worker.terminate()
      resolve()
    }
    const send = () => {
      const index = take()
      if (index === undefined) return
      inFlight.add(index)
      worker.postMessage({index, job: jobs[index]})
    }
    worker.on('message', (message: {index: number; outcome: FileOutcome}) => {
      outcomes[message.index] = message.outcome
      inFlight.delete(message.index)
      send()
      if (inFlight.size === 0) stop()
    })
    worker.on('error', stop)
    worker.on('exit', stop)
    send()
    send()
    if (inFlight.size === 0) stop()
  })
}
