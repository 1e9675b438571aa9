// The UI check: installs the packaged .vsix into code-server as a user would, opens a draft in the
// browser, waits for the squiggles and the status bar item, opens the sourcing summary, uses it with
// the keyboard, and saves screenshots of both for the README.

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import type {FrameLocator, Page} from 'playwright-core'
import {runCodeServerCli, startBrowser, startCodeServer, type Browser, type CodeServer} from './codeServer.ts'

const wait = {timeout: 60_000}

export interface UiCheckOptions {
  vsix: string
  workspace: string
  screenshots: string
  log: (line: string) => void
}

export async function uiCheck(options: UiCheckOptions): Promise<void> {
  const {log} = options
  const scratch = mkdtempSync(join(tmpdir(), 'attribution-lint-ui-'))
  const paths = {userDataDir: join(scratch, 'user-data'), extensionsDir: join(scratch, 'extensions'), home: join(scratch, 'home')}
  let server: CodeServer | undefined
  let browser: Browser | undefined
  try {
    await runCodeServerCli(['--install-extension', options.vsix, '--force'], paths)
    mkdirSync(join(paths.userDataDir, 'User'), {recursive: true})
    writeFileSync(
      join(paths.userDataDir, 'User', 'settings.json'),
      JSON.stringify({'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'chat.disableAIFeatures': true, 'workbench.colorTheme': 'Default Dark Modern', 'window.commandCenter': false, 'workbench.layoutControl.enabled': false, 'workbench.secondarySideBar.defaultVisibility': 'hidden'}, null, 2)
    )
    server = await startCodeServer(paths)
    browser = await startBrowser({viewport: {width: 1400, height: 860}})
    const {page} = browser
    page.on('pageerror', (error) => log(`  [page error] ${error.message}`))
    await page.goto(`${server.url}/?folder=${encodeURIComponent(options.workspace)}`)
    await page.locator('.monaco-workbench').waitFor(wait)
    log('ui: workbench loaded')

    await openFile(page, 'council.md')
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor(wait)
    log('ui: squiggles shown')
    // The item counts the draft's problems once they have arrived (before, it says the server is starting).
    const status = page.locator('.statusbar-item', {hasText: /Sourcing\s*\d/})
    await status.first().waitFor(wait)
    const statusText = (await status.first().innerText()).replace(/\s+/g, ' ').trim()
    log(`ui: status bar item: "${statusText}"`)

    await page.keyboard.press('Control+Shift+M')
    await page.locator('.markers-panel .monaco-list-row').first().waitFor(wait)
    // Point at a squiggle (the decoration itself takes no pointer events) to show its message.
    const squiggle = await page.locator('.monaco-editor .squiggly-warning').first().boundingBox()
    if (squiggle) await page.mouse.move(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2)
    await page.locator('.monaco-hover:visible', {hasText: 'attribution-lint'}).first().waitFor(wait)
    mkdirSync(options.screenshots, {recursive: true})
    await page.screenshot({path: join(options.screenshots, 'editor.png')})
    log('ui: saved editor.png')
    await page.keyboard.press('Escape')
    await page.mouse.move(0, 0)
    await page.keyboard.press('Control+J')
    await page.locator('.part.panel').waitFor({state: 'hidden', ...wait})

    await runCommand(page, 'Attribution Lint: Show Sourcing Summary')
    const view = summaryFrame(page)
    await view.locator('table tbody tr').first().waitFor(wait)
    await view.locator('svg.bar').first().waitFor(wait)
    log(`ui: summary view shows ${await view.locator('table tbody tr').count()} sources`)
    await page.screenshot({path: join(options.screenshots, 'summary.png')})
    log('ui: saved summary.png')

    // Keyboard: focus the second source and press Enter; the editor's cursor moves to its first mention.
    const buttons = view.locator('button.jump')
    await buttons.first().focus()
    await page.keyboard.press('ArrowDown')
    const label = (await buttons.nth(1).getAttribute('aria-label')) ?? ''
    const line = Number(/line (\d+)/.exec(label)?.[1])
    await page.keyboard.press('Enter')
    await page.locator('.statusbar-item', {hasText: new RegExp(`Ln ${line},`)}).first().waitFor(wait)
    log(`ui: Enter on “${label.split(':')[0]}” moved the cursor to line ${line}`)

    // The view follows the active draft: a .draft file, with its highlighting.
    await openFile(page, 'strike.draft')
    await view.locator('h1', {hasText: 'strike.draft'}).waitFor(wait)
    await view.locator('table tbody tr').first().waitFor(wait)
    await page.screenshot({path: join(options.screenshots, 'draft.png')})
    log('ui: saved draft.png')
  } finally {
    await browser?.close()
    await server?.stop()
    rmSync(scratch, {recursive: true, force: true})
  }
}

async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor(wait)
  await input.fill(name)
  await page.locator('.quick-input-list .monaco-list-row', {hasText: name}).first().waitFor(wait)
  await page.keyboard.press('Enter')
  await page.locator(`.tab[aria-label^="${name}"]`).first().waitFor(wait)
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1')
  const input = page.locator('.quick-input-widget input')
  await input.waitFor(wait)
  await input.fill(`>${title}`)
  await page.locator('.quick-input-list .monaco-list-row', {hasText: title}).first().waitFor(wait)
  await page.keyboard.press('Enter')
}

/** The webview's document: VS Code nests it in two frames. */
function summaryFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame')
}
