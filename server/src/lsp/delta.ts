// Findings sent from the lint worker as a change to the last ones sent for the same draft. A
// keystroke changes the findings of one paragraph; the other thousands are the same, or the same
// moved by the length of the edit. Copying all of them between threads and turning each into a
// diagnostic again cost more than the lint of a 100,000-word draft, so the worker sends only the
// findings that are new and, for the rest, which earlier finding each one is.

import type {Finding, Point, TextEdit} from '../engine/index.ts'

/** What an edit did to a draft, as the findings' points see it. */
export interface Edit {
  /** Points at or before this offset did not move. */
  prefix: number
  /** Points at or after this offset of the old text moved by `delta` characters and `lines` lines. */
  suffixStart: number
  delta: number
  lines: number
}

/** The findings of a lint, as sent: runs of earlier findings moved by the edit, and new ones. */
export interface FindingsDelta {
  /** The lint whose findings `runs` point into. */
  base: number
  edit: Edit
  /**
   * The findings in order, as pairs `from, count`: the `count` earlier findings from index `from`
   * on, moved by the edit, or, when `from` is -1, the next `count` of `fresh`. A keystroke makes a
   * few pairs, not a number per finding.
   */
  runs: number[]
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
  if (!movesTo(old.start, next.start, edit) || !movesTo(old.end, next.end, edit)) return false
  if (old.ruleId !== next.ruleId || old.severity !== next.severity || old.message !== next.message || old.url !== next.url || old.actual !== next.actual) return false
  if (!sameFix(old.fix, next.fix, edit)) return false
  const before = old.related
  const after = next.related
  if (before === undefined || after === undefined) return before === after
  if (before.length !== after.length) return false
  for (let index = 0; index < before.length; index++) {
    const place = before[index]
    const moved = after[index]
    if (place.message !== moved.message || !movesTo(place.start, moved.start, edit) || !movesTo(place.end, moved.end, edit)) return false
  }
  return true
}

/** Are both fixes absent, or the same text with `next`'s range the old one moved by the edit? */
function sameFix(old: TextEdit | undefined, next: TextEdit | undefined, edit: Edit): boolean {
  if (old === undefined || next === undefined) return old === next
  return old.text === next.text && movedOffset(old.start, edit) === next.start && movedOffset(old.end, edit) === next.end
}

/** A point of the old text where it stands after the edit (itself when the edit did not move it). */
function moved(point: Point, edit: Edit): Point {
  return point.offset <= edit.prefix ? point : {line: point.line + edit.lines, column: point.column, offset: movedOffset(point.offset, edit)}
}

/** Does the edit leave all of `finding` where it was? */
function unmoved(finding: Finding, edit: Edit): boolean {
  if (finding.start.offset > edit.prefix || finding.end.offset > edit.prefix) return false
  const {related, fix} = finding
  if (fix && fix.end > edit.prefix) return false
  if (related) for (let index = 0; index < related.length; index++) if (related[index].start.offset > edit.prefix || related[index].end.offset > edit.prefix) return false
  return true
}

/** A copy of `finding` moved by the edit, written out (quicker than a spread), with the same fields. */
function movedCopy(finding: Finding, edit: Edit): Finding {
  const copy: Finding = {ruleId: finding.ruleId, severity: finding.severity, message: finding.message, url: finding.url, start: moved(finding.start, edit), end: moved(finding.end, edit)}
  if ('actual' in finding) copy.actual = finding.actual
  if ('fix' in finding) copy.fix = finding.fix && {start: movedOffset(finding.fix.start, edit), end: movedOffset(finding.fix.end, edit), text: finding.fix.text}
  if ('related' in finding) copy.related = finding.related?.map((place) => ({message: place.message, start: moved(place.start, edit), end: moved(place.end, edit)}))
  return copy
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
  const runs: number[] = []
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
    if (found === -1) fresh.push(finding)
    // Extend the last run when this finding follows on from it.
    const last = runs.length - 2
    if (last >= 0 && (found === -1 ? runs[last] === -1 : runs[last] !== -1 && runs[last] + runs[last + 1] === found)) runs[last + 1]++
    else runs.push(found, 1)
  }
  return {base, edit, runs, fresh}
}

/**
 * The findings a delta stands for, given the findings of its base lint. `carried` hears of each old
 * finding that stands for a new one (the caller may carry what it made of the old one over).
 */
export function decodeFindings(previous: readonly Finding[], delta: FindingsDelta, carried?: (old: Finding, next: Finding) => void): Finding[] {
  const {runs, fresh, edit} = delta
  const findings: Finding[] = []
  let nextFresh = 0
  for (let run = 0; run < runs.length; run += 2) {
    const from = runs[run]
    const count = runs[run + 1]
    if (from === -1) {
      for (let index = 0; index < count; index++) findings.push(fresh[nextFresh++])
      continue
    }
    for (let ref = from; ref < from + count; ref++) {
      const old = previous[ref]
      // A finding the edit did not move is the same object: the caller's diagnostic for it stands.
      const finding = unmoved(old, edit) ? old : movedCopy(old, edit)
      carried?.(old, finding)
      findings.push(finding)
    }
  }
  return findings
}
