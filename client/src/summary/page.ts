// The Sourcing view's page (in the side bar, or in a panel beside the draft): a strict Content Security Policy (nothing but our own nonce'd style and
// script, no remote resources), colours from the theme's CSS variables, and a small script that
// swaps in new content and sends clicks back. The script is a string: it runs in the webview, not
// in Node, and is not type-checked with the extension.

import {randomBytes} from 'node:crypto'

const style = `
:root { color-scheme: light dark; }
body {
  color: var(--vscode-foreground);
  background: var(--vscode-editor-background);
  font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size);
  line-height: 1.45;
  padding: 0 1.25em 2em;
  max-width: 60em;
}
h1 { font-size: 1.3em; font-weight: 600; margin: 1em 0 0.75em; }
h2 { font-size: 1.05em; font-weight: 600; margin: 1.6em 0 0.5em; }
h3 { font-size: 1em; font-weight: 600; margin: 1.2em 0 0.4em; }
.draft-name { font-family: var(--vscode-editor-font-family); }
.muted { color: var(--vscode-descriptionForeground); font-weight: normal; }
h2 .muted { margin-left: 0.35em; }
p { margin: 0.3em 0; }
.bar { display: block; width: 100%; height: 0.9em; border-radius: 2px; overflow: hidden; }
.bar rect, .swatch rect { stroke: var(--vscode-contrastBorder, transparent); stroke-width: 0.5; vector-effect: non-scaling-stroke; }
.named { fill: var(--vscode-charts-green); border-color: var(--vscode-charts-green); }
.anonymous { fill: var(--vscode-charts-yellow); border-color: var(--vscode-charts-yellow); }
.vague { fill: var(--vscode-charts-red); border-color: var(--vscode-charts-red); }
.sourced { fill: var(--vscode-charts-blue); }
.missing, .empty { fill: var(--vscode-editorWidget-border, var(--vscode-panel-border)); opacity: 0.6; }
.legend { list-style: none; padding: 0; margin: 0.5em 0 0; display: flex; flex-wrap: wrap; gap: 0.4em 1.4em; }
.legend li { display: flex; align-items: center; gap: 0.35em; }
.swatch { width: 0.8em; height: 0.8em; flex: none; }
.share { margin: 0.6em 0 1em; }
.share-label { display: flex; justify-content: space-between; margin-bottom: 0.2em; }
table { border-collapse: collapse; width: 100%; }
td, th { overflow-wrap: anywhere; }
th, td { text-align: left; padding: 0.3em 0.6em 0.3em 0; vertical-align: top; }
thead th { font-weight: 600; border-bottom: 1px solid var(--vscode-panel-border); color: var(--vscode-descriptionForeground); }
tbody th { font-weight: normal; }
.number { text-align: right; font-variant-numeric: tabular-nums; width: 1%; white-space: nowrap; }
tbody tr { cursor: pointer; border-bottom: 1px solid var(--vscode-editorGroup-border, transparent); }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
tbody tr:focus-within { background: var(--vscode-list-inactiveSelectionBackground); }
.mentions { font-size: 0.9em; }
.kind { border-left-width: 0.6em; border-left-style: solid; padding-left: 0.4em; white-space: nowrap; }
/* A header never breaks inside its word ("Sourc|e"); in a side bar narrowed to its minimum the kind
   shows as its colour bar alone (the legend above names the colours; a screen reader still reads the
   word) and "Quotes" shortens, so the source names keep the width. */
thead th { overflow-wrap: normal; white-space: nowrap; }
.narrow { display: none; }
@media (max-width: 300px) {
  .kind-word { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .wide { display: none; }
  .narrow { display: inline; }
}
.flag { color: var(--vscode-editorWarning-foreground); font-size: 0.9em; }
button.jump {
  font: inherit; color: var(--vscode-textLink-foreground); background: none; border: 0; padding: 0;
  cursor: pointer; text-align: left;
}
button.jump:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
button.jump:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
ul.documents { padding-left: 1.2em; margin: 0.3em 0; }
ul.counts { list-style: none; padding: 0; margin: 0.4em 0 0; }
ul.counts > li { margin: 0.15em 0; }
.legend > li { display: block; }
details.counted > summary { cursor: pointer; display: flex; align-items: baseline; gap: 0.35em; list-style: none; }
details.counted > summary::-webkit-details-marker { display: none; }
details.counted > summary::before { content: '▸'; width: 0.8em; flex: none; color: var(--vscode-descriptionForeground); }
details.counted[open] > summary::before { content: '▾'; }
details.counted > summary:hover { color: var(--vscode-textLink-activeForeground); }
details.counted > summary:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.empty-count { display: flex; align-items: baseline; gap: 0.35em; color: var(--vscode-descriptionForeground); }
.empty-count::before { content: ''; width: 0.8em; flex: none; }
.swatch { align-self: center; }
ol.items { margin: 0.2em 0 0.5em; padding-left: 2.4em; }
ol.items li { margin: 0.15em 0; }
button.item { display: block; width: 100%; color: var(--vscode-foreground); }
button.item .line { white-space: nowrap; }
button.item:hover .item-text { color: var(--vscode-textLink-activeForeground); }
ul.accepted { list-style: none; padding: 0; margin: 0.3em 0; }
ul.accepted li { margin: 0.3em 0; }
.accepted-rule { font-weight: 600; }
button.action {
  font: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground);
  border: 1px solid var(--vscode-button-border, transparent); border-radius: 2px; padding: 0.1em 0.6em; cursor: pointer; margin-left: 0.3em;
}
button.action.primary { color: var(--vscode-button-foreground); background: var(--vscode-button-background); margin-left: 0; padding: 0.3em 0.9em; }
button.action:hover { background: var(--vscode-button-secondaryHoverBackground); }
button.action.primary:hover { background: var(--vscode-button-hoverBackground); }
button.action:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`

// Runs inside the webview. Up and Down move between the "go to" buttons; Enter and Space press them
// (they are real buttons); a click anywhere on a row goes to that source's first mention; a count
// opens to its list (a <details>), and the lists stay open across updates while the reporter types.
const script = `
(function () {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('main');
  const numberOf = (element, name) => Number(element.getAttribute(name));
  // The lists the reporter opened, by id: kept across every render, even one that shows a message
  // for a moment, so a list stays open while they type.
  const opened = new Set();
  main.addEventListener('toggle', (event) => {
    const element = event.target;
    if (!(element instanceof HTMLDetailsElement) || !element.id) return;
    if (element.open) opened.add(element.id); else opened.delete(element.id);
  }, true);
  function reveal(element) {
    vscode.postMessage({
      type: 'reveal',
      line: numberOf(element, 'data-line'),
      character: numberOf(element, 'data-character'),
      endLine: numberOf(element, 'data-end-line'),
      endCharacter: numberOf(element, 'data-end-character')
    });
  }
  main.addEventListener('click', (event) => {
    const element = event.target instanceof Element ? event.target : null;
    const action = element ? element.closest('[data-action]') : null;
    if (action) {
      vscode.postMessage({type: 'action', action: action.getAttribute('data-action'), index: Number(action.getAttribute('data-index') || 0)});
      return;
    }
    const target = element ? element.closest('[data-line]') : null;
    if (target) reveal(target);
  });
  main.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = Array.from(main.querySelectorAll('button.jump, summary, button.action')).filter((element) => element.getClientRects().length > 0);
    const index = buttons.indexOf(document.activeElement);
    if (index === -1) return;
    const next = buttons[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) { event.preventDefault(); next.focus(); }
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'render') return;
    const focused = document.activeElement && main.contains(document.activeElement) ? document.activeElement.getAttribute('data-key') : null;
    main.innerHTML = message.html;
    for (const element of main.querySelectorAll('details')) if (opened.has(element.id)) element.open = true;
    if (focused) {
      const again = Array.from(main.querySelectorAll('[data-key]')).find((element) => element.getAttribute('data-key') === focused);
      if (again) again.focus();
    }
    vscode.setState({uri: message.uri});
    document.body.setAttribute('data-rendered', String(message.sequence));
  });
  vscode.postMessage({type: 'ready'});
})();
`

export function nonce(): string {
  return randomBytes(18).toString('base64')
}

/** The page's shell; the content arrives by message once the script has started. */
export function summaryPage(options: {cspSource: string; nonce: string; content: string}): string {
  const {cspSource, nonce} = options
  const csp = [`default-src 'none'`, `style-src ${cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource}`, `font-src ${cspSource}`].join('; ')
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Sourcing</title>
<style nonce="${nonce}">${style}</style>
</head>
<body>
<main id="main">${options.content}</main>
<script nonce="${nonce}">${script}</script>
</body>
</html>`
}
