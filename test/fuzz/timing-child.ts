// The process that times lints for linear-time.test.ts. It runs apart from the test so that a lint
// that goes quadratic can be stopped (the test kills this process at its deadline) and so that its
// heap and its memos are its own. Messages in: {name, size, seed, edit?}; out: {ms, length, findings}.
// With `edit`, what is timed is an editor's lint after a one-character edit in the middle of the
// draft, with the session of a first lint.
// Run with --expose-gc: a collection before each timed lint keeps one run's garbage out of the next.

import {performance} from 'node:perf_hooks'
import {AnalysisSession, lint} from '../../server/src/engine/index.ts'
import {adversarialCases, textCases} from './adversarial.ts'

export interface TimingRequest {
  name: string
  size: number
  seed: number
  edit?: boolean
}

export interface TimingResult {
  ms: number
  length: number
  findings: number
}

const cases = new Map([...adversarialCases, ...textCases].map((entry) => [entry.name, entry]))
const collect = (globalThis as {gc?: () => void}).gc

process.on('message', (request: TimingRequest) => {
  const entry = cases.get(request.name)
  if (!entry) throw new Error(`no adversarial case named ${request.name}`)
  let text = entry.make(request.size, request.seed)
  // A cold lint: a new session has memos of its own, and a lint with none reads everything.
  const session = request.edit ? new AnalysisSession() : undefined
  if (session) {
    lint(text, {format: entry.format, session})
    const middle = text.length >> 1
    text = text.slice(0, middle) + 'e' + text.slice(middle)
  }
  collect?.()
  const start = performance.now()
  const {findings} = lint(text, {format: entry.format, session})
  const ms = performance.now() - start
  const result: TimingResult = {ms, length: text.length, findings: findings.length}
  process.send!(result)
})
process.send!('ready')
