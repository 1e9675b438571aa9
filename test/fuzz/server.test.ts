// Fuzzing the language server (issue 7, "Quick fixes are safe" and "The server survives"): a real
// server process over stdio (test/lsp/client.ts), fed random drafts from test/fuzz/arbitraries.ts
// and hostile protocol traffic.
//
// Quick fixes: every diagnostic of every random draft is asked for its code actions; each edit must
// lie inside the document, leave everything outside the edited ranges as it was, and, for the fixes
// that claim to remove their diagnostic (the "said" fix, adding a footnote definition, removing an
// unused one, disable-next-line), the re-lint after the change has no such diagnostic at that place.
// The drafts are drawn once with a fixed seed; each property is its own test, reporting the shortest
// draft that breaks it. More drafts locally:
//
//   FUZZ_RUNS=300 node --import tsx --test test/fuzz/server.test.ts
//   FUZZ_SEED=7 FUZZ_RUNS=300 node --import tsx --test test/fuzz/server.test.ts
//
// The server survives: after each kind of bad input, a normal draft still gets correct diagnostics
// and hovers, the process is alive, and nothing was thrown unhandled (the server logs unhandled
// rejections and handler failures through window/logMessage; both are checked, and stderr too).

import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test} from 'node:test'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import type {CodeAction, Diagnostic, MarkupContent, TextEdit} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint, type DraftFormat} from '../../server/src/engine/index.ts'
import {changeBetween, expandSnippet, TestClient} from '../lsp/client.ts'
import {anyText, format, paragraphDraft} from './arbitraries.ts'

const numRuns = Number(process.env.FUZZ_RUNS) || 30
const seed = process.env.FUZZ_SEED === undefined ? 20261128 : Number(process.env.FUZZ_SEED)

const extensionOf: Record<DraftFormat, string> = {markdown: 'md', text: 'txt', draft: 'draft'}
const languageOf: Record<DraftFormat, string> = {markdown: 'markdown', text: 'plaintext', draft: 'news-draft'}

/** Log lines that mean something was thrown: a handler's failure or an unhandled rejection. */
const thrown = /Unhandled rejection|Uncaught exception| failed: /

function problemsOf(client: TestClient): string[] {
  const problems = client.logs.filter((line) => thrown.test(line))
  if (/unhandled|uncaught/i.test(client.stderr)) problems.push(`stderr: ${client.stderr}`)
  return problems
}

// ---------------------------------------------------------------------------------------------
// Quick fixes are safe

type Property = 'edit' | 'said' | 'definition' | 'remove-definition' | 'disable-next-line' | 'server'

interface Violation {
  text: string
  format: DraftFormat
  diagnostic: string
  action: string
  why: string
}

/** Which fixes claim to remove their diagnostic, by title. */
function claim(action: CodeAction): Property | undefined {
  if (/^Replace “[^”]*” with “[^”]*”$/.test(action.title)) return 'said'
  if (/^Add a definition for \[\^/.test(action.title)) return 'definition'
  if (/^Remove the unused footnote definition \[\^/.test(action.title)) return 'remove-definition'
  if (/^Turn off “[^”]+” for this line$/.test(action.title)) return 'disable-next-line'
  return undefined
}

interface OffsetEdit {
  start: number
  end: number
  newText: string
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The action's edits for `uri` as offsets into `text`, with snippet tab stops removed; or why they
 * are wrong (a range outside the document, splitting a character or a line ending, overlapping,
 * another document, a stale version).
 */
function offsetEdits(text: string, uri: string, version: number, action: CodeAction): {edits: OffsetEdit[]; problems: string[]} {
  const document = TextDocument.create(uri, 'markdown', version, text)
  const problems: string[] = []
  const raw: TextEdit[] = []
  for (const change of action.edit?.documentChanges ?? []) {
    if (!('textDocument' in change)) {
      problems.push(`a resource operation ${JSON.stringify(change)}`)
      continue
    }
    if (change.textDocument.uri !== uri) problems.push(`an edit to another document, ${change.textDocument.uri}`)
    if (change.textDocument.version !== null && change.textDocument.version !== version) problems.push(`an edit for version ${change.textDocument.version}, not ${version}`)
    for (const one of change.edits) raw.push('snippet' in one ? {range: one.range, newText: expandSnippet(one.snippet.value, '')} : one)
  }
  for (const [other, list] of Object.entries(action.edit?.changes ?? {})) {
    if (other !== uri) problems.push(`an edit to another document, ${other}`)
    raw.push(...list)
  }
  const lineLength = (line: number) => {
    const start = document.offsetAt({line, character: 0})
    const next = line + 1 < document.lineCount ? document.offsetAt({line: line + 1, character: 0}) : text.length
    return text.slice(start, next).replace(/\r\n$|\r$|\n$/, '').length
  }
  const edits: OffsetEdit[] = []
  for (const edit of raw) {
    for (const position of [edit.range.start, edit.range.end]) {
      if (!Number.isInteger(position.line) || position.line < 0 || position.line >= document.lineCount) problems.push(`line ${position.line} outside 0..${document.lineCount - 1}`)
      else if (!Number.isInteger(position.character) || position.character < 0 || position.character > lineLength(position.line))
        problems.push(`character ${position.character} outside line ${position.line} (length ${lineLength(position.line)})`)
    }
    const start = document.offsetAt(edit.range.start)
    const end = document.offsetAt(edit.range.end)
    if (start > end) problems.push(`a range that ends before it starts: ${JSON.stringify(edit.range)}`)
    for (const offset of [start, end]) {
      if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) problems.push(`offset ${offset} splits a surrogate pair`)
      if (text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10) problems.push(`offset ${offset} splits a CRLF line ending`)
    }
    edits.push({start, end, newText: edit.newText})
  }
  // LSP: edits must not overlap; inserts at one place keep their array order (a stable sort).
  const sorted = edits.map((edit, index) => ({edit, index})).sort((a, b) => a.edit.start - b.edit.start || a.index - b.index).map(({edit}) => edit)
  for (let index = 1; index < sorted.length; index++) {
    if (sorted[index].start < sorted[index - 1].end) problems.push(`overlapping edits ${JSON.stringify(sorted[index - 1])} and ${JSON.stringify(sorted[index])}`)
  }
  return {edits: sorted, problems}
}

/** The edits applied piece by piece (not through `TextDocument.applyEdits`, which clamps what it is given). */
function applyOffsetEdits(text: string, edits: OffsetEdit[]): string {
  let result = ''
  let at = 0
  for (const edit of edits) {
    result += text.slice(at, edit.start) + edit.newText
    at = Math.max(at, edit.end)
  }
  return result + text.slice(at)
}

/** Where an offset of the old text lands in the edited text (inside a replaced range: its start). */
function mapOffset(offset: number, edits: OffsetEdit[]): number {
  let delta = 0
  for (const edit of edits) {
    if (edit.start === edit.end ? edit.start <= offset : edit.end <= offset) delta += edit.newText.length - (edit.end - edit.start)
    else if (edit.start < offset) return edit.start + delta
  }
  return offset + delta
}

const describeDiagnostic = (diagnostic: Diagnostic) =>
  `${diagnostic.code} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}-${diagnostic.range.end.line + 1}:${diagnostic.range.end.character + 1} ${JSON.stringify(diagnostic.message)}`

describe('quick fixes are safe', () => {
  let client: TestClient
  const violations = new Map<Property, Violation[]>()
  const counts = {drafts: 0, diagnostics: 0, actions: 0, relinted: 0} as Record<string, number>
  let elapsed = 0

  before(async () => {
    client = (await TestClient.start()).client
    const started = Date.now()
    const samples = fc.sample(fc.tuple(fc.oneof({weight: 3, arbitrary: anyText}, {weight: 1, arbitrary: paragraphDraft}), format), {seed, numRuns})
    for (const [index, [text, draftFormat]] of samples.entries()) {
      const uri = `file:///fuzz/quick-fix-${index}.${extensionOf[draftFormat]}`
      const said = (property: Property, diagnostic: Diagnostic | undefined, action: string, why: string) => {
        const list = violations.get(property) ?? []
        list.push({text, format: draftFormat, diagnostic: diagnostic ? describeDiagnostic(diagnostic) : '', action, why})
        violations.set(property, list)
      }
      const logs = client.logs.length
      let version = 1
      const diagnostics = await client.open(uri, text, languageOf[draftFormat], version)
      counts.drafts++
      for (const diagnostic of diagnostics) {
        counts.diagnostics++
        let actions: CodeAction[]
        // The version the actions are for: the re-lints below change the draft and put it back.
        const asked = version
        try {
          actions = await client.codeActions(uri, diagnostic.range, [diagnostic])
        } catch (error) {
          said('server', diagnostic, '(code action request)', String(error))
          continue
        }
        for (const action of actions) {
          if (!action.edit) continue
          counts.actions++
          const {edits, problems} = offsetEdits(text, uri, asked, action)
          const edited = applyOffsetEdits(text, edits)
          if (edits.length > 0) {
            // Everything before the first edit and after the last is the draft as it was.
            const first = edits[0].start
            const last = Math.max(...edits.map((edit) => edit.end))
            if (!edited.startsWith(text.slice(0, first)) || !edited.endsWith(text.slice(last)) || edited.length - (text.length - last) < first) {
              problems.push('the text outside the edited ranges changed')
            }
            const reference = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), edits.map((edit) => ({
              range: {start: TextDocument.create(uri, 'markdown', 0, text).positionAt(edit.start), end: TextDocument.create(uri, 'markdown', 0, text).positionAt(edit.end)},
              newText: edit.newText
            })))
            if (reference !== edited) problems.push('the edits give another text when applied as LSP text edits')
          }
          for (const problem of problems) said('edit', diagnostic, action.title, problem)
          const property = claim(action)
          if (!property || problems.length > 0 || edited === text) continue
          // Re-lint the edited draft as the editor would send it, then put the draft back.
          counts.relinted++
          const after = await client.change(uri, ++version, [changeBetween(text, edited)])
          const editedDocument = TextDocument.create(uri, 'markdown', version, edited)
          const place = mapOffset(TextDocument.create(uri, 'markdown', 0, text).offsetAt(diagnostic.range.start), edits)
          const still = after.find(
            (other) =>
              other.code === diagnostic.code &&
              editedDocument.offsetAt(other.range.start) === place &&
              // Removing one of two unused definitions, or defining a footnote with the note left
              // empty (the snippet's tab stop), may leave another finding of the rule there.
              (property === 'said' || property === 'disable-next-line' || other.message === diagnostic.message)
          )
          if (still) said(property, diagnostic, action.title, `still reported after the fix, as ${describeDiagnostic(still)}; the fixed draft:\n${JSON.stringify(edited)}`)
          await client.change(uri, ++version, [{text}])
        }
      }
      await client.close(uri)
      for (const line of client.logs.slice(logs).filter((entry) => thrown.test(entry))) said('server', undefined, '', line)
    }
    elapsed = Date.now() - started
  })

  after(async () => {
    await client.stop()
  })

  function check(property: Property): void {
    const list = violations.get(property) ?? []
    if (list.length === 0) return
    const shortest = [...list].sort((a, b) => a.text.length - b.text.length)[0]
    assert.fail(
      `${list.length} violation(s) in ${counts.drafts} drafts; the shortest draft (${shortest.format}):\n${JSON.stringify(shortest.text)}\n` +
        `diagnostic: ${shortest.diagnostic}\naction: ${shortest.action}\n${shortest.why}`
    )
  }

  test('the drafts were fuzzed', () => {
    // A run with nothing to fix would prove nothing.
    assert.equal(counts.drafts, numRuns)
    assert.ok(counts.actions > numRuns, JSON.stringify(counts))
    assert.ok(counts.relinted > 0, JSON.stringify(counts))
    console.log(`# quick fixes: ${JSON.stringify(counts)} in ${elapsed} ms (seed ${seed})`)
  })
  test('every edit lies inside the draft, and the text outside the edited ranges is unchanged', () => check('edit'))
  test('the server answers every code action request and logs no failure', () => check('server'))
  test('replacing a loaded verb removes the loaded-attribution-verb diagnostic', () => check('said'))
  test('adding a footnote definition removes the dangling-evidence diagnostic', () => check('definition'))
  test('removing an unused footnote definition removes its diagnostic', () => check('remove-definition'))
  test('a disable-next-line comment removes the diagnostic', () => check('disable-next-line'))
})

// ---------------------------------------------------------------------------------------------
// The server survives

const normal = [
  '# Budget vote',
  '',
  'The council plans to cut the library budget.',
  '',
  '“We will not reopen the branch this year, and that is final,” Ruiz said.',
  '',
  'Mayor Ana Ruiz claimed the cut would save $2 million a year.',
  ''
].join('\n')

function brief(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}-${diagnostic.range.end.line + 1}:${diagnostic.range.end.character + 1} ${diagnostic.code}`)
}

function expected(text: string): string[] {
  return lint(text, {format: 'markdown'}).findings.map((finding) => `${finding.start.line}:${finding.start.column}-${finding.end.line}:${finding.end.column} ${finding.ruleId}`)
}

function hoverText(hover: {contents: unknown} | null): string {
  assert.ok(hover, 'expected a hover')
  return (hover.contents as MarkupContent).value
}

let healthyCount = 0

/** A normal draft round trip: open, hover, edit, close; the process alive and nothing thrown. */
async function assertHealthy(client: TestClient, base = 'file:///survive'): Promise<void> {
  const uri = `${base}/healthy-${++healthyCount}.md`
  assert.deepEqual(brief(await client.open(uri, normal)), expected(normal))
  assert.match(hoverText(await client.hover(uri, 4, 5)), /Speaker: “Ruiz”/)
  const edited = normal + '\nThe county plans to sell the building.\n'
  assert.deepEqual(brief(await client.change(uri, 2, [changeBetween(normal, edited)])), expected(edited))
  assert.deepEqual(await client.close(uri), [])
  assert.equal(client.process.exitCode, null, 'the server exited')
  assert.equal(client.process.signalCode, null, 'the server was killed')
  assert.deepEqual(problemsOf(client), [])
}

describe('the server survives', () => {
  let client: TestClient
  let counter = 0
  const uriOf = (name: string) => `file:///survive/${++counter}-${name}`

  before(async () => {
    client = (await TestClient.start()).client
  })
  after(() => client.stop())

  test('malformed JSON-RPC bytes and malformed messages', async () => {
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`
    // Not JSON; JSON that is not a message; a message with no method; a request whose params are
    // not what the method takes; a notification with none; a response to nothing; a non-ASCII body.
    for (const body of [
      '{"jsonrpc":}',
      '[]',
      'null',
      '{"jsonrpc":"2.0"}',
      '{"jsonrpc":"2.0","id":9001,"method":"textDocument/hover","params":null}',
      '{"jsonrpc":"2.0","id":9002,"method":"textDocument/codeAction","params":{"textDocument":{}}}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{}}',
      '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.md","version":2},"contentChanges":null}}',
      '{"jsonrpc":"2.0","id":123456,"result":null}',
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///é.md","languageId":"markdown","version":1,"text":"Officials said “so”.\\ud800"}}}'
    ]) {
      client.process.stdin.write(frame(body))
    }
    // A malformed request may fail inside the server's guard (logged, answered with nothing); what
    // matters is that nothing is thrown unhandled and what follows is answered.
    await assertHealthy(client).catch((error) => {
      console.log(client.logs.join('\n'))
      throw error
    })
  })

  test('a request for an unknown method is answered with MethodNotFound, and unknown notifications are ignored', async () => {
    await assert.rejects(client.connection.sendRequest('attributionLint/noSuchMethod', {x: 1}), (error: {code?: number}) => error.code === -32601)
    await assert.rejects(client.connection.sendRequest('textDocument/noSuchFeature'), (error: {code?: number}) => error.code === -32601)
    await client.connection.sendNotification('attributionLint/noSuchNotification', {x: 1})
    await client.connection.sendNotification('$/noSuchNotification')
    await assertHealthy(client)
  })

  test('an out-of-order didChange (version going backwards) leaves the server answering other drafts', async () => {
    const uri = uriOf('backwards.md')
    await client.open(uri, normal)
    await client.change(uri, 5, [{text: normal + '\nOne.\n'}])
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 3}, contentChanges: [{text: normal + '\nTwo.\n'}]})
    await assertHealthy(client)
    await client.close(uri)
  })

  test(
    'after a didChange whose version goes backwards, the draft itself is linted again and answers hovers',
    async () => {
      const uri = uriOf('backwards-self.md')
      await client.open(uri, normal)
      await client.change(uri, 5, [{text: 'x\n' + normal}])
      const text = normal + '\nThe county plans to sell the building.\n'
      const published = client.diagnostics(uri, (params) => params.version === 3, 3000)
      await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 3}, contentChanges: [{text}]})
      const hover = await client.hover(uri, 4, 5)
      try {
        assert.match(hoverText(hover), /Speaker: “Ruiz”/)
        assert.deepEqual(brief((await published).diagnostics), expected(text))
      } finally {
        published.catch(() => {})
        await client.close(uri)
      }
    }
  )

  test('a didChange with a range past the end of the document, or backwards, is clamped', async () => {
    const uri = uriOf('past-end.md')
    await client.open(uri, normal)
    const appended = normal + '\nThe county plans to sell the building.'
    const first = await client.change(uri, 2, [{range: {start: {line: 400, character: 9}, end: {line: 9999, character: 9999}}, text: '\nThe county plans to sell the building.'}])
    assert.deepEqual(brief(first), expected(appended))
    // A character past the end of a line, in the middle of the draft: the end of that line.
    const line = {line: 2, character: 500}
    const second = await client.change(uri, 3, [{range: {start: line, end: line}, text: ' Officials said so.'}])
    const withOfficials = appended.replace('library budget.', 'library budget. Officials said so.')
    assert.deepEqual(brief(second), expected(withOfficials))
    // An end before its start, and negative positions: whatever is applied, the server's text and
    // the diagnostics stay consistent (the next full change is linted exactly).
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 4},
      contentChanges: [
        {range: {start: {line: 4, character: 10}, end: {line: 2, character: 0}}, text: 'X'},
        {range: {start: {line: -3, character: -7}, end: {line: -1, character: 0}}, text: 'Y'}
      ]
    })
    assert.deepEqual(brief(await client.change(uri, 5, [{text: normal}])), expected(normal))
    assert.match(hoverText(await client.hover(uri, 4, 5)), /Speaker: “Ruiz”/)
    await client.close(uri)
    await assertHealthy(client)
  })

  test('a didChange for a document never opened, and requests about it', async () => {
    const uri = uriOf('never-opened.md')
    const logs = client.logs.length
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: normal}]})
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 3}, contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'x'}]})
    await client.connection.sendNotification('textDocument/didSave', {textDocument: {uri}})
    assert.equal(await client.hover(uri, 0, 0), null)
    assert.deepEqual(await client.codeActions(uri, {start: {line: 0, character: 0}, end: {line: 0, character: 1}}, []), [])
    assert.ok(client.logs.slice(logs).some((line) => /not open/.test(line)), client.logs.slice(logs).join('\n'))
    // A draft opened afterwards under that name is linted from its own text.
    assert.deepEqual(brief(await client.open(uri, normal)), expected(normal))
    await client.close(uri)
    await assertHealthy(client)
  })

  test('didClose twice', async () => {
    const uri = uriOf('closed-twice.md')
    await client.open(uri, normal)
    assert.deepEqual(await client.close(uri), [])
    assert.deepEqual(await client.close(uri), [])
    assert.equal(await client.hover(uri, 4, 5), null)
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: 'x'}]})
    // Opened again: linted afresh.
    assert.deepEqual(brief(await client.open(uri, normal)), expected(normal))
    assert.match(hoverText(await client.hover(uri, 4, 5)), /Speaker: “Ruiz”/)
    await client.close(uri)
    await assertHealthy(client)
  })

  test('a 20 MB draft is said to be too large, once, and another draft is answered at once', async () => {
    const uri = uriOf('huge.md')
    const sentence = 'The council plans to cut the library budget, officials said. '
    const huge = sentence.repeat(Math.ceil(20_000_000 / sentence.length))
    const logs = client.logs.length
    const diagnostics = await client.open(uri, huge)
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics))
    assert.equal(diagnostics[0].code, 'draft-too-large')
    assert.match(diagnostics[0].message as string, /more than the limit of 1,000,000.*attributionLint\.maxDraftSize/)
    // A hover on another draft while the big one is open, then on the big one itself.
    const other = uriOf('beside-huge.md')
    await client.open(other, normal)
    assert.match(hoverText(await client.hover(other, 4, 5)), /Speaker: “Ruiz”/)
    assert.equal(await client.hover(uri, 0, 5), null)
    // An edit to the big draft is said to be too large again, and logged only once.
    const again = await client.change(uri, 2, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'x'}])
    assert.equal(again[0]?.code, 'draft-too-large')
    assert.equal(client.logs.slice(logs).filter((line) => /maxDraftSize/.test(line)).length, 1)
    await client.close(uri)
    await client.close(other)
    await assertHealthy(client)
  })
})

describe('defects the fuzzer found, reduced', () => {
  let client: TestClient
  before(async () => {
    client = (await TestClient.start()).client
  })
  after(() => client.stop())

  async function fixAndRelint(uri: string, text: string, languageId: string, code: string, title: RegExp): Promise<Diagnostic[]> {
    const diagnostics = await client.open(uri, text, languageId)
    const diagnostic = diagnostics.find((candidate) => candidate.code === code)
    assert.ok(diagnostic, JSON.stringify(brief(diagnostics)))
    const action = (await client.codeActions(uri, diagnostic.range, [diagnostic])).find((candidate) => title.test(candidate.title))
    assert.ok(action, 'no such action')
    const {edits} = offsetEdits(text, uri, 1, action)
    const after = await client.change(uri, 2, [changeBetween(text, applyOffsetEdits(text, edits))])
    await client.close(uri)
    return after.filter((candidate) => candidate.code === code)
  }

  test(
    'a footnote definition added at the end of a draft that ends in an unclosed HTML comment defines the footnote',
    async () => {
      const still = await fixAndRelint('file:///defects/unclosed.md', 'The plant employs 400 people.[^pay]\n\n<!-- a note to the desk\n', 'markdown', 'dangling-evidence', /^Add a definition for \[\^pay\]/)
      assert.deepEqual(still.filter((diagnostic) => /no definition/.test(diagnostic.message as string)), [])
    }
  )

  test(
    'disable-next-line works in a draft with carriage-return (CR only) line endings',
    async () => {
      const still = await fixAndRelint('file:///defects/cr.md', 'Intro.\rThe data shows it.\r', 'markdown', 'missing-evidence', /^Turn off “Missing evidence note” for this line$/)
      assert.deepEqual(brief(still), [])
    }
  )
})

describe('the server survives a configuration file replaced mid-session', () => {
  let client: TestClient
  let root: string

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'attribution-lint-fuzz-'))
    writeFileSync(join(root, '.attributionlintrc.json'), JSON.stringify({rules: {'missing-evidence': 'off'}}))
    client = (await TestClient.start({rootUri: pathToFileURL(root).href})).client
  })
  after(async () => {
    await client.stop()
    rmSync(root, {recursive: true, force: true})
  })

  test('invalid JSON, an empty file, binary bytes, then a valid file again', async () => {
    const config = join(root, '.attributionlintrc.json')
    const configUri = pathToFileURL(config).href
    const uri = pathToFileURL(join(root, 'story.md')).href
    const withFigure = normal + '\nThe plant employs 400 people.\n'
    const first = await client.open(uri, withFigure)
    assert.ok(!first.some((diagnostic) => diagnostic.code === 'missing-evidence'), 'the file turns missing-evidence off')

    // A file just created is empty for a moment: that is no settings, not a problem (config/read.ts).
    writeFileSync(config, '')
    let next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: 2}]})
    const empty = (await next).diagnostics
    assert.deepEqual(brief(empty), expected(withFigure))
    await assertHealthy(client)

    for (const bytes of ['{"rules": {"missing-evidence": "of', '\u0000\uFFFD\u{1F600}{{{', '{"rules": 42}', 'null', '[]']) {
      writeFileSync(config, bytes)
      const next = client.diagnostics(uri)
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: 2}]})
      const broken = (await next).diagnostics
      assert.ok(
        broken.some((diagnostic) => diagnostic.code === 'configuration'),
        `${JSON.stringify(bytes)}: the broken file is reported: ${JSON.stringify(brief(broken))}`
      )
      assert.ok(broken.some((diagnostic) => diagnostic.code === 'missing-evidence'), `${JSON.stringify(bytes)}: the defaults are used`)
      assert.match(hoverText(await client.hover(uri, 4, 5)), /Speaker: “Ruiz”/)
      await assertHealthy(client)
    }

    writeFileSync(config, JSON.stringify({rules: {'missing-evidence': 'off'}}))
    next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: configUri, type: 2}]})
    const fixed = (await next).diagnostics
    assert.ok(!fixed.some((diagnostic) => diagnostic.code === 'missing-evidence' || diagnostic.code === 'configuration'), JSON.stringify(brief(fixed)))
    await assertHealthy(client)
  })
})
