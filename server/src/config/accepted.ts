// Reads `.attributionlint-accepted.json`, the findings a project accepted without touching the copy
// (see engine/accepted.ts for how an entry matches). It sits next to the configuration file, is
// written by the editor's "Accept this finding" and may be edited by hand, so it is read forgivingly:
// a broken entry is reported once, with the file, line and column, and the other entries still
// apply. The file is a JSON array of {"rule", "sentence", "reason"?} objects, one a line.

import {ruleIds, type AcceptedEntry, type Problem} from '../engine/types.ts'
import {lineAndColumn, parseJson} from './json.ts'
import {readSmallTextFile} from './read.ts'
import {didYouMean, listOf} from './suggest.ts'

export const acceptedFileName = '.attributionlint-accepted.json'

export interface AcceptedFile {
  found: boolean
  entries: AcceptedEntry[]
  problems: Problem[]
  /** The file's list as written, entries with problems included, when it is a readable JSON list: what a change keeps. */
  raw?: unknown[]
}

const entryKeys = ['rule', 'sentence', 'reason']

export function readAcceptedFile(path: string): AcceptedFile {
  const read = readSmallTextFile(path)
  if ('missing' in read) return {found: false, entries: [], problems: []}
  if ('problem' in read) return {found: true, entries: [], problems: [{message: `${path}: ${read.problem.replace(/ The defaults are used\.$/, '')} No finding is accepted until then.`, file: path}]}
  const text = read.text.startsWith('\uFEFF') ? read.text.slice(1) : read.text
  // A file just created is empty for a moment: nothing accepted yet, nothing wrong.
  if (text.trim() === '') return {found: true, entries: [], problems: [], raw: []}

  const problems: Problem[] = []
  const report = (offset: number, message: string) => {
    const {line, column} = lineAndColumn(text, offset)
    problems.push({message: `${path}:${line}:${column}: ${message}`, file: path, line, column})
  }
  const parsed = parseJson(text)
  let items: Array<{value: unknown; offset: number}>
  if (parsed.ok) {
    if (!Array.isArray(parsed.value)) {
      report(0, `this file must hold a list of accepted findings, [{"rule": ..., "sentence": ...}], not ${describe(parsed.value)}. No finding is accepted until then.`)
      return {found: true, entries: [], problems}
    }
    const spans = elementSpans(text)
    items = parsed.value.map((value, index) => ({value, offset: spans[index]?.start ?? 0}))
  } else {
    // One broken entry must not bring back every finding the desk accepted: each entry is read on its own.
    const offset = offsetOf(text, parsed.line, parsed.column)
    report(offset, `this is not valid JSON (${parsed.reason}); fix it. The entries that can be read still apply.`)
    items = []
    for (const span of elementSpans(text)) {
      if (span.start <= offset && offset <= span.end) continue
      const one = parseJson(text.slice(span.start, span.end))
      if (one.ok) items.push({value: one.value, offset: span.start})
    }
  }

  const entries: AcceptedEntry[] = []
  for (const {value, offset} of items) {
    const entry = checkEntry(value, (message) => report(offset, message))
    if (entry) entries.push(entry)
  }
  return {found: true, entries, problems, ...(parsed.ok ? {raw: parsed.value as unknown[]} : {})}
}

function checkEntry(value: unknown, report: (message: string) => void): AcceptedEntry | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(`an entry is ${describe(value)}; each must be {"rule": ..., "sentence": ..., "reason": ...}. It was skipped.`)
    return undefined
  }
  const record = value as Record<string, unknown>
  const {rule, sentence, reason} = record
  if (typeof rule !== 'string' || !(ruleIds as readonly string[]).includes(rule)) {
    const named = typeof rule === 'string' ? `the unknown rule "${rule}"${didYouMean(rule, ruleIds)}` : `no "rule"`
    report(`an entry has ${named}; the rules are ${listOf(ruleIds, 'and')}. It was skipped.`)
    return undefined
  }
  if (typeof sentence !== 'string' || sentence.trim() === '') {
    report(`the ${rule} entry has no "sentence"; give the sentence the finding is in. It was skipped.`)
    return undefined
  }
  if (reason !== undefined && typeof reason !== 'string') {
    report(`the ${rule} entry's "reason" is ${describe(reason)}; it must be text. The entry applies without it.`)
  }
  for (const key of Object.keys(record)) if (!entryKeys.includes(key)) report(`the ${rule} entry has the unknown key "${key}"${didYouMean(key, entryKeys)}; the keys are ${listOf(entryKeys, 'and')}. It was ignored.`)
  return typeof reason === 'string' && reason.trim() !== '' ? {rule, sentence, reason} : {rule, sentence}
}

/** Where each element of the top-level array starts and ends, found by bracket depth outside strings. */
function elementSpans(text: string): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  let depth = 0
  let inString = false
  let start = -1
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (inString) {
      if (character === '\\') index++
      else if (character === '"') inString = false
      continue
    }
    if (character === '"') {
      inString = true
      if (depth === 1 && start === -1) start = index
    } else if (character === '[' || character === '{') {
      if (depth === 1 && start === -1) start = index
      depth++
    } else if (character === ']' || character === '}') {
      depth--
      if (depth === 1 && start !== -1) {
        spans.push({start, end: index + 1})
        start = -1
      }
      if (depth <= 0) break
    } else if (character === ',' && depth === 1) {
      if (start !== -1) spans.push({start, end: index})
      start = -1
    } else if (depth === 1 && start === -1 && !/\s/.test(character)) start = index
  }
  return spans
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset)
    if (next === -1) break
    offset = next + 1
  }
  return offset + column - 1
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'string') return `the text "${value}"`
  return `${typeof value} ${String(value)}`
}

/** The file's text: one entry a line, so each acceptance is one line of a diff. */
export function formatAccepted(entries: readonly unknown[]): string {
  if (entries.length === 0) return '[]\n'
  return `[\n${entries.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`
}
