// Which claim marker of a sentence stands with no attribution (shared spec, `unattributed-claim`):
// the sentence's cues attribute it, or a verb of belief gives it to the believer.

import type {Cue, Sentence} from './model.ts'

type Marker = Sentence['claimMarkers'][number]

/**
 * The sentence's first claim marker that no cue attributes, if any.
 *
 * - A cue attributes the whole sentence, even a vague one ("Critics say the deal is likely to fail").
 * - A verb of belief attributes the whole sentence only for a crowd ("experts believe"): "the mayor
 *   believes the bridge is safe" states a belief, and "believes" is itself a claim marker. What
 *   follows the verb is the believer's, though: in "Party leaders hoped the meeting would end the
 *   feud" the forecast "would" is the leaders' hope, not the writer's claim.
 * - "Both spoke on condition of anonymity because the talks are private": the cause is the reason
 *   for anonymity, not a claim.
 * - "The council plans to close what it called “the least useful branch”": that cue names the
 *   quote's speaker; the plan is still unattributed.
 */
export function unattributedMarker(sentence: Sentence, cues: readonly Cue[]): Marker | undefined {
  let believedFrom = Infinity
  for (const index of sentence.cues) {
    const cue = cues[index]
    if (cue.embedded) continue
    if (!cue.belief || cue.source.kind === 'vague') return undefined
    if (cue.end < believedFrom) believedFrom = cue.end
  }
  for (const marker of sentence.claimMarkers) {
    if (sentence.anonymityReason && marker.category === 'cause') continue
    if (marker.start >= believedFrom || marker.reported) continue
    return marker
  }
  return undefined
}
