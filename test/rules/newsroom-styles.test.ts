// Mechanisms found by reading the rules' errors on copy in other newsroom styles (issue 13): wire
// copy, magazine features, local TV scripts, press-release rewrites and live blogs, as in the
// invented second corpus (test/corpus-styles/). Every sentence is invented; each case runs in
// Markdown, plain text and .draft.

import {firesInEveryFormat as fires, quietInEveryFormat as quiet} from './cases.ts'

// A frequency says when something happens, as a time does: no figure to check. A rate of things
// counted, and a count of occasions with no period, are still figures.
quiet('missing-evidence', '"twice a month" is a frequency', 'The harbour board meets twice a month in the old customs house.')
quiet('missing-evidence', '"three times a week" is a frequency', 'Volunteers bring hot meals to the shelter three times a week.')
quiet('missing-evidence', '"once a year" and "every other year" are frequencies', 'The regatta is held once a year, and the fair every other year.')
quiet('missing-evidence', '"every two weeks" is a frequency', 'The ferry schedule changes every two weeks in summer.')
quiet('missing-evidence', '"two nights a week" is a frequency', 'The clinic stays open late two nights a week.')
quiet('missing-evidence', 'a period in one adverb: "twice monthly", "three times weekly"', 'The council meets twice monthly, and its planning panel three times weekly.')
quiet('missing-evidence', '"every 15 minutes" is a frequency', 'In summer the harbor shuttle leaves every 15 minutes.')
fires('missing-evidence', 'a rate of things counted with a period adverb is a figure', 'The shelter now serves 90 meals daily.', ['1:24-1:26 missing-evidence'])
fires('missing-evidence', 'a rate of things counted is a figure', 'The shelter serves 90 meals a day.', ['1:20-1:22 missing-evidence'])
fires('missing-evidence', 'a count of occasions with no period is a figure', 'The levy vote failed three times.', ['1:22-1:27 missing-evidence'])
fires('missing-evidence', '"twice as fast" is a figure', 'Rents rose twice as fast as wages.', ['1:12-1:17 missing-evidence'])

// Sources joined by "and" are read whole: every conjunct is the source, so a count among them is
// no figure, and people placed in two places are still the people, not the second place's name.
fires('anonymous-source', 'coordinated modifiers before one role', 'Current and former harbour workers said the cranes were unsafe.', ['1:1-1:35 anonymous-source'])
fires('anonymous-source', 'a count joined to a description', 'Two aides and a former adviser to the governor said the bill was dead.', ['1:1-1:47 anonymous-source'])
fires('anonymous-source', 'people in two places', 'Officials in Corran and Dunmere say the shelters are full.', ['1:1-1:32 anonymous-source'])
fires('anonymous-source', 'an anonymous source joined to a named one', 'Ann Price and a senior aide said the bill was dead.', ['1:15-1:28 anonymous-source'])
fires('anonymous-source', 'a clause before "and" is no conjunct', 'The plant closed and officials said the jobs were gone.', ['1:22-1:31 anonymous-source'])
quiet('anonymous-source', 'a list of names', 'Price, Lee and Ortiz said the bill was dead.')
quiet('anonymous-source', 'places after a named body', 'The ministries in Corran and Dunmere said the shelters were full.')
quiet('missing-evidence', 'a count in any conjunct of the source', 'Two firefighters and a paramedic said the road was impassable.')
quiet('missing-evidence', 'a count in the first conjunct after the verb', 'The road was impassable, according to two firefighters and a paramedic.')
fires('missing-evidence', 'a count after "and" that is no source', 'Two firefighters said the road was closed and three bridges were gone.', ['1:47-1:52 missing-evidence'])
fires('vague-attribution', 'two crowds joined', 'Critics and some residents say the plant should close.', ['1:1-1:31 vague-attribution'])

// A verb of making or sending a text ("wrote", "tweeted", "posted") with only a thing as its
// object reports an act, not what anyone said: "An aide wrote the speech" cites no source. Content
// after the place the text went out, a quote before the subject, or an object that is itself
// speech ("tweeted a warning") still attributes. A verb of telling ("described the engine room")
// attributes with a plain object: what was described is what the source said.
quiet('anonymous-source', '"wrote" with a document as its object', 'An aide to the mayor wrote the budget speech.')
quiet('anonymous-source', '"tweeted" with a photo as its object', 'A volunteer tweeted a photo of the flooded pier.')
fires('unattributed-claim', 'a judgement in a sentence whose only verb of writing has a thing as object', 'An aide wrote the worst speech of the campaign.', ['1:15-1:24 unattributed-claim'])
fires('anonymous-source', '"wrote on Facebook that"', 'An aide wrote on Facebook that the pier would close.', ['1:1-1:8 anonymous-source'])
fires('anonymous-source', '"posted in the group chat that"', 'A deckhand posted in the crew group chat that the pier would close.', ['1:1-1:11 anonymous-source'])
fires('anonymous-source', '"tweeted a warning"', 'A volunteer tweeted a warning about the pier.', ['1:1-1:12 anonymous-source'])
fires('anonymous-source', '"described" with a plain object', 'Two deckhands described the engine room.', ['1:1-1:14 anonymous-source'])
quiet('unattributed-claim', '"wrote in an op-ed in X that"', 'Ana Ruiz wrote in an op-ed in the Ledger that the levy is the worst tax in decades.')
quiet('unnamed-speaker', 'a quote before the subject of "wrote", with a place after it', '“We cannot keep the pier open through another winter,” his sister, Ana Ruiz, wrote Thursday in a letter to the council.')
quiet('unattributed-claim', 'a day between the verb and what was promised', 'Ana Ruiz promised Monday to scrap the worst of the fees.')
quiet('unattributed-claim', 'a newspaper whose name is a verb form', 'The levy is the worst tax in decades, the Harbour Post reported.')

// Reasons for anonymity in the wording of other newsrooms: an employer's or an interview's rules,
// a bar on speaking, a request that names the writer. Each counts only beside wording about
// anonymity or naming, and a request with no reason after it stays a request.
quiet('anonymous-source', 'speaking anonymously in line with ministry policy', 'A person briefed on the talks, speaking anonymously in line with ministry policy, said the gap was about pensions.')
quiet('anonymous-source', "anonymity under the agency's rules", "Two inspectors, who spoke on condition of anonymity under the agency's rules, said the dam was leaking.")
quiet('anonymous-source', 'anonymity because they are not cleared to speak', 'A port official, granted anonymity because she is not cleared to speak to reporters, said the cranes were idle.')
quiet('anonymous-source', 'a first-person request, then its reason', 'A former inspector, who asked that I not use her name because she still consults for the board, told me the wells were never tested.')
quiet('anonymous-source', 'a request to the newsroom, then its reason', 'A deckhand, who asked us not to use his name because he could lose his job, said the engines were failing.')
quiet('anonymous-source', 'asked to remain anonymous, fearing reprisals', 'A nurse who asked to remain anonymous, fearing reprisals, said the ward was short-staffed.')
fires('anonymous-source', 'a first-person request with no reason', 'One neighbour, who would only speak if I did not print his name, said the quarry was to blame.', ['1:1-1:14 anonymous-source'])
fires('anonymous-source', 'spoke on background, with no reason', 'A senior official, who spoke on background, said the ferry would be sold.', ['1:1-1:18 anonymous-source'])
fires('anonymous-source', 'a policy with nothing about naming beside it', 'Under company policy, two managers said the plant closes at six.', ['1:23-1:35 anonymous-source'])

// A reason given earlier covers later references to its group ("the officials", "officials", "one
// official"), not a group brought in anew: counted again ("two other officials") or placed
// elsewhere ("officials in Corran and Dunmere").
const explained = 'Two officials at the ministry, who spoke on condition of anonymity because they were not authorized to discuss the talks, said the decree was ready.\n\n'
quiet('anonymous-source', 'the explained group referred back to', explained + 'The officials said the decree would be signed on Friday.')
quiet('anonymous-source', 'the explained group named bare', explained + 'Officials said the decree would be signed on Friday.')
fires('anonymous-source', 'a group placed anew after an explained one', explained + 'Officials in Corran and Dunmere said exporters were diverting cargo.', ['3:1-3:32 anonymous-source'])
fires('anonymous-source', 'a group counted anew after an explained one', explained + 'Two other officials said exporters were diverting cargo.', ['3:1-3:20 anonymous-source'])

// A crowd word that is vague alone ("people", "residents") is described by a relative clause as by
// a phrase ("people familiar with the talks"): anonymous. With "some" or "many" it stays vague.
fires('anonymous-source', 'people described by a relative clause', 'People who have worked with the director for a decade say he never backs down.', ['1:1-1:7 anonymous-source'])
quiet('vague-attribution', 'people described by a relative clause are not vague', 'People who have worked with the director for a decade say he never backs down.')
fires('vague-attribution', 'some residents with a relative clause stay vague', 'Some residents who live near the quarry say the dust is worse.', ['1:1-1:15 vague-attribution'])
fires('vague-attribution', 'people alone stay vague', 'People say the director never backs down.', ['1:1-1:11 vague-attribution'])

// A crowd is placed by a name it works at, not by a topic: "observers of Valdorian politics" are
// as vague as "observers"; "economists of the Federal Reserve" are placed.
fires('vague-attribution', 'a crowd with a topic', 'Observers of Valdorian politics note that no budget has failed since 1998.', ['1:1-1:37 vague-attribution'])
quiet('anonymous-source', 'a crowd with a topic is no anonymous source', 'Observers of Valdorian politics note that no budget has failed since 1998.')
fires('anonymous-source', 'a crowd placed at a body after "of"', 'Economists of the Federal Reserve say rates will rise.', ['1:1-1:34 anonymous-source'])

// An age in the relative clause after a name is not a figure.
quiet('missing-evidence', '"who is 71" after a name', 'Marta Varga, who is 71 and still walks the rows, remembers the first bad spring.')
quiet('missing-evidence', '"who turned 60" after a name', 'Ruiz, who turned 60 in May, still rows to work.')
fires('missing-evidence', 'a count after "who is" with a unit is a figure', 'The pier, which is 40 metres long, was shut.', ['1:20-1:29 missing-evidence'])

// A reporter's first person in live copy: "we're hearing from X that", "I learned from X that",
// "we're told by X" take their source after "from" or "by".
fires('anonymous-source', '"we\'re hearing from sources inside X that"', "We're hearing from sources inside the county office that the bridge will close.", ['1:20-1:52 anonymous-source'])
fires('anonymous-source', '"we\'re told by X that"', "We're told by two deputies that the bridge will close.", ['1:15-1:27 anonymous-source'])
fires('anonymous-source', '"I learned from X that"', 'I learned from a deckhand that the ferry would not sail.', ['1:16-1:26 anonymous-source'])
quiet('anonymous-source', '"heard from" with nothing reported after it', 'We heard from a deckhand on Tuesday.')
quiet('unattributed-claim', '"hearing from" a named source attributes', "We're hearing from Mayor Ines Borja that the bridge is likely to close.")

// TV scripts and wire copy open lines with a label in brackets ("(REPORTER)", "(Wire)"): the
// subject is after it, even across a relative clause. A bracket right before the comma still
// describes the name before it ("Sen. Ann Price (D-Ohio), who ..., said").
fires('anonymous-source', 'a script label before a subject and its relative clause', '(REPORTER) One parent, who asked that we not use her name, says the bus is late.', ['1:12-1:22 anonymous-source'])
quiet('anonymous-source', 'a party label in brackets before a relative clause', 'Sen. Ann Price (D-Ohio), who chairs the panel, said the bill was dead.')
quiet('anonymous-source', 'a sentence opened by "But", a bracket and a participle phrase', 'But Sen. Ann Price (D-Ohio), noting the size of the crowd, said the bill was dead.')

// A relative clause before "said" describes the subject before it: the verb is not inverted, and
// the count in that subject is a count of sources.
quiet('missing-evidence', 'a counted source, its relative clause, then "said"', 'Two people close to the developer, who spoke on condition of anonymity because the sale has not closed, said the company plans to build flats on the site.')
quiet('anonymous-source', 'a counted source with its reason, then "said"', 'Two people close to the developer, who spoke on condition of anonymity because the sale has not closed, said the company plans to build flats on the site.')

// "A spokeswoman for the developer, Corran Holdings, said": the organisation's name after a role
// names the organisation, not the person; a person's name there names the spokeswoman.
fires('anonymous-source', "an organisation's name after a role", 'A spokeswoman for the developer, Corran Holdings, called the claim "absurd and insulting to the whole harbour."', ['1:1-1:32 anonymous-source'])
quiet('anonymous-source', "a person's name after a role", 'A spokeswoman for the developer, Ana Ruiz, said the claim was absurd.')

// Crowds and hearsay in live and broadcast copy.
fires('vague-attribution', '", and many say"', 'Parents packed the meeting, and many say they were blindsided.', ['1:33-1:41 vague-attribution'])
fires('vague-attribution', '"Word around X is that"', 'Word around the district office is that a third school could be next.', ['1:1-1:40 vague-attribution'])
fires('vague-attribution', '"Rumor has it that"', 'Rumor has it that the mayor will resign.', ['1:1-1:13 vague-attribution'])
quiet('vague-attribution', '"word" with no "is that"', 'The word was out by noon, and she gave her word that the levy would pass.')
quiet('unattributed-claim', 'hearsay is a (vague) cue for the claim it carries', 'Word around the district office is that a third school could be next.')

// Requests for anonymity in broadcast and magazine wording, and the reason after them.
quiet('anonymous-source', 'asked us not to show his face because', 'A city worker, who asked us not to show his face because he could lose his job, says the sirens were off.')
quiet('anonymous-source', 'did not want to be identified because', 'A teacher, who did not want to be identified because she is still under contract, says staff learned of the plan last week.')
quiet('anonymous-source', 'a name kept out of print to avoid trouble', 'According to one harbour official, who agreed to talk only if his name was kept out of print to avoid trouble with his employer, the city approved the rezoning.')
fires('anonymous-source', 'a name kept out of print, with no reason', 'A harbour official, who agreed to talk only if his name was kept out of print, said the city approved the rezoning.', ['1:1-1:19 anonymous-source'])

// A count of time that says when ("in two weeks", "two years ago") is no figure; a length of time is.
quiet('missing-evidence', '"in two weeks" says when', 'The board meets again in two weeks.')
quiet('missing-evidence', '"two years ago" says when', 'The plant closed two years ago.')
fires('missing-evidence', 'a length of time is a figure', 'The strike lasted two weeks.', ['1:19-1:28 missing-evidence'])

// More wire and broadcast wording: "those close to X" are people described; "locals" are a crowd
// as "residents" are; "the consensus among X is that" is hearsay; a protocol or guidelines are an
// employer's rule; "declined to be identified because" is a request with its reason.
fires('anonymous-source', '"those close to X"', 'Those close to the mayor say she will run again.', ['1:1-1:25 anonymous-source'])
fires('anonymous-source', '"those who know him"', 'Those who know him say he will run again.', ['1:1-1:6 anonymous-source'])
fires('vague-attribution', '"locals say"', 'Locals say the bridge has been shaky for years.', ['1:1-1:11 vague-attribution'])
fires('vague-attribution', '"the consensus among X is that"', 'The consensus among economists is that rates will rise.', ['1:1-1:39 vague-attribution'])
quiet('vague-attribution', '"is that of" compares', 'The view from the pier is that of a quiet bay.')
quiet('anonymous-source', 'anonymity in line with government protocol', 'The official said, speaking on condition of anonymity in line with government protocol, that the deal was dead.')
quiet('anonymous-source', 'declined to be identified because', 'A person who declined to be identified because the talks are private said the deal was dead.')

// A plural noun before a verb that reports only when speech follows is its subject: "The authors
// write that ..." reports as "The authors say that ..." does (test/analysis/cues.test.ts holds the
// near misses, "a news post that went up").
fires('anonymous-source', '"The authors write that"', 'The authors write that the ferry levy was never meant to last.', ['1:1-1:12 anonymous-source'])
fires('anonymous-source', '"Its researchers post that"', 'Its researchers post that the ferry levy was never meant to last.', ['1:1-1:16 anonymous-source'])

// Two cues that share one mention of their source ("wrote a letter saying", "posted a message
// saying") are one finding; a second mention is its own.
fires('anonymous-source', 'one finding for "wrote a letter saying"', 'An aide wrote a letter saying the ferry would not sail.', ['1:1-1:8 anonymous-source'])
fires('anonymous-source', 'one finding for "posted a message saying"', 'A deckhand posted a message saying the ferry would not sail.', ['1:1-1:11 anonymous-source'])
fires('anonymous-source', 'a second mention is its own finding', 'An aide said the pier was sound, and another aide said the levy could fail.', ['1:1-1:8 anonymous-source', '1:38-1:50 anonymous-source'])

// A reason phrase that opens with "not" reads the same after a contracted "not": "wasn't
// authorized to", "isn’t cleared to". A bar with nothing about naming beside it is still no reason.
quiet('anonymous-source', '"who wasn\'t cleared to speak publicly"', "A deckhand, who wasn't cleared to speak publicly, said the ferry would not sail.")
quiet('anonymous-source', 'a reason after a contracted "not" in the next sentence', 'A deckhand said the ferry would not sail. She isn’t authorized to speak for the company.')
fires('anonymous-source', '"wasn\'t allowed to park" gives no reason', "A deckhand said she wasn't allowed to park near the pier.", ['1:1-1:11 anonymous-source'])

// "later", "earlier" or "further" before a past tense is an adverb, whatever the length of the
// subject before it (test/analysis/cues.test.ts holds "heard further related reports").
fires('anonymous-source', '"The county engineer later noted that"', 'The county engineer later noted that the pier had failed twice before.', ['1:1-1:20 anonymous-source'])

// A count alone ("the two", "the three") refers back to people already named: no anonymous source,
// whatever the number's spelling. A counted noun is still anyone of its kind.
quiet('anonymous-source', '"the three said" after three names', 'Price, Lee and Ortiz toured the pier on Monday. The three said it was safe.')
fires('anonymous-source', '"the three employees said" is anonymous', 'The three employees said the pier was safe.', ['1:1-1:20 anonymous-source'])

// A TV script's sound-bite label names who speaks on the tape after it, before the first comma
// ("[SOT: Name, role]", "SOT: NAME, ROLE", "(SOT) Name:", "[BITE: Name]"). A label that only
// describes the speaker, or natural sound ("NAT SOT"), names no one.
quiet('unnamed-speaker', 'a bracketed sound-bite label with a name and role', '[SOT: Hal Brenner, Riverbend resident] "By the time we heard anything the cellar was full."')
quiet('unnamed-speaker', 'a sound-bite label in capitals on the line above', 'SOT: HAL BRENNER, RIVERBEND RESIDENT\n"By the time we heard anything the cellar was full."')
quiet('unnamed-speaker', 'a sound-bite label in its own paragraph above the quote', 'SOT: Hal Brenner, Riverbend resident\n\n"By the time we heard anything the cellar was full."')
quiet('unnamed-speaker', 'a sound-bite label in brackets, the name before a colon', '(SOT) Hal Brenner: "By the time we heard anything the cellar was full."')
quiet('unnamed-speaker', 'a bite label', '[BITE: Ann Price, harbour master] "We moved every boat we could."')
fires('unnamed-speaker', 'a sound-bite label that only describes the speaker', '[SOT: resident] "By the time we heard anything the cellar was full."', ['1:17-1:29 unnamed-speaker'])
fires('unnamed-speaker', 'natural sound has no speaker', 'NAT SOT: "Get the boats out, get them out now!"', ['1:10-1:24 unnamed-speaker'])

// A phrase set off between a name and the colon before a quote says how or where the person
// spoke: a participle or a preposition. The name before it is the speaker; a description or a
// time before it is not a name.
quiet('unnamed-speaker', 'a name, a participle phrase, a colon', 'Mayor Idris Colm, speaking at the town hall: "Stay inside and check on your neighbours."')
quiet('unnamed-speaker', 'a surname, a past participle phrase, a colon', 'Colm, asked about the cuts: "We will keep every library open."')
quiet('unnamed-speaker', 'a name, a prepositional phrase, a colon', 'Ruiz, in a statement: "The ferry will sail on Monday."')
quiet('unnamed-speaker', 'a name with its party label, a phrase, a colon', 'Rep. Ann Price (D-Ohio), in a statement: "The ferry will sail on Monday."')
fires('unnamed-speaker', 'a description, a participle phrase, a colon', 'A resident, speaking at the town hall: "Stay inside and check on your neighbours."', ['1:40-1:56 unnamed-speaker'])
fires('unnamed-speaker', 'a time, a participle phrase, a colon', 'On Tuesday, speaking to reporters: "The ferry will sail on Monday."', ['1:36-1:51 unnamed-speaker'])

// A verb of making a text attributes after where the text went with "to" as with "on" or "in"
// ("posted to Instagram that", "wrote to supporters that"); "that" with a verb right after it
// describes a thing ("a photo that went viral"), and "wrote to the board to ask" reports no words.
fires('anonymous-source', '"posted to Instagram that"', 'A deckhand posted to Instagram that the ferry would not sail.', ['1:1-1:11 anonymous-source'])
fires('anonymous-source', '"wrote to supporters on Monday that"', 'A deckhand wrote to supporters on Monday that the ferry would not sail.', ['1:1-1:11 anonymous-source'])
quiet('anonymous-source', '"posted on Instagram a photo that went viral"', 'A deckhand posted on Instagram a photo that went viral.')
quiet('anonymous-source', '"posted to Instagram a photo that went viral"', 'A deckhand posted to Instagram a photo that went viral.')
quiet('anonymous-source', '"wrote to the board to ask"', 'A deckhand wrote to the board to ask for more time.')

// The count of people a report cites counts sources, as "two officials said" does; a count of
// things cited is still a figure.
quiet('missing-evidence', '"citing two officials" counts sources', 'The ferry will not sail, the Ledger reported, citing two officials.')
quiet('missing-evidence', '"citing three senior officials familiar with" counts sources', 'The ferry will not sail, the Ledger reported, citing three senior officials familiar with the schedule.')
fires('missing-evidence', '"citing 40 complaints" is a figure', 'The ferry will not sail, the Ledger reported, citing 40 complaints filed since May.', ['1:54-1:56 missing-evidence'])

// "went on to say that ...": a particle that goes on to its own verb of speech needs only speech
// after it; the object and infinitive "called on" needs ("called on the board to stop") is its own.
fires('anonymous-source', '"went on to say that"', 'A deckhand went on to say that the ferry would not sail.', ['1:1-1:11 anonymous-source'])
quiet('unattributed-claim', '"went on to say" with no "that" attributes', 'Ruiz went on to say the ferry would not sail this winter.')
quiet('anonymous-source', '"went on to win" reports no words', 'A deckhand went on to win the regatta.')

// "voiced concern that" is "expressed concern that" in other words; "voiced the part" and
// "voiced concern about" report no words.
fires('anonymous-source', '"voiced doubts that"', 'A deckhand voiced doubts that the ferry would sail.', ['1:1-1:11 anonymous-source'])
quiet('anonymous-source', '"voiced the part" reports no words', 'A deckhand voiced the part of the captain.')
quiet('anonymous-source', '"voiced concern about" reports no words', 'A deckhand voiced concern about the ferry.')
