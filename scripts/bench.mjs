// How fast is a full lint, measured against the floor of any retext-based checker: parsing the same
// text with retext-english. Generates news drafts of 1,000, 10,000 and 100,000 words (deterministic:
// a fixed-seed generator), lints each several times with the built engine bundle, and prints the
// medians and their ratio.
//
//   npm run bench                 builds first, then measures
//   node scripts/bench.mjs --no-build --runs 9
//   node scripts/bench.mjs --quick  a folder of 100 drafts instead of 1,000

import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {performance} from 'node:perf_hooks'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const runsArgument = args.indexOf('--runs')
const runs = runsArgument >= 0 ? Math.max(1, Number(args[runsArgument + 1]) || 1) : undefined
const sizes = [1_000, 10_000, 100_000]

if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'})
  if (built.status !== 0) process.exit(built.status ?? 1)
}
// The bundle is CommonJS (esbuild, format cjs), so it is required rather than imported.
const {lint, clearCaches} = createRequire(import.meta.url)(fileURLToPath(new URL('../server/out/engine.js', import.meta.url)))

// ---------------------------------------------------------------------------------------------
// Drafts

/** A small seeded generator (xorshift32): the same seed gives the same drafts on every machine. */
function generator(seed) {
  let state = seed >>> 0 || 1
  const next = () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 2 ** 32
  }
  return {
    next,
    pick: (list) => list[Math.floor(next() * list.length)],
    int: (low, high) => low + Math.floor(next() * (high - low + 1))
  }
}

const people = ['Maria Okafor', 'Daniel Reyes', 'Priya Natarajan', 'Tomás Lindqvist', 'Hannah Brodsky', 'Kwame Mensah', 'Elena Petrova', 'Samuel Ortiz']
const roles = ['mayor', 'finance director', 'union secretary', 'harbour master', 'council leader', 'chief executive', 'planning officer']
const bodies = ['the city council', 'the port authority', 'the transport union', 'the regional health board', 'the water company', 'the county treasury']
const Bodies = bodies.map((body) => body[0].toUpperCase() + body.slice(1))
const things = ['library budget', 'bridge repairs', 'night bus service', 'harbour dredging', 'school meals contract', 'flood defences', 'housing scheme']
const verbs = ['cut', 'delay', 'expand', 'review', 'cancel', 'fund', 'renegotiate']
const months = ['January', 'March', 'May', 'July', 'September', 'November']
const crowds = ['Critics', 'Some residents', 'Observers', 'Many experts']
const loaded = ['claimed', 'admitted', 'insisted', 'conceded']
const markers = ['plans to', 'is expected to', 'is likely to', 'is set to', 'intends to']
const reasons = ['because they were not authorised to discuss the talks', 'because the negotiations are private']

function draft(targetWords, seed) {
  const random = generator(seed)
  const {pick, int} = random
  const paragraphs = [`# ${pick(Bodies)} weighs the ${pick(things)}`]
  const definitions = []
  let words = paragraphs[0].split(/\s+/).length
  let footnote = 0
  let section = 0

  const sentence = () => {
    const person = pick(people)
    const body = pick(bodies)
    const thing = pick(things)
    switch (int(0, 11)) {
      case 0:
        return `${person}, the ${pick(roles)}, said ${body} would ${pick(verbs)} the ${thing} by ${pick(months)}.`
      case 1: {
        footnote++
        // One note in forty is left without a definition, as drafts in progress are.
        if (footnote % 40 !== 0) {
          const definition = `[^${footnote}]: ${pick(Bodies)} annual accounts, ${int(2015, 2024)}, page ${int(2, 180)}.`
          definitions.push(definition)
          words += definition.split(/\s+/).length
        }
        return `${pick(Bodies)} spent $${int(2, 90)}.${int(1, 9)} million on the ${thing} last year.[^${footnote}]`
      }
      case 2:
        return `“We will ${pick(verbs)} the ${thing} before ${pick(months)}, and we will say so in public,” said ${person}.`
      case 3:
        return `${pick(Bodies)} ${pick(markers)} ${pick(verbs)} the ${thing} next year.`
      case 4:
        return `${pick(crowds)} say the ${thing} will cost far more than planned.`
      case 5:
        return `A senior official, who asked not to be named ${pick(reasons)}, said the ${thing} was in doubt.`
      case 6:
        return `${person} ${pick(loaded)} that the figures for the ${thing} were out of date.`
      case 7:
        return `About ${int(12, 950)} households rely on the ${thing}, according to ${body}. {>>source: ${pick(Bodies)} statement, ${int(1, 28)} ${pick(months)}<<}`
      case 8:
        return `The ${thing} has been discussed at ${int(3, 14)} meetings since ${pick(months)}, the minutes show.`
      case 9:
        return `“It is not finished,” a spokesperson said.`
      case 10:
        return `The ${pick(roles)} told reporters the ${thing} would be decided in ${pick(months)}.`
      default:
        return `Residents gathered outside the town hall on ${pick(['Monday', 'Tuesday', 'Thursday'])} evening as the vote on the ${thing} began.`
    }
  }

  while (words < targetWords) {
    if (int(0, 9) === 0) {
      section++
      paragraphs.push(`## Part ${section}: the ${pick(things)}`)
    }
    const paragraph = Array.from({length: int(2, 5)}, sentence).join(' ')
    paragraphs.push(paragraph)
    words += paragraph.split(/\s+/).length
  }
  return [...paragraphs, ...definitions].join('\n\n') + '\n'
}

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
  const cold = () => {
    clearCaches()
    lint(text, {format: 'markdown', path: 'bench.md'})
  }
  // Small drafts take a few milliseconds: more warm-up calls, so the JIT has settled on both sides.
  const warmups = size <= 10_000 ? 20 : 3
  const [lintMs, parseMs] = timeBoth(cold, () => parser.parse(text), count, warmups)
  const middle = text.indexOf(' the ', text.length >> 1)
  let edit = 0
  const edited = () => lint(text.slice(0, middle) + ` the${edit++ % 2 ? 'ir' : ''} ` + text.slice(middle + 5), {format: 'markdown', path: 'bench.md'})
  const [warmMs] = timeBoth(edited, () => {}, count, warmups)
  rows.push({size, words: text.split(/\s+/).filter(Boolean).length, chars: text.length, findings, lintMs, parseMs, warmMs, count})
}

const ms = (value) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)) + ' ms'
const table = [
  ['draft', 'words', 'chars', 'findings', 'runs', 'cold lint (median)', 'retext parse (median)', 'cold lint / parse', 're-lint after an edit'],
  ...rows.map((row) => [
    `${row.size.toLocaleString('en')} words`,
    row.words.toLocaleString('en'),
    row.chars.toLocaleString('en'),
    row.findings.toLocaleString('en'),
    String(row.count),
    ms(row.lintMs),
    ms(row.parseMs),
    `${(row.lintMs / row.parseMs).toFixed(1)}×`,
    ms(row.warmMs)
  ])
]
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)))
const format = (line) => line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')
console.log(`\nAttribution Lint benchmark (Node ${process.versions.node}, ${process.platform} ${process.arch})\n`)
console.log(format(table[0]))
console.log(widths.map((width) => '-'.repeat(width)).join('  '))
for (const line of table.slice(1)) console.log(format(line))
console.log('\ncold lint: the full engine with its memos cleared (read Markdown, one analysis pass, all seven rules);')
console.log('parse: unified().use(retextEnglish).parse(text); re-lint: the same draft with one word changed, memos warm.')

// ---------------------------------------------------------------------------------------------
// A newsroom's folder: 1,000 drafts of about 800 words, linted by each command line as CI would run
// it, beside alex (a retext-based prose linter) on the same folder.

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
  const alexMs = timeCommand('alex', [join(root, 'node_modules/alex/cli.js'), '--quiet', '*.md'])
  const perSecond = (ms) => (folderSize / (ms / 1000)).toFixed(0)
  console.log(`\nA folder of ${folderSize.toLocaleString('en')} drafts of about 800 words, each command line once over the folder (median of 3 runs):\n`)
  console.log(`  attribution-lint  ${(oursMs / 1000).toFixed(2)} s  ${perSecond(oursMs)} drafts/s`)
  console.log(`  alex 11           ${(alexMs / 1000).toFixed(2)} s  ${perSecond(alexMs)} drafts/s`)
  console.log(`  attribution-lint lints ${(alexMs / oursMs).toFixed(1)}× as many drafts a second as alex.`)
} finally {
  rmSync(folder, {recursive: true, force: true})
}
