// The process that times lints for linear-time.test.ts. It runs apart from the test so that a lint
// that goes quadratic can be stopped (the test kills this process at its deadline) and so that its
// heap and its memos are its own. Messages in: {name, size, seed, edit?}; out: {ms, length, findings}.
// With `edit`, what is timed is an editor's lint after a one-character edit in the middle of the
// draft, with the session of a first lint.
// Run with --expose-gc: a collection before each timed lint keeps one run's garbage out of the next.

import {performance} from 'node:perf_hooks'
import {AnalysisSession, lint} from '../../server/src/engine/index.ts'
import {draftToMeasure, type MeasureRequest} from './adversarial.ts'

export type TimingRequest = MeasureRequest

export interface TimingResult {
  ms: number
  length: number
  findings: number
}

const collect = (globalThis as {gc?: () => void}).gc

process.on('message', (request: TimingRequest) => {
  const {text, format, session} = draftToMeasure(request, {lint, AnalysisSession})
  collect?.()
  const start = performance.now()
  const {findings} = lint(text, {format, session})
  const ms = performance.now() - start
  const result: TimingResult = {ms, length: text.length, findings: findings.length}
  process.send!(result)
})
process.send!('ready')
