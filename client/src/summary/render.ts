// The Sourcing view's content as HTML, from the server's sourcing summary. Pure functions (no
// `vscode`), so what the view shows can be read and tested apart from the webview. Every piece of
// draft text is escaped; the page's Content Security Policy allows no inline style attributes, so
// widths are SVG attributes, never `style=`.
//
// Every count is a disclosure that lists what it counts ("2 unsourced claims" opens to the two
// claims), and every listed item is a button that goes to its place in the draft. The counts are
// the lengths of those lists, so a count and its list cannot disagree; the findings' counts are
// the lint's findings, the same the Problems view and the status bar count.

import type {CountedItem, SourceSummary, SourcingSummary} from '../../../server/src/engine/summary.ts'
import {ruleCount, ruleName} from '../ruleNames.ts'

export type {SourcingSummary}

/** Where a row jumps to: 0-based, as VS Code counts. */
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
  const items = candidate.items as Record<string, unknown> | undefined
  return (
    Array.isArray(candidate.sources) &&
    typeof candidate.attributions === 'object' &&
    typeof candidate.claims === 'object' &&
    typeof candidate.quotes === 'object' &&
    typeof items === 'object' &&
    items !== null &&
    ['named', 'anonymous', 'vague', 'claimsAttributed', 'claimsNoted', 'claimsUnsourced', 'claimsAccepted', 'quotesWithSpeaker', 'quotesWithoutSpeaker', 'findings', 'accepted'].every((key) => Array.isArray(items[key]))
  )
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

/**
 * A count that opens to the list of what it counts: `label` is the visible words around the number
 * (the count is `items.length`). A count of nothing is plain text: there is nothing to open.
 */
function countList(key: string, items: CountedItem[], label: (count: string) => string, options: {swatch?: string; detail?: (item: CountedItem) => string} = {}): string {
  const swatch = options.swatch ? `<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="${options.swatch}" width="10" height="10"></rect></svg>` : ''
  const text = label(`<strong class="count">${items.length}</strong>`)
  if (items.length === 0) return `<div class="counted empty-count" data-count="${escapeHtml(key)}" data-value="0">${swatch}<span>${text}</span></div>`
  const rows = items
    .map((item, index) => {
      const target = targetOf(item.place)
      const detail = options.detail?.(item)
      return `<li><button type="button" class="jump item" ${jumpAttributes(target, `${key}:${index}`)} title="${escapeHtml(item.message ?? item.text)}"><span class="item-text">${escapeHtml(item.text)}</span>${detail ? ` <span class="muted">${escapeHtml(detail)}</span>` : ''} <span class="muted line">line ${target.line + 1}</span></button></li>`
    })
    .join('')
  return `<details class="counted" id="${escapeHtml(key)}" data-count="${escapeHtml(key)}" data-value="${items.length}"><summary>${swatch}<span>${text}</span></summary><ol class="items">${rows}</ol></details>`
}

/** The lint's findings by rule: the same findings, and so the same counts, as the Problems view. */
function findingsSection(summary: SourcingSummary): string {
  const byRule = new Map<string, CountedItem[]>()
  for (const item of summary.items.findings) {
    const rule = item.ruleId ?? 'other'
    byRule.set(rule, [...(byRule.get(rule) ?? []), item])
  }
  const total = summary.items.findings.length
  const lists = [...byRule]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .map(([rule, items]) => `<li>${countList(`findings:${rule}`, items, (count) => `${count} ${escapeHtml(ruleCount(rule, items.length))}`)}</li>`)
    .join('')
  return `<section aria-labelledby="findings-heading">
<h2 id="findings-heading">To check <span class="muted" data-count="findings" data-value="${total}">${total === 0 ? 'nothing' : plural(total, 'finding')}</span></h2>
${total === 0 ? '<p class="muted">Nothing to check: every claim, figure and quote the rules read is sourced, or accepted.</p>' : `<ul class="counts">${lists}</ul>`}
</section>`
}

function attributionSection(summary: SourcingSummary): string {
  const {items} = summary
  const counts = {named: items.named.length, anonymous: items.anonymous.length, vague: items.vague.length}
  const total = counts.named + counts.anonymous + counts.vague
  const parts = kinds.map((kind) => ({className: kind, count: counts[kind], label: kindLabels[kind]}))
  const description = total === 0 ? 'No attributions yet.' : kinds.map((kind) => `${counts[kind]} ${kind} (${percent(counts[kind], total)})`).join(', ')
  const legend = kinds
    .map((kind) => `<li>${countList(`attributions:${kind}`, items[kind], (count) => `${kindLabels[kind]} ${count} <span class="muted">${percent(counts[kind], total)}</span>`, {swatch: kind})}</li>`)
    .join('')
  return `<section aria-labelledby="attributions-heading">
<h2 id="attributions-heading">Attributions <span class="muted">${total} in all</span></h2>
${shareBar(parts, `Attributions: ${description}`)}
<ul class="legend">${legend}</ul>
</section>`
}

function shareLine(label: string, of: string, part: number, whole: number, className: string): string {
  const bar = shareBar(
    [
      {className, count: part, label: 'Sourced'},
      {className: 'missing', count: Math.max(whole - part, 0), label: 'Not sourced'}
    ],
    `${label}: ${part} of ${whole} (${percent(part, whole)})`
  )
  return `<div class="share-label"><span>${label} <span class="muted">${of}</span></span><strong>${percent(part, whole)}</strong></div>${bar}`
}

function sourcedSection(summary: SourcingSummary): string {
  const {claims, quotes, items} = summary
  const claimCounts =
    claims.total === 0
      ? '<p class="muted">No claims that need a source.</p>'
      : `<ul class="counts">
<li>${countList('claims:attributed', items.claimsAttributed, (count) => `${count} attributed`)}</li>
<li>${countList('claims:noted', items.claimsNoted, (count) => `${count} with an evidence note only`)}</li>
<li>${countList('claims:unsourced', items.claimsUnsourced, (count) => `${count} unsourced`)}</li>
${items.claimsAccepted.length > 0 ? `<li>${countList('claims:accepted', items.claimsAccepted, (count) => `${count} left unsourced on purpose`)}</li>` : ''}
</ul>`
  const quoteCounts =
    quotes.total === 0
      ? '<p class="muted">No direct quotes.</p>'
      : `<ul class="counts">
<li>${countList('quotes:speaker', items.quotesWithSpeaker, (count) => `${count} with a speaker <span class="muted">(${quotes.named} named)</span>`)}</li>
<li>${countList('quotes:none', items.quotesWithoutSpeaker, (count) => `${count} with no speaker`)}</li>
</ul>`
  return `<section aria-labelledby="sourced-heading">
<h2 id="sourced-heading">Sourced</h2>
<div class="share">${shareLine('Claims attributed', `of ${plural(claims.total, 'claim')}`, claims.attributed, claims.total, 'sourced')}${claimCounts}</div>
<div class="share">${shareLine('Quotes with a speaker', `of ${plural(quotes.total, 'direct quote')}`, quotes.attributed, quotes.total, 'sourced')}${quoteCounts}</div>
</section>`
}

function sourceRow(source: SourceSummary, index: number, flagged: ReadonlySet<string>): string {
  const target = targetOf(source.firstMention)
  const others = source.mentions.filter((mention) => mention !== source.name)
  // The warning sits under the source's name, where it reads as part of the source and the narrow
  // Kind column keeps its width.
  const note = source.unresolved ? '<div class="flag">unresolved pronoun</div>' : source.kind === 'anonymous' && flagged.has(source.name) ? '<div class="flag">no reason given</div>' : ''
  const label = `${source.name}: ${source.kind}, ${plural(source.attributions, 'attribution')}, ${plural(source.quotes, 'quote')}. Go to its first mention, line ${target.line + 1}.`
  return `<tr class="row" ${jumpAttributes(target, `row:${index}`)} title="${escapeHtml(`First mentioned on line ${target.line + 1}`)}">
<th scope="row"><button type="button" class="jump" aria-label="${escapeHtml(label)}" ${jumpAttributes(target, `source:${index}:${source.name}`)}>${escapeHtml(source.name)}</button>${note}${others.length > 0 ? `<div class="muted mentions">also ${others.map(escapeHtml).join(', ')}</div>` : ''}</th>
<td><span class="kind ${source.kind}"><span class="kind-word">${source.kind}</span></span></td>
<td class="number">${source.attributions}</td>
<td class="number">${source.quotes}</td>
</tr>`
}

function sourcesSection(summary: SourcingSummary): string {
  const flagged = new Set(summary.anonymousWithoutReason)
  const body =
    summary.sources.length === 0
      ? '<p class="muted">No sources yet: nothing in the draft is attributed to anyone.</p>'
      : `<table>
<caption class="visually-hidden">Every source, in the order the draft introduces it. Choose a source to go to its first mention.</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Kind</th><th scope="col" class="number"><abbr title="Attributions">Attr.</abbr></th><th scope="col" class="number"><span class="wide">Quotes</span><abbr class="narrow" title="Quotes">Q.</abbr></th></tr></thead>
<tbody>${summary.sources.map((source, index) => sourceRow(source, index, flagged)).join('\n')}</tbody>
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

/** The findings this project accepted in this draft, each with its reason and an undo button. */
function acceptedSection(summary: SourcingSummary): string {
  const accepted = summary.items.accepted
  if (accepted.length === 0) return ''
  const rows = accepted
    .map((item, index) => {
      const target = targetOf(item.place)
      const rule = ruleName(item.ruleId ?? '')
      const reason = item.accepted?.reason
      return `<li><button type="button" class="jump item" ${jumpAttributes(target, `accepted:${index}`)} title="${escapeHtml(item.message ?? item.text)}"><span class="accepted-rule">${escapeHtml(rule)}</span> <span class="item-text">${escapeHtml(item.text)}</span> <span class="muted line">line ${target.line + 1}</span></button>
<div class="muted">${reason ? `Why: ${escapeHtml(reason)}` : 'No reason given.'} <button type="button" class="action" data-action="unaccept" data-index="${index}" data-key="unaccept:${index}" aria-label="${escapeHtml(`Undo: report the ${rule.toLowerCase()} in line ${target.line + 1} again`)}">Undo</button></div></li>`
    })
    .join('')
  return `<section aria-labelledby="accepted-heading">
<h2 id="accepted-heading">Accepted <span class="muted" data-count="accepted" data-value="${accepted.length}">${accepted.length}</span></h2>
<p class="muted">Findings accepted in .attributionlint-accepted.json, where the command line reads them too. Each lapses when its sentence changes.</p>
<ul class="accepted">${rows}</ul>
</section>`
}

/** The view's content for one draft. */
export function renderSummary(summary: SourcingSummary, draftName: string): string {
  return `<header><h1>Sourcing of <span class="draft-name">${escapeHtml(draftName)}</span></h1></header>
${findingsSection(summary)}
${attributionSection(summary)}
${sourcedSection(summary)}
${sourcesSection(summary)}
${acceptedSection(summary)}`
}

/** The view's content when there is no summary to show; `action` adds a button the view answers. */
export function renderMessage(title: string, detail: string, action?: {id: string; label: string}): string {
  const button = action ? `<p><button type="button" class="action primary" data-action="${escapeHtml(action.id)}" data-key="action:${escapeHtml(action.id)}">${escapeHtml(action.label)}</button></p>` : ''
  return `<header><h1>${escapeHtml(title)}</h1></header><p class="muted">${escapeHtml(detail)}</p>${button}`
}
