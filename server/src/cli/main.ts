// attribution-lint: the command. This file only wires the process to `run` (and serves lint jobs
// when the same bundle is started as a worker thread); everything else lives in its own module.

import {visible} from './formatters/visible.ts'
import {run} from './run.ts'
import {isLintWorker, serveLintJobs} from './workers.ts'

/** Standard input as bytes, stopping a little past `limit` so a huge pipe is refused, not buffered. */
function readStdin(limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let total = 0
    process.stdin.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      total += chunk.length
      if (total > limit) {
        process.stdin.destroy()
        resolve(Buffer.concat(chunks))
      }
    })
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)))
    process.stdin.on('error', reject)
  })
}

if (isLintWorker()) {
  serveLintJobs()
} else {
  // `attribution-lint . | head`: the reader went away. Nothing more can be shown, and that is not
  // an error of the run: stop writing, with no stack trace; the run ends with its own exit code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
  })
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin,
    // Bundled as CommonJS, so the running file is `__filename`; from sources (tsx) there is no bundle to start.
    script: typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined
  }).then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      // Our bug: one line, the stack only on request.
      const message = error instanceof Error ? error.message : String(error)
      process.stderr.write(`attribution-lint: internal error: ${visible(message.split('\n')[0])}; please report it${process.env.ATTRIBUTION_LINT_DEBUG ? '' : ' (set ATTRIBUTION_LINT_DEBUG=1 for details)'}.\n`)
      if (process.env.ATTRIBUTION_LINT_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
      process.exitCode = 2
    }
  )
}
