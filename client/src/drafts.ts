// Which documents are drafts, in one place: the manifest's activation events, the server's document
// selector, the status bar and the summary view all read these.

import * as vscode from 'vscode'

export const extensionId = 'attribution-lint.attribution-lint'

/** The `source` the server puts on every diagnostic. */
export const diagnosticSource = 'attribution-lint'

export const draftLanguages = ['markdown', 'plaintext', 'news-draft'] as const

/**
 * Schemes whose documents the server may see. `git:` and other read-only copies of a draft are left
 * out, or every diff view would double the Problems list.
 */
export const draftSchemes = ['file', 'untitled', 'vscode-vfs'] as const

export const documentSelector: Array<{language: string; scheme: string}> = draftLanguages.flatMap((language) => draftSchemes.map((scheme) => ({language, scheme})))

export function isDraft(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document !== undefined && vscode.languages.match(documentSelector, document) > 0
}

/** Diagnostics of ours for a document (other extensions may lint the same draft). */
export function draftDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === diagnosticSource)
}

/** A diagnostic's rule id: the server sends it as `code`, with the docs page as its target. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code
  if (code === undefined) return undefined
  if (typeof code === 'object') return String(code.value)
  return String(code)
}
