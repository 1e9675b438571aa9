// Entry point of the bundled server (`server/out/server.js`): `--stdio` or `--node-ipc` (or
// `--socket=N`, `--pipe=NAME`) pick the transport. The same file, started as a worker thread, is
// the lint worker.

import {dirname, join} from 'node:path'
import {inspect} from 'node:util'
import {setFlagsFromString} from 'node:v8'
import {isMainThread, workerData} from 'node:worker_threads'
import {ProposedFeatures, StreamMessageWriter, createConnection, type Connection, type MessageReader} from 'vscode-languageserver/node'
import {version} from '../../../package.json'
import {cachingJsonEncoder} from './encode.ts'
import {startServer} from './server.ts'
import {startWorker} from './worker.ts'

declare const __filename: string | undefined

if (!isMainThread && (workerData as {attributionLintWorker?: boolean} | null)?.attributionLintWorker) {
  startWorker()
} else {
  // V8 gives back what a burst of work left on the heap (opening fifty drafts, checking the
  // workspace) once the process has been quiet for 8 s. An editor's server is quiet between bursts:
  // it gives memory back after 2 s instead (docs/engine.md, "Memory").
  setFlagsFromString('--gc-memory-reducer-start-delay-ms=2000')
  const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all)
  // A bug of ours must cost one log line, never the writer's editor session.
  process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`))
  process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${error.stack ?? error.message}`))
  const bundled = typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined
  const inline = process.env.ATTRIBUTION_LINT_WORKER === '0'
  // The rule pages ship beside the bundles: server/out/server.js and docs/rules/ in the extension and the npm package.
  const rulePages = bundled ? join(dirname(bundled), '..', '..', 'docs', 'rules') : undefined
  startServer(connection, {workerScript: inline ? undefined : bundled, version, rulePages})
}

/**
 * The connection over stdin and stdout, as `createConnection` makes it for `--stdio`, but with the
 * encoder that writes each published diagnostic's JSON once (encode.ts). Given streams of its own,
 * the library no longer sends the console to the client: done here, since a stray `console.log`
 * would corrupt the protocol stream.
 */
function stdioConnection(): Connection {
  // The library takes a stream where a reader goes (its types do not say so, for a stream paired
  // with a writer): with the stream it also exits when the client closes stdin, as with `--stdio`.
  const input = process.stdin as unknown as MessageReader
  const connection = createConnection(ProposedFeatures.all, input, new StreamMessageWriter(process.stdout, {contentTypeEncoder: cachingJsonEncoder()}))
  const say = (write: (line: string) => void) => (...args: unknown[]) => write(args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg))).join(' '))
  console.log = console.info = console.debug = say((line) => connection.console.log(line))
  console.warn = say((line) => connection.console.warn(line))
  console.error = say((line) => connection.console.error(line))
  return connection
}
