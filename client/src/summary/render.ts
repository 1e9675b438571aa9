// The summary view's content as HTML, from the server's sourcing summary. Pure functions (no
// `vscode`), so what the view shows can be read and tested apart from the webview. Every piece of
// draft text is escaped; the page's Content Security Policy allows no inline style attributes, so
// widths are SVG attributes, never `style=`.

import type {SourceSummary, SourcingSummary} from '../../../server/src/engine/summary.ts'

export type {SourcingSummary}

/** Where a row jumps to, the first mention: 0-based, as VS Code counts. */
export interface Target {
  line: number
  character: number
  endLine: number
  endCharacter: number
}

const kinds = ['named', 'anonymous', 'vague'] as const

const kindLabels: Record<(typeof kinds)[number], string> = {named: 'Named', anonymous: 'Anonymous', vague: 'Vague'}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '–'
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

type Point1 = {line: number; column: number}

/** A place of 1-based unist points as 0-based editor positions. */
export function targetOf(place: {start: Point1; end?: Point1}): Target {
  const end = place.end ?? place.start
  return {
    line: Math.max(place.start.line - 1, 0),
    character: Math.max(place.start.column - 1, 0),
    endLine: Math.max(end.line - 1, 0),
    endCharacter: Math.max(end.column - 1, 0)
  }
}

function jumpAttributes(target: Target, key: string): string {
  return `data-line="${target.line}" data-character="${target.character}" data-end-line="${target.endLine}" data-end-character="${target.endCharacter}" data-key="${escapeHtml(key)}"`
}

/** Is this what the server sends? Narrowed before anything reads it. */
export function isSourcingSummary(value: unknown): value is SourcingSummary {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Record<keyof SourcingSummary, unknown>>
  return Array.isArray(candidate.sources) && typeof candidate.attributions === 'object' && typeof candidate.claims === 'object' && typeof candidate.quotes === 'object'
}

/** A horizontal bar of shares as SVG rectangles, with the numbers in its label for screen readers. */
function shareBar(parts: Array<{className: string; count: number; label: string}>, label: string): string {
  const total = parts.reduce((sum, part) => sum + part.count, 0)
  let x = 0
  const rects = parts
    .filter((part) => part.count > 0)
    .map((part) => {
      const width = (part.count / total) * 100
      const rect = `<rect class="${part.className}" x="${x.toFixed(3)}" y="0" width="${width.toFixed(3)}" height="10"><title>${escapeHtml(`${part.label}: ${part.count} (${percent(part.count, total)})`)}</title></rect>`
      x += width
      return rect
    })
    .join('')
  return `<svg class="bar" role="img" aria-label="${escapeHtml(label)}" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">${total > 0 ? rects : '<rect class="empty" x="0" y="0" width="100" height="10"></rect>'}</svg>`
}

function attributionSection(summary: SourcingSummary): string {
  const {attributions} = summary
  const total = attributions.named + attributions.anonymous + attributions.vague
  const parts = kinds.map((kind) => ({className: kind, count: attributions[kind], label: kindLabels[kind]}))
  const description = total === 0 ? 'No attributions yet.' : kinds.map((kind) => `${attributions[kind]} ${kind} (${percent(attributions[kind], total)})`).join(', ')
  const legend = parts
    .map((part) => `<li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="${part.className}" width="10" height="10"></rect></svg>${part.label} <strong>${part.count}</strong> <span class="muted">${percent(part.count, total)}</span></li>`)
    .join('')
  return `<section aria-labelledby="attributions-heading">
<h2 id="attributions-heading">Attributions <span class="muted">${total} in all</span></h2>
${shareBar(parts, `Attributions: ${description}`)}
<ul class="legend">${legend}</ul>
</section>`
}

function shareLine(label: string, part: number, whole: number, detail: string, className: string): string {
  const bar = shareBar(
    [
      {className, count: part, label: 'Sourced'},
      {className: 'missing', count: Math.max(whole - part, 0), label: 'Not sourced'}
    ],
    `${label}: ${part} of ${whole} (${percent(part, whole)})`
  )
  return `<div class="share"><div class="share-label"><span>${label}</span><strong>${percent(part, whole)}</strong></div>${bar}<p class="muted">${detail}</p></div>`
}

function sourcedSection(summary: SourcingSummary): string {
  const {claims, quotes} = summary
  const claimDetail =
    claims.total === 0
      ? 'No claims that need a source.'
      : `${claims.attributed} of ${plural(claims.total, 'claim')} attributed` +
        (claims.noted > 0 ? `, ${claims.noted} with an evidence note only` : '') +
        (claims.unsourced > 0 ? `, <strong>${claims.unsourced} unsourced</strong>` : '') +
        '.'
  const quoteDetail =
    quotes.total === 0
      ? 'No direct quotes.'
      : `${quotes.attributed} of ${plural(quotes.total, 'direct quote')} ${quotes.attributed === 1 ? 'has' : 'have'} a speaker` +
        (quotes.attributed === 0 ? '.' : `; ${quotes.named === quotes.attributed ? (quotes.attributed === 1 ? 'the speaker is' : 'every speaker is') : `${quotes.named} of the speakers are`} named.`)
  return `<section aria-labelledby="sourced-heading">
<h2 id="sourced-heading">Sourced</h2>
${shareLine('Claims attributed', claims.attributed, claims.total, claimDetail, 'sourced')}
${shareLine('Quotes with a speaker', quotes.attributed, quotes.total, quoteDetail, 'sourced')}
</section>`
}

function sourceRow(source: SourceSummary, index: number): string {
  const target = targetOf(source.firstMention)
  const others = source.mentions.filter((mention) => mention !== source.name)
  const note = source.kind === 'anonymous' && source.reasonGiven === false && !source.unresolved ? '<span class="flag">no reason given</span>' : source.unresolved ? '<span class="flag">unresolved pronoun</span>' : ''
  const label = `${source.name}: ${source.kind}, ${plural(source.attributions, 'attribution')}, ${plural(source.quotes, 'quote')}. Go to its first mention, line ${target.line + 1}.`
  return `<tr class="row" ${jumpAttributes(target, `row:${index}`)}>
<th scope="row"><button type="button" class="jump" aria-label="${escapeHtml(label)}" ${jumpAttributes(target, `source:${index}:${source.name}`)}>${escapeHtml(source.name)}</button>${others.length > 0 ? `<div class="muted mentions">also ${others.map(escapeHtml).join(', ')}</div>` : ''}</th>
<td><span class="kind ${source.kind}">${source.kind}</span>${note}</td>
<td class="number">${source.attributions}</td>
<td class="number">${source.quotes}</td>
<td class="number muted">${target.line + 1}</td>
</tr>`
}

function sourcesSection(summary: SourcingSummary): string {
  const body =
    summary.sources.length === 0
      ? '<p class="muted">No sources yet: nothing in the draft is attributed to anyone.</p>'
      : `<table>
<caption class="visually-hidden">Every source, in the order the draft introduces it. Choose a source to go to its first mention.</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col" class="number">Attributions</th><th scope="col" class="number">Quotes</th><th scope="col" class="number">Line</th></tr></thead>
<tbody>${summary.sources.map(sourceRow).join('\n')}</tbody>
</table>`
  const documents =
    summary.documents.length === 0
      ? ''
      : `<h3>Documents</h3><ul class="documents">${summary.documents
          .map((document, index) => {
            const target = targetOf(document.firstMention)
            return `<li><button type="button" class="jump" ${jumpAttributes(target, `document:${index}:${document.name}`)}>${escapeHtml(document.name)}</button> <span class="muted">${plural(document.attributions, 'mention')}, line ${target.line + 1}</span></li>`
          })
          .join('')}</ul>`
  return `<section aria-labelledby="sources-heading">
<h2 id="sources-heading">Sources <span class="muted">${summary.sources.length}</span></h2>
${body}
${documents}
</section>`
}

function anonymousSection(summary: SourcingSummary): string {
  const names = summary.anonymousWithoutReason
  const items = names.map((name, index) => {
    const source = summary.sources.find((candidate) => candidate.kind === 'anonymous' && candidate.name === name)
    if (!source) return `<li>${escapeHtml(name)}</li>`
    const target = targetOf(source.firstMention)
    return `<li><button type="button" class="jump" ${jumpAttributes(target, `anonymous:${index}:${name}`)}>${escapeHtml(name)}</button> <span class="muted">line ${target.line + 1}</span></li>`
  })
  const body = names.length === 0 ? '<p class="muted">None: every anonymous source has a stated reason, or there are none.</p>' : `<ul class="anonymous">${items.join('')}</ul>`
  return `<section aria-labelledby="anonymous-heading">
<h2 id="anonymous-heading">Anonymous, no reason given <span class="muted">${names.length}</span></h2>
${body}
</section>`
}

/** The view's content for one draft. */
export function renderSummary(summary: SourcingSummary, draftName: string): string {
  return `<header><h1>Sourcing of <span class="draft-name">${escapeHtml(draftName)}</span></h1></header>
${attributionSection(summary)}
${sourcedSection(summary)}
${sourcesSection(summary)}
${anonymousSection(summary)}`
}

/** The view's content when there is no summary to show. */
export function renderMessage(title: string, detail: string): string {
  return `<header><h1>${escapeHtml(title)}</h1></header><p class="muted">${escapeHtml(detail)}</p>`
}
