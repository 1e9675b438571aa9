// A bounded memo for the pure, costly steps of reading a draft (remark on a block, parse-english on
// a paragraph). While a reporter types, only the paragraph being edited is new text: every other
// block and paragraph is found here, so a re-lint parses one paragraph, not the whole draft.
// Results are identical to a cold lint by construction: the memoised functions depend on their key
// text alone.

export class Memo<Value> {
  private readonly entries = new Map<string, Value>()
  private weight = 0

  /** `limit` is in characters of keys: memory grows with the text the memo holds. */
  constructor(private readonly limit: number) {}

  get(key: string, make: () => Value): Value {
    const found = this.entries.get(key)
    if (found !== undefined) {
      // Refresh recency: Map keeps insertion order, the oldest entry is evicted first.
      this.entries.delete(key)
      this.entries.set(key, found)
      return found
    }
    const value = make()
    this.entries.set(key, value)
    this.weight += key.length
    while (this.weight > this.limit && this.entries.size > 1) {
      const oldest = this.entries.keys().next().value as string
      this.entries.delete(oldest)
      this.weight -= oldest.length
    }
    return value
  }

  clear(): void {
    this.entries.clear()
    this.weight = 0
  }
}
