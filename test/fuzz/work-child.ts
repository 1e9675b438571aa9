// The process that counts the work of one lint for linear-time.test.ts. Counting, not timing: the
// same draft gives the same counts on an idle laptop and on a CI runner shared by six jobs, so the
// test cannot fail because the machine is busy, and one run decides (no medians, no repeats).
//
// Two counts, both taken only around the lint (the draft is built before, the result sent after):
// - `blocks`: how many times a block of JavaScript ran (a function body, a loop body, a branch), in
//   the engine and in every library it calls (remark, micromark, parse-english). V8 counts these
//   for code coverage; `Profiler.takePreciseCoverage` reads and resets them. A loop inside a loop
//   over the draft shows here.
// - `scanned`: characters that regular expressions and string searches stepped over. A step that
//   runs once per mark but searches the rest of the paragraph each time is one block per mark, and
//   shows only here. Every regular-expression call in JavaScript (`test`, `match`, `replace`,
//   `split`, `matchAll`) goes through `RegExp.prototype.exec`, so wrapping it sees them all; it
//   counts from where the search starts to the end of the match, or to the end of the text when
//   nothing matched (a lower bound: backtracking inside one match is not counted).
//
// The harness (this file) is left out of the counts; `quadratic-probes.ts` is counted like the
// engine, so the test can check that the meter sees quadratic work.
//
// Messages in: {name, size, seed, edit?}; out: {blocks, scanned, length, findings}. With `edit`,
// what is counted is an editor's lint after a one-character edit in the middle of the draft, with
// the session of a first lint.

import {Session} from 'node:inspector'
import type {TimingRequest} from './timing-child.ts'
import {quadraticProbes} from './quadratic-probes.ts'

export interface WorkResult {
  blocks: number
  scanned: number
  length: number
  findings: number
}

let scanned = 0

/** Wraps the string searches so that each adds the characters it stepped over to `scanned`. */
function countScans(): void {
  const exec = RegExp.prototype.exec
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0
    const match = exec.call(this, input)
    // A sticky search tries one place only.
    scanned += match ? match.index + match[0].length - from : this.sticky ? 1 : String(input).length - from
    return match
  }
  const strings = String.prototype
  const {indexOf, lastIndexOf} = strings
  strings.indexOf = function (this: string, search: string, position?: number) {
    const found = indexOf.call(this, search, position)
    scanned += (found < 0 ? this.length : found + search.length) - Math.max(0, position ?? 0)
    return found
  }
  strings.lastIndexOf = function (this: string, search: string, position?: number) {
    const found = lastIndexOf.call(this, search, position)
    scanned += Math.min(this.length, position ?? this.length) - (found < 0 ? 0 : found)
    return found
  }
  strings.includes = function (this: string, search: string, position?: number) {
    const found = indexOf.call(this, search, position)
    scanned += (found < 0 ? this.length : found + search.length) - Math.max(0, position ?? 0)
    return found >= 0
  }
}

const session = new Session()
session.connect()
const post = <Result>(method: string, params?: object) =>
  new Promise<Result>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as Result))))

interface Coverage {
  result: Array<{url: string; functions: Array<{ranges: Array<{count: number}>}>}>
}

/** Blocks run since the last call: the engine and its libraries, not this harness or Node itself. */
async function blocksSinceLastCall(): Promise<number> {
  const {result} = await post<Coverage>('Profiler.takePreciseCoverage')
  let blocks = 0
  for (const script of result) {
    if (!script.url.startsWith('file:') || script.url.endsWith('/work-child.ts') || script.url.includes('/node_modules/tsx/')) continue
    for (const fn of script.functions) for (const range of fn.ranges) blocks += range.count
  }
  return blocks
}

async function main(): Promise<void> {
  // Counting starts before the engine is loaded, so every function of it is compiled with counters.
  await post('Profiler.enable')
  await post('Profiler.startPreciseCoverage', {callCount: true, detailed: true})
  const {AnalysisSession, lint} = await import('../../server/src/engine/index.ts')
  const {adversarialCases, draftToMeasure} = await import('./adversarial.ts')
  countScans()

  process.on('message', async (request: TimingRequest) => {
    const probe = quadraticProbes.get(request.name)
    if (probe) {
      // The meter's own check: work known to grow with the square of the draft must show it.
      const text = adversarialCases[0].make(request.size, request.seed)
      await blocksSinceLastCall()
      scanned = 0
      const findings = probe(text)
      const counted = scanned
      process.send!({blocks: await blocksSinceLastCall(), scanned: counted, length: text.length, findings} satisfies WorkResult)
      return
    }
    const {text, format, session} = draftToMeasure(request, {lint, AnalysisSession})
    await blocksSinceLastCall()
    scanned = 0
    const {findings} = lint(text, {format, session})
    const counted = scanned
    const result: WorkResult = {blocks: await blocksSinceLastCall(), scanned: counted, length: text.length, findings: findings.length}
    process.send!(result)
  })
  process.send!('ready')
}

void main()
