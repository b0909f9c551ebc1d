import type { Rule } from '../rule.js';

/** Drafts beside published minutes, and lrt check --base: what a change does to what was already published. */
export const changesRules = {
  // Issue 12: a draft beside published minutes is told at the draft; the published file is never to change.
  'meeting-draft-of-published': {
    severity: 'error',
    message: (p: { value: string; other: string }) =>
      `Dit concept is van dezelfde vergadering (${p.value}) als het vastgestelde verslag ${p.other}. Een vastgesteld verslag blijft zoals het is: neem wat nieuw is over in een eigen bestand of verwijder dit concept. Is het een andere vergadering, geef dit concept dan een eigen "id" in het kopblok.`,
  },
  'id-duplicate-in-draft': {
    severity: 'error',
    message: (p: { value: string; other: string }) =>
      `Het kenmerk "${p.value}" staat al in het vastgestelde verslag ${p.other}. Verander dat verslag niet: haal in dit concept de regel "id" weg en voer "lrt ids" uit, of verwijder het blok als het al in het vastgestelde verslag staat.`,
  },
  'meeting-duplicate': {
    severity: 'error',
    message: (p: { value: string; other: string }) => `Er is al een verslag van ${p.value} (${p.other}). Eén bestand per vergadering; geef anders een eigen "id" in het kopblok.`,
  },
  'meeting-unknown': {
    severity: 'warning',
    message: (p: { key: string; value: string }) => `"${p.key}" verwijst naar vergadering "${p.value}", maar die staat niet in minutes/.`,
  },
  'document-duplicate': {
    severity: 'error',
    message: (p: { value: string; other: string }) => `Er is al een stuk met kenmerk "${p.value}" (${p.other}).`,
  },
  'agenda-heading-missing': {
    severity: 'warning',
    message: (p: { value: string }) => `Agendapunt "${p.value}" staat in het kopblok maar heeft geen kopje "## ${p.value}" in de tekst.`,
  },
  'agenda-heading-extra': {
    severity: 'warning',
    message: (p: { value: string }) => `Het kopje "${p.value}" staat niet in de agenda van het kopblok. Voeg het toe aan "agenda" of pas de tekst aan.`,
  },
  'name-not-public': {
    severity: 'error',
    message: (p: { value: string; where: string; org: string }) =>
      `Hier staat de naam "${p.value}", die in ${p.where} als niet-openbaar is gemarkeerd (Woo art. 5.1.2e). Vervang de naam door de organisatie, bijvoorbeeld "(${p.org})".`,
  },
  'file-kind-unknown': {
    severity: 'error',
    message: () =>
      'Niet duidelijk wat voor bestand dit is. Een voortgangsbericht heeft "afspraak:" in het kopblok, een stuk "soort: stuk", een verslag "orgaan:".',
  },
  'block-lost': {
    severity: 'error',
    message: (p: { found: number; registered: number }) =>
      `Intern: ${p.found} gelabelde blokken in dit bestand, maar ${p.registered} in het register. Meld dit aan het beheer; er mag niets verloren gaan.`,
  },
  'internal-error': {
    severity: 'error',
    // No library text in the message: it would be English, and it is for the maintainers, not the secretariat.
    message: () => 'Dit bestand kon door een fout in het programma niet worden verwerkt. Meld dit aan het beheer, met het bestand erbij.',
  },
  'commitment-unlabelled': {
    severity: 'warning',
    message: (p: { kind: string; excerpt: string }) => {
      const [label, also] =
        p.kind === 'besluit' ? ['Besluit', ''] : p.kind === 'toezegging' ? ['Toezegging', ''] : ['Afspraak', ' (of "Toezegging:" of "Actiepunt:")'];
      const what = p.kind === 'besluit' ? 'een besluit' : p.kind === 'toezegging' ? 'een toezegging' : 'een afspraak';
      return `Deze zin leest als ${what}, maar heeft geen label: "${p.excerpt}". Is het ${what}, zet de zin dan als eigen punt met "${label}:"${also} ervoor. Zo niet, negeer deze waarschuwing.`;
    },
  },
  // lrt check --base: what a change does to what was already published.
  'id-removed': {
    severity: 'error',
    message: (p: { label: string; id: string; text: string; concept?: string }) =>
      `${p.label} ${p.id} ("${p.text}") is verwijderd; een afspraak verdwijnt nooit uit het register: zet het blok terug en zet het op vervallen met een voortgangsbericht in agreements/ (afspraak: ${p.id}, status: vervallen)${p.concept ? ', of, zolang dit verslag concept is, met een regel "- status: vervallen" onder het blok' : ''}.`,
  },
  'id-changed': {
    severity: 'error',
    message: (p: { kindBefore?: string; kindAfter: string; meetingBefore?: string; meetingAfter: string; textBefore?: string; id: string }) => {
      const what = [
        p.kindBefore ? `was een ${p.kindBefore}, is nu een ${p.kindAfter}` : '',
        p.meetingBefore ? `hoorde bij vergadering ${p.meetingBefore}, staat nu in ${p.meetingAfter}` : '',
        p.textBefore ? `had de tekst "${p.textBefore}" en zegt nu iets anders` : '',
      ].filter(Boolean);
      return `Kenmerk ${p.id} ${what.join('; ')}. Een gepubliceerd kenmerk verandert nooit van betekenis. Is dit een nieuw blok, haal dan de regel "- id: ${p.id}" weg (lrt ids geeft het een nieuw kenmerk) en zet het oude blok terug; moet het oude vervallen, schrijf dan een voortgangsbericht in agreements/ met status: vervallen.`;
    },
  },
  'id-renumbered': {
    severity: 'error',
    message: (p: { old?: string; id: string; text: string; other: string }) =>
      p.old
        ? `Dit blok had kenmerk ${p.old} en heeft nu ${p.id}. Kenmerken worden nooit omgenummerd, ook niet als blokken worden toegevoegd, weggehaald of verplaatst: zet "- id: ${p.old}" terug.`
        : `Kenmerk ${p.id} hoorde bij een ander blok ("${p.text}"), dat nu ${p.other} heet. Kenmerken worden nooit omgenummerd: geef elk blok zijn oude kenmerk terug; een nieuw blok krijgt zonder regel "- id:" met lrt ids het eerstvolgende vrije nummer.`,
  },
  'id-line-removed': {
    severity: 'error',
    message: (p: { id: string; provisional?: string }) =>
      `De regel "- id: ${p.id}" onder dit blok is weggehaald${p.provisional ? `, waardoor het voorlopig ${p.provisional} heet` : ''}. Een kenmerk blijft altijd bij zijn blok: zet de regel "- id: ${p.id}" terug.`,
  },
  'adopted-edited': {
    severity: 'error',
    message: (p: { meeting: string; change: string }) =>
      `Het verslag ${p.meeting} is al vastgesteld; hier is tekst ${p.change}. Wijzigingen gaan via een voortgangsbericht in agreements/ of een correctie in het volgende verslag: zet de tekst terug zoals hij is vastgesteld. Alleen ontbrekende regels "- id:" (lrt ids), een ontbrekend "vastgesteld_in" en het verbeteren van een verschreven label mogen.`,
  },
  'meeting-removed': {
    severity: 'error',
    message: (p: { meeting: string; adopted?: string; ids?: string }) =>
      `Het verslag van ${p.meeting} is verwijderd${p.adopted ? ' (het was al vastgesteld)' : ''}. Een vergadering verdwijnt nooit uit het register${p.ids ? `, en ook haar afspraken (${p.ids}) niet` : ''}: zet het bestand terug. Is alleen de bestandsnaam veranderd, laat dan "orgaan" en "datum" (of "id") in het kopblok gelijk.`,
  },
  'document-removed': {
    severity: 'error',
    message: (p: { id: string; agreements?: string }) =>
      `Het stuk ${p.id} is verwijderd. Een gepubliceerd stuk blijft in het register${p.agreements ? `: de afspraken ${p.agreements} verwijzen ernaar` : ''}. Zet het bestand terug; is alleen de bestandsnaam veranderd, laat dan "id" in het kopblok gelijk.`,
  },
  'document-id-changed': {
    severity: 'error',
    message: (p: { old: string; new: string }) => `Het kenmerk van dit stuk is veranderd van ${p.old} in ${p.new}. Gepubliceerde kenmerken blijven gelden: zet "id: ${p.old}" terug.`,
  },
  'status-update-removed': {
    severity: 'warning',
    message: (p: { agreement: string; date: string; status?: string }) =>
      `Het voortgangsbericht over ${p.agreement} van ${p.date}${p.status ? ` (status ${p.status})` : ''} is verwijderd of gaat nu over een andere afspraak of datum; de geschiedenis van die afspraak op de site verliest het. Was dat niet de bedoeling, zet het terug. Iets rechtzetten doet u met een nieuw voortgangsbericht met een latere datum.`,
  },
  'meeting-id-changed': {
    severity: 'error',
    message: (p: { old: string; new: string }) =>
      `Het kenmerk van deze vergadering is veranderd van ${p.old} in ${p.new} (door een andere datum of een ander orgaan). Gepubliceerde kenmerken blijven gelden: is de datum verbeterd, zet dan "id: ${p.old}" in het kopblok.`,
  },
} satisfies Record<string, Rule<any>>;
