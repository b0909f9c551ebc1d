import type { Rule } from '../rule.js';

/** Nothing lost (every label registered or reported), and names that may not be published. */
export const namesRules = {
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
  'label-struck': {
    severity: 'warning',
    message: (p: { label: string }) =>
      `Hier staat "${p.label}:" doorgehaald (met ~~…~~ of <del>); doorgehaalde tekst komt niet in het register. Geldt het niet meer, haal het dan weg; geldt het wel, haal dan de doorhaling weg.`,
  },
  'task-ticked': {
    severity: 'warning',
    message: (p: { label: string }) =>
      `Het vinkje "[x]" vóór deze ${p.label.toLowerCase()} is geen status: het register houdt haar open. Is zij afgerond, schrijf dan "- status: afgerond" eronder, ` +
      `of (in een vastgesteld verslag) een voortgangsbestand in agreements/ met "status: afgerond"; is zij niet afgerond, haal het vinkje dan weg.`,
  },
  'strike-unclosed': {
    severity: 'warning',
    message: (p: { tag: string; close: string }) =>
      `Hier opent "${p.tag}" een doorhaling die nergens sluit, dus niet vast te stellen is wat vervalt: in een alinea telt alles erna als doorgehaald en komt het niet in het register, ook niet als eigenaar of termijn. Zet "${p.close}" direct na de woorden die vervallen, of haal "${p.tag}" weg.`,
  },
  // ---- names (issue 10: one way to see a name; the unmarked civil servant)
  'name-civil-servant': {
    severity: 'error',
    message: (p: { unit: string; what: string }) =>
      `Hier staat een naam bij "${p.unit}", ${p.what}: namen van ambtenaren worden niet gepubliceerd (Woo art. 5.1.2e). ` +
      `Schrijf alleen "(${p.unit})", of leg de persoon bij de aanwezigen vast als { naam: …, organisatie: ${p.unit}, openbaar: false }. ` +
      `Is het een bewindspersoon of bestuurder, schrijf dan de rolcode (bv. "(SJenV)"), of { naam: …, organisatie: ${p.unit}, openbaar: true, reden: "…" }.`,
  },
  'name-civil-function': {
    severity: 'error',
    message: (p: { role: string }) =>
      `Hier staat een naam bij de functie "${p.role}": dat is een ambtenaar, en namen van ambtenaren worden niet gepubliceerd (Woo art. 5.1.2e). ` +
      `Laat de naam weg en noem de organisatie, bv. "de ${p.role} (DGM)", of leg de persoon bij de aanwezigen vast als { naam: …, organisatie: CODE, openbaar: false }. ` +
      `Treedt deze persoon publiek op, leg dat dan vast met { naam: …, organisatie: CODE, openbaar: true, reden: "…" }.`,
  },
  'name-public-reason-missing': {
    severity: 'error',
    message: (p: { unit: string; what: string }) =>
      `"openbaar: true" bij iemand van "${p.unit}" (${p.what}) vraagt om een reden: namen van ambtenaren worden niet gepubliceerd (Woo art. 5.1.2e). ` +
      `Voeg reden: "…" toe (bv. reden: "directeur-generaal, treedt publiek op"), of schrijf openbaar: false.`,
  },
} satisfies Record<string, Rule<any>>;
