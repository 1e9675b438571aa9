// `npm version` runs this after it has bumped package.json (the one version of the extension and the
// command): the [Unreleased] section of CHANGELOG.md becomes the new version's, dated today, under a
// fresh empty [Unreleased], and the links at the bottom follow (Keep a Changelog 1.1.0). Inside a git
// checkout the file is staged, so npm's version commit carries it.

import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const root = process.cwd()
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const path = join(root, 'CHANGELOG.md')
const text = readFileSync(path, 'utf8')
const repository = 'https://github.com/attribution-lint/attribution-lint'

const heading = /^## \[Unreleased\][^\n]*\n/m
const match = heading.exec(text)
if (!match) fail('CHANGELOG.md has no "## [Unreleased]" section; add one with what changed.')
const after = text.slice(match.index + match[0].length)
const next = after.search(/^## |^\[[^\]]+\]: /m)
const notes = (next === -1 ? after : after.slice(0, next)).trim()
if (notes === '') fail('CHANGELOG.md: nothing under [Unreleased]; say what changed in this version first.')
if (new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm').test(text)) fail(`CHANGELOG.md already has a section for ${version}.`)

const previous = /^## \[(\d+\.\d+\.\d+[^\]]*)\]/m.exec(after)?.[1]
const date = new Date().toISOString().slice(0, 10)
let released = text.slice(0, match.index) + `## [Unreleased]\n\n## [${version}] - ${date}\n` + after
// Link definitions: Unreleased compares from this version; this version from the previous one.
released = released.replace(/^\[Unreleased\]: .*$/m, `[Unreleased]: ${repository}/compare/v${version}...HEAD\n[${version}]: ${previous ? `${repository}/compare/v${previous}...v${version}` : `${repository}/releases/tag/v${version}`}`)
if (!/^\[Unreleased\]: /m.test(released)) released = released.trimEnd() + `\n\n[Unreleased]: ${repository}/compare/v${version}...HEAD\n[${version}]: ${repository}/releases/tag/v${version}\n`
writeFileSync(path, released)
console.log(`CHANGELOG.md: [Unreleased] is now [${version}] - ${date}.`)

try {
  execFileSync('git', ['rev-parse', '--is-inside-work-tree'], {cwd: root, stdio: 'ignore'})
  execFileSync('git', ['add', 'CHANGELOG.md'], {cwd: root, stdio: 'inherit'})
} catch {
  // Not a git checkout (npm version --no-git-tag-version in a copy): nothing to stage.
}

function fail(message) {
  console.error(`changelog-release: ${message}`)
  process.exit(1)
}
