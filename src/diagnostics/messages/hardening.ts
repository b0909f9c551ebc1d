import type { Rule } from '../rule.js';

/** Input that would hang or crash a parser, drafts from lrt import, and confirmations in agreements/. */
export const hardeningRules = {
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
      `Deze regel begint met "${p.label}" zonder dubbele punt erachter en telt daarom niet mee in het register. Bedoelt u een gelabeld blok, schrijf dan "${p.label}: …"; staat er een eigenaar of nummer tussen ("${p.label} (JenV):", "${p.label} voor BZK:", "${p.label} 1:"), zet de eigenaar dan op een regel eronder: "  - eigenaar: JenV".`,
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
} satisfies Record<string, Rule<any>>;
