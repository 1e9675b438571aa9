// How long a writer waits for diagnostics after a keystroke: starts the built language server over
// stdio (debounce 0), opens a generated news draft of about 10,000 words, applies one-character
// edits spread through it, and times each from `didChange` to the `publishDiagnostics` of that
// version. Prints the median and p95 of the edits right after opening and of the same edits again
// once the server has seen some typing (the steady state), a full lint of the same draft in this
// process for comparison, and the server's memory with many such drafts open.
//
//   npm run bench:lsp                          builds first, then measures
//   node scripts/bench-lsp.mjs --no-build --words 100000 --edits 30 --warmup 30 --drafts 50
//   BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=prof" ...   Node flags for the server (profiling)

import {draft} from './drafts.mjs'
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'

const require = createRequire(import.meta.url)
const {createMessageConnection, StreamMessageReader, StreamMessageWriter} = require('vscode-jsonrpc/node')

const root = fileURLToPath(new URL('..', import.meta.url))
const serverScript = fileURLToPath(new URL('../server/out/server.js', import.meta.url))
const engineScript = fileURLToPath(new URL('../server/out/engine.js', import.meta.url))
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? Number(args[index + 1]) : fallback
}
const targetWords = option('words', 10_000)
const editCount = option('edits', 30)
const draftCount = option('drafts', 50)
const warmupCount = option('warmup', 30)

if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})
  if (built.status !== 0) {
    if (!existsSync(serverScript)) process.exit(built.status ?? 1)
    console.warn('The build failed; measuring the server bundle that is already built.')
  }
}


// ---------------------------------------------------------------------------------------------
// The server, over stdio, as an editor talks to it.

const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_FLAGS ? process.env.BENCH_SERVER_FLAGS.split(' ') : []), serverScript, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
const waiting = new Map()
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({debounce: 0})))
connection.onRequest('client/registerCapability', () => null)
connection.onNotification('window/logMessage', () => {})
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  const key = `${params.uri} ${params.version}`
  waiting.get(key)?.(params)
  waiting.delete(key)
})
connection.listen()
const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri} ${version}`, resolve))

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  capabilities: {workspace: {configuration: true}, textDocument: {publishDiagnostics: {relatedInformation: true, versionSupport: true}}}
})
await connection.sendNotification('initialized', {})

const text = draft(targetWords, 0x5eed)
const uri = 'file:///bench/harbour-dispute.md'
let opened = published(uri, 1)
const openStart = performance.now()
await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
const first = await opened
const openTime = performance.now() - openStart

/** Line and character of an offset, counting LF line breaks (the draft has no others). */
function positionAt(value, offset) {
  const before = value.slice(0, offset)
  const line = before.split('\n').length - 1
  return {line, character: offset - (before.lastIndexOf('\n') + 1)}
}

// A warm-up edit, not timed: the first change pays for compiling the change path.
let current = text
let version = 1
const edit = async (offset, insert) => {
  version++
  const position = positionAt(current, offset)
  current = current.slice(0, offset) + insert + current.slice(offset)
  const done = published(uri, version)
  const start = performance.now()
  await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: position, end: position}, text: insert}]})
  await done
  return performance.now() - start
}
await edit(0, 'x')

/** One pass of `count` edits spread through the draft, each at a word boundary so it types a letter into a word. */
async function pass(count) {
  const times = []
  for (let index = 0; index < count; index++) {
    let offset = Math.floor(((index + 0.5) / count) * current.length)
    while (offset < current.length && !/\s/.test(current[offset])) offset++
    times.push(await edit(offset, index % 2 ? 's' : 'e'))
  }
  return times
}
// The first edits after opening pay for compiling the engine's paths; a reporter who has typed a
// few sentences does not. Both are measured: the edits right after opening, then (after untimed
// warm-up edits) the steady state of typing.
const firstTimes = await pass(editCount)
await pass(warmupCount)
const times = await pass(editCount)

// The same draft through the engine bundle in this process, for comparison. Each run's text differs
// in trailing spaces on every line, so nothing the engine may remember from an earlier run of the
// same paragraphs helps it: this is the cost of a cold full lint.
const {lint} = require(engineScript)
const variant = (run) => current.replace(/\n/g, `${' '.repeat(run + 1)}\n`)
for (let warm = 0; warm < 3; warm++) lint(variant(100 + warm), {format: 'markdown', path: 'bench.md'})
const fullTimes = []
for (let run = 0; run < 9; run++) {
  const draft = variant(run)
  const start = performance.now()
  lint(draft, {format: 'markdown', path: 'bench.md'})
  fullTimes.push(performance.now() - start)
}

// Memory: many such drafts open at once, just after opening them and once the server has been
// quiet long enough to give back what the burst left on the heap.
const resident = () => {
  try {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], {encoding: 'utf8'}).trim()) * 1024
  } catch {
    return undefined
  }
}
let rss
let settled
let opening
if (draftCount > 0) {
  const openingStart = performance.now()
  const all = []
  for (let index = 0; index < draftCount; index++) {
    const other = `file:///bench/draft-${index}.md`
    all.push(published(other, 1))
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri: other, languageId: 'markdown', version: 1, text: draft(targetWords, 0x1000 + index)}})
  }
  await Promise.all(all)
  opening = performance.now() - openingStart
  await new Promise((resolve) => setTimeout(resolve, 500))
  rss = resident()
  // Settled: the server gives memory back after 2 s of quiet, over some seconds; sampled each second.
  settled = rss
  for (let second = 0; second < 12; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = resident()
    if (now !== undefined && (settled === undefined || now < settled)) settled = now
  }
}

await connection.sendRequest('shutdown')
await connection.sendNotification('exit')
connection.dispose()

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}
const ms = (value) => `${value.toFixed(1)} ms`
const words = text.split(/\s+/).filter(Boolean).length
console.log(`\nAttribution Lint language server (Node ${process.versions.node}, ${process.platform} ${process.arch})\n`)
console.log(`draft: ${words.toLocaleString('en')} words, ${text.length.toLocaleString('en')} characters, ${first.diagnostics.length} diagnostics`)
console.log(`didOpen → publishDiagnostics (the first draft the server opens): ${openTime.toFixed(0)} ms`)
console.log(`${editCount} one-character edits, didChange → publishDiagnostics (debounce 0):`)
console.log(`  right after opening:   median ${ms(percentile(firstTimes, 0.5))}   p95 ${ms(percentile(firstTimes, 0.95))}   max ${ms(Math.max(...firstTimes))}`)
console.log(`  while typing (after ${warmupCount} more): median ${ms(percentile(times, 0.5))}   p95 ${ms(percentile(times, 0.95))}   max ${ms(Math.max(...times))}`)
console.log(`full lint of the same draft, cold, in this process: median ${ms(percentile(fullTimes, 0.5))}`)
if (draftCount > 0) console.log(`${draftCount} more such drafts opened in ${(opening / 1000).toFixed(1)} s`)
if (draftCount > 0) console.log(`server memory with ${draftCount + 1} such drafts open: ${rss ? `${Math.round(rss / 2 ** 20)} MB resident just after opening them, ${Math.round(settled / 2 ** 20)} MB once settled` : 'unknown (no ps)'}`)
