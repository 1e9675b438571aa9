// The word lists in data/ stay general English a newsroom can read and extend: every list says why it
// is there, no entry is listed twice (in its list or in another group read into the same list), and
// entries are lower-case words and phrases with no stray punctuation, since the engine matches them
// word by word on lower-cased text.

import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'

const dataDir = join(import.meta.dirname, '..', 'data')
const files = readdirSync(dataDir).filter((name) => name.endsWith('.json'))

/** A list of entries somewhere in a data file, with the note that explains it (if any) and its place. */
interface List {
  place: string
  entries: string[]
  note: string | undefined
}

/** Every array of strings (and map of words to words) in a JSON value, with the nearest `note` (or the file's `description`) above it. */
function listsOf(value: unknown, place: string, note: string | undefined): List[] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((item) => typeof item === 'string')) return [{place, entries: value as string[], note}]
    return value.flatMap((item, index) => listsOf(item, `${place}[${index}]`, note))
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A map of words to words ("claimed": "said"): its words are the keys.
    const values = Object.values(record)
    if (place !== '' && !('note' in record) && values.length > 0 && values.every((item) => typeof item === 'string')) return [{place, entries: Object.keys(record), note}]
    const own = typeof record.note === 'string' ? record.note : typeof record.description === 'string' ? record.description : undefined
    return Object.entries(record).flatMap(([key, child]) => listsOf(child, `${place}.${key}`, own ?? (place === '' ? undefined : note)))
  }
  return []
}

/**
 * Lower-case letters, digits, spaces, apostrophes and hyphens; a full stop only inside an
 * abbreviation ("a.m.", "u.s."); `*` for "any one word" in a phrase; and the placeholders "??" and
 * "???" that stand for a note still to come.
 */
const wellFormed = /^(?:[a-z0-9][a-z0-9'’\-, ]*[a-z0-9.]|[a-z0-9]|(?:[a-z]\.)+|\*|\?{2,3})$/

for (const file of files) {
  const data = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as Record<string, unknown>
  const lists = listsOf(data, '', undefined)

  test(`${file}: every list has a note saying why it is there`, () => {
    assert.ok(lists.length > 0, `${file} holds no list`)
    for (const list of lists) assert.ok(list.note && list.note.trim().length > 10, `${file}${list.place} has no note`)
  })

  test(`${file}: entries are lower-case, trimmed, with no stray punctuation`, () => {
    for (const list of lists) {
      for (const entry of list.entries) {
        assert.equal(entry, entry.trim(), `${file}${list.place}: "${entry}" has spaces around it`)
        assert.ok(!/\s{2}/.test(entry), `${file}${list.place}: "${entry}" has a double space`)
        // The verb table joins two forms in use with a slash ("burned/burnt"): each form is a word.
        const forms = file === 'verbs.json' ? entry.split(/[ /]/) : [entry]
        // "in line with * policy": a `*` word inside a phrase stands for any one word.
        const words = (form: string) => (form.includes(' ') ? form.replace(/(^| )\*(?= |$)/g, '$1x') : form)
        for (const form of forms) assert.ok(wellFormed.test(words(form)), `${file}${list.place}: "${entry}" is not a lower-case word or phrase`)
      }
    }
  })

  test(`${file}: no entry is listed twice`, () => {
    for (const list of lists) {
      const seen = new Set<string>()
      for (const entry of list.entries) {
        assert.ok(!seen.has(entry), `${file}${list.place}: "${entry}" is listed twice`)
        seen.add(entry)
      }
    }
  })
}

/** Groups the engine reads into one list: an entry in two of them is a duplicate too. */
const merged: Array<[string, (data: any) => string[][]]> = [
  ['cues.json: reporting verbs and verbs of belief', (data) => [...data.groups.map((group: {words: string[]}) => group.words), data.belief.words]],
  ['claims.json: claim markers', (data) => data.groups.map((group: {phrases: string[]}) => group.phrases)],
  ['anonymity.json: reasons and requests', (data) => [...data.groups.map((group: {phrases: string[]}) => group.phrases), data.requests.phrases]],
  ['sources.json: documents and data nouns', (data) => [data.documents.words, data.documentSources.words]]
]

for (const [name, groupsOf] of merged) {
  test(`${name} are listed once across their groups`, () => {
    const file = name.split(':')[0]
    const groups = groupsOf(JSON.parse(readFileSync(join(dataDir, file), 'utf8')))
    const seen = new Map<string, number>()
    groups.forEach((group, index) => {
      for (const entry of group) {
        assert.ok(!seen.has(entry), `${file}: "${entry}" is in group ${seen.get(entry)} and group ${index}`)
        seen.set(entry, index)
      }
    })
  })
}

test('the data test reads every kind of list (it would catch a list with no note)', () => {
  const lists = listsOf({description: 'top', groups: [{words: ['a', 'b']}], other: {note: 'why it is here', words: ['c']}}, '', undefined)
  assert.deepEqual(lists.map((list) => [list.place, list.note]), [['.groups[0].words', 'top'], ['.other.words', 'why it is here']])
  assert.ok(!wellFormed.test('Because'))
  assert.ok(!wellFormed.test('said,'))
  assert.ok(wellFormed.test("people familiar with"))
  assert.ok(wellFormed.test('a.m.'))
})

test('verbs.json: each irregular verb is one line of base, past and participle, listed once, in order', () => {
  const lines = (JSON.parse(readFileSync(join(dataDir, 'verbs.json'), 'utf8')) as {irregular: {verbs: string[]}}).irregular.verbs
  const bases = new Set<string>()
  for (const line of lines) {
    const slots = line.split(' ')
    assert.equal(slots.length, 3, `verbs.json: "${line}" is not "base past participle"`)
    for (const slot of slots) assert.ok(/^[a-z]+(\/[a-z]+)?$/.test(slot), `verbs.json: "${line}" has a slot that is not one word or two joined by a slash`)
    const [base, past, participle] = slots
    assert.ok(!bases.has(base), `verbs.json: "${base}" is listed twice`)
    bases.add(base)
    // A verb whose every form is the regular -ed is read by rule, and listing it only hides that.
    const regular = (form: string) => [base + 'ed', ...(base.endsWith('e') ? [base + 'd'] : []), base.slice(0, -1) + 'ied', base + base.at(-1) + 'ed'].includes(form)
    assert.ok(![...past.split('/'), ...participle.split('/')].every(regular), `verbs.json: "${line}" is regular`)
  }
  assert.deepEqual(lines, [...lines].sort(), 'verbs.json: the verbs are in alphabetical order, so a reader finds one and a duplicate stands out')
})
