// What the extension does inside a real VS Code, against the drafts in test/e2e/fixtures/workspace
// (copied to a scratch folder for each run). The tests run in order and share that folder: the
// settings and configuration tests put back what they change. Every wait is on a readiness signal
// (diagnostics, tabs, the extension's state) with a generous timeout, never a fixed sleep.

import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import * as vscode from 'vscode'
import {State} from 'vscode-languageclient/node'
import type {AttributionLintApi} from '../../../client/src/extension.ts'

interface Test {
  name: string
  body: () => Promise<void>
}

export const tests: Test[] = []
const test = (name: string, body: () => Promise<void>) => tests.push({name, body})

const extensionId = 'attribution-lint.attribution-lint'
const source = 'attribution-lint'
const waitTimeout = 60_000

function workspaceUri(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]
  assert.ok(folder, 'the tests need the fixture workspace open')
  return vscode.Uri.joinPath(folder.uri, path)
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === source)
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code
  return typeof code === 'object' ? String(code.value) : String(code)
}

function rules(uri: vscode.Uri): string[] {
  return ours(uri).map(ruleOf).sort()
}

/** Resolves with `check()`'s value once it is truthy, checking again whenever one of `events` fires. */
function waitFor<T>(what: string, check: () => T | undefined | false, events: Array<vscode.Event<unknown>>, timeout = waitTimeout): Promise<T> {
  return new Promise((resolve, reject) => {
    const disposables: vscode.Disposable[] = []
    const done = (action: () => void) => {
      clearTimeout(timer)
      for (const disposable of disposables) disposable.dispose()
      action()
    }
    const attempt = () => {
      try {
        const value = check()
        if (value) done(() => resolve(value))
      } catch (error) {
        done(() => reject(error))
      }
    }
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${timeout / 1000} s waiting for ${what}`))), timeout)
    for (const event of events) disposables.push(event(attempt))
    attempt()
  })
}

function waitForDiagnostics(uri: vscode.Uri, what: string, check: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(what, () => {
    const diagnostics = ours(uri)
    return check(diagnostics) && diagnostics
  }, [vscode.languages.onDidChangeDiagnostics]).catch((error: Error) => {
    const seen = ours(uri).map((diagnostic) => (ruleOf(diagnostic) === 'engine' ? `engine (${diagnostic.message.split('\n')[0]})` : ruleOf(diagnostic)))
    throw new Error(`${error.message}; last seen: ${seen.join(', ') || 'none'}`)
  })
}

async function open(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(path))
  return vscode.window.showTextDocument(document)
}

function has(rule: string) {
  return (diagnostics: vscode.Diagnostic[]) => diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule)
}

function hasNot(rule: string) {
  return (diagnostics: vscode.Diagnostic[]) => !diagnostics.some((diagnostic) => ruleOf(diagnostic) === rule)
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value, 50)) ?? []
}

const council = () => workspaceUri('council.md')
const strike = () => workspaceUri('strike.draft')

test('the extension activates on a Markdown draft and its diagnostics arrive', async () => {
  const extension = vscode.extensions.getExtension<AttributionLintApi>(extensionId)
  assert.ok(extension, `${extensionId} is installed`)
  console.log(`e2e: extension active before any draft was opened: ${extension.isActive}`)
  await open('council.md')
  await waitForDiagnostics(council(), 'diagnostics of council.md', (diagnostics) => diagnostics.length > 0)
  assert.equal(extension.isActive, true)
  await extension.exports.ready
})

test('a .draft file is a news-draft and is checked', async () => {
  const editor = await open('strike.draft')
  assert.equal(editor.document.languageId, 'news-draft')
  await waitForDiagnostics(strike(), 'vague-attribution in strike.draft', has('vague-attribution'))
})

test('the expected diagnostics arrive, with links to the rules', async () => {
  const expected = ['anonymous-source', 'dangling-evidence', 'loaded-attribution-verb', 'missing-evidence', 'unattributed-claim', 'vague-attribution']
  const diagnostics = await waitForDiagnostics(council(), expected.join(', '), (found) => expected.every((rule) => found.some((diagnostic) => ruleOf(diagnostic) === rule)))
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code
    assert.ok(typeof code === 'object' && code.target instanceof vscode.Uri, `${ruleOf(diagnostic)} has a link`)
    assert.match(code.target.toString(), new RegExp(`${ruleOf(diagnostic)}`), `the link of ${ruleOf(diagnostic)} names its rule`)
  }
  const loaded = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'loaded-attribution-verb')!
  assert.equal(loaded.severity, vscode.DiagnosticSeverity.Information)
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === council().toString())!
  assert.equal(document.getText(loaded.range), 'claimed')
})

test('hovering a quote tells who said it', async () => {
  const editor = await open('council.md')
  const line = editor.document.getText().split('\n').findIndex((text) => text.startsWith('“We have run out'))
  assert.ok(line >= 0)
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', council(), new vscode.Position(line, 10))) ?? []
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n')
  assert.match(text, /quote/i)
  assert.match(text, /Lena Dorsey/)
})

test('a hover on a finding says what its rule wants and how to fix it, and its page opens offline in the Markdown preview', async () => {
  await open('council.md')
  const diagnostics = await waitForDiagnostics(council(), 'vague-attribution for the hover', has('vague-attribution'))
  const vague = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'vague-attribution')!
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', council(), vague.range.start.translate(0, 1))) ?? []
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n')
  assert.match(text, /\*\*Vague attribution\*\*: Flags/)
  assert.match(text, /How to fix/)
  assert.match(text, /command:attributionLint\.openRulePage\?/)
  const isPreview = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType)
  const allTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs)
  assert.equal(await vscode.commands.executeCommand('attributionLint.openRulePage', 'vague-attribution'), true)
  const tab = await waitFor('the rule page in the Markdown preview', () => allTabs().find(isPreview), [vscode.window.tabGroups.onDidChangeTabs])
  assert.match(tab.label, /vague-attribution/)
  await vscode.window.tabGroups.close(tab)
})

test('the “said” quick fix replaces “claimed” and the diagnostic goes away', async () => {
  const editor = await open('council.md')
  const diagnostic = ours(council()).find((candidate) => ruleOf(candidate) === 'loaded-attribution-verb')
  assert.ok(diagnostic)
  const actions = await quickFixes(council(), diagnostic.range)
  const fix = actions.find((action) => action.title.includes('“said”'))
  assert.ok(fix?.edit, `a “said” fix among: ${actions.map((action) => action.title).join(' | ')}`)
  assert.equal(fix.isPreferred, true)
  assert.ok(await vscode.workspace.applyEdit(fix.edit))
  assert.match(editor.document.getText(), /Dorsey said the branches/)
  await waitForDiagnostics(council(), 'no loaded-attribution-verb after the fix', hasNot('loaded-attribution-verb'))
})

test('the footnote quick fix inserts the missing definition', async () => {
  const editor = await open('council.md')
  const missing = (diagnostics: vscode.Diagnostic[]) => diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'dangling-evidence' && /“loans” has no definition/.test(diagnostic.message))
  const diagnostic = missing(ours(council()))
  assert.ok(diagnostic, 'a dangling-evidence diagnostic for [^loans]')
  const actions = await quickFixes(council(), diagnostic.range)
  const fix = actions.find((action) => action.title.includes('definition') && action.title.includes('[^loans]'))
  assert.ok(fix?.edit, `a definition fix among: ${actions.map((action) => action.title).join(' | ')}`)
  assert.ok(await vscode.workspace.applyEdit(fix.edit))
  assert.match(editor.document.getText(), /^\[\^loans\]:/m)
  await waitForDiagnostics(council(), 'no “loans” has no definition', (diagnostics) => !missing(diagnostics))
})

test('Show Sourcing Summary opens the summary view beside the draft', async () => {
  await open('council.md')
  const isSummary = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('attributionLint.summary')
  const allTabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs)
  await vscode.commands.executeCommand('attributionLint.showSourcingSummary')
  const tab = await waitFor('the summary tab', () => allTabs().find(isSummary), [vscode.window.tabGroups.onDidChangeTabs])
  assert.equal(tab.label, 'Sourcing: council.md')
  assert.notEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'the view opens beside the draft')
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor')
  const remaining = allTabs().find(isSummary)
  if (remaining) await vscode.window.tabGroups.close(remaining)
})

test('turning a rule off in the settings removes its diagnostics, and back', async () => {
  await open('council.md')
  await waitForDiagnostics(council(), 'vague-attribution before the change', has('vague-attribution'))
  const configuration = vscode.workspace.getConfiguration('attributionLint', council())
  await configuration.update('rules', {'vague-attribution': 'off'}, vscode.ConfigurationTarget.Workspace)
  try {
    await waitForDiagnostics(council(), 'vague-attribution gone after the setting', hasNot('vague-attribution'))
  } finally {
    await configuration.update('rules', undefined, vscode.ConfigurationTarget.Workspace)
  }
  await waitForDiagnostics(council(), 'vague-attribution back after the setting is removed', has('vague-attribution'))
})

test('a changed .attributionlintrc.json re-lints the open drafts', async () => {
  await open('council.md')
  await waitForDiagnostics(council(), 'anonymous-source before the file', has('anonymous-source'))
  const file = workspaceUri('.attributionlintrc.json')
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({rules: {'anonymous-source': 'off'}}, null, 2) + '\n'))
  try {
    await waitForDiagnostics(council(), 'anonymous-source gone after writing .attributionlintrc.json', hasNot('anonymous-source'))
  } finally {
    await vscode.workspace.fs.delete(file)
  }
  await waitForDiagnostics(council(), 'anonymous-source back after deleting .attributionlintrc.json', has('anonymous-source'))
})

test('Check All Drafts in Workspace reports drafts that are not open, and leaves ignored ones out', async () => {
  const closed = workspaceUri('drafts/closed.md')
  const ignored = workspaceUri('archive/old.md')
  assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === closed.toString()), 'drafts/closed.md is not open')
  await vscode.commands.executeCommand('attributionLint.checkWorkspace')
  await waitForDiagnostics(closed, 'diagnostics of the closed draft', has('loaded-attribution-verb'))
  assert.deepEqual(rules(ignored), [], 'archive/ is in .attributionlintignore')
})

test('Apply All Safe Fixes replaces every loaded verb in the draft', async () => {
  const uri = workspaceUri('drafts/verbs.md')
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Verbs\n\nThe mayor admitted the budget was short.\n\nThe treasurer insisted the numbers were right.\n'))
  const editor = await open('drafts/verbs.md')
  await waitForDiagnostics(uri, 'two loaded verbs', (diagnostics) => diagnostics.filter((diagnostic) => ruleOf(diagnostic) === 'loaded-attribution-verb').length === 2)
  await vscode.commands.executeCommand('attributionLint.fixAll')
  assert.match(editor.document.getText(), /The mayor said the budget/)
  assert.match(editor.document.getText(), /The treasurer said the numbers/)
  await waitForDiagnostics(uri, 'no loaded verbs after fixing all', hasNot('loaded-attribution-verb'))
  await editor.document.save()
})

test('the quick fixes that write the sourcing each make their diagnostic go away', async () => {
  const uri = workspaceUri('drafts/fixes.md')
  await vscode.workspace.fs.writeFile(
    uri,
    new TextEncoder().encode('# Fixes\n\nMayor Lena Dorsey said the branch would close.\n\n“We have run out of good options.”\n\nA senior city hall aide said the sale was near.\n\nThe council is likely to object.\n')
  )
  const editor = await open('drafts/fixes.md')
  const cases: Array<[rule: string, title: RegExp, expected: RegExp]> = [
    ['unnamed-speaker', /^Attribute to Mayor Lena Dorsey$/, /“We have run out of good options,” Mayor Lena Dorsey said\./],
    ['anonymous-source', /^Say why the source is not named/, /A senior city hall aide, who spoke on condition of anonymity because they were not authorized to speak publicly, said/],
    ['unattributed-claim', /^Say who says so/, /likely to object, according to source\./]
  ]
  await waitForDiagnostics(uri, cases.map(([rule]) => rule).join(', '), (diagnostics) => cases.every(([rule]) => has(rule)(diagnostics)))
  for (const [rule, title, expected] of cases) {
    const diagnostic = ours(uri).find((candidate) => ruleOf(candidate) === rule)!
    const line = diagnostic.range.start.line
    // The server answers for the lint of the version VS Code shows: while a re-lint is under way a
    // request can come back empty or cancelled. Ask again, a bounded number of times.
    let actions: vscode.CodeAction[] = []
    for (let attempt = 1; attempt <= 40 && !actions.some((candidate) => title.test(candidate.title)); attempt++) {
      actions = await quickFixes(uri, diagnostic.range).catch((error: unknown) => {
        if (!/Canceled/.test(String(error))) throw error
        return []
      })
      if (!actions.some((candidate) => title.test(candidate.title))) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const action = actions.find((candidate) => title.test(candidate.title))
    assert.ok(action?.edit, `${title} among: ${actions.map((candidate) => candidate.title).join(' | ')}`)
    assert.ok(await vscode.workspace.applyEdit(action.edit))
    assert.match(editor.document.getText(), expected)
    await waitForDiagnostics(uri, `no ${rule} on line ${line + 1} after “${action.title}”`, (diagnostics) => !diagnostics.some((candidate) => ruleOf(candidate) === rule && candidate.range.start.line === line))
  }
  await editor.document.save()
})

/** The CLI of the extension under test, run on the workspace as CI would: its findings as `line rule`. */
function cliFindings(file: string): string[] {
  const extension = vscode.extensions.getExtension(extensionId)!
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath
  const run = spawnSync(process.execPath, [join(extension.extensionPath, 'server', 'out', 'cli.js'), '--format', 'json', file], {cwd: folder, encoding: 'utf8', env: {...process.env, ELECTRON_RUN_AS_NODE: '1'}})
  const [result] = JSON.parse(run.stdout) as Array<{messages: Array<{line: number; ruleId: string}>}>
  return result.messages.map((message) => `${message.line} ${message.ruleId}`)
}

async function runQuickFixCommand(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: RegExp, extra: object = {}): Promise<void> {
  // A re-lint (the file watcher seeing the file the server just wrote) cancels a code action request in flight: ask again.
  let actions: vscode.CodeAction[] = []
  for (let attempt = 1; ; attempt++) {
    try {
      actions = await quickFixes(uri, diagnostic.range)
      break
    } catch (error) {
      if (attempt === 5 || !/Canceled/.test(String(error))) throw error
    }
  }
  const action = actions.find((candidate) => title.test(candidate.title))
  assert.ok(action?.command, `${title} among: ${actions.map((candidate) => candidate.title).join(' | ')}`)
  const [argument] = action.command.arguments as [object]
  assert.equal(await vscode.commands.executeCommand(action.command.command, {...argument, ...extra}), true)
}

test('accepting a finding removes it without touching the copy, and the CLI agrees; requireReason reports one with no reason', async () => {
  const editor = await open('council.md')
  const text = editor.document.getText()
  const vague = await waitForDiagnostics(council(), 'vague-attribution before accepting', has('vague-attribution'))
  const line = (diagnostics: vscode.Diagnostic[], rule: string) => diagnostics.find((diagnostic) => ruleOf(diagnostic) === rule)!.range.start.line + 1
  const vagueLine = line(vague, 'vague-attribution')
  assert.ok(cliFindings('council.md').includes(`${vagueLine} vague-attribution`))
  const accepted = workspaceUri('.attributionlint-accepted.json')
  const config = workspaceUri('.attributionlintrc.json')
  try {
    await runQuickFixCommand(council(), vague.find((diagnostic) => ruleOf(diagnostic) === 'vague-attribution')!, /^Accept this finding/, {reason: 'The critics are named in the next paragraph.'})
    await waitForDiagnostics(council(), 'vague-attribution gone after accepting it', hasNot('vague-attribution'))
    assert.equal(editor.document.getText(), text, 'the copy is untouched')
    assert.ok(!cliFindings('council.md').some((entry) => entry.endsWith('vague-attribution')), 'the CLI reads the same file')

    // An acceptance with no reason, then requireReason: it is reported where the finding was.
    const anonymous = ours(council()).find((diagnostic) => ruleOf(diagnostic) === 'anonymous-source')!
    await runQuickFixCommand(council(), anonymous, /^Accept this finding/, {reason: ''})
    await waitForDiagnostics(council(), 'anonymous-source gone after accepting it', hasNot('anonymous-source'))
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{"requireReason": true}\n'))
    const reported = await waitForDiagnostics(council(), 'require-reason for the acceptance with no reason', has('require-reason'))
    assert.equal(reported.filter((diagnostic) => ruleOf(diagnostic) === 'require-reason').length, 1)
    assert.equal(line(reported, 'require-reason'), anonymous.range.start.line + 1)
    assert.ok(cliFindings('council.md').includes(`${anonymous.range.start.line + 1} require-reason`))
  } finally {
    await vscode.workspace.fs.delete(config).then(undefined, () => undefined)
    await vscode.workspace.fs.delete(accepted).then(undefined, () => undefined)
  }
  await waitForDiagnostics(council(), 'the findings back once the file is gone', (diagnostics) => has('vague-attribution')(diagnostics) && has('anonymous-source')(diagnostics) && hasNot('require-reason')(diagnostics))
})

test('Restart Server brings the server back and drafts are checked again', async () => {
  const extension = vscode.extensions.getExtension<AttributionLintApi>(extensionId)!
  const {client} = extension.exports
  const editor = await open('strike.draft')
  await vscode.commands.executeCommand('attributionLint.restartServer')
  assert.equal(client.isRunning(), true)
  const vague = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((diagnostic) => ruleOf(diagnostic) === 'vague-attribution').length
  const before = vague(await waitForDiagnostics(strike(), 'diagnostics after the restart', has('vague-attribution')))
  await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\nSome say the port will never recover.\n'))
  await waitForDiagnostics(strike(), 'one more vague attribution after the edit', (diagnostics) => vague(diagnostics) === before + 1)
})

/**
 * The language server's process: the extension host's newest child running server/out/server.js
 * (Linux /proc). The newest, because right after a crash or a restart an older one can still be
 * ending, and killing that one is a crash the client never sees.
 */
function serverPid(): number | undefined {
  let newest: {pid: number, started: number} | undefined
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // After the command's name: state, parent, ... and, 20 fields on, the start time.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[1]) !== process.pid || fields[0] === 'Z') continue
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('server.js')) continue
      const started = Number(fields[19])
      if (!newest || started >= newest.started) newest = {pid: Number(entry), started}
    } catch {
      // The process ended while we looked.
    }
  }
  return newest?.pid
}

test('a crashing server is restarted, and after five crashes Restart Server brings it back', async () => {
  if (process.platform !== 'linux') return
  const {client} = vscode.extensions.getExtension<AttributionLintApi>(extensionId)!.exports
  const state = (wanted: State, what: string) => waitFor(what, () => client.state === wanted, [client.onDidChangeState as vscode.Event<unknown>])
  // The client's policy: four restarts within three minutes, then it gives up (and we offer "Restart").
  const changes = client.onDidChangeState as vscode.Event<unknown>
  for (let crash = 1; crash <= 5; crash++) {
    // Running means initialized: the process is up by then.
    await state(State.Running, `the server running before crash ${crash}`)
    const pid = serverPid()
    assert.ok(pid, `the server process before crash ${crash}`)
    const noticed = waitFor(`the client to notice crash ${crash}`, () => client.state !== State.Running, [changes])
    process.kill(pid, 'SIGKILL')
    await noticed
  }
  await state(State.Stopped, 'the client to give up after five crashes')
  assert.equal(serverPid(), undefined)
  await vscode.commands.executeCommand('attributionLint.restartServer')
  await state(State.Running, 'the server running after Restart Server')
  const editor = await open('strike.draft')
  const vague = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((diagnostic) => ruleOf(diagnostic) === 'vague-attribution').length
  const before = vague(await waitForDiagnostics(strike(), 'diagnostics after the restart', has('vague-attribution')))
  await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount, 0), '\nMany believe the strike will spread.\n'))
  await waitForDiagnostics(strike(), 'one more vague attribution after the edit', (diagnostics) => vague(diagnostics) === before + 1)
})
