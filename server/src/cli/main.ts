// attribution-lint: lints drafts from the command line (basic form: paths, stylish and JSON output).

import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {formatOf, lint, type Finding} from '../engine/index.ts'

const draftExtensions = /\.(md|markdown|txt|draft)$/i

function collect(path: string, out: string[], problems: string[]): void {
  let stat
  try {
    stat = statSync(path)
  } catch {
    problems.push(`${path}: no such file or folder; check the path.`)
    return
  }
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path).sort()) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue
      const child = join(path, entry)
      const childStat = statSync(child, {throwIfNoEntry: false})
      if (childStat?.isDirectory() || draftExtensions.test(entry)) collect(child, out, problems)
    }
  } else out.push(path)
}

interface FileResult {
  filePath: string
  findings: Finding[]
}

function toJson(results: FileResult[]) {
  return results.map(({filePath, findings}) => ({
    filePath,
    messages: findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      message: finding.message,
      line: finding.start.line,
      column: finding.start.column,
      endLine: finding.end.line,
      endColumn: finding.end.column
    })),
    errorCount: findings.filter((finding) => finding.severity === 'error').length,
    warningCount: findings.filter((finding) => finding.severity !== 'error').length
  }))
}

function main(argv: string[]): number {
  let format = 'stylish'
  const paths: string[] = []
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--format' || arg === '-f') format = argv[++index] ?? ''
    else if (arg.startsWith('--format=')) format = arg.slice(9)
    else paths.push(arg)
  }
  const problems: string[] = []
  const files: string[] = []
  for (const path of paths.length > 0 ? paths : ['.']) collect(path, files, problems)
  const results: FileResult[] = []
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    results.push({filePath: resolve(file), findings: lint(text, {path: file, format: formatOf(file) ?? 'markdown'}).findings})
  }
  if (format === 'json') process.stdout.write(JSON.stringify(toJson(results)) + '\n')
  else {
    for (const result of results) {
      if (result.findings.length === 0) continue
      process.stdout.write(`\n${relative(process.cwd(), result.filePath)}\n`)
      for (const finding of result.findings) process.stdout.write(`  ${finding.start.line}:${finding.start.column}  ${finding.severity.padEnd(7)}  ${finding.message}  ${finding.ruleId}\n`)
    }
  }
  for (const problem of problems) process.stderr.write(`attribution-lint: ${problem}\n`)
  if (problems.length > 0) return 2
  return results.some((result) => result.findings.some((finding) => finding.severity === 'error')) ? 1 : 0
}

process.exitCode = main(process.argv.slice(2))
