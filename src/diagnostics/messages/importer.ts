import type { Rule } from '../rule.js';

/** lrt import: what the importer could not determine or guessed, and the command itself. */
export const importerRules = {
  // ---- lrt import (issue 11, one message type): what the importer could not determine or guessed.
  // Their own ids, apart from lrt check's: the text says what the importer did, not what the file lacks.
  'import-no-header': {
    severity: 'warning',
    message: () =>
      'Geen vergaderkop gevonden (geen overleg, geen aanwezigen in de eerste regels). Is dit wel een verslag? Een brief of ander stuk hoort als stuk (soort: stuk) in het project, niet als verslag.',
  },
  'import-date-missing': {
    severity: 'warning',
    message: () => 'Geen vergaderdatum gevonden. Vul in het kopblok bij "datum" de datum in als JJJJ-MM-DD.',
  },
  'import-date-proposed': {
    severity: 'info',
    message: (p: { date: string; words: string; line: number }) =>
      `Geen vergaderdatum gevonden. Voorstel: ${p.date}, afgeleid uit "${p.words}" op regel ${p.line}. Controleer "datum" in het kopblok.`,
  },
  'import-date-year-proposed': {
    severity: 'info',
    message: (p: { date: string; words: string; from: string }) =>
      `De vergaderdatum "${p.words}" noemt geen jaar. Voorstel: ${p.date}, het jaar uit ${p.from}. Controleer "datum" in het kopblok.`,
  },
  'import-date-from-file': {
    severity: 'info',
    message: (p: { date: string; what: string }) =>
      `Geen vergaderdatum in de tekst gevonden. Voorstel: ${p.date}, uit ${p.what}. Controleer "datum" in het kopblok, of geef de datum mee: lrt import --datum JJJJ-MM-DD.`,
  },
  'import-date-first-in-text': {
    severity: 'info',
    message: (p: { date: string; words: string; line: number }) =>
      `Geen vergaderdatum in de kop gevonden. Voorstel: ${p.date}, de eerste datum in de tekst ("${p.words}", regel ${p.line}). Controleer "datum" in het kopblok.`,
  },
  'import-date-unclear': {
    severity: 'warning',
    message: (p: { value: string; date: string }) => `De datum "${p.value}" is niet eenduidig; genomen is ${p.date}. Controleer "datum" in het kopblok.`,
  },
  'import-body-missing': {
    severity: 'warning',
    message: (p: { allowed: string }) =>
      `Niet gevonden welk overleg dit is. Vul bij "orgaan" een code uit data/bodies.yaml in (${p.allowed}), of voeg het overleg daar toe.`,
  },
  'import-body-unknown': {
    severity: 'warning',
    message: (p: { value: string }) =>
      `Het overleg "${p.value}" staat niet in data/bodies.yaml. Vul bij "orgaan" een bestaande code in of voeg het overleg daar toe.`,
  },
  'import-body-new': {
    severity: 'warning',
    message: (p: { value: string; slug: string }) =>
      `Het overleg "${p.value}" staat nog niet in data/bodies.yaml. Is het een nieuw overleg, voeg het daar toe (- { code: ${p.value}, naam: ${p.value}, slug: ${p.slug} }) of importeer opnieuw met --orgaan "${p.value}"; anders: vul bij "orgaan" een bestaande code in.`,
  },
  'import-body-proposed': {
    severity: 'info',
    message: (p: { body: string; count: number }) =>
      `De kop noemt geen overleg. Voorstel: ${p.body} (${p.count} keer genoemd in de tekst). Controleer "orgaan" in het kopblok.`,
  },
  'import-attendees-missing': {
    severity: 'warning',
    message: () => 'Geen aanwezigen gevonden. Vul "aanwezig" in het kopblok in.',
  },
  'import-attendees-implicit': {
    severity: 'info',
    message: () => 'De lijst bovenaan zonder kop "Aanwezig" is als aanwezigen overgenomen. Controleer "aanwezig" in het kopblok.',
  },
  'import-attendee-org-unknown': {
    severity: 'warning',
    message: (p: { value: string; who: string }) =>
      `Onbekende organisatie "${p.value}" bij aanwezige "${p.who}". Controleer de schrijfwijze of voeg haar toe aan data/organisations.yaml.`,
  },
  'import-attendee-no-org': {
    severity: 'warning',
    message: (p: { count: number; names: string }) =>
      `${p.count} ${p.count === 1 ? 'aanwezige' : 'aanwezigen'} zonder organisatie tussen haakjes (${p.names}). Is dit de naam van een ambtenaar, schrijf dan alleen de organisatie, bijvoorbeeld "(DGM)", of { naam: …, organisatie: …, openbaar: false } (Woo art. 5.1.2e).`,
  },
  'import-chair-missing': {
    severity: 'warning',
    message: () =>
      'Geen voorzitter gevonden. Vul "voorzitter" in het kopblok in: afspraken zonder organisatie in de tekst vallen aan de organisatie van de voorzitter toe.',
  },
  'import-chair-inferred': {
    severity: 'info',
    message: (p: { words: string; chair: string }) => `Voorzitter afgeleid uit "${p.words}": ${p.chair}. Controleer "voorzitter" in het kopblok.`,
  },
  'import-chair-proposed': {
    severity: 'info',
    message: (p: { chair: string }) =>
      `De tekst noemt geen voorzitter. Voorstel: ${p.chair} (de eerste aanwezige met een functie). Controleer "voorzitter" in het kopblok.`,
  },
  'import-absent-inferred': {
    severity: 'info',
    message: (p: { sentence: string; names: string }) => `Afwezigen afgeleid uit "${p.sentence}": ${p.names}. Controleer "afwezig" in het kopblok.`,
  },
  'import-agenda-missing': {
    severity: 'warning',
    message: () => 'Geen agendapunten (kopjes) gevonden. Zet waar nodig "## " voor een kopje en neem het op in "agenda" in het kopblok.',
  },
  'import-owner-unknown': {
    severity: 'warning',
    message: (p: { value: string; suggestion?: string }) =>
      `Onbekende eigenaar "${p.value}"${p.suggestion ? ` (bedoeld: ${p.suggestion}?)` : ''}: niet als eigenaar overgenomen (staat als commentaar in het concept). Vul "- eigenaar:" in met een code uit data/organisations.yaml, of voeg de organisatie daar toe.`,
  },
  'import-deadline-unreadable': {
    severity: 'warning',
    message: (p: { value: string }) =>
      `Termijn "${p.value}" is niet als datum of vaste uitdrukking te lezen en is niet als termijn overgenomen (hij staat als commentaar in het concept). Vul zo nodig "- termijn:" in.`,
  },
  'import-action-table': {
    severity: 'info',
    message: (p: { count: number }) =>
      `Actielijst met ${p.count} ${p.count === 1 ? 'actiepunt' : 'actiepunten'} overgenomen als actiepunten van deze vergadering. Staan er acties van eerdere vergaderingen tussen, maak daar dan een regel "- vervolg op: <kenmerk>" of een voortgangsbericht van.`,
  },
  'import-duplicate-block': {
    severity: 'info',
    message: (p: { text: string; first: number }) => `"${p.text}" staat hier nogmaals (eerder op regel ${p.first}); niet dubbel opgenomen.`,
  },
  'import-footnote-digit': {
    severity: 'warning',
    message: (p: { value: string }) => `Mogelijk een voetnootcijfer aan een jaartal vast: "${p.value}". Controleer de tekst.`,
  },
  // lrt import, the command: a file it could not read, how it read it, what it proposes.
  'import-unreadable': {
    severity: 'error',
    message: (p: { detail: string }) => `Kon dit bestand niet lezen (${p.detail}). Is het beschadigd of beveiligd?`,
  },
  'import-encoding': {
    severity: 'warning',
    message: (p: { encoding: string }) => `Het bestand is geen UTF-8; gelezen als ${p.encoding}. Controleer letters als ë en ’ in het concept.`,
  },
  'import-word-warning': {
    severity: 'warning',
    // mammoth's own words (English): the secretariat sees what Word could not convert.
    message: (p: { detail: string }) => `Word: ${p.detail}`,
  },
  'import-candidate': {
    severity: 'info',
    message: (p: { text: string }) =>
      `Mogelijke afspraak zonder label: "${p.text}" Is het een afspraak, zet er dan een label voor; zo niet, laat de zin staan.`,
  },
} satisfies Record<string, Rule<any>>;
