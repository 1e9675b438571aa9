// Bundles the client, the language server and the CLI with esbuild: unified is ESM-only,
// and the extension host and `npx attribution-lint` each want one CommonJS file.
import {build} from 'esbuild'
import {chmodSync, existsSync, mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'

const watch = process.argv.includes('--watch')
const production = process.argv.includes('--production')
// `--out DIR` writes the bundles under DIR instead of the checkout (the package test builds a copy
// there, so tests running beside it keep their bundles).
const outIndex = process.argv.indexOf('--out')
const outRoot = outIndex === -1 ? '.' : process.argv[outIndex + 1]

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Node 20 has Unicode property escapes (`/^\p{Lu}/u`), but esbuild's table for the node20 target
  // turns most of them into `new RegExp("^\\p{Lu}", "u")`, built again on every call: in
  // `isCapitalised`, which runs for every word of a draft, and in every source's classification.
  // Kept as literals, each is compiled once.
  supported: {'regexp-unicode-property-escapes': true},
  legalComments: 'none',
  // ESM dependencies (tinyglobby's fdir) read import.meta.url, which is empty in a CommonJS bundle.
  define: {'import.meta.url': 'importMetaUrl'},
  inject: ['scripts/import-meta-url.js'],
  // jsonc-parser's `main` is a UMD build whose require() calls esbuild cannot follow; its `module`
  // build is plain ESM.
  alias: {'jsonc-parser': 'jsonc-parser/lib/esm/main.js'}
}

const entries = [
  {entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: {js: '#!/usr/bin/env node'}},
  {entryPoints: ['server/src/engine/index.ts'], outfile: 'server/out/engine.js'},
  {entryPoints: ['server/src/lsp/main.ts'], outfile: 'server/out/server.js'},
  {entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode']}
]
  .filter((entry) => existsSync(entry.entryPoints[0]))
  .map((entry) => ({...entry, outfile: join(outRoot, entry.outfile)}))
const cliBundle = join(outRoot, 'server/out/cli.js')

if (watch) {
  const {context} = await import('esbuild')
  for (const entry of entries) await (await context({...common, ...entry})).watch()
} else {
  const results = await Promise.all(entries.map((entry) => build({...common, ...entry, write: false})))
  for (const file of results.flatMap((result) => result.outputFiles)) writeWhole(file.path, file.contents, file.path === resolve(cliBundle) ? 0o755 : 0o644)
  // The command line is the package's bin: executable, as npm would make it when it links the bin,
  // so it also runs straight from a checkout and from a cache that linked an earlier build.
  if (existsSync(cliBundle)) chmodSync(cliBundle, 0o755)
}

/**
 * Writes a bundle whole or not at all: a test suite running beside this build (a second `npm test`,
 * an editor's test runner) may start the command line at any moment, and must never load half a
 * file. An unchanged bundle is only touched (its time says it is as new as its sources).
 */
function writeWhole(path, contents, mode) {
  if (existsSync(path) && Buffer.compare(readFileSync(path), contents) === 0) {
    const now = new Date()
    utimesSync(path, now, now)
    return
  }
  mkdirSync(dirname(path), {recursive: true})
  const temporary = `${path}.${process.pid}.tmp`
  writeFileSync(temporary, contents, {mode})
  renameSync(temporary, path)
}
