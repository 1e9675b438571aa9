// Draft offsets as line and column, for findings. Lines end in `\n`, `\r\n` or a lone `\r`, as
// vfile-location counts them. The index of line starts is found with `indexOf`, far quicker on a
// long draft than looking at each character, and while a reporter types it is edited rather than
// found again: most of a draft's lines are before or after the edit.

import type {Unchanged} from './analysis/session.ts'
import type {Point} from './types.ts'

/** The offset each line of `text` starts at, the first line's (0) included. */
export function lineStarts(text: string): number[] {
  return pushLineStarts(text, 0, text.length, [0])
}

/**
 * The line starts of `text`, given `last`, those of the text before the edit. Whether an offset
 * starts a line depends only on the characters before it and at it (a `\r` then a `\n` make one
 * line break): the starts before the edit are kept, those after it moved, and only the stretch
 * between is searched.
 */
export function editedLineStarts(text: string, last: readonly number[], unchanged: Unchanged): number[] {
  const {prefix, suffix, delta} = unchanged
  if (unchanged.length !== text.length) return lineStarts(text)
  const starts = last.slice(0, Math.max(1, firstAfter(last, prefix - 1)))
  const suffixStart = text.length - suffix
  pushLineStarts(text, starts[starts.length - 1], suffixStart, starts)
  // A start whose line break is wholly in the unchanged end, the character after the break too.
  for (let index = firstAfter(last, suffixStart - delta); index < last.length; index++) starts.push(last[index] + delta)
  return starts
}

/** Adds to `starts` the start of each line that a line break from `from` on begins, up to `to`. */
function pushLineStarts(text: string, from: number, to: number, starts: number[]): number[] {
  let lf = text.indexOf('\n', from)
  let cr = text.indexOf('\r', from)
  while (lf !== -1 || cr !== -1) {
    // The last character of the next line break: a `\r` right before a `\n` is part of it.
    const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr + 1 === lf ? lf : cr
    if (end + 1 > to) break
    starts.push(end + 1)
    if (lf !== -1 && lf <= end) lf = text.indexOf('\n', end + 1)
    if (cr !== -1 && cr <= end) cr = text.indexOf('\r', end + 1)
  }
  return starts
}

/** The index of the first of `starts` (ascending) after `offset`. */
function firstAfter(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (starts[middle] <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Turns offsets of `text` into points, given its line starts. An offset outside the text keeps its
 * value but stands at the text's end. Editors do not count a byte-order mark as a character of the
 * first line; neither do we. Asking in order of offset is quickest: the last answer's line is tried first.
 */
export function pointsOf(text: string, starts: readonly number[]): (offset: number) => Point {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const last = starts.length - 1
  let line = 0
  return (offset) => {
    const at = offset > -1 && offset <= text.length ? offset : text.length
    if (at < starts[line] || (line < last && at >= starts[line + 1])) line = Math.max(0, firstAfter(starts, at) - 1)
    const column = at - starts[line] + 1
    return {line: line + 1, column: line === 0 ? Math.max(1, column - bom) : column, offset}
  }
}
