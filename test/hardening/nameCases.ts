/**
 * The names corpus (issue 10, "Trust"): every way the adversarial review found to publish a name
 * that must not be published, as real minutes in test/fixtures/bad-input-names/, plus the
 * ordinary words and office holders that must not be flagged. Each row: the file (without .md),
 * what it tries, how many labelled blocks it registers, and the rules `lrt check` reports as
 * rule@line:column. docs/reliability-names.md lists the same cases.
 */
export type NameCase = [file: string, what: string, registered: number, diagnostics: string[]];

export const NAME_DIR = 'test/fixtures/bad-input-names';

export const NAME_CASES: NameCase[] = [
  ['civil-servant-as-chair', "a civil servant as the chair (and in aanwezig)", 1, ['name-civil-servant@5:13', 'name-civil-servant@7:5']],
  ['civil-servant-full-name-in-text', "\"Jan Bakker (DGVB)\" inside a sentence", 1, ['name-civil-servant@14:20']],
  ['civil-servant-in-aanwezig', "\"Mevr. drs. J. Bakker (DGM)\" in aanwezig, unmarked", 1, ['name-civil-servant@8:5']],
  ['civil-servant-in-agenda', "\"J. Bakker (DGM)\" in an agenda item and its heading", 1, ['name-civil-servant@10:25', 'name-civil-servant@19:24']],
  ['civil-servant-in-status-update', "\"J. Bakker (DGM)\" in a status update in agreements/", 0, ['name-civil-servant@8:1']],
  ['civil-servant-in-text', "\"J. Bakker (DGM)\" in the text", 1, ['name-civil-servant@14:3']],
  ['civil-servant-list-order-in-text', "\"Bakker, J. (DGM)\" in the text", 1, ['name-civil-servant@14:3']],
  ['civil-servant-ministry-code', "\"Dhr. P. Jansen (JenV)\": a ministry code is staff, not a role", 1, ['name-civil-servant@8:5']],
  ['civil-servant-object-unmarked', "{ naam: J. Bakker, organisatie: DGM } without openbaar", 1, ['name-civil-servant@8:13']],
  ['civil-servant-reason-missing', "{ …, organisatie: DGM, openbaar: true } without reden", 1, ['name-public-reason-missing@8:52']],
  ['name-accent-added', "an accent added (\"Ambténaar\")", 1, ['name-not-public@15:3']],
  ['name-cyrillic-lookalike', "a Cyrillic \"о\" that looks like the Latin one", 1, ['name-not-public@15:3']],
  ['name-decomposed-unicode', "declared precomposed (\"é\"), written decomposed (e + U+0301)", 1, ['name-not-public@15:20']],
  ['name-emphasis-around-parts', "each part in its own emphasis (\"*Pieter* _Geheimhouder_\")", 1, ['name-not-public@15:21']],
  ['name-first-name-short-surname', "first name and a short surname (\"Anna Bos\")", 1, ['name-not-public@15:3']],
  ['name-html-character-reference', "a numeric character reference inside the surname (\"Geheimhoud&#101;r\")", 1, ['name-not-public@15:20']],
  ['name-html-named-reference', "a named character reference (\"Br&uuml;ggemann\")", 1, ['name-not-public@15:20']],
  ['name-in-code-span', "the surname in a code span", 1, ['name-not-public@15:19']],
  ['name-in-html-comment', "the surname inside an HTML comment: never published, so neither check nor gate objects", 1, []],
  ['name-in-link-text', "the surname as the text of a link", 1, ['name-not-public@15:23']],
  ['name-initial-short-surname', "initial and a three-letter surname (\"A. Bos\")", 1, ['name-not-public@15:18']],
  ['name-list-order-particles', "list order with particles after the initial (\"Berg, J. van der\")", 1, ['name-not-public@15:31']],
  ['name-list-order', "list order (\"Geheimhouder, P.\")", 1, ['name-not-public@15:35']],
  ['name-possessive', "possessive forms (\"Bakkers\", \"Bakker's\")", 1, ['name-not-public@15:3', 'name-not-public@16:3']],
  ['name-shy-entity', "\"&shy;\" inside the surname, with the initial", 1, ['name-not-public@15:37']],
  ['name-soft-hyphen', "a soft hyphen (U+00AD) inside the surname", 1, ['name-not-public@15:37']],
  ['name-split-by-emphasis', "emphasis inside the surname (\"Geheim**houder**\")", 1, ['name-not-public@15:20']],
  ['name-split-over-two-lines', "first name and surname on two source lines", 1, ['name-not-public@15:20']],
  ['name-title-short-surname', "title and a short surname with particle (\"Mevr. De Wit\")", 1, ['name-not-public@15:3']],
  ['name-umlaut-written-plain', "\"Brüggemann\" declared, \"Bruggemann\" written", 1, ['name-not-public@15:3']],
  ['name-uppercase', "in capitals", 1, ['name-not-public@15:3']],
  ['name-word-joiner-and-bom', "a word joiner and a zero-width no-break space (BOM) inside the surname", 1, ['name-not-public@15:3']],
  ['name-zero-width-space', "a zero-width space inside the surname (\"Ambte\\u200bnaar\")", 1, ['name-not-public@15:3']],
  ['ordinary-words-not-names', "\"Bos\", \"Wit\", \"Stam\" declared; \"het Bos\", \"bosbouw\", \"de wit geschilderde\", \"Wittenburg\", \"de stam\" are words", 1, []],
  ['public-office-holders', "ministers, a CdK, a mayor, a role written as rol:, a DG marked openbaar: true with reden: all public", 1, []],
  ['unit-and-function-words-not-names', "\"Directie Migratiebeleid (DGM)\", \"Toelichting (DGM)\", \"Kamerbrief (JenV)\", \"Minister van BZK (BZK)\"", 1, []],
];

/** A status update is checked with the minutes whose agreement it follows up. */
export const NAME_PARTNERS: Record<string, string> = {
  'civil-servant-in-status-update': 'civil-servant-in-text',
};
