// The language server: wires the protocol to the open drafts, the settings, the lint scheduler,
// code actions, hovers and the server's own requests. Each piece of state has one owner: `Drafts`
// the text, `settingsCache` the settings per URI, `configurationCache` the config files read,
// `states` each draft's pending and last lint.

import {readFile, stat} from 'node:fs/promises'
import {basename, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult
} from 'vscode-languageserver'
import {acceptedFileName, configFileNames, configurationFor, type LoadedConfiguration} from '../config/index.ts'
import {acceptedUnitAt, formatOf, ruleIds, type DraftFormat, type Finding} from '../engine/index.ts'
import {codeActions, fixAllKind, needsFacts, needsSuggestions} from './actions.ts'
import {collector} from './garbage.ts'
import {diagnosticSource, problemToDiagnostic, ruleLinks, toDiagnostic} from './diagnostics.ts'
import {Drafts} from './documents.ts'
import type {DetailName, FindingSuggestions, LintDetails, LintOutcome} from './worker-messages.ts'
import {completionContext, completionsAt, completionTriggers} from './completion.ts'
import {hoverAt} from './hover.ts'
import {RuleHelp} from './rule-help.ts'
import {Linter} from './linter.ts'
import {acceptFinding, treatAsNamed, unacceptFinding, type ProjectContext} from './project-files.ts'
import {
  acceptFindingRequest,
  checkWorkspaceRequest,
  sourcingSummaryRequest,
  treatAsNamedRequest,
  unacceptFindingRequest,
  type CheckWorkspaceResult,
  type DraftDiagnostics,
  type ProjectFileResult
} from './protocol.ts'
import {effectiveConfiguration, narrowSettings, type Settings} from './settings.ts'
import {ignoreFileNames, workspaceDrafts} from './workspace.ts'

export interface ServerOptions {
  /** The bundled server script, run again as the lint worker; none lints on the main thread. */
  workerScript?: string
  version?: string
  /** The folder of the rule pages (docs/rules), for the help in hovers. */
  rulePages?: string
}

interface Capabilities {
  configuration: boolean
  workspaceFolders: boolean
  relatedInformation: boolean
  snippets: boolean
  documentChanges: boolean
  /** The client sends `workspace/didChangeWatchedFiles`, so config files read can be remembered. */
  watchedFiles: boolean
  watchedFilesDynamic: boolean
  configurationDynamic: boolean
  markdownHover: boolean
  /** The client fills in each finding's `source` and rule page from `ruleLinks` (initializationOptions.compactDiagnostics). */
  compactDiagnostics: boolean
}

interface LintResult {
  version: number
  format: DraftFormat
  outcome: LintOutcome
  diagnostics: Diagnostic[]
  /** The lint's details, each asked of the linter when first needed, so repeated hovers ask once. */
  details: {[Name in DetailName]?: Promise<LintDetails[Name] | undefined>}
}

/** A lint asked for: waiting out its debounce, or running. */
interface Pending {
  version: number
  promise: Promise<LintResult | undefined>
  /** Settles the promise of a debounced lint that a newer change replaced. */
  cancel?: () => void
}

interface DraftState {
  timer?: ReturnType<typeof setTimeout>
  /** The newest version a lint was asked for: an older run's result is dropped. */
  wanted: number
  /** The newest lint asked for. Hovers and code actions wait for it rather than lint again. */
  pending?: Pending
  result?: LintResult
  saidTooLarge?: boolean
}

type Reason = 'open' | 'change' | 'save' | 'configuration'

type NarrowedSettings = ReturnType<typeof narrowSettings>

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const log = (line: string) => connection.console.log(line)
  const drafts = new Drafts(log)
  // Each finding's diagnostic, made once: most of a long draft's findings outlive many keystrokes.
  // It is kept on the finding under a key of this server's, carried to the copy an edit moves it
  // to: a WeakMap cost 3.7 ms a keystroke setting 7,000 moved findings at 100,000 words
  // (docs/engine.md). A symbol key is neither sent nor copied by the engine's moves (delta.ts).
  const diagnosticKey = Symbol('diagnostic')
  type WithDiagnostic = Finding & {[diagnosticKey]?: Diagnostic}
  const carried = (old: WithDiagnostic, next: WithDiagnostic) => {
    const diagnostic = old[diagnosticKey]
    if (diagnostic) next[diagnosticKey] = diagnostic
  }
  const linter = new Linter({workerScript: options.workerScript, log, carried})
  const garbage = collector()
  const configurationCache = new Map<string, unknown>()
  const settingsCache = new Map<string, Promise<NarrowedSettings>>()
  const states = new Map<string, DraftState>()
  const saidOnce = new Set<string>()
  let globalSettings: NarrowedSettings = narrowSettings(undefined)
  const ruleHelp = new RuleHelp(options.rulePages)
  /** The client's command that opens a rule's page from its own copy (initializationOptions.openRulePage). */
  let openRulePage: string | undefined
  let folders: string[] = []
  let capabilities: Capabilities = {
    configuration: false,
    workspaceFolders: false,
    relatedInformation: false,
    snippets: false,
    documentChanges: false,
    watchedFiles: false,
    watchedFilesDynamic: false,
    configurationDynamic: false,
    markdownHover: false,
    compactDiagnostics: false
  }

  const logOnce = (line: string) => {
    if (saidOnce.has(line)) return
    saidOnce.add(line)
    log(line)
  }

  /**
   * Runs a handler body, logging what it throws instead of failing the request or the server. A
   * ResponseError is the answer itself (a cancelled request's -32800), so it goes to the client.
   */
  const guard = async <T>(what: string, fallback: T, body: () => Promise<T> | T): Promise<T> => {
    try {
      return await body()
    } catch (error) {
      if (error instanceof ResponseError) throw error
      log(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      return fallback
    }
  }

  /** A long request the client cancelled ($/cancelRequest) ends with the error the protocol names for it. */
  const stopIfCancelled = (token: CancellationToken, what: string): void => {
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${what} was cancelled.`)
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const client = params.capabilities
    capabilities = {
      configuration: client.workspace?.configuration === true,
      workspaceFolders: client.workspace?.workspaceFolders === true,
      relatedInformation: client.textDocument?.publishDiagnostics?.relatedInformation === true,
      snippets: client.workspace?.workspaceEdit?.snippetEditSupport === true && client.workspace?.workspaceEdit?.documentChanges === true,
      documentChanges: client.workspace?.workspaceEdit?.documentChanges === true,
      watchedFiles: client.workspace?.didChangeWatchedFiles !== undefined,
      watchedFilesDynamic: client.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      configurationDynamic: client.workspace?.didChangeConfiguration?.dynamicRegistration === true,
      markdownHover: client.textDocument?.hover?.contentFormat?.includes('markdown') ?? false,
      compactDiagnostics: (params.initializationOptions as {compactDiagnostics?: unknown} | null | undefined)?.compactDiagnostics === true
    }
    const initialization = params.initializationOptions as {openRulePage?: unknown} | null | undefined
    openRulePage = typeof initialization?.openRulePage === 'string' ? initialization.openRulePage : undefined
    const roots = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    folders = roots.map(filePathOf).filter((path): path is string => path !== undefined)
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        hoverProvider: true,
        completionProvider: {triggerCharacters: completionTriggers},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}},
        experimental: {ruleLinks: ruleLinks()}
      },
      serverInfo: {name: 'attribution-lint', version: options.version}
    }
  })

  connection.onInitialized(() => {
    log(`Attribution Lint ${options.version ?? ''} started; drafts are linted ${linter.threaded ? 'on a worker thread' : 'on the main thread'}.`)
    if (capabilities.configurationDynamic) void connection.client.register(DidChangeConfigurationNotification.type, {section: 'attributionLint'})
    if (capabilities.watchedFilesDynamic) {
      const names = [...configFileNames, acceptedFileName, 'package.json', ...ignoreFileNames]
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: names.map((name) => ({globPattern: `**/${name}`}))})
    }
    if (capabilities.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => filePathOf(folder.uri)))
        folders = [...folders.filter((folder) => !removed.has(folder)), ...event.added.map((folder) => filePathOf(folder.uri)).filter((path): path is string => path !== undefined)]
        configurationCache.clear()
        relintAll()
      })
    }
  })

  // Documents.
  connection.onDidOpenTextDocument((params) => {
    drafts.open(params)
    states.set(params.textDocument.uri, {wanted: params.textDocument.version})
    void schedule(params.textDocument.uri, 'open')
  })
  connection.onDidChangeTextDocument((params) => {
    if (drafts.change(params)) void schedule(params.textDocument.uri, 'change')
  })
  connection.onDidSaveTextDocument((params) => void schedule(params.textDocument.uri, 'save'))
  connection.onDidCloseTextDocument((params) => {
    const uri = params.textDocument.uri
    if (!drafts.close(uri)) log(`Ignored closing ${uri}: that document is not open.`)
    const state = states.get(uri)
    if (state) stopWaiting(state)
    states.delete(uri)
    settingsCache.delete(uri)
    // Also drops the lint the worker keeps for the draft's details.
    linter.cancel(uri)
    void connection.sendDiagnostics({uri, diagnostics: []})
  })

  // Configuration.
  connection.onDidChangeConfiguration((params) => {
    settingsCache.clear()
    if (!capabilities.configuration) {
      const all = params.settings as {attributionLint?: unknown} | null | undefined
      globalSettings = narrowSettings(all?.attributionLint)
    }
    relintAll()
  })
  connection.onDidChangeWatchedFiles(() => {
    configurationCache.clear()
    relintAll()
  })

  function relintAll(): void {
    for (const document of drafts.all()) void schedule(document.uri, 'configuration')
  }

  function settingsFor(uri: string, remember = true): Promise<NarrowedSettings> {
    if (!capabilities.configuration) return Promise.resolve(globalSettings)
    const cached = settingsCache.get(uri)
    if (cached) return cached
    const loading = connection.workspace.getConfiguration({scopeUri: uri, section: 'attributionLint'}).then(narrowSettings, (error: unknown) => {
      logOnce(`Could not read the attributionLint settings (${error instanceof Error ? error.message : String(error)}); using the defaults.`)
      return narrowSettings(undefined)
    })
    if (remember) settingsCache.set(uri, loading)
    return loading
  }

  function configurationOf(path: string | undefined): LoadedConfiguration | undefined {
    const cache = capabilities.watchedFiles ? configurationCache : undefined
    if (path) return configurationFor(path, {cache})
    // An untitled draft uses the first workspace folder's configuration.
    if (folders.length > 0) return configurationFor(join(folders[0], 'untitled'), {cache})
    return undefined
  }

  // Scheduling: one debounce timer per draft; a newer version makes older runs' results stale.
  async function schedule(uri: string, reason: Reason): Promise<void> {
    await guard('Scheduling a lint', undefined, async () => {
      const document = drafts.get(uri)
      const state = states.get(uri)
      if (!document || !state) return
      const version = document.version
      const {settings} = await settingsFor(uri)
      if (states.get(uri) !== state) return
      if (reason === 'change' && settings.run === 'onSave') return
      // VS Code saves after it has sent the change: that version is linted already.
      if (reason === 'save' && (state.result?.version === version || state.pending?.version === version) && settings.run === 'onType') return
      // The latest change is the text the editor shows, even if its version number went backwards.
      state.wanted = reason === 'change' ? version : Math.max(state.wanted, version)
      stopWaiting(state)
      const delay = reason === 'change' ? settings.debounce : 0
      if (delay === 0) {
        void lintNow(uri, true)
        return
      }
      let settle: (result: LintResult | undefined) => void = () => {}
      const promise = new Promise<LintResult | undefined>((resolve) => (settle = resolve))
      state.pending = {version, promise, cancel: () => settle(undefined)}
      state.timer = setTimeout(() => {
        state.timer = undefined
        void lintNow(uri, true).then(settle)
      }, delay)
    })
  }

  /** Drops a debounced lint that has not started. */
  function stopWaiting(state: DraftState): void {
    if (!state.timer) return
    clearTimeout(state.timer)
    state.timer = undefined
    state.pending?.cancel?.()
  }

  function lintNow(uri: string, publish: boolean): Promise<LintResult | undefined> {
    const document = drafts.get(uri)
    const state = states.get(uri)
    if (!document || !state) return Promise.resolve(undefined)
    stopWaiting(state)
    // The text is taken now: the document object changes in place with later edits.
    const version = document.version
    const text = document.getText()
    const languageId = document.languageId
    state.wanted = Math.max(state.wanted, version)
    const promise = guard('Linting a draft', undefined, async (): Promise<LintResult | undefined> => {
      const {settings, problems: settingsProblems} = await settingsFor(uri)
      const stale = () => states.get(uri) !== state || state.wanted > version
      if (stale()) return undefined
      if (!settings.enable) {
        state.result = undefined
        if (publish) void connection.sendDiagnostics({uri, version, diagnostics: []})
        return undefined
      }
      if (text.length > settings.maxDraftSize) {
        if (publish) void connection.sendDiagnostics({uri, version, diagnostics: [tooLarge(uri, text.length, settings, state)]})
        state.result = undefined
        return undefined
      }
      const path = filePathOf(uri)
      const loaded = configurationOf(path)
      const format = (path ? formatOf(path) : undefined) ?? formatOfLanguage(languageId)
      const outcome = await linter.lint(uri, {text, format, path, configuration: effectiveConfiguration(loaded, settings), keep: true})
      if (!outcome || stale()) return undefined
      const diagnostics = diagnosticsOf(uri, outcome, [...settingsProblems, ...(loaded?.problems ?? [])])
      const result: LintResult = {version, format, outcome, diagnostics, details: {}}
      state.result = result
      if (publish) void connection.sendDiagnostics({uri, version, diagnostics})
      garbage.idle()
      return result
    })
    state.pending = {version, promise}
    return promise
  }

  function diagnosticsOf(uri: string, outcome: LintOutcome, problems: LintOutcome['problems']): Diagnostic[] {
    const context = {uri, relatedInformation: capabilities.relatedInformation, compact: capabilities.compactDiagnostics}
    const said = [...problems, ...outcome.problems].map((problem) => problemToDiagnostic(problem, capabilities.relatedInformation, (file) => pathToFileURL(file).href))
    for (const diagnostic of said) logOnce(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value)
    const diagnostics = said
    for (const finding of outcome.findings as WithDiagnostic[]) {
      let diagnostic = finding[diagnosticKey]
      if (!diagnostic) finding[diagnosticKey] = diagnostic = toDiagnostic(finding, context)
      diagnostics.push(diagnostic)
    }
    return diagnostics
  }

  function tooLarge(uri: string, size: number, settings: Settings, state: DraftState | undefined, unit: 'characters' | 'bytes' = 'characters'): Diagnostic {
    const message = `This draft has ${size.toLocaleString('en')} ${unit}, more than the limit of ${settings.maxDraftSize.toLocaleString('en')} characters, so Attribution Lint does not check it. To check it, raise the setting "attributionLint.maxDraftSize".`
    if (state && !state.saidTooLarge) log(`${uri}: ${message}`)
    if (state) state.saidTooLarge = true
    return {range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, severity: 3, source: diagnosticSource, code: 'draft-too-large', message}
  }

  /**
   * The lint of the draft's current version: the last one, or the one asked for (after its
   * debounce), or, when none is coming (run on save), one made now without publishing it.
   */
  async function currentResult(uri: string): Promise<LintResult | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const document = drafts.get(uri)
      const state = states.get(uri)
      if (!document || !state) return undefined
      if (state.result?.version === document.version) return state.result
      const pending = state.pending
      if (pending && pending.version === document.version) {
        const result = await pending.promise
        if (result && result.version === drafts.get(uri)?.version) return result
        // Disabled, too large, or replaced by a newer change: look again.
        if (!result && state.pending === pending) return undefined
        continue
      }
      const {settings} = await settingsFor(uri)
      if (!settings.enable) return undefined
      const result = await lintNow(uri, settings.run === 'onType')
      if (result && result.version === drafts.get(uri)?.version) return result
    }
    return undefined
  }

  /**
   * A detail (facts, summary) of the lint of the draft's current version, with that lint. The linter
   * answers none for a lint it no longer keeps (a newer lint of the same version, after a settings
   * change, or one lost with the worker): then the current lint is looked up, or made, again.
   */
  async function currentDetail<Name extends DetailName>(uri: string, name: Name): Promise<{result: LintResult; detail: LintDetails[Name]} | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await currentResult(uri)
      if (!result) return undefined
      const asked = result.details as {[Each in Name]?: Promise<LintDetails[Each] | undefined>}
      const detail = await (asked[name] ??= linter.detail(uri, result.outcome.lint, name))
      if (detail !== undefined) return {result, detail}
      const state = states.get(uri)
      if (state?.result === result) state.result = undefined
    }
    return undefined
  }

  // Features.
  connection.onCodeAction((params) =>
    guard('A code action', [], async () => {
      const uri = params.textDocument.uri
      let found: {result: LintResult; detail: FindingSuggestions[] | undefined} | undefined = await currentResult(uri).then((result) => result && {result, detail: undefined})
      // Most actions read only the findings: the suggestions are fetched for the rules that offer some.
      if (found && needsSuggestions(params)) found = await currentDetail(uri, 'suggestions')
      const document = drafts.get(uri)
      if (!found || !document || document.version !== found.result.version) return []
      const {result, detail: suggestions} = found
      const facts = needsFacts(params) ? await currentDetail(uri, 'facts') : undefined
      return codeActions(params, {document, format: result.format, findings: result.outcome.findings, suggestions, facts: facts?.result === result ? facts.detail : undefined, snippets: capabilities.snippets, documentChanges: capabilities.documentChanges})
    })
  )

  connection.onCompletion((params) =>
    guard('A completion', null, async () => {
      const document = drafts.get(params.textDocument.uri)
      // Most keystrokes are not in a note: no facts are fetched for them.
      if (!document || !completionContext(document, params.position)) return null
      const found = await currentDetail(params.textDocument.uri, 'facts')
      const current = drafts.get(params.textDocument.uri)
      if (!found || !current || current.version !== found.result.version) return null
      return completionsAt(current, params.position, found.detail)
    })
  )

  connection.onHover((params) =>
    guard('A hover', null, async () => {
      const found = await currentDetail(params.textDocument.uri, 'facts')
      const document = drafts.get(params.textDocument.uri)
      if (!found || !document || document.version !== found.result.version) return null
      return hoverAt(document.offsetAt(params.position), {
        document,
        facts: found.detail,
        markdown: capabilities.markdownHover,
        findings: found.result.outcome.findings,
        help: (ruleId) => ruleHelp.get(ruleId),
        openRulePage
      })
    })
  )

  connection.onRequest(sourcingSummaryRequest, (params, token) =>
    guard('The sourcing summary', null, async () => {
      stopIfCancelled(token, 'The sourcing summary')
      const summary = (await currentDetail(params.textDocument.uri, 'summary'))?.detail ?? null
      // The lint and the summary are made on the worker and kept for the next request; the answer is not sent.
      stopIfCancelled(token, 'The sourcing summary')
      return summary
    })
  )

  // The project files the editor writes. A change is seen at once rather than when the file watcher
  // reports it, so the next lint, and the Sourcing view, already read it.
  const projectContext = (uri: string): ProjectContext => {
    const draftPath = filePathOf(uri)
    return {draftPath, loaded: configurationOf(draftPath), folders}
  }
  const changedProjectFiles = (result: ProjectFileResult): ProjectFileResult => {
    if ('error' in result) log(result.error)
    else {
      configurationCache.clear()
      relintAll()
    }
    return result
  }

  connection.onRequest(acceptFindingRequest, (params) =>
    guard('Accepting a finding', {error: 'Attribution Lint could not accept the finding; see its output for why.'} as ProjectFileResult, async () => {
      const uri = params.textDocument.uri
      if (!(ruleIds as readonly string[]).includes(params.ruleId)) return {error: `Only a rule's findings can be accepted, not “${params.ruleId}”.`}
      const found = await currentDetail(uri, 'facts')
      const document = drafts.get(uri)
      if (!found || !document) return {error: 'The draft is not open, or not checked.'}
      const text = document.getText()
      // The engine looks the entry up by the sentence holding the finding's start: the same spans give the same sentence.
      const unit = acceptedUnitAt(text, found.detail.sentences, document.offsetAt(params.range.start))
      const sentence = text.slice(unit.start, unit.end).replace(/\s+/g, ' ').trim()
      const reason = params.reason?.trim()
      return changedProjectFiles(acceptFinding(projectContext(uri), {rule: params.ruleId, sentence, ...(reason ? {reason} : {})}))
    })
  )

  connection.onRequest(unacceptFindingRequest, (params) =>
    guard('Undoing an accepted finding', {error: 'Attribution Lint could not undo it; see its output for why.'} as ProjectFileResult, () =>
      changedProjectFiles(unacceptFinding(projectContext(params.textDocument.uri), params.rule, params.sentence))
    )
  )

  connection.onRequest(treatAsNamedRequest, (params) =>
    guard('Adding a named source', {error: 'Attribution Lint could not add the source; see its output for why.'} as ProjectFileResult, () =>
      changedProjectFiles(treatAsNamed(projectContext(params.textDocument.uri), params.name.trim()))
    )
  )

  connection.onRequest(checkWorkspaceRequest, (params, token) =>
    guard('Checking the workspace', {drafts: [], ignored: 0} as CheckWorkspaceResult, async () => {
      const publish = params?.publish !== false
      const progress = connection.window.attachWorkDoneProgress(params?.workDoneToken)
      progress.begin('Checking drafts', 0, 'finding drafts…', true)
      const {files, ignored, refused} = await workspaceDrafts(folders, () => token.isCancellationRequested)
      for (const line of refused) logOnce(line)
      const open = new Set(drafts.all().map((document) => filePathOf(document.uri)))
      const closed = files.filter((file) => !open.has(file))
      const results: DraftDiagnostics[] = []
      const stopIfCancelledHere = () => {
        if (!token.isCancellationRequested) return
        progress.done()
        stopIfCancelled(token, 'Checking all drafts')
      }
      stopIfCancelledHere()
      for (const [index, file] of closed.entries()) {
        stopIfCancelledHere()
        progress.report(Math.floor((index / closed.length) * 100), `${index + 1} of ${closed.length}: ${basename(file)}`)
        const uri = pathToFileURL(file).href
        const {settings, problems} = await settingsFor(uri, false)
        if (!settings.enable) continue
        // The size on disk first: a 300 MB file is not read to find that it is too large. A UTF-8
        // byte is at most one character, and a character at most three bytes.
        const bytes = await stat(file).then((stats) => stats.size, () => undefined)
        if (bytes === undefined) continue
        let diagnostics: Diagnostic[]
        const text = bytes > 3 * settings.maxDraftSize ? undefined : await readFile(file, 'utf8').catch(() => null)
        if (text === null) continue
        if (text === undefined) diagnostics = [tooLarge(uri, bytes, settings, undefined, 'bytes')]
        else if (text.length > settings.maxDraftSize) diagnostics = [tooLarge(uri, text.length, settings, undefined)]
        else {
          const loaded = configurationOf(file)
          const outcome = await linter.lint(`workspace ${uri}`, {text, format: formatOf(file) ?? 'markdown', path: file, configuration: effectiveConfiguration(loaded, settings), keep: false})
          if (!outcome) continue
          diagnostics = diagnosticsOf(uri, outcome, [...problems, ...(loaded?.problems ?? [])])
        }
        if (publish) void connection.sendDiagnostics({uri, diagnostics})
        results.push({uri, diagnostics})
      }
      stopIfCancelledHere()
      progress.done()
      garbage.idle()
      return {drafts: results, ignored}
    })
  )

  connection.onShutdown(() => linter.dispose())
  connection.listen()
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

function formatOfLanguage(languageId: string): DraftFormat {
  if (languageId === 'plaintext' || languageId === 'text') return 'text'
  if (languageId === 'draft' || languageId === 'news-draft') return 'draft'
  return 'markdown'
}
