// Every rule, in the order of the rules contract (shared spec, "The rules").

import {anonymousSource} from './anonymous-source.ts'
import {danglingEvidence} from './dangling-evidence.ts'
import {loadedAttributionVerb} from './loaded-attribution-verb.ts'
import {missingEvidence} from './missing-evidence.ts'
import type {Rule} from './rule.ts'
import {unattributedClaim} from './unattributed-claim.ts'
import {unnamedSpeaker} from './unnamed-speaker.ts'
import {vagueAttribution} from './vague-attribution.ts'

export const rules: readonly Rule[] = [unattributedClaim, missingEvidence, unnamedSpeaker, anonymousSource, vagueAttribution, loadedAttributionVerb, danglingEvidence]
export {ruleUrl, formatMessage, quotable, noOptions, type Rule, type RuleMeta, type Report, type Reported, type Suggestion, type SuggestionEdit, type TextEdit, type OptionsSchema} from './rule.ts'
