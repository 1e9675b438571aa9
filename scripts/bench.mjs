// How fast is a full lint, measured against the floor of any retext-based checker: parsing the same
// text with retext-english. Generates news drafts of 1,000, 10,000 and 100,000 words (deterministic:
// a fixed-seed generator), lints each several times with the built engine bundle, and prints the
// medians and their ratio.
//
//   npm run bench                 builds first, then measures
//   node scripts/bench.mjs --no-build --runs 9
//   node scripts/bench.mjs --quick  a folder of 100 drafts instead of 1,000, and no 10 MB draft
//   node scripts/bench.mjs --cap-runs 3  the 10 MB draft's bare parse three times (and the lint)
//   node scripts/bench.mjs --cap      only the 10 MB draft

import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import {draft} from './drafts.mjs'
import {unified} from 'unified'

const root = fileURLToPath(new URL('..', import.meta.url))
/** The prose linter the folder benchmark compares with, installed on demand (see installAlex). */
const alexVersion = '11.0.1'
const args = process.argv.slice(2)
const runsArgument = args.indexOf('--runs')
const runs = runsArgument >= 0 ? Math.max(1, Number(args[runsArgument + 1]) || 1) : undefined
/** `--cap`: only the draft at the size cap (the last section). */
const capOnly = args.includes('--cap')
const sizes = capOnly ? [] : [1_000, 10_000, 100_000]

if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})
  if (built.status !== 0) process.exit(built.status ?? 1)
}
// The bundle is CommonJS (esbuild, format cjs), so it is required rather than imported.
const {lint, AnalysisSession} = createRequire(import.meta.url)(fileURLToPath(new URL('../server/out/engine.js', import.meta.url)))

// ---------------------------------------------------------------------------------------------
// Timing

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Median times of `count` calls of each function, after a few calls to warm up the JIT. The calls
 * alternate, so a busy moment on the machine falls on both sides of the ratio alike.
 */
function timeBoth(first, second, count, warmups = 3) {
  for (let warm = 0; warm < warmups; warm++) first(), second()
  const times = [[], []]
  for (let run = 0; run < count; run++) {
    for (const [index, fn] of [first, second].entries()) {
      const start = performance.now()
      fn()
      times[index].push(performance.now() - start)
    }
  }
  return times.map(median)
}

const parser = unified().use(retextEnglish)
const rows = []
for (const size of sizes) {
  const text = draft(size, 0x5eed + size)
  const count = runs ?? (size >= 100_000 ? 7 : 15)
  const findings = lint(text, {format: 'markdown', path: 'bench.md'}).findings.length
  // Cold: nothing memoised, as when the CLI lints a file. Warm: the draft just linted with one word
  // changed in its middle, as when a reporter types in the editor.
  const cold = () => lint(text, {format: 'markdown', path: 'bench.md'})
  // Small drafts take a few milliseconds: more warm-up calls, so the JIT has settled on both sides.
  const warmups = size <= 10_000 ? 20 : 3
  const [lintMs, parseMs] = timeBoth(cold, () => parser.parse(text), count, warmups)
  const middle = text.indexOf(' the ', text.length >> 1)
  let edit = 0
  // With a session, as the language server lints an open draft.
  const session = new AnalysisSession()
  const edited = () => lint(text.slice(0, middle) + ` the${edit++ % 2 ? 'ir' : ''} ` + text.slice(middle + 5), {format: 'markdown', path: 'bench.md', session})
  const [warmMs] = timeBoth(edited, () => {}, count, warmups)
  // The same re-lint with a project's own words, in a new configuration object each time, as the
  // server builds one per lint: the lists are built once per distinct content (issue 12), so this
  // must cost what the re-lint without them costs.
  const projectWords = () => ({words: {vagueSources: ['pundits', 'bloggers'], cues: ['testify', 'opine'], documents: ['dossier']}})
  const withWordsSession = new AnalysisSession()
  const editedWithWords = () => lint(text.slice(0, middle) + ` the${edit++ % 2 ? 'ir' : ''} ` + text.slice(middle + 5), {format: 'markdown', path: 'bench.md', session: withWordsSession, configuration: projectWords()})
  const [warmWordsMs] = timeBoth(editedWithWords, () => {}, count, warmups)
  rows.push({size, words: text.split(/\s+/).filter(Boolean).length, chars: text.length, findings, lintMs, parseMs, warmMs, warmWordsMs, count})
}

if (!capOnly) {
  const ms = (value) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)) + ' ms'
  const table = [
    ['draft', 'words', 'chars', 'findings', 'runs', 'cold lint (median)', 'retext parse (median)', 'cold lint / parse', 're-lint after an edit', 're-lint, project words'],
    ...rows.map((row) => [
      `${row.size.toLocaleString('en')} words`,
      row.words.toLocaleString('en'),
      row.chars.toLocaleString('en'),
      row.findings.toLocaleString('en'),
      String(row.count),
      ms(row.lintMs),
      ms(row.parseMs),
      `${(row.lintMs / row.parseMs).toFixed(1)}×`,
      ms(row.warmMs),
      ms(row.warmWordsMs)
    ])
  ]
  const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)))
  const format = (line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
  console.log(`\nAttribution Lint benchmark (Node ${process.versions.node}, ${process.platform} ${process.arch})\n`)
  console.log(format(table[0]))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const line of table.slice(1)) console.log(format(line))
  console.log('\ncold lint: the full engine with its memos cleared (read Markdown, one analysis pass, all seven rules);')
  console.log('parse: unified().use(retextEnglish).parse(text); re-lint: the same draft with one word changed, memos warm, with a session (as in the editor);')
  console.log('project words: the same re-lint with five words added to three lists, in a new configuration object each time.')
}

// ---------------------------------------------------------------------------------------------
// A newsroom's folder: 1,000 drafts of about 800 words, linted by each command line as CI would run
// it, beside alex (a retext-based prose linter) on the same folder.

if (!capOnly) {
  const folderSize = args.includes('--quick') ? 100 : 1000
  const folder = mkdtempSync(join(tmpdir(), 'attribution-lint-bench-'))
  try {
    for (let index = 0; index < folderSize; index++) writeFileSync(join(folder, `draft-${String(index).padStart(4, '0')}.md`), draft(800, 0xd7af + index))
    const timeCommand = (command, commandArgs) => {
      const times = []
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        const result = spawnSync(process.execPath, commandArgs, {cwd: folder, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30})
        times.push(performance.now() - start)
        if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr}`)
      }
      return median(times)
    }
    const oursMs = timeCommand('attribution-lint', [join(root, 'server/out/cli.js'), '--format', 'json', '.'])
    const perSecond = (ms) => (folderSize / (ms / 1000)).toFixed(0)
    console.log(`\nA folder of ${folderSize.toLocaleString('en')} drafts of about 800 words, each command line once over the folder (median of 3 runs):\n`)
    console.log(`  attribution-lint  ${(oursMs / 1000).toFixed(2)} s  ${perSecond(oursMs)} drafts/s`)
    const alexCli = installAlex()
    if (alexCli) {
      const alexMs = timeCommand('alex', [alexCli, '--quiet', '*.md'])
      console.log(`  ${`alex ${alexVersion}`.padEnd(16)}  ${(alexMs / 1000).toFixed(2)} s  ${perSecond(alexMs)} drafts/s`)
      console.log(`  attribution-lint lints ${(alexMs / oursMs).toFixed(1)}× as many drafts a second as alex.`)
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

// ---------------------------------------------------------------------------------------------
// A draft at the command line's default --max-file-size (10 MB): the CPU time (user and system,
// every thread) and the peak memory of the process that lints it, from its own resourceUsage(), the
// figures `/usr/bin/time -v` reports. Issue 12's target is at most 6 s of CPU and 400 MB. Beside
// it, in the same run, the floor of any retext-based checker of a Markdown file: the same draft
// parsed by remark and turned into retext's tree (scripts/bare-parse.mjs), which costs several times
// the whole lint, so it runs once (`--cap-runs N` for more) against the lint's three, interleaved.

if (!args.includes('--quick')) {
  const capFolder = mkdtempSync(join(tmpdir(), 'attribution-lint-bench-cap-'))
  try {
    let text = ''
    for (let seed = 0x10cab; Buffer.byteLength(text) < 10 * 1024 * 1024 - 100_000; seed++) text += draft(10_000, seed) + '\n\n'
    writeFileSync(join(capFolder, 'cap.md'), text)
    const capRunsArgument = args.indexOf('--cap-runs')
    const parseRuns = capRunsArgument >= 0 ? Math.max(1, Number(args[capRunsArgument + 1]) || 1) : 1
    const lintRuns = Math.max(3, parseRuns)
    // Loaded before the program, so the figures are those of the whole process, as /usr/bin/time sees it.
    const report = `data:text/javascript,process.on('exit', () => { const usage = process.resourceUsage(); process.stderr.write('usage ' + (usage.userCPUTime + usage.systemCPUTime) + ' ' + usage.maxRSS + '\\n') })`
    const measure = (program) => {
      const result = spawnSync(process.execPath, ['--import', report, ...program], {cwd: capFolder, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
      const usage = /usage (\d+) (\d+)/.exec(result.stderr)
      if (!usage) throw new Error(`${program.join(' ')} failed: ${result.stderr}`)
      return {cpu: Number(usage[1]) / 1e6, peak: Number(usage[2]) / 1024}
    }
    const lints = []
    const parses = []
    for (let run = 0; run < lintRuns; run++) {
      lints.push(measure([join(root, 'server/out/cli.js'), '--format', 'json', 'cap.md']))
      if (run < parseRuns) parses.push(measure([join(root, 'scripts/bare-parse.mjs'), 'cap.md']))
    }
    const lint = {cpu: median(lints.map((run) => run.cpu)), peak: median(lints.map((run) => run.peak))}
    const parse = {cpu: median(parses.map((run) => run.cpu)), peak: median(parses.map((run) => run.peak))}
    const runsOf = (count) => (count === 1 ? 'one run' : `median of ${count} runs`)
    console.log(`\nA ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB draft (the default --max-file-size), CPU time and peak RSS of the process:\n`)
    console.log(`  attribution-lint --format json  ${lint.cpu.toFixed(1).padStart(5)} s  ${String(Math.round(lint.peak)).padStart(5)} MB  (${runsOf(lintRuns)}; target: 6 s, 400 MB)`)
    console.log(`  remark + retext parse only      ${parse.cpu.toFixed(1).padStart(5)} s  ${String(Math.round(parse.peak)).padStart(5)} MB  (${runsOf(parseRuns)})`)
    console.log(`  the lint takes ${(lint.cpu / parse.cpu).toFixed(2)}× the parse's CPU time and ${(lint.peak / parse.peak).toFixed(2)}× its memory.`)
  } finally {
    rmSync(capFolder, {recursive: true, force: true})
  }
}

/**
 * alex is only the benchmark's yardstick, so it is not a development dependency (it brought about
 * 200 packages to every `npm ci`): it is installed on first use into .cache/ (ignored by git), and
 * kept there for the next run. Offline, the comparison is skipped with a note.
 */
function installAlex() {
  const prefix = join(root, '.cache', `bench-alex-${alexVersion}`)
  const cli = join(prefix, 'node_modules', 'alex', 'cli.js')
  if (existsSync(cli)) return cli
  console.log(`  (installing alex ${alexVersion} into .cache/ for the comparison; once)`)
  mkdirSync(prefix, {recursive: true})
  writeFileSync(join(prefix, 'package.json'), JSON.stringify({name: 'bench-alex', private: true}) + '\n')
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts', `alex@${alexVersion}`], {cwd: prefix, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', shell: process.platform === 'win32'})
  if (result.status !== 0 || !existsSync(cli)) {
    console.log(`  alex: not compared, it could not be installed (${(result.stderr || String(result.error)).trim().split('\n')[0]}).`)
    return undefined
  }
  return cli
}
