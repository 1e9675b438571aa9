// Work stays linear (issue 7), counted, not timed (issue 12): each adversarial draft
// (test/fuzz/adversarial.ts) is linted at about 30 KB and at five times that, cold (memos cleared),
// in a separate process that counts the work of the lint (work-child.ts: blocks of JavaScript run,
// and characters scanned by regular expressions and string searches). The work per character of the
// larger draft must stay under twice that of the smaller one, for both counts: linear work gives
// about 1, work that grows with the square of the draft about 5. Counts do not depend on how busy
// the machine is, so one run at each size decides. 60 KB, not less: a paragraph over 50,000
// characters is skipped, and both sizes must be read the same way.
//
// The times are measured by `npm run bench:linear` (scripts/bench-linear.mts), with medians and
// repeats, and are in docs/reliability.md.
//
//   node --import tsx --test test/fuzz/linear-time.test.ts
//   LINEAR_WORK_DEEP=1 ...   110 KB and 1.1 MB for every case (ten times; several times as long)

import assert from 'node:assert/strict'
import {fork, type ChildProcess} from 'node:child_process'
import {after, before, test} from 'node:test'
import {fileURLToPath} from 'node:url'
import {adversarialCases, textCases} from './adversarial.ts'
import {quadraticProbes} from './quadratic-probes.ts'
import type {TimingRequest} from './timing-child.ts'
import type {WorkResult} from './work-child.ts'

/**
 * Linear work gives a ratio near 1 (a binary search or a sort adds a little: log 150,000 / log
 * 30,000 = 1.16); work that grows with the square of the draft gives about 5.
 */
const ratioLimit = 2
const deep = process.env.LINEAR_WORK_DEEP === '1'
/** The two sizes a case is measured at. */
const sizes = (oneBlock: boolean | undefined): [number, number] => (deep ? [110_000, 1_100_000] : oneBlock ? [110_000, 550_000] : [30_000, 150_000])
/** The least the smaller draft's counts count as: a draft whose one paragraph is over the limit is skipped in a few hundred blocks. */
const floor = {blocks: 10_000, scanned: 10_000}

let child: ChildProcess | undefined

before(async () => {
  const started = fork(fileURLToPath(new URL('./work-child.ts', import.meta.url)), [], {execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc']})
  child = started
  await new Promise<void>((resolve, reject) => {
    started.once('message', () => resolve())
    started.once('exit', (code) => reject(new Error(`the work meter exited (${code}) before it was ready`)))
  })
})

after(() => child?.kill('SIGKILL'))

/** The work of one lint, in the meter process (one request at a time: the tests of this file run in order). */
function measure(request: TimingRequest): Promise<WorkResult> {
  const running = child!
  return new Promise((resolve, reject) => {
    const exited = (code: number | null) => reject(new Error(`the work meter exited (${code}) while linting ${request.name} at ${request.size}`))
    running.once('exit', exited)
    running.once('message', (result: WorkResult) => {
      running.off('exit', exited)
      resolve(result)
    })
    running.send(request)
  })
}

const size = (characters: number) => (characters >= 1_000_000 ? `${characters / 1_000_000} MB` : `${characters / 1000} KB`)
const count = (value: number) => value.toLocaleString('en')

/** The growth of each count per character from `small` to `large`, and the figures for a message. */
async function growth(name: string, small: number, large: number, edit?: boolean) {
  const smallRun = await measure({name, size: small, seed: 100, edit})
  const largeRun = await measure({name, size: large, seed: 200, edit})
  const ratios = {
    blocks: largeRun.blocks / largeRun.length / (Math.max(smallRun.blocks, floor.blocks) / smallRun.length),
    scanned: largeRun.scanned / largeRun.length / (Math.max(smallRun.scanned, floor.scanned) / smallRun.length)
  }
  const figures = `${size(small)}: ${count(smallRun.blocks)} blocks, ${count(smallRun.scanned)} characters scanned; ${size(large)}: ${count(largeRun.blocks)} blocks, ${count(largeRun.scanned)} characters scanned; growth per character ${ratios.blocks.toFixed(2)} and ${ratios.scanned.toFixed(2)}`
  return {ratios, figures}
}

// The meter must see quadratic work, or every case below would pass whatever the engine did.
for (const name of quadraticProbes.keys()) {
  test(`the work meter sees quadratic work: ${name}`, async (context) => {
    const {ratios, figures} = await growth(name, 2_000, 20_000)
    context.diagnostic(figures)
    assert.ok(Math.max(ratios.blocks, ratios.scanned) > 5, `the work meter did not see the square growth of ${name}: ${figures}`)
  })
}

// Each case twice: a cold lint, and an editor's lint after a one-character edit in the middle,
// with the session of a first lint (only the lint after the edit is counted).
for (const entry of [...adversarialCases, ...textCases]) for (const edit of [false, true]) {
  test(`linear work${edit ? ' after an edit' : ''}: ${entry.name} (${entry.format})`, async (context) => {
    const [small, large] = sizes(entry.oneBlock)
    const {ratios, figures} = await growth(entry.name, small, large, edit)
    context.diagnostic(figures)
    assert.ok(ratios.blocks < ratioLimit && ratios.scanned < ratioLimit, `${entry.name}: work per character grew more than ${ratioLimit} times from ${size(small)} to ${size(large)}: ${figures}`)
  })
}
