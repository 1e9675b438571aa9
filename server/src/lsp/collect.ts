// Giving memory back after a burst of work. Opening fifty drafts or checking the workspace leaves
// the heaps mostly garbage, and V8's memory reducer, which should give it back once a process is
// quiet, was not seen to: with 51 open 10,000-word drafts the lint worker's heap stayed at 170 MB,
// 75 MB of it live, for as long as the benchmark watched (12 s). So each thread collects in full
// when it has been idle for 2 s after its last piece of work, and once more a second later.

import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

const idleFor = 2000

/** V8's full collection: exposed to contexts made after the flag is set. Undefined if it is not. */
function fullCollection(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    return typeof gc === 'function' ? (gc as () => void) : undefined
  } catch {
    return undefined
  }
}

/** A function to call after each piece of work: 2 s after the last call, the thread collects in full. */
export function idleCollector(): () => void {
  const collect = fullCollection()
  let timer: NodeJS.Timeout | undefined
  return () => {
    if (!collect) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      collect()
      // Pages the first collection freed are given back to the system by the next (as V8's own
      // memory reducer collects more than once).
      timer = setTimeout(collect, 1000)
      timer.unref()
    }, idleFor)
    // Never what keeps the process alive.
    timer.unref()
  }
}
