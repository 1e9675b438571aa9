// The span of a sorted list that holds an offset, by binary search over the starts: the sentence a
// finding is in, for the Sourcing view's lists and for accepted findings.

import type {Span} from './types.ts'

/** The last of `spans` (sorted by start, not overlapping) that starts at or before `offset`, if it holds it. */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (spans[middle].start <= offset) low = middle + 1
    else high = middle - 1
  }
  const found = spans[high]
  return found && offset < found.end ? found : undefined
}
