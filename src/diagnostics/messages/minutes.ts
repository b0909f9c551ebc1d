import type { Rule } from '../rule.js';

/** What a minutes file must hold: its encoding, front matter, fields, blocks, ids and follow-ups. */
export const minutesRules = {
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
  'date-filename-mismatch': {
    severity: 'warning',
    message: (p: { fileDate: string; date: string; name: string }) =>
      `De bestandsnaam noemt de datum ${p.fileDate}, maar "datum:" in het kopblok is ${p.date}. Het register gaat uit van ${p.date}. ` +
      `Klopt ${p.date}, hernoem het bestand dan naar ${p.name}; klopt ${p.fileDate}, verbeter dan "datum:".`,
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
  'deadline-impossible-date': {
    severity: 'warning',
    message: (p: { value: string; kind: string }) =>
      `"${p.value}" is geen bestaande datum, dus deze ${p.kind} krijgt daaruit geen termijn. Verbeter de datum in de tekst (dag en maand), of schrijf de bedoelde termijn eronder: "- termijn: JJJJ-MM-DD".`,
  },
  'deadline-before-meeting': {
    severity: 'error',
    message: (p: { value: string; meeting: string }) => `De termijn ${p.value} ligt vóór de vergaderdatum ${p.meeting}. Controleer het jaartal.`,
  },
  'deadline-text-before-meeting': {
    severity: 'warning',
    message: (p: { text: string; value: string; meeting: string }) =>
      `De termijn "${p.text}" (${p.value}) ligt vóór de vergaderdatum ${p.meeting}: zo staat de afspraak vanaf de vergadering al als verlopen in het register. ` +
      `Controleer het jaartal in de tekst, of schrijf de bedoelde termijn eronder: "- termijn: JJJJ-MM-DD".`,
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
} satisfies Record<string, Rule<any>>;
