import type { Case } from './badInputCases.js';

/**
 * Issue 10, point 3 ("nothing lost, by construction"): each way a labelled block used to vanish
 * with `lrt check` green, as a corpus file in test/fixtures/bad-input/. Rows as in
 * badInputCases.ts (file, what, registered, rule@line:column); BLOCKS below says exactly which
 * blocks each registers. docs/reliability-blocks.md lists the same cases.
 */
export const BLOCK_CASES: Case[] = [
  ['label-after-soft-break', 'a label on the second line of a plain bullet (soft break)', 1, []],
  ['label-after-hard-break-spaces', 'a second label after a two-space hard break, both ids under the bullet', 2, []],
  ['label-after-hard-break-backslash', 'a second label after a backslash hard break, in a paragraph', 2, ['id-missing@15:1']],
  ['label-in-paragraph-after-text', 'a label on the second line of a plain paragraph', 1, []],
  ['label-after-soft-break-in-quote', 'a label on the second line of a paragraph in a quote', 1, []],
  ['second-label-in-bullet', '"- Afspraak: BZK doet X. Besluit: De LRT …" without ids', 2, ['id-missing@15:1']],
  ['second-label-in-bullet-with-ids', 'two labels in one bullet, each with its own id and attributes', 2, []],
  ['second-label-crlf', 'two labels on the lines after a plain bullet\'s text, CRLF line ends', 2, []],
  ['label-in-second-paragraph-of-labelled-bullet', 'a label opening the second paragraph of a labelled bullet', 2, []],
  ['label-uppercase-after-sentence', '"… voortgang. AFSPRAAK: VNG …" after a sentence, in capitals', 1, []],
  ['labels-nested-under-plain-bullet', 'a labelled bullet under a plain one, and a decision under that', 2, []],
  ['plural-label-with-sublist', '"- Afspraken:" with three items, each with its own owner', 3, ['id-missing@16:3']],
  ['plural-label-with-ids-and-status', 'items of a plural label with their own id, status and owner', 2, []],
  ['plural-label-as-paragraph', '"Besluiten:" as a paragraph with a numbered list under it', 2, ['id-missing@17:1']],
  ['plural-label-attribute-under-head', 'an attribute directly under "Afspraken:" instead of under one item', 2, ['attribute-under-plural@20:5']],
  ['plural-label-one-sentence', '"- Afspraken: BZK en VNG …" as one sentence: one block', 1, []],
  ['label-in-table-first-column', '"| Afspraak | BZK deelt … |": the label alone in the first column', 0, ['label-in-table@17:1', 'label-in-table@18:1']],
  ['label-in-table-other-column', 'a label in a later column, with and without colon', 0, ['label-in-table@17:11', 'label-in-table@18:11']],
  ['label-in-footnote', '"[^1]: Afspraak: …"', 0, ['label-in-footnote@17:7']],
  ['label-in-html-block', 'a label inside a <div> block', 0, ['label-misplaced@16:1']],
  ['html-comment-unclosed', '"<!--" never closed: it hides every block after it', 0, ['html-comment-unclosed@15:1']],
  ['html-comment-closed-by-next', '"<!--" closed only by the "-->" of a later comment', 1, ['html-comment-unclosed@15:1']],
  ['label-misspelled', '"Afpsraak:", "Besluiot:", "Toezeging:" in concept minutes', 0, ['label-misspelled@15:3', 'label-misspelled@16:3', 'label-misspelled@17:3']],
  ['label-misspelled-adopted', '"Afpsraak:" in adopted minutes (status: vastgesteld)', 0, ['label-misspelled@15:3']],
  ['label-misspelled-besloten', '"Besloten:" and "Aktie:": words meant as a label', 0, ['label-misspelled@15:3', 'label-misspelled@16:3']],
  ['near-label-words', '"Motie:", "Optie:", "Aanspraak:", "Bespreek:", "Actor:": ordinary words, no message', 0, []],
  ['label-after-emoji', '"- ✅ Afspraak:" and "- 👉 **Besluit:**"', 2, []],
  ['label-after-typed-bullet', '"• Afspraak:" and "– Besluit:" typed as text inside a paragraph', 2, []],
  ['label-bold-without-colon', '"**Afspraak**" on its own line, the text on the next', 0, ['label-colon-missing@15:1']],
  ['label-in-attribute-value', 'a label inside an attribute value: caught by the independent line scan', 1, ['status-invalid@17:5', 'label-unread@17:23']],
];

/** Exactly what each case registers: kind/label/owners/status@line, in register order. */
export const BLOCKS: Record<string, string[]> = {
  'html-comment-closed-by-next': ['besluit/Besluit/-/afgerond@20'],
  'html-comment-unclosed': [],
  'label-after-emoji': ['afspraak/Afspraak/BZK/open@15', 'besluit/Besluit/-/afgerond@17'],
  'label-after-hard-break-backslash': ['afspraak/Afspraak/VNG/open@15', 'toezegging/Toezegging/BZK/open@16'],
  'label-after-hard-break-spaces': ['afspraak/Afspraak/BZK/open@15', 'besluit/Besluit/-/afgerond@16'],
  'label-after-soft-break-in-quote': ['afspraak/Afspraak/BZK/open@16'],
  'label-after-soft-break': ['afspraak/Afspraak/BZK/open@16'],
  'label-after-typed-bullet': ['afspraak/Afspraak/BZK/open@16', 'besluit/Besluit/-/afgerond@17'],
  'label-bold-without-colon': [],
  'label-in-attribute-value': ['afspraak/Afspraak/BZK/open@15'],
  'label-in-footnote': [],
  'label-in-html-block': [],
  'label-in-paragraph-after-text': ['afspraak/Afspraak/IPO/open@16'],
  'label-in-second-paragraph-of-labelled-bullet': ['afspraak/Afspraak/BZK/open@15', 'besluit/Besluit/-/afgerond@17'],
  'label-in-table-first-column': [],
  'label-in-table-other-column': [],
  'label-misspelled-adopted': [],
  'label-misspelled-besloten': [],
  'label-misspelled': [],
  'label-uppercase-after-sentence': ['afspraak/Afspraak/VNG/open@15'],
  'labels-nested-under-plain-bullet': ['afspraak/Afspraak/BZK/open@16', 'besluit/Besluit/-/afgerond@18'],
  'near-label-words': [],
  'plural-label-as-paragraph': ['besluit/Besluit/-/afgerond@17', 'besluit/Besluit/-/afgerond@18'],
  'plural-label-attribute-under-head': ['afspraak/Afspraak/BZK/open@16', 'afspraak/Afspraak/VNG/open@18'],
  'plural-label-one-sentence': ['afspraak/Afspraken/BZK+VNG/open@15'],
  'plural-label-with-ids-and-status': ['afspraak/Afspraak/BZK/afgerond@16', 'afspraak/Afspraak/IPO/open@19'],
  'plural-label-with-sublist': ['afspraak/Afspraak/BZK/open@16', 'afspraak/Afspraak/VNG/open@17', 'afspraak/Afspraak/COA/open@18'],
  'second-label-crlf': ['afspraak/Afspraak/BZK/open@16', 'besluit/Besluit/-/afgerond@17'],
  'second-label-in-bullet-with-ids': ['afspraak/Afspraak/BZK/loopt@15', 'afspraak/Actie/VNG/open@15'],
  'second-label-in-bullet': ['afspraak/Afspraak/BZK/open@15', 'besluit/Besluit/-/afgerond@15'],
};
