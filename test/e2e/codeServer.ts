// Starts code-server (VS Code's workbench served over HTTP, with the normal Node extension host) and
// Debian's Chromium driven by playwright-core: the VS Code these machines can run
// (../shared/vscode-e2e.md). Used by host.ts (the extension tests) and ui.ts (the screenshots).

import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type BrowserContext, type ConsoleMessage, type Page} from 'playwright-core'

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)))
const cache = join(root, '.vscode-test')

/** Generous: two cores, and CI machines may be busier than this one. */
export const startTimeout = 90_000

function newest(prefix: string): string {
  const found = existsSync(cache) ? readdirSync(cache).filter((name) => name.startsWith(prefix)).sort() : []
  if (found.length === 0) throw new Error(`No ${prefix}* in .vscode-test/: run test/e2e/setup.sh first.`)
  return join(cache, found.at(-1)!)
}

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: run test/e2e/setup.sh first (or set CHROMIUM_PATH).`)
  return path
}

export interface CodeServer {
  url: string
  /** `host:port`, the authority `vscode-remote://` URIs of this server must use. */
  authority: string
  stop(): Promise<void>
}

export interface CodeServerOptions {
  userDataDir: string
  extensionsDir: string
  /** Where code-server keeps its own config and state (XDG folders). */
  home: string
  log?: (line: string) => void
}

function codeServerCommand(): {node: string; script: string} {
  const node = join(newest('node-'), 'bin', 'node')
  const script = join(newest('code-server-'), 'node_modules', 'code-server', 'out', 'node', 'entry.js')
  if (!existsSync(script)) throw new Error(`code-server is not installed in .vscode-test/: run test/e2e/setup.sh first.`)
  return {node, script}
}

/** Runs code-server once with `args` (e.g. --install-extension) and waits for it to exit. */
export function runCodeServerCli(args: string[], options: CodeServerOptions): Promise<string> {
  const {node, script} = codeServerCommand()
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [script, '--user-data-dir', options.userDataDir, '--extensions-dir', options.extensionsDir, ...args], {env: codeServerEnv(options), stdio: ['ignore', 'pipe', 'pipe']})
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolvePromise(output) : reject(new Error(`code-server ${args.join(' ')} exited with ${code}:\n${output}`))))
  })
}

function codeServerEnv(options: CodeServerOptions): NodeJS.ProcessEnv {
  const {node} = codeServerCommand()
  return {
    ...process.env,
    PATH: `${join(node, '..')}:${process.env.PATH ?? ''}`,
    XDG_CONFIG_HOME: join(options.home, 'config'),
    XDG_DATA_HOME: join(options.home, 'data'),
    XDG_CACHE_HOME: join(options.home, 'cache'),
    // The extension host must not inherit a debugger or loader from the test runner.
    NODE_OPTIONS: ''
  }
}

export async function startCodeServer(options: CodeServerOptions, extraArgs: string[] = []): Promise<CodeServer> {
  const {node, script} = codeServerCommand()
  for (const dir of [options.userDataDir, options.extensionsDir, options.home]) mkdirSync(dir, {recursive: true})
  const args = [
    script,
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    ...extraArgs
  ]
  // Its own process group (setsid), so that stopping it stops its file watchers and extension host too.
  const child = spawn(node, args, {env: codeServerEnv(options), stdio: ['ignore', 'pipe', 'pipe'], detached: true})
  const log = options.log ?? (() => {})
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not say where it listens within ${startTimeout / 1000} s`)), startTimeout)
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim()) log(`[code-server] ${line}`)
        const match = /HTTP server listening on (http:\/\/[^\s]+)/.exec(line)
        if (match) {
          clearTimeout(timer)
          resolvePromise(match[1].replace(/\/$/, ''))
        }
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`code-server exited with ${code} before it listened`))
    })
  })
  return {url, authority: new URL(url).host, stop: () => stopGroup(child)}
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve()
  const pid = child.pid
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
      resolvePromise()
    }, 5000)
    child.once('exit', () => {
      clearTimeout(force)
      // The watchers and the extension host may outlive the parent by a moment.
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // Already gone.
      }
      resolvePromise()
    })
    try {
      process.kill(-pid, 'SIGTERM')
    } catch {
      clearTimeout(force)
      resolvePromise()
    }
  })
}

export interface Browser {
  context: BrowserContext
  page: Page
  close(): Promise<void>
}

export async function startBrowser(options: {log?: (line: string) => void; viewport?: {width: number; height: number}} = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'attribution-lint-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: options.viewport ?? {width: 1280, height: 800},
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
  })
  const page = context.pages()[0] ?? (await context.newPage())
  if (options.log) {
    const log = options.log
    page.on('console', (message) => void formatConsole(message).then((text) => log(text)))
    page.on('pageerror', (error) => log(`[page error] ${error.message}`))
  }
  return {
    context,
    page,
    close: async () => {
      await context.close().catch(() => {})
      rmSync(profile, {recursive: true, force: true})
    }
  }
}

/** Extension-host output reaches the page as console messages with `%s`-style arguments. */
async function formatConsole(message: ConsoleMessage): Promise<string> {
  const values = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))))
  if (values.length === 0) return message.text()
  let [first, ...rest] = values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)))
  first = first.replace(/%[sdoOc]/g, (token) => (token === '%c' ? (rest.shift(), '') : (rest.shift() ?? token)))
  // CSS arguments of %c styling are dropped above; what is left is the text.
  return [first, ...rest.filter((value) => !/^(color|font|background)[-:]/.test(value))].join(' ')
}
