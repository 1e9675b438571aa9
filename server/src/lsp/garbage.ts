// Forcing full garbage collections, to give memory back after a burst of work. Reading a draft whole
// (opening it, checking the workspace) leaves most of what it allocated as garbage, and V8 let the
// lint worker's heap grow to twice what was live without its memory reducer giving it back. So the
// worker collects in full after every 500,000 characters it reads whole, and at the end of a burst
// of such reads (nothing more waiting) once it has read 100,000 since its last collection; and each
// thread collects in full when it has been idle for 2 s after its last piece of work, and once more
// a second later.
// The measurements behind this are in docs/engine.md, "Memory".

import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

const idleFor = 2000
/**
 * Two fifths of the text the worker keeps lints of (kept.ts): opening fifty dense drafts of 10,000
 * words peaked 50 MB lower than with a collection every 1,500,000 characters (docs/engine.md, "Memory").
 */
const readBudget = 500_000
/**
 * At the end of a burst, what was read whole since the last collection is collected from this much
 * on: two or more drafts of 10,000 words, not one, whose first keystrokes would wait for it. Fifty
 * such drafts opened left the worker 16 MB of garbage and 24 MB more heap than once settled.
 */
const drainedFrom = 100_000

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

export interface Collector {
  /** After each piece of work: 2 s after the last call, the thread collects in full. */
  idle(): void
  /** After reading a draft whole, with its length: past the budget, the thread collects in full. */
  read(characters: number): void
  /** Nothing more is waiting to be read: past `drainedFrom` read whole since the last collection, the thread collects in full. */
  drained(): void
}

export function collector(): Collector {
  const collect = fullCollection()
  let timer: NodeJS.Timeout | undefined
  let read = 0
  return {
    idle() {
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
    },
    read(characters) {
      read += characters
      if (read < readBudget || !collect) return
      read = 0
      collect()
    },
    drained() {
      if (read < drainedFrom || !collect) return
      read = 0
      // The second gives back the pages the first freed, as in \`idle\`: 12 MB of the worker's heap after fifty drafts.
      collect()
      collect()
    }
  }
}
