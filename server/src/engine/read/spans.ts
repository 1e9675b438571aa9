// Finds delimited spans (`<!-- ... -->`, `{>> ... <<}`) in one pass. A lazy regular expression
// rescans to the end of the text from every opening that is never closed, which is quadratic in a
// draft pasted with thousands of them; here, once no closing follows, the search stops.

export interface DelimitedSpan {
  start: number
  /** After the closing delimiter. */
  end: number
  /** The text between the delimiters. */
  inner: string
}

export function* delimitedSpans(text: string, open: string, close: string): Generator<DelimitedSpan> {
  let from = 0
  for (;;) {
    const start = text.indexOf(open, from)
    if (start === -1) return
    const closing = text.indexOf(close, start + open.length)
    // Nothing closes this opening, so nothing closes a later one either.
    if (closing === -1) return
    yield {start, end: closing + close.length, inner: text.slice(start + open.length, closing)}
    from = closing + close.length
  }
}
