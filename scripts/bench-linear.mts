// How long the adversarial drafts take (test/fuzz/adversarial.ts), at 100 KB and 1 MB: the times
// behind the "Time stays linear" table of docs/reliability.md. The test suite proves the work is
// linear by counting it (test/fuzz/linear-time.test.ts); times depend on the machine, so they are
// measured here, as medians of several runs, and never asserted.
//
// Each draft is linted cold (memos cleared, a collection first) in a separate process, from a new
// seed every run, after a warm-up lint of 10 KB; and again as an editor's lint after a
// one-character edit in the middle, with the session of a first lint.
//
//   npm run bench:linear
//   npm run bench:linear -- --runs 5 --case "footnote references"

import {fork, type ChildProcess} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {adversarialCases, textCases} from '../test/fuzz/adversarial.ts'
import type {TimingRequest, TimingResult} from '../test/fuzz/timing-child.ts'

const {values} = parseArgs({options: {runs: {type: 'string', default: '3'}, case: {type: 'string'}}})
const runs = Math.max(1, Number(values.runs) || 3)

let child: ChildProcess | undefined
function start(): Promise<ChildProcess> {
  const started = fork(fileURLToPath(new URL('../test/fuzz/timing-child.ts', import.meta.url)), [], {execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc']})
  return new Promise((resolve, reject) => {
    started.once('message', () => resolve(started))
    started.once('exit', (code) => reject(new Error(`the timing process exited (${code}) before it was ready`)))
  })
}

async function time(request: TimingRequest): Promise<TimingResult> {
  child ??= await start()
  const running = child
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the timing process exited (${code}) while linting ${request.name}`))
    running.once('exit', exited)
    running.once('message', (result: TimingResult) => (running.off('exit', exited), resolve(result)))
    running.send(request)
  })
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[list.length >> 1]
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`

console.log(`Adversarial drafts, median of ${runs} runs (Node ${process.versions.node}, ${process.platform} ${process.arch})\n`)
console.log('| draft | 100 KB | 1 MB | ratio per character | 1 MB after an edit |')
console.log('| --- | --- | --- | --- | --- |')
for (const entry of [...adversarialCases, ...textCases]) {
  if (values.case && !entry.name.includes(values.case)) continue
  await time({name: entry.name, size: 10_000, seed: 1})
  const medians: number[] = []
  const lengths: number[] = []
  for (const [size, edit] of [[100_000, false], [1_000_000, false], [1_000_000, true]] as const) {
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const result = await time({name: entry.name, size, seed: size + run, edit})
      times.push(result.ms)
      lengths.push(result.length)
    }
    medians.push(median(times))
  }
  // Under 5 ms, a shared machine's fixed costs (a collection, a timer tick) outweigh the work.
  const ratio = medians[0] < 5 ? '(floor)' : ((medians[1] / lengths[runs]) / (medians[0] / lengths[0])).toFixed(2)
  console.log(`| ${entry.description}${entry.format === 'text' ? ' (plain text)' : ''} | ${ms(medians[0])} | ${ms(medians[1])} | ${ratio} | ${ms(medians[2])} |`)
}
child?.kill()
