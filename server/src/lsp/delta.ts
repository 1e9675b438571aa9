// Findings sent from the lint worker as a change to the last ones sent for the same draft. A
// keystroke changes the findings of one paragraph; the other thousands are the same, or the same
// moved by the length of the edit. Copying all of them between threads and turning each into a
// diagnostic again cost more than the lint of a 100,000-word draft, so the worker sends only the
// findings that are new and, for the rest, which earlier finding each one is.

import type {Finding, Point} from '../engine/index.ts'

/** What an edit did to a draft, as the findings' points see it. */
export interface Edit {
  /** Points at or before this offset did not move. */
  prefix: number
  /** Points at or after this offset of the old text moved by `delta` characters and `lines` lines. */
  suffixStart: number
  delta: number
  lines: number
}

/** The findings of a lint, as sent: `refs[i]` is the index of an earlier finding that the i-th is, moved by the edit, or -1 for the next of `fresh`. */
export interface FindingsDelta {
  /** The lint whose findings `refs` point into. */
  base: number
  edit: Edit
  refs: number[]
  fresh: Finding[]
}

/**
 * Where an offset of the old text stands after the edit: where it was before the edit's start,
 * moved by the edit's length from its end on, and nowhere (-1) inside what the edit changed.
 */
function movedOffset(offset: number, edit: Edit): number {
  if (offset <= edit.prefix) return offset
  return offset >= edit.suffixStart ? offset + edit.delta : -1
}

/** Does `point` of the old text stand at `to` after the edit? */
function movesTo(point: Point, to: Point, edit: Edit): boolean {
  const offset = movedOffset(point.offset, edit)
  if (offset === -1 || offset !== to.offset || to.column !== point.column) return false
  return to.line === (point.offset <= edit.prefix ? point.line : point.line + edit.lines)
}

/** Is `next` the finding `old` moved by the edit, the same in every field the server reads? */
function movedFinding(old: Finding, next: Finding, edit: Edit): boolean {
  if (old.ruleId !== next.ruleId || old.severity !== next.severity || old.message !== next.message || old.url !== next.url || old.actual !== next.actual) return false
  if (!movesTo(old.start, next.start, edit) || !movesTo(old.end, next.end, edit)) return false
  if ((old.expected ?? []).join('\0') !== (next.expected ?? []).join('\0')) return false
  const before = old.related ?? []
  const after = next.related ?? []
  return before.length === after.length && before.every((place, index) => place.message === after[index].message && movesTo(place.start, after[index].start, edit) && movesTo(place.end, after[index].end, edit))
}

/** A point of the old text where it stands after the edit (itself when the edit did not move it). */
function moved(point: Point, edit: Edit): Point {
  return point.offset <= edit.prefix ? point : {line: point.line + edit.lines, column: point.column, offset: movedOffset(point.offset, edit)}
}

/**
 * The edit that turned `before` into `after`, given their shared start and end. Line breaks (`\n`,
 * `\r\n`, a lone `\r`) are counted from one character before the change to one after it, so a
 * `\r\n` the edit cut in two or joined counts the same way in both texts.
 */
export function editBetween(before: string, after: string, unchanged: {prefix: number; suffix: number}): Edit {
  const from = Math.max(0, unchanged.prefix - 1)
  const lineBreaks = (text: string) => {
    const to = Math.min(text.length, text.length - unchanged.suffix + 1)
    let count = 0
    for (let index = from; index < to; index++) {
      const code = text.charCodeAt(index)
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) count++
    }
    return count
  }
  return {prefix: unchanged.prefix, suffixStart: before.length - unchanged.suffix, delta: after.length - before.length, lines: lineBreaks(after) - lineBreaks(before)}
}

/** The new findings as a change to the old: old findings moved by the edit stand for equal new ones. */
export function encodeFindings(base: number, previous: readonly Finding[], next: readonly Finding[], edit: Edit): FindingsDelta {
  const refs: number[] = []
  const fresh: Finding[] = []
  // Both lists are in draft order, and the edit keeps the order of what it moves: one pass.
  let old = 0
  for (const finding of next) {
    let found = -1
    for (; old < previous.length; old++) {
      const start = movedOffset(previous[old].start.offset, edit)
      if (start === -1) continue
      if (start > finding.start.offset) break
      if (start === finding.start.offset && movedFinding(previous[old], finding, edit)) {
        found = old++
        break
      }
    }
    refs.push(found)
    if (found === -1) fresh.push(finding)
  }
  return {base, edit, refs, fresh}
}

/**
 * The findings a delta stands for, given the findings of its base lint. `carried` hears of each old
 * finding that stands for a new one (the caller may carry what it made of the old one over).
 */
export function decodeFindings(previous: readonly Finding[], delta: FindingsDelta, carried?: (old: Finding, next: Finding) => void): Finding[] {
  let next = 0
  return delta.refs.map((ref) => {
    if (ref === -1) return delta.fresh[next++]
    const old = previous[ref]
    const start = moved(old.start, delta.edit)
    const end = moved(old.end, delta.edit)
    let finding = old
    if (start !== old.start || end !== old.end || old.related?.some((place) => moved(place.start, delta.edit) !== place.start || moved(place.end, delta.edit) !== place.end)) {
      finding = {...old, start, end}
      if (old.related) finding.related = old.related.map((place) => ({...place, start: moved(place.start, delta.edit), end: moved(place.end, delta.edit)}))
    }
    carried?.(old, finding)
    return finding
  })
}
