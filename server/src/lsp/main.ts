// Entry point of the bundled server (`server/out/server.js`): `--stdio` or `--node-ipc` (or
// `--socket=N`, `--pipe=NAME`) pick the transport. The same file, started as a worker thread, is
// the lint worker.

import {isMainThread, workerData} from 'node:worker_threads'
import {ProposedFeatures, createConnection} from 'vscode-languageserver/node'
import {version} from '../../../package.json'
import {startServer} from './server.ts'
import {startWorker} from './worker.ts'

declare const __filename: string | undefined

if (!isMainThread && (workerData as {attributionLintWorker?: boolean} | null)?.attributionLintWorker) {
  startWorker()
} else {
  const connection = createConnection(ProposedFeatures.all)
  // A bug of ours must cost one log line, never the writer's editor session.
  process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`))
  process.on('uncaughtException', (error) => connection.console.error(`Uncaught exception: ${error.stack ?? error.message}`))
  const bundled = typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined
  const inline = process.env.ATTRIBUTION_LINT_WORKER === '0'
  startServer(connection, {workerScript: inline ? undefined : bundled, version})
}
