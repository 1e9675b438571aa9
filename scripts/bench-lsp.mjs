// How long a writer waits for diagnostics after a keystroke, and what the server holds in memory,
// each as a share of a warm bare remark+retext parse of the same draft measured in the same run, so
// that the machine's speed cancels out (issue 14's targets, printed beside each figure).
//
// For each draft size, a fresh language server (the built bundle, over stdio, debounce 0) opens a
// draft dense with findings (scripts/drafts.mjs `denseDraft`: a quote in every paragraph, lists,
// about 700 findings at 10,000 words), then one-character edits spread through it are timed from
// `didChange` to the `publishDiagnostics` of that version: the first ones right after opening, and
// the same number again after some untimed typing (the steady state). Then: 50 such drafts of
// 10,000 words open in one server (resident memory), and a cold command-line lint as a fresh
// process, less the same process on an empty draft, beside a fresh process that only parses.
//
//   npm run bench:lsp                          builds first, then measures 10,000 and 100,000 words
//   node scripts/bench-lsp.mjs --no-build --words 100000 --edits 30 --warmup 30 --drafts 50 --cli 7
//   node scripts/bench-lsp.mjs --plain          the generator's plainer drafts (`draft`)
//   node scripts/bench-lsp.mjs --no-build --server /tmp/other/server/out/server.js   another build's server
//   node scripts/bench-lsp.mjs --each ...      also every edit's time, in order
//   node scripts/bench-lsp.mjs --full-diagnostics ...   as a client that does not fill in rule links (another editor)
//   BENCH_SERVER_FLAGS="--cpu-prof --cpu-prof-dir=prof" ...   Node flags for the server (profiling)

import {denseDraft, draft as plainDraft} from './drafts.mjs'
import {execFileSync, spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'

const require = createRequire(import.meta.url)
const {createMessageConnection, StreamMessageReader, StreamMessageWriter} = require('vscode-jsonrpc/node')

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
// `--server FILE`: another build of the server to measure (a comparison of two builds, run alternately).
const serverScript = args.includes('--server') ? args[args.indexOf('--server') + 1] : fileURLToPath(new URL('../server/out/server.js', import.meta.url))
const cliScript = fileURLToPath(new URL('../server/out/cli.js', import.meta.url))
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? Number(args[index + 1]) : fallback
}
// `--words 0`: no keystrokes (memory and the command line only).
const sizes = args.includes('--words') ? [option('words')].filter((words) => words > 0) : [10_000, 100_000]
const editCount = option('edits', 30)
const draftCount = option('drafts', 50)
const warmupCount = option('warmup', 30)
const cliRuns = option('cli', 7)
const draft = args.includes('--plain') ? plainDraft : denseDraft

if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})
  if (built.status !== 0) {
    if (!existsSync(serverScript)) process.exit(built.status ?? 1)
    console.warn('The build failed; measuring the bundles that are already built.')
  }
}

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}
const median = (values) => percentile(values, 0.5)
const wordCount = (text) => text.split(/\s+/).filter(Boolean).length

// ---------------------------------------------------------------------------------------------
// The yardstick: a bare remark+retext parse (remark-parse, then remark-retext into parse-english's
// tree), warm, in this process.

const parser = unified().use(remarkParse).use(remarkRetext, ParseEnglish)
const parse = (text) => parser.runSync(parser.parse(text))
/** CPU milliseconds this process has used (all its threads). */
const ownCpu = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}
/** Median wall and CPU times of a warm parse of `text`. */
function warmParse(text) {
  for (let warm = 0; warm < 3; warm++) parse(text)
  const times = []
  const cpu = []
  for (let run = 0; run < 7; run++) {
    const start = performance.now()
    const cpuStart = ownCpu()
    parse(text)
    times.push(performance.now() - start)
    cpu.push(ownCpu() - cpuStart)
  }
  return {wall: median(times), cpu: median(cpu)}
}

/**
 * CPU milliseconds a process has used, all its threads (Linux: /proc/PID/task/TID/schedstat, in
 * nanoseconds); undefined elsewhere. On a machine shared with other work, CPU time varies far less
 * than wall time, so the benchmark prints both.
 */
function processCpu(pid) {
  try {
    let total = 0
    for (const task of readdirSync(`/proc/${pid}/task`)) total += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0])
    return total / 1e6
  } catch {
    return undefined
  }
}

// ---------------------------------------------------------------------------------------------
// The server, over stdio, as an editor talks to it.

async function startServer({keepOpenedJson = false} = {}) {
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_FLAGS ? process.env.BENCH_SERVER_FLAGS.split(' ') : []), serverScript, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({debounce: 0})))
  connection.onRequest('client/registerCapability', () => null)
  connection.onNotification('window/logMessage', () => {})
  // What the extension's middleware does to each publish (client/src/ruleLinks.ts): the rule links
  // the server leaves out, filled in from its initialize result, one target made per rule.
  let links
  const targets = new Map()
  const fill = (diagnostics) => {
    for (const diagnostic of diagnostics) {
      const href = diagnostic.source === undefined && typeof diagnostic.code === 'string' ? links?.pages[diagnostic.code] : undefined
      if (href === undefined) continue
      if (!targets.has(diagnostic.code)) targets.set(diagnostic.code, new URL(href))
      diagnostic.source = links.source
      diagnostic.code = {value: diagnostic.code, target: targets.get(diagnostic.code)}
    }
  }
  /** The JSON of each draft's first diagnostics as sent, for the editor's share of reading them. */
  const openedJson = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    if (keepOpenedJson && params.version === 1) openedJson.set(params.uri, JSON.stringify({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params}))
    fill(params.diagnostics)
    const key = `${params.uri} ${params.version}`
    waiting.get(key)?.(params)
    waiting.delete(key)
  })
  connection.listen()
  // The capabilities and initialization options the extension's client sends (`--full-diagnostics`: none of the latter).
  const initialized = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: {workspace: {configuration: true}, textDocument: {publishDiagnostics: {relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true}}},
    initializationOptions: args.includes('--full-diagnostics') ? {} : {openRulePage: 'attributionLint.openRulePage', compactDiagnostics: true}
  })
  links = initialized.capabilities.experimental?.ruleLinks
  await connection.sendNotification('initialized', {})
  const published = (uri, version) => new Promise((resolve) => waiting.set(`${uri} ${version}`, resolve))
  const open = (uri, text) => {
    const done = published(uri, 1)
    connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    return done
  }
  const stop = async () => {
    await connection.sendRequest('shutdown')
    await connection.sendNotification('exit')
    connection.dispose()
  }
  const resident = () => {
    try {
      return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(child.pid)], {encoding: 'utf8'}).trim()) * 1024
    } catch {
      return undefined
    }
  }
  return {connection, published, open, stop, resident, cpu: () => processCpu(child.pid), openedJson: (uri) => openedJson.get(uri)}
}

/** Line and character of an offset, counting LF line breaks (the drafts have no others). */
function positionAt(value, offset) {
  const before = value.slice(0, offset)
  const line = before.split('\n').length - 1
  return {line, character: offset - (before.lastIndexOf('\n') + 1)}
}

/** Keystrokes in one draft of `words` words, in a server of its own. */
async function keystrokes(words) {
  const server = await startServer({keepOpenedJson: true})
  const text = draft(words, 0x5eed)
  const uri = 'file:///bench/harbour-dispute.md'
  const openStart = performance.now()
  const first = await server.open(uri, text)
  const openTime = performance.now() - openStart
  let current = text
  let version = 1
  const edit = async (offset, insert) => {
    version++
    const position = positionAt(current, offset)
    current = current.slice(0, offset) + insert + current.slice(offset)
    const done = server.published(uri, version)
    const cpuStart = (server.cpu() ?? NaN) + ownCpu()
    const start = performance.now()
    await server.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: position, end: position}, text: insert}]})
    await done
    const wall = performance.now() - start
    // The server's CPU and this process's (the editor's side: reading the message), for the edit.
    return {wall, cpu: (server.cpu() ?? NaN) + ownCpu() - cpuStart}
  }
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
  // The first edits after opening, as a reporter makes them (issue 14 asks these to be fast too),
  // then, after untimed warm-up edits, the steady state of typing.
  const firstTimes = await pass(editCount)
  await pass(warmupCount)
  const times = await pass(editCount)
  await server.stop()
  const {wall: parseMs, cpu: parseCpu} = warmParse(current)
  // What no server can save: the editor reading the JSON of every diagnostic, as this process's JSON.parse does.
  const json = server.openedJson(uri)
  const readTimes = []
  for (let run = 0; run < 7; run++) {
    const start = performance.now()
    JSON.parse(json)
    readTimes.push(performance.now() - start)
  }
  return {words: wordCount(text), chars: text.length, diagnostics: first.diagnostics.length, openTime, firstTimes, times, parseMs, parseCpu, json: json.length, readMs: median(readTimes)}
}

/** Resident memory of one server with `count` drafts of 10,000 words open: just after, and settled. */
async function memory(count) {
  const server = await startServer()
  const start = performance.now()
  await Promise.all(Array.from({length: count}, (_, index) => server.open(`file:///bench/draft-${index}.md`, draft(10_000, 0x1000 + index))))
  const opening = performance.now() - start
  await new Promise((resolve) => setTimeout(resolve, 500))
  const rss = server.resident()
  // Settled: the server gives memory back after 2 s of quiet, over some seconds; sampled each second.
  let settled = rss
  for (let second = 0; second < 12; second++) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    const now = server.resident()
    if (now !== undefined && (settled === undefined || now < settled)) settled = now
  }
  await server.stop()
  return {opening, rss, settled}
}

/**
 * A cold lint as the command line runs it: a fresh process on the draft less a fresh process on an
 * empty draft (Node's start and the bundle's loading cancel), beside a fresh process that only
 * parses the draft with remark+retext less the same on an empty draft. The four alternate, so a busy
 * moment falls on both sides alike.
 */
function coldCommandLine(words, runs) {
  const folder = mkdtempSync(join(tmpdir(), 'attribution-lint-bench-lsp-'))
  try {
    writeFileSync(join(folder, 'draft.md'), draft(words, 0x5eed))
    writeFileSync(join(folder, 'empty.md'), '')
    // Each process says on exit how much CPU it used, so the figures can be read in CPU time too.
    writeFileSync(join(folder, 'cpu.cjs'), `process.on('exit', () => { const {user, system} = process.cpuUsage(); process.stderr.write('cpu ' + (user + system) / 1000 + '\\n') })\n`)
    const parseOnly = `import {readFileSync} from 'node:fs'; import {unified} from 'unified'; import remarkParse from 'remark-parse'; import remarkRetext from 'remark-retext'; import {ParseEnglish} from 'parse-english'; const p = unified().use(remarkParse).use(remarkRetext, ParseEnglish); p.runSync(p.parse(readFileSync(process.argv[1], 'utf8')))`
    const commands = {
      lint: (file) => ['--require', join(folder, 'cpu.cjs'), cliScript, '--format', 'json', join(folder, file)],
      parse: (file) => ['--require', join(folder, 'cpu.cjs'), '--input-type=module', '-e', parseOnly, join(folder, file)]
    }
    const times = {lint: {draft: [], empty: []}, parse: {draft: [], empty: []}}
    const cpu = {lint: {draft: [], empty: []}, parse: {draft: [], empty: []}}
    for (let run = 0; run < runs; run++) {
      for (const kind of ['lint', 'parse']) {
        for (const file of ['draft', 'empty']) {
          const start = performance.now()
          const result = spawnSync(process.execPath, commands[kind](`${file}.md`), {cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30})
          times[kind][file].push(performance.now() - start)
          if (result.status !== 0 && result.status !== 1) throw new Error(`${kind} ${file} failed: ${result.stderr}`)
          cpu[kind][file].push(Number(/cpu ([\d.]+)/.exec(result.stderr)?.[1] ?? NaN))
        }
      }
    }
    const lintMs = median(times.lint.draft) - median(times.lint.empty)
    const parseMs = median(times.parse.draft) - median(times.parse.empty)
    const lintCpu = median(cpu.lint.draft) - median(cpu.lint.empty)
    const parseCpu = median(cpu.parse.draft) - median(cpu.parse.empty)
    return {lintMs, parseMs, lintEmpty: median(times.lint.empty), parseEmpty: median(times.parse.empty), lintCpu, parseCpu}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

// ---------------------------------------------------------------------------------------------

const ms = (value) => `${value.toFixed(1)} ms`
const share = (value, parseMs) => `${(value / parseMs).toFixed(3)}×`
const verdict = (value, target) => (value <= target ? `meets ≤ ${target}×` : `MISSES ≤ ${target}×`)
console.log(`\nAttribution Lint language server (Node ${process.versions.node}, ${process.platform} ${process.arch}), ${args.includes('--plain') ? 'plain' : 'dense'} drafts\n`)
const firstTargets = {10_000: 0.15, 100_000: 0.03}
const typingTargets = {100_000: 0.02}
for (const size of sizes) {
  const result = await keystrokes(size)
  const {parseMs, parseCpu} = result
  console.log(`draft: ${result.words.toLocaleString('en')} words, ${result.chars.toLocaleString('en')} characters, ${result.diagnostics} diagnostics`)
  console.log(`  warm bare remark+retext parse of the same draft, in this process: median ${ms(parseMs)} (CPU ${ms(parseCpu)})`)
  console.log(`  the editor's share of each edit: JSON.parse of the ${(result.json / 2 ** 20).toFixed(1)} MB of diagnostics, median ${ms(result.readMs)} (${share(result.readMs, parseMs)})`)
  console.log(`  didOpen → publishDiagnostics (a fresh server): ${ms(result.openTime)} (${share(result.openTime, parseMs)})`)
  console.log(`  ${editCount} one-character edits, didChange → publishDiagnostics (debounce 0):`)
  for (const [label, edits, target] of [['right after opening', result.firstTimes, firstTargets[size]], [`while typing (after ${warmupCount} more)`, result.times, typingTargets[size]]]) {
    const times = edits.map((edit) => edit.wall)
    const p95 = percentile(times, 0.95)
    console.log(`    ${label.padEnd(28)} median ${ms(median(times))} (${share(median(times), parseMs)})   p95 ${ms(p95)} (${share(p95, parseMs)})   max ${ms(Math.max(...times))}${target ? `   p95 ${verdict(p95 / parseMs, target)}` : ''}`)
    const cpu = edits.map((edit) => edit.cpu)
    if (!cpu.some(Number.isNaN)) console.log(`    ${'  the same in CPU time'.padEnd(28)} median ${ms(median(cpu))} (${share(median(cpu), parseCpu)})   p95 ${ms(percentile(cpu, 0.95))} (${share(percentile(cpu, 0.95), parseCpu)})`)
    // `--each`: every edit's wall time in order, to see which edits make the p95 (the first few after opening?).
    if (args.includes('--each')) console.log(`    ${'  each, in order'.padEnd(28)} ${times.map((time) => time.toFixed(0)).join(' ')}`)
  }
}
if (draftCount > 0) {
  const {opening, rss, settled} = await memory(draftCount)
  const mb = (bytes) => `${Math.round(bytes / 2 ** 20)} MB`
  console.log(`${draftCount} drafts of 10,000 words opened in one server in ${(opening / 1000).toFixed(1)} s: ${rss ? `${mb(rss)} resident just after, ${mb(settled)} once settled   ${rss < 250 * 2 ** 20 ? 'meets' : 'MISSES'} < 250 MB` : 'memory unknown (no ps)'}`)
}
if (cliRuns > 0) {
  const {lintMs, parseMs, lintEmpty, parseEmpty, lintCpu, parseCpu} = coldCommandLine(10_000, cliRuns)
  console.log(`cold command-line lint of 10,000 words, fresh processes (median of ${cliRuns}): lint ${ms(lintMs)} more than on an empty draft (${ms(lintEmpty)}); parse only ${ms(parseMs)} more than an empty parse (${ms(parseEmpty)}): ${share(lintMs, parseMs)}   ${verdict(lintMs / parseMs, 1.5)}`)
  if (!Number.isNaN(lintCpu + parseCpu)) console.log(`  the same in CPU time: lint ${ms(lintCpu)}, parse only ${ms(parseCpu)}: ${share(lintCpu, parseCpu)}`)
}
