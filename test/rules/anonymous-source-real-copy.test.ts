// anonymous-source on the shapes of real copy (issue 13): who the source is, when a reason or a
// refusal counts, transcripts; and the issue-13 items an audit found with no test. Every sentence
// is invented; each case runs in Markdown, plain text and .draft.

import {firesInEveryFormat as fires, quietInEveryFormat as quiet} from './cases.ts'

// Mechanism 2: what is in brackets describes the subject right before them.
fires('anonymous-source', 'a description in brackets after an anonymous source', 'Two guards (both on the night shift) said the cells were cold.', ['1:1-1:11 anonymous-source'])
fires('anonymous-source', 'a request in brackets after an anonymous source', 'A senior aide (who asked not to be named) said the plant would close.', ['1:1-1:14 anonymous-source'])
quiet('anonymous-source', 'a party label in brackets after a name', 'Sen. Ann Price (D-Ohio) said the plant would close.')
quiet('anonymous-source', 'a description in brackets after a name', 'Ann Price (a planner from Dover) said the plant would close.')
quiet('anonymous-source', 'a place of speech in brackets after an office', 'The mayor said the plant would close, and her office (in a statement) said it would help.')

// Mechanism 2: a quantifier after its noun ("all", "both", "each") belongs to the subject.
fires('anonymous-source', 'a quantifier after an anonymous crowd', 'Officials all said the plant would close.', ['1:1-1:10 anonymous-source'])
fires('anonymous-source', 'a quantifier after a counted source', 'Two aides both said the plant would close.', ['1:1-1:10 anonymous-source'])
quiet('missing-evidence', 'a counted source before a quantifier is no figure', 'Two aides both said the plant would close.')
quiet('anonymous-source', 'a quantifier after named people', 'Price, Lee and Ortiz all said the plant would close.')
quiet('anonymous-source', 'a quantifier that opens the sentence is the subject, and no role', 'All said the plant would close.')

// Mechanism 5: a request not to be named, in the words magazines use, counts once a reason follows it.
quiet('anonymous-source', 'speaking only if not identified, then a reason', 'One resident, who would speak only if not identified, fearing trouble with the county, said the ferry was late.')
quiet('anonymous-source', 'a name not to be printed, then a reason', 'A deckhand, who asked that his name not be printed because his father works for the ferry line, said the engines were failing.')
fires('anonymous-source', 'speaking only if not identified, with no reason', 'One resident, who would speak only if not identified, said the ferry was late.', ['1:1-1:13 anonymous-source'])
fires('anonymous-source', 'a name not to be printed, with no reason', 'A deckhand, who asked that his name not be printed, said the engines were failing.', ['1:1-1:11 anonymous-source'])

// Mechanism 3: in a transcript, what a labelled speaker says is their speech, as a quote is: the
// sources they mention are theirs to name. One label and a colon alone may be a dateline.
quiet('anonymous-source', 'a source named in a transcript answer', 'Q: Who told you the boat was ordered?\n\nA: A county official told me in March.\n\nQ: Did you ask for a name?\n\nA: I did.')
quiet('anonymous-source', 'a source named by a labelled speaker', 'LIND: Officials told me a boat was coming.\n\nOSEI: The county has no money for one.')
quiet('vague-attribution', 'a crowd named in a transcript answer', 'Q: Are you to blame?\n\nA: People say a lot of things.\n\nQ: Do you agree?\n\nA: No.')
fires('anonymous-source', 'a label and a colon once is no transcript', 'NEW DELHI: Officials said the talks had stalled.\n\nThe talks resume on Monday.', ['1:12-1:21 anonymous-source'])
fires('vague-attribution', "the interviewer's question is the publication's", 'Q: Some residents say you are to blame. Are they right?\n\nA: No.\n\nQ: Why not?\n\nA: The boats are old.', ['1:4-1:22 vague-attribution'])
fires('anonymous-source', 'the story around a transcript is still read', 'LIND: The dock is sound.\n\nOSEI: The boats are not.\n\nA county spokesperson said the order was placed.', ['5:1-5:22 anonymous-source'])

// Mechanism 2: a relative clause whose verb is itself a verb of speech ("who testified") comes
// between the source and its verb.
fires('anonymous-source', 'a relative clause with a verb of speech before the cue', 'Two residents who testified said they had not been told of the hearing.', ['1:1-1:14 anonymous-source'])
fires('anonymous-source', 'a relative clause with "complained"', 'A tenant who complained said the heating was off.', ['1:1-1:9 anonymous-source'])
quiet('missing-evidence', 'a counted source before a relative clause is no figure', 'Two residents who testified said they had not been told of the hearing.')
quiet('anonymous-source', 'a named source before a relative clause with a verb of speech', 'Ana Ruiz, who testified, said she had not been told of the hearing.')

// Issue 13 items that had no test of their own (audit): a speech act beyond "said", and the
// nearest speaker over a questioner.
quiet('unattributed-claim', '"vowed that" attributes its clause', 'Mayor Ines Borja vowed that the ferry would sail on Monday.')
fires('unattributed-claim', '"vowed" a thing attributes no clause', 'Borja vowed revenge, and the ferry would sail on Monday.', ['1:36-1:41 unattributed-claim'])
quiet('unnamed-speaker', 'the nearest speaker wins over a questioner', 'Asked by Dana Lee about the levy, Ortiz said "we will fight this every step of the way."')
fires('anonymous-source', 'a questioner does not name an anonymous speaker', 'Asked by Dana Lee about the levy, an aide said "we will fight this every step of the way."', ['1:35-1:42 anonymous-source'])

// Mechanism 5: a refusal to give a name is a request, and "saying they feared ..." its reason.
quiet('anonymous-source', 'no one would give a name, saying they feared for their jobs', 'Two dockworkers said they saw sparks. Neither would give their name, saying they feared for their jobs.')
fires('anonymous-source', 'no one would give a name, with no reason', 'Two dockworkers said they saw sparks. Neither would give their name.', ['1:1-1:16 anonymous-source'])

// Mechanism 9: a source after its verb may be joined by another ("said two aides and a lawyer"):
// the conjuncts are the source, never the clause before the verb.
fires('anonymous-source', 'an inverted source joined by another', 'The plant would close, said two aides and a lawyer.', ['1:29-1:51 anonymous-source'])
quiet('anonymous-source', 'an inverted named source joined by another', 'The plant would close, said Ann Price and her deputy, Tom Ruiz.')

// Mechanism 9: "according to interviews with X": the people interviewed are the source.
fires('anonymous-source', 'interviews with unnamed people', 'The mayor knew, according to interviews with three former aides.', ['1:46-1:64 anonymous-source'])
fires('anonymous-source', 'conversations with unnamed people', 'The mayor knew, according to conversations with two people close to her.', ['1:49-1:72 anonymous-source'])
quiet('anonymous-source', 'an interview with a named person', 'The mayor knew, according to an interview with Ana Ruiz.')
