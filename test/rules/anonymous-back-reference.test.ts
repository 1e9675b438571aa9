// anonymous-source and the definite description that refers back to a named person: "The farmer
// said" after "Farmer Ana Ruiz said" hides no one; after "A farmer said" it still does. Invented
// sentences, each run in Markdown, plain text and .draft.

import {firesInEveryFormat as fires, quietInEveryFormat as quiet} from './cases.ts'

// Must not fire: the role stood beside a name met earlier.
quiet('anonymous-source', 'a title before the name', 'Farmer Ana Ruiz said the crop failed. The farmer said the rain came late.')
quiet('anonymous-source', 'an apposition before the name', 'The driver, Tomas Vail, said the road was closed. Later the driver said it had reopened.')
quiet('anonymous-source', 'an apposition after the name', 'Ines Borja, a nurse at the county clinic, said the ward was full.\n\nThe nurse said two beds opened on Friday.')
quiet('anonymous-source', 'an apposition with "the" after the name', 'Tomas Vail, the bus driver, said the route would change. The driver said riders were told in May.')

// Must fire: no name stood beside the role.
fires('anonymous-source', 'the role was introduced without a name', 'A farmer said the crop failed. The farmer said the rain came late.', ['1:1-1:9 anonymous-source'])
fires('anonymous-source', 'the name stood beside another role', 'Farmer Ana Ruiz said the crop failed. The driver said the road was closed.', ['1:39-1:49 anonymous-source'])
fires('anonymous-source', 'the role came after the name in another clause, not beside it', 'Ana Ruiz said the harvest was late for every farmer. The farmer said the rain came late.', ['1:54-1:64 anonymous-source'])
fires('anonymous-source', 'an adverb before the article is not part of the source', 'Later a guard said the gate was shut.', ['1:7-1:14 anonymous-source'])

// A person named by trade or calling, whose noun does not end as "farmer" does: with no name in the
// draft the speaker is unnamed; after the person is named beside that noun, the description refers back.
fires('unnamed-speaker', 'a deckhand with no name', '“The engine failed twice,” said the deckhand.', ['1:1-1:19 unnamed-speaker'])
fires('anonymous-source', 'a nun with no name', 'The nun said the shelter would close in March.', ['1:1-1:8 anonymous-source'])
quiet('unnamed-speaker', 'the deckhand named beside his trade earlier', 'Tomas Vail, the ferry deckhand, has worked the crossing for years.\n\n“The engine failed twice,” said the deckhand.')
quiet('anonymous-source', 'a chaplain named by title', 'Chaplain Ines Borja said the ward was calm. The chaplain said visits would resume.')
