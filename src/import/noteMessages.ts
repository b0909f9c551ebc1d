/**
 * Everything `lrt import` tells the secretariat about a draft, in Dutch, under a stable key:
 * what it could not determine and what it guessed, so nothing is filled in silently.
 */
type Params = Record<string, string | number>;

const notes = {
  'no-header': () =>
    'Geen vergaderkop gevonden (geen overleg, geen aanwezigen in de eerste regels). Is dit wel een verslag? Een brief of ander stuk hoort als stuk (soort: stuk) in het project, niet als verslag.',
  'date-missing': () => 'Geen vergaderdatum gevonden. Vul in het kopblok bij "datum" de datum in als JJJJ-MM-DD.',
  'date-proposed': (p: Params) =>
    `Geen vergaderdatum gevonden. Voorstel: ${p.date}, afgeleid uit "${p.words}" op regel ${p.line}. Controleer "datum" in het kopblok.`,
  'date-year-proposed': (p: Params) =>
    `De vergaderdatum "${p.words}" noemt geen jaar. Voorstel: ${p.date}, het jaar uit ${p.from}. Controleer "datum" in het kopblok.`,
  'date-from-file': (p: Params) =>
    `Geen vergaderdatum in de tekst gevonden. Voorstel: ${p.date}, uit ${p.what}. Controleer "datum" in het kopblok, of geef de datum mee: lrt import --datum JJJJ-MM-DD.`,
  'date-first-in-text': (p: Params) =>
    `Geen vergaderdatum in de kop gevonden. Voorstel: ${p.date}, de eerste datum in de tekst ("${p.words}", regel ${p.line}). Controleer "datum" in het kopblok.`,
  'date-unclear': (p: Params) => `De datum "${p.value}" is niet eenduidig; genomen is ${p.date}. Controleer "datum" in het kopblok.`,
  'body-missing': (p: Params) =>
    `Niet gevonden welk overleg dit is. Vul bij "orgaan" een code uit data/bodies.yaml in (${p.allowed}), of voeg het overleg daar toe.`,
  'body-unknown': (p: Params) =>
    `Het overleg "${p.value}" staat niet in data/bodies.yaml. Vul bij "orgaan" een bestaande code in of voeg het overleg daar toe.`,
  'body-new': (p: Params) =>
    `Het overleg "${p.value}" staat nog niet in data/bodies.yaml. Is het een nieuw overleg, voeg het daar toe (- { code: ${p.value}, naam: ${p.value}, slug: ${p.slug} }) of importeer opnieuw met --orgaan "${p.value}"; anders: vul bij "orgaan" een bestaande code in.`,
  'body-proposed': (p: Params) =>
    `De kop noemt geen overleg. Voorstel: ${p.body} (${p.count} keer genoemd in de tekst). Controleer "orgaan" in het kopblok.`,
  'attendees-missing': () => 'Geen aanwezigen gevonden. Vul "aanwezig" in het kopblok in.',
  'attendees-implicit': () =>
    'De lijst bovenaan zonder kop "Aanwezig" is als aanwezigen overgenomen. Controleer "aanwezig" in het kopblok.',
  'attendee-org-unknown': (p: Params) =>
    `Onbekende organisatie "${p.value}" bij aanwezige "${p.who}". Controleer de schrijfwijze of voeg haar toe aan data/organisations.yaml.`,
  'attendee-no-org': (p: Params) =>
    `${p.count} ${p.count === 1 ? 'aanwezige' : 'aanwezigen'} zonder organisatie tussen haakjes (${p.names}). Is dit de naam van een ambtenaar, schrijf dan alleen de organisatie, bijvoorbeeld "(DGM)", of { naam: …, organisatie: …, openbaar: false } (Woo art. 5.1.2e).`,
  'chair-missing': () =>
    'Geen voorzitter gevonden. Vul "voorzitter" in het kopblok in: afspraken zonder organisatie in de tekst vallen aan de organisatie van de voorzitter toe.',
  'chair-inferred': (p: Params) => `Voorzitter afgeleid uit "${p.words}": ${p.chair}. Controleer "voorzitter" in het kopblok.`,
  'chair-proposed': (p: Params) =>
    `De tekst noemt geen voorzitter. Voorstel: ${p.chair} (de eerste aanwezige met een functie). Controleer "voorzitter" in het kopblok.`,
  'absent-inferred': (p: Params) => `Afwezigen afgeleid uit "${p.sentence}": ${p.names}. Controleer "afwezig" in het kopblok.`,
  'agenda-missing': () =>
    'Geen agendapunten (kopjes) gevonden. Zet waar nodig "## " voor een kopje en neem het op in "agenda" in het kopblok.',
  'owner-unknown': (p: Params) =>
    `Onbekende eigenaar "${p.value}"${p.suggestion ? ` (bedoeld: ${p.suggestion}?)` : ''}: niet als eigenaar overgenomen (staat als commentaar in het concept). Vul "- eigenaar:" in met een code uit data/organisations.yaml, of voeg de organisatie daar toe.`,
  'owner-person': (p: Params) =>
    `Eigenaar "${p.value}" is een persoon${p.org ? ` (${p.org})` : ''}: overgenomen als eigenaar, niet openbaar. Bevestig de persoon in data/people.yaml (voorstel hieronder)${p.org ? '' : ' met de organisatie waar hij of zij bij hoort'}; tot dan geeft lrt check een waarschuwing.`,
  'deadline-unreadable': (p: Params) =>
    `Termijn "${p.value}" is niet als datum of vaste uitdrukking te lezen en is niet als termijn overgenomen (hij staat als commentaar in het concept). Vul zo nodig "- termijn:" in.`,
  'action-table': (p: Params) =>
    `Actielijst met ${p.count} ${p.count === 1 ? 'actiepunt' : 'actiepunten'} overgenomen als actiepunten van deze vergadering. Staan er acties van eerdere vergaderingen tussen, maak daar dan een regel "- vervolg op: <kenmerk>" of een voortgangsbericht van.`,
  'duplicate-block': (p: Params) => `"${p.text}" staat hier nogmaals (eerder op regel ${p.first}); niet dubbel opgenomen.`,
  'footnote-digit': (p: Params) => `Mogelijk een voetnootcijfer aan een jaartal vast: "${p.value}". Controleer de tekst.`,
} satisfies Record<string, (p: Params) => string>;

export type NoteKey = keyof typeof notes;

export function noteMessage(key: NoteKey, params: Params = {}): string {
  return notes[key](params);
}

/** How stages report a note: the input line it concerns, the key, the message's values. */
export type Note = (line: number, key: NoteKey, params?: Params) => void;
