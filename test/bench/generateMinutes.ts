/**
 * Deterministic generator of realistic minutes in the project's format, for the benchmark:
 * agendas, bullets in the seeds' register, labelled blocks with owners, deadlines, ids and
 * follow-ups, and status updates. Same (meetings, seed) → byte-identical files.
 */

export interface GeneratedFile {
  path: string;
  text: string;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BODIES = [
  ['LRT', 'lrt'], ['HLRT', 'hlrt'], ['PRT Utrecht', 'prt-utrecht'], ['PRT Gelderland', 'prt-gelderland'],
  ['PRT Noord-Holland', 'prt-noord-holland'], ['PRT Zuid-Holland', 'prt-zuid-holland'], ['PRT Noord-Brabant', 'prt-noord-brabant'],
  ['PRT Limburg', 'prt-limburg'], ['PRT Overijssel', 'prt-overijssel'], ['PRT Groningen', 'prt-groningen'],
  ['PRT Drenthe', 'prt-drenthe'], ['PRT Flevoland', 'prt-flevoland'], ['PRT Zeeland', 'prt-zeeland'], ['PRT Fryslân', 'prt-fryslan'],
] as const;
const ORGS = ['BZK', 'JenV', 'VNG', 'IPO', 'COA', 'VB', 'SZW', 'OCW', 'VWS', 'VRO', 'CdK', 'IND', 'Nidos', 'Aedes'];
const ATTENDEES = [
  'Dhr. Van der Burg (SJenV)', 'Mevr. Van Gennip (MSZW)', 'Dhr. De Jonge (MVRO)', 'Dhr. De Reus (IPO)', 'Mevr. Spies (VNG)',
  'Dhr. Kolff (VB)', 'Dhr. Schoenmaker (COA)', '(DGM)', '(BZK)', '(SZW)', '(VNG)', '(JenV)', '(OCW)', 'secretariaat',
];
const TOPICS = [
  'Opvangopgave en aanpak', 'Stand van zaken huisvesting en maatregelenpakket', 'MPP, Capaciteitsbesluit COA en taakstelling huisvesting',
  'Crisisnoodopvang na 1 juli', 'Spreidingswet en provinciale verdeling', 'Huisvesting vergunninghouders', 'Opvang ontheemden uit Oekraïne',
  'Kleinschalige opvang en amv', 'Versterking governance LRT en PRT', 'Financiering en voorjaarsnota', 'Integratie en inburgering',
  'Flexwoningen en doorstroom', 'Nareizigers en gezinshereniging', 'Onderwijs en zorg voor nieuwkomers',
];
const SENTENCES = [
  'De Staatssecretaris van JenV geeft een toelichting op de opvangopgave voor het komende halfjaar.',
  'VNG spreekt zorgen uit over de haalbaarheid van de taakstelling en vraagt om meer middelen voor gemeenten.',
  'IPO vult aan met zorgen over regelingen voor flexwoningen, de gehanteerde verdeelsleutel en draagvlak.',
  'Het COA heeft een maatregelenpakket samengesteld dat tot extra opvangplekken leidt, maar dit is onvoldoende.',
  'CdK´s vragen aandacht voor de stapeling van opgaven en de toerusting van de PRT´s.',
  'VB informeert naar de communicatie rondom de brief, meer in het bijzonder de mate van gezamenlijkheid.',
  'De transitie van crisisnoodopvang naar reguliere opvang komt onvoldoende van de grond.',
  'In de tweede helft van het jaar zijn meer vergunninghouders gehuisvest dan in de eerste helft.',
  'Aandacht voor gemeenten waar de achterstand op de taakstelling is opgelopen; belang van goed toezicht benadrukt.',
  'Kleinschaligheid ligt niet uitsluitend bij Rode Kruis en kerken; het is aan de provinciale regietafels hoe zij dit vormgeven.',
  'De spreidingswet zal naar verwachting na het zomerreces in de Tweede Kamer behandeld worden.',
  'Er wordt aangegeven dat er voor alle aandachtsgroepen veel woningen nodig zijn, niet alleen voor statushouders.',
  'VNG neemt kennis van de cijfers en maakt voorbehoud ten aanzien van eigen communicatie.',
  'De huisvesting van vergunninghouders blijft achter bij de doelstelling uit de bestuurlijke afspraken.',
];
const AGREEMENTS = [
  ['BZK deelt gegevens over achterstanden huisvesting per provincie.', 'begin volgende week'],
  ['VNG inventariseert knelpunten bij gemeenten rond crisisnoodopvang.', 'de volgende LRT'],
  ['JenV stuurt de brief aan de medeoverheden na afstemming met de vertegenwoordigers van de LRT.', 'komende week'],
  ['IPO werkt een voorstel uit voor de versterking van de PRT´s.', 'eind juni'],
  ['COA meldt de bezetting van de opvanglocaties aan de provinciale regietafels.', 'binnen twee weken'],
  ['Vervolgafspraak wordt gepland om door te spreken over de brief.', ''],
  ['Reacties worden meegenomen richting ministerraad.', ''],
  ['Ten aanzien van de governance en PRT zal dit geagendeerd worden voor de volgende LRT.', ''],
  ['SZW verkent met gemeenten de mogelijkheden voor arbeidsparticipatie van vergunninghouders.', 'na de zomer'],
  ['OCW informeert de LRT over de nieuwkomersvoorzieningen in het onderwijs.', 'voor de zomer'],
];
const DECISIONS = [
  'Maatregelenpakket huisvesting aangenomen. Commitment voor inzet van benodigde capaciteit van betrokken departementen.',
  'De LRT stemt in met de provinciale verdeling van de extra opvangplekken.',
  'Het verslag van de vorige vergadering wordt vastgesteld.',
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** `meetings` minutes files (spread over bodies and years) plus status updates for some agreements. */
export function generateMinutes(meetings: number, seed = 42): GeneratedFile[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const files: GeneratedFile[] = [];
  const issued: { id: string; date: string }[] = [];
  const used = new Set<string>();
  const start = Date.UTC(2015, 0, 5);
  for (let i = 0; i < meetings; i++) {
    const [body, slug] = BODIES[i % BODIES.length]!;
    // Meetings of one body about a week apart: 10,000 meetings span ~50 years, keeping dates unique.
    let date = new Date(start + Math.floor(i / BODIES.length) * 7 * 86400000 + Math.floor(r() * 3) * 86400000);
    while (used.has(`${slug}-${iso(date)}`)) date = new Date(date.getTime() + 86400000);
    const day = iso(date);
    used.add(`${slug}-${day}`);
    const meetingId = `${slug}-${day}`;
    const items = ['1. Opening en mededelingen', ...Array.from({ length: 2 + Math.floor(r() * 4) }, (_, k) => `${k + 2}. ${pick(TOPICS)}`), 'W.v.t.t.k. en sluiting'];
    const attendees = ATTENDEES.filter(() => r() < 0.7);
    const lines = [
      '---', `orgaan: ${body}`, `datum: ${day}`, `status: ${r() < 0.9 ? 'vastgesteld' : 'concept'}`, 'voorzitter: Dhr. Van der Burg (SJenV)',
      'aanwezig:', ...attendees.map((a) => `  - "${a}"`), 'afwezig: []', 'agenda:', ...items.map((t) => `  - ${t}`), '---', '',
    ];
    let n = 0;
    for (const item of items) {
      lines.push(`## ${item}`, '');
      for (let b = 0; b < 2 + Math.floor(r() * 5); b++) lines.push(`- ${pick(SENTENCES)} ${pick(SENTENCES)}`);
      if (r() < 0.55 && !item.startsWith('1.') && !item.startsWith('W.')) {
        const isDecision = r() < 0.2;
        const id = `${meetingId}-${++n}`;
        if (isDecision) lines.push(`- Besluit: ${pick(DECISIONS)}`, `  - id: ${id}`);
        else {
          const [text, when] = pick(AGREEMENTS);
          lines.push(`- Afspraak: ${text}${when ? ` Dit gebeurt ${when}.` : ''}`, `  - id: ${id}`);
          if (r() < 0.3) lines.push(`  - eigenaar: ${pick(ORGS)}`);
          const earlier = issued.length ? issued[Math.floor(r() * issued.length)] : undefined;
          if (earlier && r() < 0.15) lines.push(`  - vervolg op: ${earlier.id}`);
          issued.push({ id, date: day });
        }
      }
      lines.push('');
    }
    files.push({ path: `minutes/${day}-${slug}.md`, text: lines.join('\n') });
  }
  // Status updates for about a fifth of the agreements, dated after their meeting.
  for (const a of issued) {
    if (r() >= 0.2) continue;
    const status = pick(['afgerond', 'afgerond', 'loopt', 'vervallen'] as const);
    const d = iso(new Date(Date.parse(a.date) + (7 + Math.floor(r() * 60)) * 86400000));
    files.push({
      path: `agreements/${d}-${a.id}.md`,
      text: ['---', `afspraak: ${a.id}`, `datum: ${d}`, `status: ${status}`, '---', '', `Stand van zaken: ${pick(SENTENCES)}`, ''].join('\n'),
    });
  }
  return files;
}
