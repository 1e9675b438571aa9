// Runs extension tests the way desktop VS Code does for `--extensionTestsPath`, in code-server and
// headless Chromium: loads the workbench with the development extension and the tests module in its
// payload, and exits with the code the workbench hands to `codeAutomationExit` (0 when the tests'
// `run()` resolves, 1 when it rejects).

import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {startBrowser, startCodeServer, type Browser, type CodeServer} from './codeServer.ts'

/** The whole test run; each test has its own, shorter timeout inside the suite. */
const runTimeout = Number(process.env.E2E_TIMEOUT_MS ?? 15 * 60_000)

interface DesktopArguments {
  extensionDevelopmentPath: string
  extensionTestsPath: string
  userDataDir?: string
  extensionsDir?: string
  folder?: string
}

function parseArguments(argv: string[]): DesktopArguments {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  const positional = argv.filter((arg) => !arg.startsWith('-'))
  const extensionDevelopmentPath = value('extensionDevelopmentPath')
  const extensionTestsPath = value('extensionTestsPath')
  if (!extensionDevelopmentPath || !extensionTestsPath) throw new Error('Expected --extensionDevelopmentPath= and --extensionTestsPath=')
  return {
    extensionDevelopmentPath: resolve(extensionDevelopmentPath),
    extensionTestsPath: resolve(extensionTestsPath),
    userDataDir: value('user-data-dir'),
    extensionsDir: value('extensions-dir'),
    folder: positional.at(-1) ? resolve(positional.at(-1)!) : undefined
  }
}

const log = (line: string) => process.stdout.write(`${line}\n`)

/**
 * Workbench chatter that says nothing about the extension: the closed network (GitHub, open-vsx,
 * chat models), connection set-up, and sandbox warnings. E2E_VERBOSE=1 prints it all.
 */
const noise = /\[(AgentHost|ChatModelSelection|AccountPolicyGate|Service Worker|reconnection-grace-time)\]|ERR_NAME_NOT_RESOLVED|status of 404|allow-scripts and allow-same-origin|web worker extension host|connection token|Creating a socket|builtin extensions cache|^\s*ERR \{"name":"(Error|Failed)"\}$/

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2))
  const scratch = mkdtempSync(join(tmpdir(), 'attribution-lint-host-'))
  let server: CodeServer | undefined
  let browser: Browser | undefined
  const stop = async () => {
    await browser?.close()
    await server?.stop()
    rmSync(scratch, {recursive: true, force: true})
  }
  process.once('SIGINT', () => void stop().then(() => process.exit(130)))
  process.once('SIGTERM', () => void stop().then(() => process.exit(143)))
  try {
    const started = Date.now()
    server = await startCodeServer(
      {
        userDataDir: args.userDataDir ?? join(scratch, 'user-data'),
        extensionsDir: args.extensionsDir ?? join(scratch, 'extensions'),
        home: join(scratch, 'home'),
        log: process.env.E2E_VERBOSE ? log : undefined
      },
      ['--vscode-option', 'enable-smoke-test-driver']
    )
    log(`host: code-server listening at ${server.url} after ${Date.now() - started} ms`)
    browser = await startBrowser({log: (line) => (process.env.E2E_VERBOSE || !noise.test(line) ? log(`  ${line}`) : undefined)})
    let resolveExit: (code: number) => void = () => {}
    const exit = new Promise<number>((resolvePromise) => (resolveExit = resolvePromise))
    await browser.page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code)))
    const remote = (path: string) => `vscode-remote://${server!.authority}${path}`
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(args.extensionDevelopmentPath)],
      ['extensionTestsPath', remote(args.extensionTestsPath)]
    ])
    const query = new URLSearchParams({...(args.folder ? {folder: args.folder} : {}), payload})
    await browser.page.goto(`${server.url}/?${query.toString()}`)
    log(`host: workbench loading; tests start when the extension host is up`)
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<number>((resolveTimeout) => {
      timer = setTimeout(() => {
        log(`host: the tests did not finish within ${runTimeout / 1000} s`)
        resolveTimeout(1)
      }, runTimeout)
    })
    const code = await Promise.race([exit, timeout])
    clearTimeout(timer)
    return code
  } finally {
    await stop()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`host: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    process.exit(1)
  }
)
