// The language server as an editor talks to it: a real server process over stdio (and once over
// node IPC), drafts opened, edited, configured and closed, diagnostics compared field by field.

import assert from 'node:assert/strict'
import {fork} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {after, before, describe, test, type TestContext} from 'node:test'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'
import type {Diagnostic, MarkupContent, PublishDiagnosticsParams} from 'vscode-languageserver-protocol'
import {lint} from '../../server/src/engine/index.ts'
import type {CheckWorkspaceResult, SourcingSummary} from '../../server/src/lsp/protocol.ts'
import {readRuleLinks, ruleLinkFiller} from '../../client/src/ruleLinks.ts'
import {changeBetween, serverScript, TestClient} from './client.ts'

const draft = [
  '# Budget vote',
  '',
  'The council plans to cut the library budget.',
  '',
  'Mayor Ana Ruiz claimed the cut would save $2 million a year.',
  '',
  '“We will not reopen the branch this year, and that is final,” Ruiz said.',
  '',
  'A senior council aide said the vote was rushed.',
  '',
  '“They did not read the report before they voted on it,” she said.',
  ''
].join('\n')

const quotes = [
  'Ruiz spoke at the library on Monday. “Nobody asked the librarians what they thought of any of this,” Ruiz said. “Not one of them was asked about the plan.',
  '',
  '“And nobody asked the readers either, not once in all those years.”',
  '',
  'A senior council aide said the vote was rushed.',
  '',
  '“They did not read the report before they voted on it,” she said.',
  '',
  '“This is the end of the branch as we know it,” a librarian said.',
  ''
].join('\n')

/** `line:column-line:column code` lines (1-based), as the engine tests write findings. */
function brief(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1}-${diagnostic.range.end.line + 1}:${diagnostic.range.end.character + 1} ${diagnostic.code}`)
}

/** The same lines from an in-process lint of the text, for comparison. */
function expected(text: string, format: 'markdown' | 'text' | 'draft' = 'markdown'): string[] {
  return lint(text, {format}).findings.map((finding) => `${finding.start.line}:${finding.start.column}-${finding.end.line}:${finding.end.column} ${finding.ruleId}`)
}

function folder(t: TestContext | undefined, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'attribution-lint-lsp-'))
  if (t) t.after(() => rmSync(root, {recursive: true, force: true}))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), {recursive: true})
    writeFileSync(join(root, path), text)
  }
  return root
}

function hoverText(hover: {contents: unknown} | null): string {
  assert.ok(hover, 'expected a hover')
  return (hover.contents as MarkupContent).value
}

describe('one server, many drafts', () => {
  let client: TestClient
  let root: string
  let capabilities: Record<string, unknown>

  before(async () => {
    root = folder(undefined)
    const started = await TestClient.start({rootUri: pathToFileURL(root).href})
    client = started.client
    capabilities = started.initialized.capabilities as Record<string, unknown>
  })
  after(async () => {
    await client.stop()
    rmSync(root, {recursive: true, force: true})
  })

  const uriOf = (name: string) => pathToFileURL(join(root, name)).href

  test('initialize declares incremental sync, hovers, quick fixes and the fix-all source action', () => {
    assert.deepEqual(capabilities.textDocumentSync, {openClose: true, change: 2, save: {includeText: false}})
    assert.equal(capabilities.hoverProvider, true)
    assert.deepEqual(capabilities.codeActionProvider, {codeActionKinds: ['quickfix', 'source.fixAll.attributionLint']})
  })

  test('opening a draft publishes its diagnostics with source, code, docs link and severity', async () => {
    const uri = uriOf('open.md')
    const diagnostics = await client.open(uri, draft)
    assert.deepEqual(brief(diagnostics), expected(draft))
    const claim = diagnostics.find((diagnostic) => diagnostic.code === 'unattributed-claim')!
    assert.deepEqual(claim.range, {start: {line: 2, character: 12}, end: {line: 2, character: 20}})
    assert.equal(claim.source, 'attribution-lint')
    assert.equal(claim.severity, 2)
    assert.equal(claim.codeDescription?.href, 'https://github.com/attribution-lint/attribution-lint/blob/main/docs/rules/unattributed-claim.md')
    assert.match(claim.message as string, /“plans to”/)
    assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'loaded-attribution-verb')!.severity, 3)
    // The pronoun speaker points at the earlier mention it resolved to.
    const quote = diagnostics.find((diagnostic) => diagnostic.code === 'unnamed-speaker')!
    assert.deepEqual(quote.relatedInformation, [{location: {uri, range: {start: {line: 8, character: 0}, end: {line: 8, character: 21}}}, message: '“she” refers to “A senior council aide”.'}])
  })

  test('a client that fills in rule links gets diagnostics without them, and filled in they are the full ones', async (t) => {
    const root = folder(t, {'.attributionlintrc.json': '{"rules": {"missing-evidence": "of'})
    const uri = pathToFileURL(join(root, 'compact.md')).href
    const full = await TestClient.start({rootUri: pathToFileURL(root).href})
    t.after(() => full.client.stop())
    const compact = await TestClient.start({rootUri: pathToFileURL(root).href, initializationOptions: {compactDiagnostics: true}})
    t.after(() => compact.client.stop())
    const expectedDiagnostics = await full.client.open(uri, draft)
    const sent = await compact.client.open(uri, draft)
    // A finding's diagnostic has neither; the configuration problem, which has no rule page, keeps its source.
    assert.ok(sent.some((diagnostic) => diagnostic.code === 'unattributed-claim'))
    for (const diagnostic of sent) {
      assert.equal(diagnostic.codeDescription, undefined)
      assert.equal(diagnostic.source, diagnostic.code === 'configuration' ? 'attribution-lint' : undefined, JSON.stringify(diagnostic))
    }
    const links = readRuleLinks(compact.initialized.capabilities.experimental)
    assert.ok(links, 'the initialize result carries the rule links')
    ruleLinkFiller(links, (href) => href)(sent)
    // What VS Code's client turns a full diagnostic into: the link as the code's target.
    const asFilled = expectedDiagnostics.map(({codeDescription, ...diagnostic}) => (codeDescription ? {...diagnostic, code: {value: diagnostic.code, target: codeDescription.href}} : diagnostic))
    assert.deepEqual(sent, asFilled)
    // A client that did not ask gets the links on every diagnostic.
    assert.ok(expectedDiagnostics.every((diagnostic) => diagnostic.source === 'attribution-lint'))
    assert.ok(expectedDiagnostics.filter((diagnostic) => diagnostic.code !== 'configuration').every((diagnostic) => diagnostic.codeDescription?.href.endsWith(`${String(diagnostic.code)}.md`)))
  })

  test('an incremental edit updates the diagnostics, and closing clears them', async () => {
    const uri = uriOf('edit.md')
    await client.open(uri, draft)
    // "The council plans to cut the library budget, according to the clerk."
    const edited = draft.replace('library budget.', 'library budget, according to the clerk.')
    const diagnostics = await client.change(uri, 2, [changeBetween(draft, edited)])
    assert.deepEqual(brief(diagnostics), expected(edited))
    assert.ok(!diagnostics.some((diagnostic) => diagnostic.code === 'unattributed-claim'))
    assert.deepEqual(await client.close(uri), [])
  })

  test('a burst of edits is linted once the burst ends, and stale results never follow fresh ones', async () => {
    const uri = uriOf('burst.md')
    await client.open(uri, draft)
    let text = draft
    const versions: number[] = []
    const last = client.diagnostics(uri, (params) => params.version === 21)
    const start = client.published.length
    // Sent in one go, not one await apart: on a busy machine this process may pause between two
    // edits for longer than the server's debounce, and the burst would not be a burst.
    const sent: Array<Promise<void>> = []
    for (let version = 2; version <= 21; version++) {
      const next = text.replace('library', version % 2 ? 'Library' : 'library')
      sent.push(client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [changeBetween(text, next)]}))
      text = next
    }
    await Promise.all(sent)
    const final = await last
    await new Promise((resolve) => setTimeout(resolve, 300))
    for (const params of client.published.slice(start)) if (params.uri === uri) versions.push(params.version!)
    assert.deepEqual(brief(final.diagnostics), expected(text))
    assert.equal(versions.at(-1), 21, `published versions: ${versions.join(', ')}`)
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'versions are published in order')
    assert.ok(versions.length < 20, `a burst of 20 edits took ${versions.length} lints`)
  })

  test('a long draft being linted does not hold up a hover on another draft', async () => {
    const small = uriOf('small.md')
    await client.open(small, draft)
    const long = uriOf('long.md')
    const longText = Array.from({length: 300}, (_, index) => quotes.replace('on Monday', `on day ${index}`)).join('\n')
    const longPublished = client.diagnostics(long, (params) => params.version === 1)
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: long, languageId: 'markdown', version: 1, text: longText}})
    let longDone = false
    void longPublished.then(() => (longDone = true))
    const hover = await client.hover(small, 6, 5)
    assert.match(hoverText(hover), /Ruiz/)
    assert.equal(longDone, false, 'the hover was answered while the long draft was still being linted')
    assert.deepEqual(brief((await longPublished).diagnostics), expected(longText))
  })

  test('a CRLF draft gives the same positions as the LF draft', async () => {
    const lf = await client.open(uriOf('lf.md'), draft)
    const crlf = await client.open(uriOf('crlf.md'), draft.replace(/\n/g, '\r\n'))
    assert.deepEqual(
      crlf.map((diagnostic) => [diagnostic.code, diagnostic.range]),
      lf.map((diagnostic) => [diagnostic.code, diagnostic.range])
    )
  })

  test('a hover over a finding says how to fix it, under the rule\'s plain name', async () => {
    const uri = uriOf('help.md')
    await client.open(uri, draft)
    // "plans to" on line 3 (0-based 2): an unattributed claim, and no quote or cue under the cursor.
    const help = hoverText(await client.hover(uri, 2, 14))
    assert.match(help, /^\*\*Unattributed claim\*\*: Flags a sentence[^]*\*\*How to fix\*\*:[^]*Say who makes the claim/)
    // The rule id appears only in the page's address.
    assert.doesNotMatch(help.replace(/\]\(https:[^)]*\)/g, ']'), /unattributed-claim/)
    assert.equal(await client.hover(uri, 2, 0), null, 'no hover where nothing was found')
  })

  test('hovers name the speaker of a named, a pronoun, a continued and an anonymous quote, and how it was found', async () => {
    const uri = uriOf('quotes.md')
    await client.open(uri, quotes)
    const named = hoverText(await client.hover(uri, 0, 40))
    assert.match(named, /Speaker: “Ruiz” \(named\)/)
    assert.match(named, /the cue “said” in the same sentence/)
    const inherited = hoverText(await client.hover(uri, 0, 115))
    assert.match(inherited, /Speaker: “Ruiz” \(named\)/)
    assert.match(inherited, /inherited from the attributed quote “Nobody asked/)
    const continued = hoverText(await client.hover(uri, 2, 5))
    assert.match(continued, /Speaker: “Ruiz” \(named\)/)
    assert.match(continued, /continued from the quote that opens on \[line 1\]\(file:\/\/\/[^)]*quotes\.md#L1\)/, 'the line is a link to it')
    const pronoun = hoverText(await client.hover(uri, 6, 5))
    assert.match(pronoun, /Speaker: “she” \(anonymous\): the pronoun “she” resolved to “A senior council aide” on \[line 5\]\([^)]*#L5\)/)
    const anonymous = hoverText(await client.hover(uri, 8, 5))
    assert.match(anonymous, /Speaker: “a librarian” \(anonymous\)/)
  })

  test('hovers on a cue give its source, and on an evidence note the sentence it supports', async () => {
    const uri = uriOf('cue-note.md')
    const text = 'Officials said the plant would close.\n\nThe plant employs 400 people.[^1]\n\n[^1]: County payroll records, 2024.\n'
    await client.open(uri, text)
    assert.match(hoverText(await client.hover(uri, 0, 11)), /Attribution cue.*“said”[^]*Source: “Officials” \(anonymous\)/)
    assert.match(hoverText(await client.hover(uri, 2, 31)), /Evidence note\*\* \(footnote\)[^]*For the sentence “The plant employs 400 people.” on \[line 3\]\([^)]*#L3\)/)
    assert.equal(await client.hover(uri, 2, 2), null)
  })

  test('a hover on a finding says what its rule wants and how to fix it, from the rule page, with links to it', async () => {
    const uri = uriOf('help.md')
    await client.open(uri, 'The mayor is expected to resign, the aide said.\n\nThe council is likely to object.\n')
    const help = hoverText(await client.hover(uri, 2, 17))
    assert.match(help, /^\*\*Unattributed claim\*\*: Flags a sentence that makes a claim a reader needs a source for/)
    assert.match(help, /\*\*How to fix\*\*:[^]*Say who makes the claim/)
    assert.match(help, /\[The rule's page\]\(https:\/\/github\.com\/attribution-lint\/attribution-lint\/blob\/main\/docs\/rules\/unattributed-claim\.md\)/)
    assert.doesNotMatch(help, /command:/, 'no command link for a client that gave none')
    assert.ok(help.length < 900, `short: ${help.length} characters`)
    // On a finding inside a quote's reading, the rule's help comes first, then what was read.
    const both = hoverText(await client.hover(uri, 0, 37))
    assert.match(both, /^\*\*Anonymous source\*\*: [^]*\n---\n[^]*Attribution cue/)
  })

  test('the summary request returns the sourcing summary of the open version', async () => {
    const uri = uriOf('summary.md')
    await client.open(uri, quotes)
    const summary = (await client.connection.sendRequest('attributionLint/sourcingSummary', {textDocument: {uri}})) as SourcingSummary
    assert.deepEqual(
      summary.sources.map((source) => [source.name, source.kind]),
      [
        ['Ruiz', 'named'],
        ['A senior council aide', 'anonymous'],
        ['a librarian', 'anonymous']
      ]
    )
    assert.equal(summary.quotes.total, 4)
    assert.equal(await client.connection.sendRequest('attributionLint/sourcingSummary', {textDocument: {uri: uriOf('not-open.md')}}), null)
  })

  test('a hover and the summary asked right after a burst of edits answer for the newest version', async () => {
    const uri = uriOf('quick.md')
    let text = '“We will not reopen the branch this year,” Ruiz said.\n'
    await client.open(uri, text)
    assert.match(hoverText(await client.hover(uri, 0, 5)), /Speaker: “Ruiz” \(named\)/)
    const speakers = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad']
    for (const [index, speaker] of speakers.entries()) {
      const next = text.replace(/” \p{L}+ said/u, `” ${speaker} said`)
      await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: index + 2}, contentChanges: [changeBetween(text, next)]})
      text = next
    }
    // Asked at once, not after the diagnostics: both wait for the lint of version 6.
    const [hover, summary] = await Promise.all([client.hover(uri, 0, 5), client.connection.sendRequest('attributionLint/sourcingSummary', {textDocument: {uri}}) as Promise<SourcingSummary>])
    assert.match(hoverText(hover), /Speaker: “Haddad” \(named\)/)
    assert.deepEqual(summary.sources.map((source) => source.name), ['Haddad'])
    assert.match(hoverText(await client.hover(uri, 0, 5)), /Speaker: “Haddad” \(named\)/, 'a second hover on the same version')
  })

  test('after a draft is closed and reopened with other text, the summary and hovers describe the new text', async () => {
    const uri = uriOf('reopened.md')
    const summaryOf = (target: string) => client.connection.sendRequest('attributionLint/sourcingSummary', {textDocument: {uri: target}}) as Promise<SourcingSummary | null>
    await client.open(uri, quotes)
    assert.equal((await summaryOf(uri))?.sources[0].name, 'Ruiz')
    await client.close(uri)
    assert.equal(await summaryOf(uri), null)
    assert.equal(await client.hover(uri, 0, 40), null)
    // Version 1 again, as an editor numbers a reopened document.
    await client.open(uri, '“The pier stays closed until the spring storms are over,” harbour master Lena Sousa said.\n')
    const summary = await summaryOf(uri)
    assert.deepEqual(
      summary?.sources.map((source) => [source.name, source.kind]),
      [['harbour master Lena Sousa', 'named']]
    )
    assert.equal(summary?.quotes.total, 1)
    assert.match(hoverText(await client.hover(uri, 0, 5)), /Speaker: “harbour master Lena Sousa” \(named\)/)
  })

  test('bad input costs one log line each, and the next request is answered', async () => {
    const uri = uriOf('bad.md')
    await client.open(uri, draft)
    const logs = client.logs.length
    // A range past the end of the document is applied at its end.
    const appended = await client.change(uri, 2, [{range: {start: {line: 40, character: 0}, end: {line: 41, character: 3}}, text: '\nThe county plans to sell the building.'}])
    assert.deepEqual(brief(appended), expected(draft + '\nThe county plans to sell the building.'))
    // A change to a document that is not open.
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: uriOf('ghost.md'), version: 2}, contentChanges: [{text: 'x'}]})
    // Malformed JSON-RPC.
    client.process.stdin.write('Content-Length: 12\r\n\r\n{"jsonrpc":}')
    const hover = await client.hover(uri, 6, 5)
    assert.match(hoverText(hover), /Speaker: “Ruiz”/)
    const said = client.logs.slice(logs)
    assert.ok(said.some((line) => /outside the document/.test(line)), said.join('\n'))
    assert.ok(said.some((line) => /not open/.test(line)), said.join('\n'))
    assert.equal(client.process.exitCode, null)
  })

  test('check all drafts lints the drafts that are not open, honouring .gitignore and .attributionlintignore', async () => {
    writeFileSync(join(root, '.gitignore'), 'build/\n')
    writeFileSync(join(root, '.attributionlintignore'), 'drafts/old-*.md\n')
    mkdirSync(join(root, 'drafts'), {recursive: true})
    mkdirSync(join(root, 'build'), {recursive: true})
    writeFileSync(join(root, 'drafts', 'new.md'), draft)
    writeFileSync(join(root, 'drafts', 'old-story.md'), draft)
    writeFileSync(join(root, 'build', 'copy.md'), draft)
    writeFileSync(join(root, 'drafts', 'notes.txt'), 'The council plans to cut the library budget.\n')
    const published = client.diagnostics(uriOf('drafts/new.md'))
    const result = (await client.connection.sendRequest('attributionLint/checkWorkspace', {})) as CheckWorkspaceResult
    const names = result.drafts.map((entry) => entry.uri.slice(pathToFileURL(root).href.length + 1))
    assert.deepEqual(names, ['drafts/new.md', 'drafts/notes.txt'])
    assert.equal(result.ignored, 2)
    assert.deepEqual(brief(result.drafts[0].diagnostics), expected(draft))
    assert.deepEqual(brief((await published).diagnostics), expected(draft))
  })
})

describe('settings and configuration files', () => {
  test('settings turn a rule off and change a severity; explicit settings override the config file', async (t) => {
    const root = folder(t, {'.attributionlintrc.json': JSON.stringify({rules: {'missing-evidence': 'error', 'unattributed-claim': 'error'}})})
    const {client} = await TestClient.start({rootUri: pathToFileURL(root).href})
    t.after(() => client.stop())
    const uri = pathToFileURL(join(root, 'story.md')).href
    const first = await client.open(uri, draft)
    assert.equal(first.find((diagnostic) => diagnostic.code === 'missing-evidence')!.severity, 1, 'the file makes it an error')
    assert.equal(first.find((diagnostic) => diagnostic.code === 'unattributed-claim')!.severity, 1)

    client.settings = {debounce: 0, rules: {'missing-evidence': 'off', 'unattributed-claim': 'info'}}
    const next = client.diagnostics(uri)
    await client.settingsChanged()
    const diagnostics = (await next).diagnostics
    assert.ok(!diagnostics.some((diagnostic) => diagnostic.code === 'missing-evidence'))
    assert.equal(diagnostics.find((diagnostic) => diagnostic.code === 'unattributed-claim')!.severity, 3)

    client.settings = {debounce: 0, enable: false}
    const cleared = client.diagnostics(uri)
    await client.settingsChanged()
    assert.deepEqual((await cleared).diagnostics, [])
  })

  test('a word-list addition in settings is used', async (t) => {
    const root = folder(t)
    const {client} = await TestClient.start({rootUri: pathToFileURL(root).href, settings: {debounce: 0, words: {claimMarkers: ['is tipped to']}}})
    t.after(() => client.stop())
    const text = 'The mayor is tipped to resign soon.\n'
    assert.deepEqual(expected(text), [], 'without the addition nothing fires')
    const diagnostics = await client.open(pathToFileURL(join(root, 'words.md')).href, text)
    assert.deepEqual(brief(diagnostics), ['1:11-1:23 unattributed-claim'])
  })

  test('a changed .attributionlintrc.json re-lints open drafts; a half-written one is reported and defaults are used', async (t) => {
    const root = folder(t)
    const {client} = await TestClient.start({rootUri: pathToFileURL(root).href})
    t.after(() => client.stop())
    const uri = pathToFileURL(join(root, 'story.md')).href
    const before = await client.open(uri, draft)
    assert.ok(before.some((diagnostic) => diagnostic.code === 'missing-evidence'))
    assert.ok(
      client.registrations.some((registration) => (registration as {method: string}).method === 'workspace/didChangeWatchedFiles'),
      'the server asks to watch config files'
    )

    const config = join(root, '.attributionlintrc.json')
    writeFileSync(config, JSON.stringify({rules: {'missing-evidence': 'off'}}))
    let next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 1}]})
    const after = (await next).diagnostics
    assert.ok(!after.some((diagnostic) => diagnostic.code === 'missing-evidence'))
    assert.equal(after.length, before.length - 1)

    writeFileSync(config, '{"rules": {"missing-evidence": "of')
    next = client.diagnostics(uri)
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(config).href, type: 2}]})
    const broken = (await next).diagnostics
    const problem = broken.find((diagnostic) => diagnostic.code === 'configuration')
    assert.ok(problem, JSON.stringify(broken))
    assert.deepEqual(problem.range, {start: {line: 0, character: 0}, end: {line: 0, character: 0}})
    assert.match(problem.message as string, /attributionlintrc/)
    assert.ok(broken.some((diagnostic) => diagnostic.code === 'missing-evidence'), 'defaults are used')
    assert.match(hoverText(await client.hover(uri, 6, 5)), /Ruiz/)
  })

  test('run on save: edits wait for the save', async (t) => {
    const root = folder(t)
    const {client} = await TestClient.start({rootUri: pathToFileURL(root).href, settings: {run: 'onSave', debounce: 0}})
    t.after(() => client.stop())
    const uri = pathToFileURL(join(root, 'story.md')).href
    await client.open(uri, draft)
    const edited = draft.replace('library budget.', 'library budget, according to the clerk.')
    const count = client.published.length
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [changeBetween(draft, edited)]})
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal(client.published.length, count, 'no lint before the save')
    const saved = client.diagnostics(uri, (params) => params.version === 2)
    await client.connection.sendNotification('textDocument/didSave', {textDocument: {uri}})
    assert.deepEqual(brief((await saved).diagnostics), expected(edited))
  })

  test('a draft over the size limit is reported once, with how to raise the limit', async (t) => {
    const root = folder(t)
    const {client} = await TestClient.start({rootUri: pathToFileURL(root).href, settings: {debounce: 0, maxDraftSize: 100}})
    t.after(() => client.stop())
    const uri = pathToFileURL(join(root, 'long.md')).href
    const diagnostics = await client.open(uri, draft)
    assert.equal(diagnostics.length, 1)
    assert.match(diagnostics[0].message as string, /more than the limit of 100.*attributionLint\.maxDraftSize/)
    await client.change(uri, 2, [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'x'}])
    assert.equal(client.logs.filter((line) => /maxDraftSize/.test(line)).length, 1)
  })
})

test('with the lint on the main thread, hovers, the summary and quick fixes that read the draft work, and closing forgets the draft', async (t) => {
  const {client} = await TestClient.start({env: {ATTRIBUTION_LINT_WORKER: '0'}})
  t.after(() => client.stop())
  const uri = 'file:///drafts/main-thread.md'
  const diagnostics = await client.open(uri, draft)
  assert.ok(client.logs.some((line) => /linted on the main thread/.test(line)), client.logs.join('\n'))
  assert.deepEqual(brief(diagnostics), expected(draft))
  assert.match(hoverText(await client.hover(uri, 6, 5)), /Speaker: “Ruiz” \(named\)/)
  const summary = (await client.connection.sendRequest('attributionLint/sourcingSummary', {textDocument: {uri}})) as SourcingSummary
  assert.equal(summary.quotes.total, 2)
  const claim = diagnostics.find((diagnostic) => diagnostic.code === 'unattributed-claim')!
  const titles = (await client.codeActions(uri, claim.range, [claim])).map((action) => action.title)
  assert.ok(titles.includes('Add an evidence note after this sentence'), titles.join('\n'))
  await client.close(uri)
  assert.equal(await client.connection.sendRequest('attributionLint/sourcingSummary', {textDocument: {uri}}), null)
  await client.open(uri, quotes)
  assert.match(hoverText(await client.hover(uri, 8, 5)), /Speaker: “a librarian” \(anonymous\)/)
})

test('the server works over node IPC too', async (t) => {
  const child = fork(serverScript, ['--node-ipc'], {stdio: ['ignore', 'ignore', 'ignore', 'ipc']})
  const connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
  t.after(() => {
    connection.dispose()
    child.kill()
  })
  const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve))
  connection.listen()
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}})
  await connection.sendNotification('initialized', {})
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: 'untitled:Untitled-1', languageId: 'markdown', version: 1, text: draft}})
  const params = await published
  assert.deepEqual(brief(params.diagnostics), expected(draft))
  await connection.sendRequest('shutdown')
})

test('the server works as the extension starts it: forked, over stdio, with compact diagnostics and rule links filled in', async (t) => {
  // What vscode-languageclient does for a Node module over stdio: fork, silent, `--stdio` and the client's process id.
  const child = fork(serverScript, ['--stdio', `--clientProcessId=${process.pid}`], {silent: true})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
  t.after(() => {
    connection.dispose()
    child.kill()
  })
  const published = new Promise<PublishDiagnosticsParams>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve))
  connection.listen()
  const initialized = (await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {openRulePage: 'attributionLint.openRulePage', compactDiagnostics: true}})) as {capabilities: {experimental?: unknown}}
  await connection.sendNotification('initialized', {})
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: 'untitled:Untitled-2', languageId: 'markdown', version: 1, text: draft}})
  const params = await published
  const links = readRuleLinks(initialized.capabilities.experimental)
  assert.ok(links)
  ruleLinkFiller(links, (href) => href)(params.diagnostics)
  const diagnostics = params.diagnostics.map(({code, ...diagnostic}) => ({...diagnostic, code: typeof code === 'object' && code !== null ? (code as {value: string}).value : code}))
  assert.deepEqual(brief(diagnostics as Diagnostic[]), expected(draft))
  assert.ok(params.diagnostics.every((diagnostic) => diagnostic.source === 'attribution-lint'))
  await connection.sendRequest('shutdown')
})
