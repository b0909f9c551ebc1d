/**
 * Every message the secretariat can see, in Dutch, under a stable rule id. Rule ids never
 * change meaning: tests, annotations and the guide refer to them.
 *
 * Each rule's message declares the parameters it reads, so a missing or misspelt parameter at a
 * call site is a compile error (see ParamsOf and diagnostic()).
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Rule<P = never> {
  /** info: a proposal for the secretariat, never a problem (lrt check still exits 0). */
  severity: Severity;
  /** What is wrong and how to fix it, in plain Dutch. */
  message: (p: P) => string;
  /** How to fix it, when the message does not already say so (shown after the message). */
  hint?: (p: P) => string;
}

const rules = {
  'file-not-utf8': {
    severity: 'error',
    message: () =>
      'Het bestand is geen UTF-8-tekst (mogelijk opgeslagen vanuit Word of als Windows-1252). Sla het opnieuw op als UTF-8.',
  },
  'file-binary': {
    severity: 'error',
    message: () => 'Dit is geen tekstbestand (het bevat binaire tekens). Alleen Markdown-bestanden (.md) horen hier.',
  },
  'file-empty': {
    severity: 'error',
    message: () => 'Het bestand is leeg. Begin met het kopblok uit docs/sjabloon-verslag.md.',
  },
  'frontmatter-missing': {
    severity: 'error',
    message: () =>
      'Het bestand begint niet met een kopblok. Zet op de eerste regel ---, daaronder de velden (orgaan, datum, status, …) en sluit af met ---.',
  },
  'frontmatter-unclosed': {
    severity: 'error',
    message: () => 'Het kopblok dat hier begint wordt nergens afgesloten. Zet na het laatste veld een regel met alleen ---.',
  },
  'yaml-syntax': {
    severity: 'error',
    message: (p: { detail: string }) => `Fout in het kopblok: ${p.detail}`,
  },
  'yaml-duplicate-key': {
    severity: 'error',
    message: (p: { key: string }) => `Het veld "${p.key}" staat twee keer in het kopblok. Houd er één over.`,
  },
  'yaml-alias': {
    severity: 'error',
    message: () => 'Het kopblok gebruikt YAML-verwijzingen (& en *). Die zijn niet toegestaan; schrijf de waarden uit.',
  },
  'field-required': {
    severity: 'error',
    message: (p: { key: string; where: string; example: string }) => `Het veld "${p.key}" ontbreekt${p.where}. Voeg het toe, bijvoorbeeld: ${p.example}`,
  },
  'field-unknown': {
    severity: 'error',
    message: (p: { key: string; where: string; suggestion?: string; allowed: string }) => `Onbekend veld "${p.key}"${p.where}.${p.suggestion ? ` Bedoelt u "${p.suggestion}"?` : ''} Toegestaan: ${p.allowed}.`,
  },
  'field-type': {
    severity: 'error',
    message: (p: { key: string; expected: string; got: string }) => `"${p.key}" moet ${p.expected} zijn, maar hier staat ${p.got}.`,
  },
  'field-value': {
    severity: 'error',
    message: (p: { key: string; value: string; allowed: string }) => `"${p.key}" heeft de waarde "${p.value}"; toegestaan is: ${p.allowed}.`,
  },
  'date-format': {
    severity: 'error',
    message: (p: { key: string; value: string; suggestion?: string }) => `"${p.key}": "${p.value}" is geen datum in de vorm JJJJ-MM-DD. Schrijf ${p.suggestion ? `${p.suggestion} (jaar-maand-dag)` : 'bijvoorbeeld 2023-04-25'}.`,
  },
  'date-invalid': {
    severity: 'error',
    message: (p: { key: string; value: string }) => `"${p.key}": de datum ${p.value} bestaat niet. Controleer dag en maand.`,
  },
  'body-unknown': {
    severity: 'error',
    message: (p: { value: string; allowed: string }) => `Onbekend overleg "${p.value}". Gebruik een van: ${p.allowed} (of voeg het toe aan data/bodies.yaml).`,
  },
  'owner-unknown': {
    severity: 'error',
    message: (p: { value: string; suggestion?: string }) =>
      `Onbekende eigenaar "${p.value}".${p.suggestion ? ` Bedoelt u "${p.suggestion}"?` : ''} Gebruik een code uit data/organisations.yaml, gescheiden door komma's.`,
  },
  'owner-none': {
    severity: 'warning',
    message: (p: { kind: string }) => `Deze ${p.kind} heeft geen eigenaar: de tekst noemt geen organisatie en er is geen voorzitter. Voeg een regel "- eigenaar: CODE" toe.`,
  },
  'attendee-org-unknown': {
    severity: 'warning',
    message: (p: { value: string }) => `Onbekende organisatie "${p.value}" bij een aanwezige. Controleer de schrijfwijze of voeg haar toe aan data/organisations.yaml.`,
  },
  'block-empty': {
    severity: 'error',
    message: (p: { label: string }) => `"${p.label}:" zonder tekst. Schrijf achter het label wat er is afgesproken of besloten.`,
  },
  'attribute-duplicate': {
    severity: 'error',
    message: (p: { key: string }) => `"${p.key}" staat twee keer bij dit blok. Houd er één over.`,
  },
  'attribute-empty': {
    severity: 'error',
    message: (p: { key: string }) => `"${p.key}:" zonder waarde. Vul een waarde in of haal de regel weg.`,
  },
  'status-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `Onbekende status "${p.value}". Gebruik open, loopt, afgerond of vervallen.`,
  },
  'deadline-unreadable': {
    severity: 'error',
    message: (p: { value: string }) =>
      `De termijn "${p.value}" is niet te lezen als datum. Schrijf JJJJ-MM-DD (2023-06-30) of een vaste uitdrukking als "eind juni", "de LRT van juni", "begin volgende week".`,
  },
  'deadline-before-meeting': {
    severity: 'error',
    message: (p: { value: string; meeting: string }) => `De termijn ${p.value} ligt vóór de vergaderdatum ${p.meeting}. Controleer het jaartal.`,
  },
  'id-missing': {
    severity: 'warning',
    // One line per file, at the first block without an id: a new draft has many, and a warning
    // per block on every run would bury the warnings that matter.
    message: (p: { count: string; id: string; last: string }) =>
      p.count === '1'
        ? `1 blok zonder kenmerk (voorlopig ${p.id}); voer "lrt ids" uit om het kenmerk in het bestand te schrijven vóór het verslag wordt gepubliceerd.`
        : `${p.count} blokken zonder kenmerk (voorlopig ${p.id} t/m ${p.last}; het eerste staat hier); voer "lrt ids" uit om de kenmerken in het bestand te schrijven vóór het verslag wordt gepubliceerd.`,
  },
  'id-format': {
    severity: 'error',
    message: (p: { value: string; example: string }) => `Het kenmerk "${p.value}" heeft niet de vorm <vergadering>-<nummer>, bijvoorbeeld ${p.example}.`,
  },
  'id-other-meeting': {
    severity: 'warning',
    message: (p: { value: string; meeting: string }) => `Het kenmerk "${p.value}" hoort bij een andere vergadering dan ${p.meeting}. Een kenmerk verandert nooit; klopt het dat dit blok is verplaatst?`,
  },
  'id-duplicate': {
    severity: 'error',
    message: (p: { value: string; other: string }) => `Het kenmerk "${p.value}" wordt ook gebruikt in ${p.other}. Elk kenmerk is uniek; geef dit blok een nieuw nummer (haal de regel weg en voer "lrt ids" uit).`,
  },
  'followup-unknown': {
    severity: 'error',
    message: (p: { value: string; suggestion?: string }) => `Er bestaat geen afspraak met kenmerk "${p.value}".${p.suggestion ? ` Bedoelt u "${p.suggestion}"?` : ''} Controleer het kenmerk in het register (lrt register).`,
  },
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
  // Hardening: input that would hang or crash a parser, and blocks that would otherwise go missing unseen.
  'yaml-tag': {
    severity: 'error',
    message: () =>
      'In het kopblok staat een YAML-markering (een waarde die met ! of !! begint). Die zijn niet toegestaan; schrijf de waarde als gewone tekst, zo nodig tussen dubbele aanhalingstekens.',
  },
  'file-too-large': {
    severity: 'error',
    message: (p: { size: number; items: number }) =>
      `Dit bestand is te groot om betrouwbaar te lezen (${p.size} kB met ${p.items} opsommingsregels). Een verslag is één vergadering: splits het bestand per vergadering.`,
  },
  'nesting-too-deep': {
    severity: 'error',
    message: (p: { depth: number; max: number }) =>
      `Hier zijn opsommingen of citaten (>) ${p.depth} niveaus diep genest; meer dan ${p.max} kan niet worden gelezen. Controleer de inspringing: zo diep is geen verslag. Het bestand is niet gelezen.`,
  },
  'markup-too-dense': {
    severity: 'error',
    message: (p: { count: number; max: number }) =>
      `Deze alinea bevat ${p.count} opmaaktekens (* _ [ ]); meer dan ${p.max} kan niet worden gelezen. Haal de overbodige tekens weg (vaak een plakfout uit Word of pdf). Het bestand is niet gelezen.`,
  },
  'blocks-not-registered': {
    severity: 'error',
    message: (p: { count: number }) =>
      `Dit bestand bevat ${p.count === 1 ? '1 gelabeld blok (Afspraak, Besluit, Toezegging, …), hier, dat niet in het register komt' : `${p.count} gelabelde blokken (Afspraak, Besluit, Toezegging, …), het eerste hier, die niet in het register komen`} omdat het bestand niet kon worden gelezen (zie de andere meldingen bij dit bestand). Herstel die fouten; er mag geen afspraak verloren gaan.`,
  },
  'label-colon-missing': {
    // An error since issue 10: a block that is meant but not read must stop the check, not scroll past.
    severity: 'error',
    message: (p: { label: string }) =>
      `Deze regel begint met "${p.label}" zonder dubbele punt en telt daarom niet mee in het register. Bedoelt u een gelabeld blok, schrijf dan "${p.label}: …".`,
  },
  'label-misplaced': {
    severity: 'error',
    message: (p: { label: string; where: string }) =>
      `Hier staat "${p.label}:" in ${p.where}; daar wordt het niet gelezen en komt het niet in het register. Zet het als eigen regel "- ${p.label}: …" in de tekst onder het agendapunt.`,
  },
  'attribute-colon-missing': {
    severity: 'warning',
    message: (p: { key: string }) => `"${p.key}" zonder dubbele punt wordt als tekst van de afspraak gelezen. Bedoelt u het gegeven, schrijf dan "${p.key}: …".`,
  },
  'attribute-unknown': {
    severity: 'warning',
    message: (p: { key: string; suggestion: string }) =>
      `"${p.key}:" onder dit blok is geen bekend gegeven en wordt als tekst gelezen. Bedoelt u "${p.suggestion}:"?`,
  },
  'followup-self': {
    severity: 'error',
    message: (p: { value: string }) =>
      `"vervolg op: ${p.value}" verwijst naar dit blok zelf. Vul het kenmerk in van de eerdere afspraak die dit blok opvolgt, of haal de regel weg.`,
  },
  // Drafts from lrt import: what the importer could not decide is a warning, never an error.
  'body-unknown-concept': {
    severity: 'warning',
    message: (p: { value: string; entry: string }) =>
      `Het overleg "${p.value}" staat niet in data/bodies.yaml. Dit concept telt voorlopig mee onder die naam. Is het een nieuw overleg, voeg dan in data/bodies.yaml toe: ${p.entry} (of gebruik een bestaande code). Een vastgesteld verslag moet een bekend overleg hebben.`,
  },
  'import-proposal': {
    severity: 'warning',
    message: (p: { key: string; comment: string }) =>
      `"${p.key}" is bij het overnemen voorgesteld, niet in de bron gevonden: ${p.comment}. Controleer de waarde en haal daarna het commentaar (vanaf #) weg.`,
  },
  // Confirmations in agreements/ (soort: bevestiging): unlabelled commitments of adopted minutes.
  'confirmation-meeting-unknown': {
    severity: 'error',
    message: (p: { value: string }) =>
      `"verslag: ${p.value}" noemt een vergadering die niet in minutes/ staat, dus de bevestigde afspraken komen niet in het register. Gebruik het kenmerk van de vergadering, bv. lrt-2022-09-16 (overleg en datum).`,
  },
  'confirmation-label-unknown': {
    severity: 'error',
    message: (p: { value: string; suggestion?: string; allowed: string }) =>
      `Onbekend label "${p.value}".${p.suggestion ? ` Bedoelt u "${p.suggestion}"?` : ''} Gebruik een label uit data/labels.yaml: ${p.allowed}.`,
  },
  'confirmation-sentence-missing': {
    severity: 'error',
    message: (p: { file: string }) =>
      `Deze zin staat niet in ${p.file}, dus de afspraak komt niet in het register. Kopieer de zin letterlijk uit het verslag (regelafbrekingen en aanhalingstekens maken niet uit).`,
  },
  'confirmation-sentence-ambiguous': {
    severity: 'warning',
    message: (p: { count: number; file: string; line: number }) =>
      `Deze zin staat ${p.count} keer in ${p.file}; de eerste (regel ${p.line}) is genomen. Citeer meer van de zin, zodat duidelijk is welke bedoeld is.`,
  },
  'confirmation-labelled': {
    severity: 'error',
    message: (p: { file: string; line: number }) =>
      `De zin staat in ${p.file}:${p.line} al in een gelabeld blok en staat dus al in het register. Haal deze bevestiging weg.`,
  },
  'confirmation-concept': {
    severity: 'warning',
    message: (p: { value: string }) =>
      `Het verslag ${p.value} is nog concept: zet het label liever in het verslag zelf ("Afspraak: …") en haal deze bevestiging weg. Een bevestiging is voor vastgestelde verslagen, die niet meer veranderen.`,
  },
  'confirmation-owner-none': {
    severity: 'warning',
    message: (p: { kind: string }) =>
      `Deze ${p.kind} heeft geen eigenaar: de zin begint niet met een organisatie. Voeg "eigenaar: CODE" toe (een code uit data/organisations.yaml).`,
  },
  'confirmation-removed': {
    severity: 'error',
    message: (p: { id: string; text: string }) =>
      `De bevestigde afspraak ${p.id} ("${p.text}") is weggehaald, maar haar kenmerk is al gepubliceerd. Zet haar terug in de bevestiging; is ze vervallen, leg dat vast met een voortgangsbericht (status: vervallen).`,
  },
  'confirmation-id-other-meeting': {
    severity: 'error',
    message: (p: { value: string; meeting: string }) => `Het kenmerk "${p.value}" hoort niet bij vergadering ${p.meeting}. Gebruik ${p.meeting}-<volgnummer>, bv. ${p.meeting}-1.`,
  },
  // Follow-ups: decisions replaced or withdrawn, closures proposed, follow-ups found (issue 13).
  'lifecycle-self': {
    severity: 'error',
    message: (p: { key: string; value: string }) => `"${p.key}: ${p.value}" verwijst naar dit besluit zelf. Vul het kenmerk in van het eerdere besluit dat dit besluit ${p.key === 'vervangt' ? 'vervangt' : 'intrekt'}.`,
  },
  'lifecycle-not-decision': {
    severity: 'error',
    message: (p: { key: string; value: string }) =>
      `"${p.key}: ${p.value}": alleen een besluit kan een eerder besluit vervangen of intrekken. Zet "${p.key}:" onder een regel die met "Besluit:" begint en verwijs naar een besluit; een afspraak die niet meer geldt, zet u op vervallen (- vervolg op: … met - status: vervallen).`,
  },
  'lifecycle-not-earlier': {
    severity: 'error',
    message: (p: { key: string; value: string; date: string }) => `"${p.key}: ${p.value}": dat besluit is van ${p.date}, later dan dit besluit. Een besluit kan alleen een eerder besluit vervangen of intrekken; controleer het kenmerk.`,
  },
  'closure-evidence-missing': {
    severity: 'warning',
    message: (p: { id: string }) =>
      `Dit afdoeningsvoorstel voor ${p.id} zegt niet waaruit blijkt dat de afspraak is uitgevoerd. Voeg in het kopblok "stuk: <kenmerk van het stuk>" of "link: https://…" toe, zodat de tafel het kan nagaan.`,
  },
  'closure-document-unknown': {
    severity: 'warning',
    message: (p: { value: string }) =>
      `Er is geen stuk met kenmerk "${p.value}" in agreements/. Zet het stuk erbij (soort: stuk) of verwijs met "link: https://…" naar waar het staat.`,
  },
  'followup-suggested': {
    severity: 'info',
    message: (p: { id: string; text: string; score: string; where: string }) =>
      `Dit lijkt een vervolg op ${p.id} ("${p.text}"; score ${p.score}). Klopt dat, zet dan "- vervolg op: ${p.id}" onder deze regel, of voer uit: lrt bevestig ${p.id} ${p.where}`,
  },
  // Safety: bounds on what is read, files that are not files, and the build's own failures (disk, lock, output folder).
  'frontmatter-too-large': {
    severity: 'error',
    message: (p: { max: number }) =>
      `Het kopblok is groter dan ${p.max} kB en wordt daarom niet gelezen. Een kopblok heeft alleen orgaan, datum, status, aanwezigen en agenda: zet lange tekst onder het kopblok.`,
  },
  'frontmatter-too-many-entries': {
    severity: 'error',
    message: (p: { count: number; max: number }) =>
      `Het kopblok heeft ${p.count} velden en lijstregels; meer dan ${p.max} wordt niet gelezen. Controleer of hier per ongeluk een hele tekst of tabel in het kopblok is geplakt.`,
  },
  'path-not-regular': {
    severity: 'error',
    message: (p: { path: string; kind: string }) => `${p.path} is ${p.kind}, geen gewoon bestand of map, en wordt niet gelezen. Geef een Markdown-bestand (.md) of een map met verslagen op.`,
  },
  'file-not-regular': {
    severity: 'warning',
    message: (p: { kind: string }) => `Overgeslagen: dit is geen gewoon bestand maar ${p.kind}. Alleen gewone Markdown-bestanden worden gelezen.`,
  },
  // lrt build's output folder: never a folder it did not build, never two builds at once.
  'output-is-file': {
    severity: 'error',
    message: (p: { path: string; what: string }) => `De uitvoermap ${p.path} is ${p.what}, geen map. lrt build overschrijft die niet: kies met -o een nieuwe of lege map, bijvoorbeeld _site.`,
  },
  'output-holds-project': {
    severity: 'error',
    message: (p: { path: string; what: string }) =>
      `De uitvoermap ${p.path} is ${p.what}. lrt build vervangt de uitvoermap in zijn geheel en zou zo bestanden wissen die het niet zelf maakte: kies met -o een eigen map, bijvoorbeeld _site.`,
  },
  'output-in-sources': {
    severity: 'error',
    message: (p: { path: string; folder: string }) =>
      `De uitvoermap ${p.path} is of ligt in ${p.folder}, waar bronbestanden van het project staan. Kies met -o een eigen map buiten ${p.folder}, bijvoorbeeld _site.`,
  },
  'output-not-built-by-lrt': {
    severity: 'error',
    message: (p: { path: string; marker: string }) =>
      `De uitvoermap ${p.path} is niet leeg en is niet door lrt build gemaakt (het bestand ${p.marker} ontbreekt). lrt build vervangt de uitvoermap in zijn geheel en wist niets wat het niet zelf maakte: kies met -o een nieuwe of lege map, of maak deze map eerst zelf leeg.`,
  },
  'output-old-site': {
    severity: 'error',
    message: (p: { path: string; marker: string }) =>
      `De uitvoermap ${p.path} lijkt een site van een eerdere versie van lrt, maar mist het merkbestand ${p.marker} dat zegt dat lrt hem bouwde. Kijk of er niets anders in staat, verwijder de map eenmalig (rm -r ${p.path}) en bouw opnieuw; daarna vervangt lrt build hem zelf.`,
  },
  'build-locked': {
    severity: 'error',
    message: (p: { path: string; pid: string; lock: string }) =>
      `Er loopt al een lrt build naar ${p.path} (proces ${p.pid}). Wacht tot die klaar is en bouw dan opnieuw. Loopt er zeker geen build meer, verwijder dan ${p.lock}.`,
  },
  // Reading or writing failed for a reason outside lrt (errno codes), said in Dutch with the path.
  'io-no-space': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `De schijf is vol (of het quotum is op): ${p.path} kon niet worden geschreven. Maak ruimte vrij en probeer het opnieuw.${p.after}`,
  },
  'io-read-only': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `${p.path} staat op een schijf die alleen gelezen kan worden. Kies een map waarin geschreven mag worden (met -o), of maak de schijf beschrijfbaar.${p.after}`,
  },
  'io-permission': {
    severity: 'error',
    message: (p: { path: string; verb: string; after: string }) => `Geen toestemming om ${p.path} te ${p.verb}. Controleer de rechten van deze map of dit bestand, of kies een andere map.${p.after}`,
  },
  'io-too-many-files': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `Te veel bestanden tegelijk open bij ${p.path}. Sluit andere programma's of verhoog de limiet (ulimit -n) en probeer het opnieuw.${p.after}`,
  },
  'io-device': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `De schijf gaf een lees- of schrijffout bij ${p.path}. Controleer de schijf (of de netwerkverbinding) en probeer het opnieuw.${p.after}`,
  },
  'io-busy': {
    severity: 'error',
    message: (p: { path: string; after: string }) => `${p.path} is in gebruik door een ander programma of niet leeg. Sluit dat programma (een webserver, verkenner, editor) en probeer het opnieuw.${p.after}`,
  },
  // Nothing lost, by construction (issue 10, point 3): every label is registered or reported here.
  'label-misspelled': {
    severity: 'error',
    message: (p: { word: string; label: string }) =>
      `"${p.word}:" lijkt op het label "${p.label}" en komt zo niet in het register. Bedoelt u ${p.label}? Schrijf dan "${p.label}:". Is het geen afspraak of besluit, zet dan geen dubbele punt direct achter het woord. Ook in een vastgesteld verslag mag u het label verbeteren.`,
  },
  'label-in-table': {
    severity: 'error',
    message: (p: { label: string }) =>
      `Hier staat "${p.label}" in een tabel. Een tabel komt niet in het register: een cel kan geen kenmerk, eigenaar, termijn of status onder zich dragen. Zet elke afspraak als eigen punt "- ${p.label}: …" onder het agendapunt, met "- eigenaar:" en "- termijn:" ingesprongen eronder, en haal de tabel weg.`,
  },
  'label-in-footnote': {
    severity: 'error',
    message: (p: { label: string }) =>
      `Hier staat "${p.label}:" in een voetnoot. Een voetnoot komt niet in het register en kan geen kenmerk, eigenaar of status dragen. Zet het als eigen punt "- ${p.label}: …" onder het agendapunt; de voetnoot mag ernaar blijven verwijzen.`,
  },
  'html-comment-unclosed': {
    severity: 'error',
    message: () =>
      'Hier begint een commentaar (<!--) dat niet wordt afgesloten met --> voordat een volgend commentaar begint of het bestand eindigt. Alles wat erna komt is onzichtbaar, ook afspraken en besluiten. Zet --> op de plek waar het commentaar moet eindigen.',
  },
  'attribute-under-plural': {
    severity: 'error',
    message: (p: { key: string; label: string; singular: string }) =>
      `"${p.key}:" staat direct onder "${p.label}:", maar elk punt daaronder is een eigen ${String(p.singular).toLowerCase()} met een eigen kenmerk. Zet "- ${p.key}: …" ingesprongen onder het punt waar het bij hoort.`,
  },
  'label-unread': {
    severity: 'error',
    message: (p: { label: string }) =>
      `Hier staat "${p.label}:", maar het programma heeft het niet als gelabeld blok gelezen; zo komt het niet in het register. Zet het als eigen punt "- ${p.label}: …" onder het agendapunt. Blijft deze melding, meld het dan aan het beheer: er mag niets verloren gaan.`,
  },
  // ---- names (issue 10: one way to see a name; the unmarked civil servant)
  'name-civil-servant': {
    severity: 'error',
    message: (p: { unit: string; what: string }) =>
      `Hier staat een naam bij "${p.unit}", ${p.what}: namen van ambtenaren worden niet gepubliceerd (Woo art. 5.1.2e). ` +
      `Schrijf alleen "(${p.unit})", of leg de persoon bij de aanwezigen vast als { naam: …, organisatie: ${p.unit}, openbaar: false }. ` +
      `Is het een bewindspersoon of bestuurder, schrijf dan de rolcode (bv. "(SJenV)"), of { naam: …, organisatie: ${p.unit}, openbaar: true, reden: "…" }.`,
  },
  'name-public-reason-missing': {
    severity: 'error',
    message: (p: { unit: string; what: string }) =>
      `"openbaar: true" bij iemand van "${p.unit}" (${p.what}) vraagt om een reden: namen van ambtenaren worden niet gepubliceerd (Woo art. 5.1.2e). ` +
      `Voeg reden: "…" toe (bv. reden: "directeur-generaal, treedt publiek op"), of schrijf openbaar: false.`,
  },
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
  // ---- the command line and the edge (issue 11): what used to be thrown or printed as loose text.
  'cli-option-unknown': {
    severity: 'error',
    message: (p: { option: string }) => `Onbekende optie ${p.option}.`,
    hint: () => 'Zie hieronder welke opties er zijn; staat de optie er wel, controleer dan de schrijfwijze.',
  },
  'cli-option-invalid': {
    severity: 'error',
    // node:util parseArgs's own text (English) for a value missing or given to a switch.
    message: (p: { detail: string }) => `Ongeldige optie: ${p.detail}`,
  },
  'cli-command-unknown': {
    severity: 'error',
    message: (p: { command: string }) => `Onbekende opdracht "${p.command}".`,
  },
  'as-of-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `--as-of: "${p.value}" is geen datum in de vorm JJJJ-MM-DD.`,
  },
  'path-not-found': {
    severity: 'error',
    message: (p: { paths: string }) => `Niet gevonden: ${p.paths}`,
  },
  'format-unknown': {
    severity: 'error',
    message: (p: { format: string; allowed: string }) => `--format "${p.format}" bestaat niet; kies uit ${p.allowed}.`,
  },
  'data-invalid': {
    severity: 'error',
    message: (p: { at: string; detail: string }) => `Fout in dit gegevensbestand${p.at ? ` bij ${p.at}` : ''}: ${p.detail}`,
  },
  'git-base-ref-invalid': {
    severity: 'error',
    message: (p: { ref: string }) => `--base: "${p.ref}" is geen geldige naam van een versie in git.`,
  },
  'git-base-not-repository': {
    severity: 'error',
    message: (p: { cwd: string }) =>
      `--base werkt alleen in een git-repository, en ${p.cwd} is dat niet. Voer de controle uit in een kopie van de repository (git clone), of laat --base weg om alleen de bestanden zelf te controleren.`,
  },
  'git-base-ref-unknown': {
    severity: 'error',
    message: (p: { ref: string }) =>
      `De basis "${p.ref}" bestaat niet in deze repository. Controleer de naam (bijvoorbeeld origin/main of main) en haal hem zo nodig op met "git fetch origin"; in GitHub Actions moet actions/checkout "fetch-depth: 0" hebben.`,
  },
  'git-base-paths-outside': {
    severity: 'error',
    message: (p: { paths: string }) => `De paden ${p.paths} liggen niet in deze git-repository; --base kan ze niet vergelijken.`,
  },
  'git-missing': {
    severity: 'error',
    message: () => 'Het programma git is niet gevonden. Installeer git, of laat --base weg om alleen de bestanden zelf te controleren.',
  },
  'git-failed': {
    severity: 'error',
    // git's own output goes in the cause, for the maintainers.
    message: () => 'git gaf een onverwacht antwoord bij het lezen van de basisversie. Probeer het opnieuw; blijft dit, meld het dan aan het beheer.',
  },
  'build-as-of-mismatch': {
    severity: 'error',
    message: (p: { register: string; site: string }) => `Het register is opgebouwd per ${p.register}, de site per ${p.site}: bouw beide per dezelfde datum.`,
  },
  'site-name-not-public': {
    severity: 'error',
    message: (p: { count: number }) =>
      `Site niet gepubliceerd: een niet-openbare naam (Woo) zou op de site komen${p.count > 1 ? ` (${p.count} bestanden)` : ''}.`,
    hint: () => 'Vervang de naam in het verslag door de organisatie; zie de melding name-not-public van lrt check.',
  },
  'site-name-not-public-at': {
    severity: 'error',
    message: (p: { declaredAt: string }) => `naam die in ${p.declaredAt} als niet openbaar is gemarkeerd`,
  },
  'internal-search-before-index': {
    severity: 'error',
    message: () => 'Interne fout: de overzichten zijn gevraagd voordat de zoekindex is gemaakt. Meld dit aan het beheer.',
  },
  'internal-unexpected': {
    severity: 'error',
    // The process edge: whatever no command caught. The cause (and its stack under LRT_DEBUG=1) is for the maintainers.
    message: () => 'Er ging iets mis in het programma zelf. Meld dit aan het beheer, met de opdracht die u gaf; LRT_DEBUG=1 toont de technische details.',
  },
  // ---- the commands' own refusals (issue 11): arguments that cannot be used, files that would be overwritten.
  'confirm-arguments-missing': {
    severity: 'error',
    message: () => 'Geef het kenmerk van de afspraak en de plaats van het vervolg (bestand:regel).',
  },
  'confirm-status-invalid': {
    severity: 'error',
    message: (p: { status: string }) => `--status "${p.status}" kan hier niet; kies afgerond (standaard) of loopt.`,
  },
  'confirm-agreement-unknown': {
    severity: 'error',
    message: (p: { id: string }) => `Er is geen afspraak met kenmerk "${p.id}". Zie lrt open voor de openstaande afspraken.`,
  },
  'confirm-passage-missing': {
    severity: 'error',
    message: (p: { file: string; line: number }) =>
      `In ${p.file} staat op regel ${p.line} geen tekst van een verslag of stuk die een vervolg kan zijn. Neem de plaats over uit lrt check of lrt open.`,
  },
  'confirm-passage-earlier': {
    severity: 'error',
    message: (p: { date: string; meeting: string }) => `Deze plaats is van ${p.date}, vóór de afspraak (${p.meeting}); een vervolg komt erna.`,
  },
  'confirm-file-exists': {
    severity: 'error',
    message: (p: { path: string }) => `${p.path} bestaat al; "lrt bevestig" overschrijft nooit een bestand. Kijk of dit vervolg al is vastgelegd.`,
  },
  'import-arguments-missing': {
    severity: 'error',
    message: () => 'Geef een bestand of een map op.',
  },
  'import-date-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `--datum: "${p.value}" is geen datum in de vorm JJJJ-MM-DD.`,
  },
  'import-folder-empty': {
    severity: 'warning',
    message: (p: { kinds: string }) => `Geen bestanden om over te nemen (${p.kinds}).`,
  },
  'import-kind-unknown': {
    severity: 'error',
    message: () => 'Dit soort bestand kan lrt import niet lezen. Gebruik PDF, Word (.docx), HTML, Markdown of tekst.',
  },
  'new-arguments-missing': {
    severity: 'error',
    message: () => 'Geef het overleg en de vergaderdatum op.',
  },
  'new-date-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `"${p.value}" is geen bestaande datum in de vorm JJJJ-MM-DD (jaar-maand-dag), bijvoorbeeld 2026-01-15.`,
  },
  'new-body-unknown': {
    severity: 'error',
    message: (p: { value: string; allowed: string }) => `Onbekend overleg "${p.value}". Kies uit: ${p.allowed} (of voeg het toe aan data/bodies.yaml).`,
  },
  'new-file-exists': {
    severity: 'error',
    message: (p: { path: string }) =>
      `${p.path} bestaat al. "lrt new" overschrijft nooit een bestaand verslag; kies een andere naam met -o of haal het bestaande bestand eerst weg.`,
  },
  'new-meeting-exists': {
    severity: 'error',
    message: (p: { body: string; date: string }) => `Er is al een verslag van de ${p.body} van ${p.date}.`,
  },
  'open-owner-unknown': {
    severity: 'error',
    message: (p: { value: string; suggestion?: string; allowed: string }) =>
      `Onbekende eigenaar "${p.value}".${p.suggestion ? ` Bedoelt u "${p.suggestion}"?` : ''} Kies uit: ${p.allowed}.`,
  },
  'open-within-invalid': {
    severity: 'error',
    message: (p: { value: string }) => `--binnen "${p.value}": geef een aantal dagen, bijvoorbeeld --binnen 14.`,
  },
  'build-stopped': {
    severity: 'error',
    message: () => 'Site niet gebouwd: los eerst de fouten hierboven op.',
  },
  'import-owner-person': {
    severity: 'info',
    message: (p: { value: string; org?: string }) =>
      `Eigenaar "${p.value}" is een persoon${p.org ? ` (${p.org})` : ''}: overgenomen als eigenaar, niet openbaar. Bevestig de persoon in data/people.yaml (voorstel hieronder)${p.org ? '' : ' met de organisatie waar hij of zij bij hoort'}; tot dan geeft lrt check een waarschuwing.`,
  },
  // ---- owners can be people (issue 14 point 3): data/people.yaml and person owners
  'people-invalid': {
    severity: 'error',
    message: (p: { detail: string }) => `Fout in de personenlijst: ${p.detail}`,
  },
  'people-org-unknown': {
    severity: 'error',
    message: (p: { value: string; who: string; suggestion?: string }) =>
      `Onbekende organisatie "${p.value}" bij ${p.who} in de personenlijst.${p.suggestion ? ` Bedoelt u "${p.suggestion}"?` : ''} Een persoon hoort bij een organisatie uit data/organisations.yaml: gebruik haar code of voeg de organisatie daar toe.`,
  },
  'owner-person-unknown': {
    severity: 'warning',
    message: (p: { value: string; org?: string }) =>
      `Eigenaar "${p.value}" lijkt een persoon die nog niet bekend is${p.org ? ` (bij ${p.org})` : ''}. ` +
      `De afspraak telt mee${p.org ? ` met eigenaar ${p.org}` : ' zonder organisatie (eigenaar onbekend)'}; de naam wordt niet gepubliceerd. ` +
      `Bevestig de persoon in data/people.yaml: - { naam: ${p.value}, organisatie: ${p.org || 'CODE'}, openbaar: false }` +
      ` (of, is "${p.value}" een organisatie: voeg die toe aan data/organisations.yaml).`,
  },
} satisfies Record<string, Rule<any>>;

export type RuleId = keyof typeof rules;

/** The parameters a rule's message reads; a rule that reads none takes none. */
export type ParamsOf<R extends RuleId> = Parameters<(typeof rules)[R]['message']> extends [infer P, ...unknown[]] ? P : Record<string, never>;

export const RULES: { readonly [R in RuleId]: Rule<ParamsOf<R>> } = rules as never;

/** A rule with its parameters, as a stage hands it on before the file is known. */
export type RuleCall<R extends RuleId = RuleId> = R extends RuleId ? { rule: R; params: ParamsOf<R> } : never;

/** A rule's text with its parameters filled in, for a message that is not about a place in a file. */
export function ruleMessage<R extends RuleId>(rule: R, ...params: {} extends ParamsOf<R> ? [ParamsOf<R>?] : [ParamsOf<R>]): string {
  const p = (params[0] ?? {}) as ParamsOf<R>;
  const entry = RULES[rule] as Rule<ParamsOf<R>>;
  return entry.message(p);
}
