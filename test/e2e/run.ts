// `npm run test:e2e`: packages the extension, runs the tests inside VS Code with
// @vscode/test-electron's runTests, then the UI check in the browser, and prints how long each part
// took. On these machines VS Code is code-server in headless Chromium (host.sh stands in for the
// VS Code executable, see ../shared/vscode-e2e.md); with E2E_DESKTOP=1, runTests downloads desktop
// VS Code instead and the same tests run there. E2E_SKIP_TESTS=1 or E2E_SKIP_UI=1 leaves out a part;
// E2E_UPDATE_SCREENSHOTS=1 saves the screenshots into docs/images/ (else .vscode-test/screenshots/).

import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runTests} from '@vscode/test-electron'
import {build} from 'esbuild'
import {root} from './codeServer.ts'
import {uiCheck} from './ui.ts'

const timings: Array<[string, number]> = []

async function step<T>(name: string, body: () => Promise<T> | T): Promise<T> {
  const started = Date.now()
  console.log(`e2e: ${name}…`)
  try {
    return await body()
  } finally {
    timings.push([name, Date.now() - started])
    console.log(`e2e: ${name} took ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

function freshWorkspace(scratch: string, name: string): string {
  const workspace = join(scratch, name)
  cpSync(join(root, 'test', 'e2e', 'fixtures', 'workspace'), workspace, {recursive: true})
  return workspace
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'attribution-lint-e2e-'))
  let vsix: string | undefined = join(root, 'attribution-lint.vsix')
  try {
    // The tests inside VS Code load the extension from its folder; only the UI check installs the .vsix.
    if (process.env.E2E_SKIP_UI === '1') {
      await step('build the extension', () => {
        execFileSync('node', ['scripts/build.mjs'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
      })
    } else {
      await step('package the extension', () => {
        try {
          execFileSync('npm', ['run', '--silent', 'package'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
        } catch {
          // Said loudly, and the UI is still checked: with the built folder, as the .vsix would hold it.
          console.log('e2e: WARNING: the .vsix could not be built (see above); the UI check installs the extension from its folder instead')
          vsix = undefined
          execFileSync('node', ['scripts/build.mjs', '--production'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
        }
      })
    }
    const suite = join(root, '.vscode-test', 'e2e', 'suite.js')
    await step('bundle the tests', () =>
      build({entryPoints: [join(root, 'test', 'e2e', 'suite', 'index.ts')], outfile: suite, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning'})
    )
    const desktop = process.env.E2E_DESKTOP === '1'
    if (process.env.E2E_SKIP_TESTS !== '1') await step(`tests inside VS Code (${desktop ? 'desktop' : 'code-server'})`, () =>
      runTests({
        ...(desktop ? {} : {vscodeExecutablePath: join(root, 'test', 'e2e', 'host.sh')}),
        extensionDevelopmentPath: root,
        extensionTestsPath: suite,
        launchArgs: [freshWorkspace(scratch, 'workspace'), `--user-data-dir=${join(scratch, 'user-data')}`, `--extensions-dir=${join(scratch, 'extensions')}`]
      })
    )
    // The README's screenshots change only when asked: every run's pixels differ a little.
    const screenshots = process.env.E2E_UPDATE_SCREENSHOTS === '1' ? join(root, 'docs', 'images') : join(root, '.vscode-test', 'screenshots')
    if (process.env.E2E_SKIP_UI !== '1') {
      // Both themes when the README's screenshots are made; the dark one alone otherwise.
      const themes = process.env.E2E_UPDATE_SCREENSHOTS === '1' ? (['dark', 'light'] as const) : (['dark'] as const)
      for (const theme of themes) {
        await step(`UI check in the browser (${theme})`, () =>
          uiCheck({vsix, workspace: freshWorkspace(scratch, `ui-workspace-${theme}`), screenshots, theme, log: (line) => console.log(line)})
        )
      }
    }
  } finally {
    rmSync(scratch, {recursive: true, force: true})
    console.log('e2e: timings')
    for (const [name, ms] of timings) console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
