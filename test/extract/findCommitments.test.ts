import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, registry, repoFile, run, source } from '../helpers.js';
import { findCommitments, splitSentences } from '../../src/extract/findCommitments.js';
import { buildOrganisationIndex } from '../../src/extract/organisationIndex.js';

const index = buildOrganisationIndex(registry().organisaties);
const kinds = (s: string) => findCommitments(s, index).map((c) => c.kind);

/** Sentences that read like a commitment, with the kind of label they would take. */
const COMMITMENTS: [string, 'afspraak' | 'besluit' | 'toezegging'][] = [
  ['MVRO zal bilateraal in gesprek gaan met de provincies.', 'afspraak'],
  ['JenV gaat bezien of de regeling kan worden verlengd.', 'afspraak'],
  ['Het voorstel wordt door IPO verder uitgewerkt.', 'afspraak'],
  ['SJenV zal het punt in de MR inbrengen.', 'afspraak'],
  ['De Staatssecretaris zegt toe de Kamer voor de zomer te informeren.', 'toezegging'],
  ['BZK heeft toegezegd de cijfers voor 1 juni te leveren.', 'toezegging'],
  ['VNG neemt het op zich om de gemeenten te bevragen.', 'afspraak'],
  ['Het verslag wordt aangepast op genoemde punten.', 'afspraak'],
  ['Afgesproken wordt dat BZK de cijfers deelt.', 'afspraak'],
  ['Er is afgesproken dat de werkgroep in september rapporteert.', 'afspraak'],
  ['Besloten wordt om de werkgroep op te heffen.', 'besluit'],
  ['De LRT stemt in met het voorstel.', 'besluit'],
  ['Volgende week stuurt BZK de lijst rond.', 'afspraak'],
  ['Het KCIO inventariseert in welke veiligheidsregio’s CNO openblijft.', 'afspraak'],
  ['VNG, VB en IPO zullen een gezamenlijke reactie opstellen.', 'afspraak'],
  ['(BZK) zal de cijfers per provincie aanleveren.', 'afspraak'],
  ['Dhr. Jansen (VNG) neemt contact op met de gemeente.', 'afspraak'],
  ['Het COA komt in de volgende LRT hierop terug.', 'afspraak'],
  ['Er wordt een vervolgoverleg gepland.', 'afspraak'],
  ['De brief medeoverheden zal begin volgende week verzonden worden.', 'afspraak'],
  ['Het secretariaat stuurt het verslag rond.', 'afspraak'],
  ['Daarnaast zal de Minister van BZK de Kamer informeren.', 'afspraak'],
  ['IPO brengt in kaart welke provinciale panden geschikt zijn.', 'afspraak'],
  ['Het kabinet komt met een voorstel voor de financiering.', 'afspraak'],
  ['De Staatssecretaris van JenV zorgt voor een overzicht van de locaties.', 'afspraak'],
  ['De kosten worden door het Rijk vergoed.', 'afspraak'],
  ['De HLRT is gemandateerd om te besluiten over de verzending van de brief.', 'besluit'],
  ['Het voorstel voor de nieuwe verdeelsleutel wordt door de groep geaccepteerd.', 'besluit'],
  ['De voorzitter concludeert dat de werkgroep in deze vorm doorgaat.', 'besluit'],
  ['IPO is akkoord met de planning van de pilots.', 'besluit'],
  // Issue 14 point 4: the harder forms.
  ['COA checkt bij de IND of de aantallen kloppen.', 'afspraak'],
  ['Na het overleg worden deze publiek geconsulteerd.', 'afspraak'],
  ['Dit wordt nog nagevraagd bij het ministerie van OCW.', 'afspraak'],
  ['De nieuwe locatie zal voor de zomer in gebruik genomen worden.', 'afspraak'],
  ['De vertegenwoordiger van VNG geeft aan dat hij de uitkomsten met de stuurgroep zal delen.', 'afspraak'],
  ['De minister van Asiel en Migratie zal de vergoeding verhogen.', 'afspraak'],
  ['Akkoord.', 'besluit'],
];

/** Sentences that describe, expect, doubt or condition: no commitment. */
const DESCRIPTIONS = [
  'VNG spreekt zorg uit over de aanlevering van stukken.',
  'De spreidingswet zal naar verwachting na het zomerreces in de Tweede Kamer behandeld gaan worden.',
  'Er kan niet worden gegarandeerd dat deze opgave ook realiseerbaar is.',
  'Indien dat niet het geval is, zal VNG kritisch geluid laten horen.',
  'IPO zou in de brief graag zien dat een passage wordt opgenomen.',
  'Daarnaast is ook een raamwerk meegestuurd van de bestuurlijke brief die naar aanleiding van de Tweede Kamerbrief aan de medeoverheden wordt verstuurd.',
  'De brief is geagendeerd voor de MR van 26 april.',
  'Het verslag wordt vastgesteld.',
  'Er wordt door VNG aangegeven dat de druk toeneemt.',
  'VB informeert naar communicatie rondom brief.',
  'VNG neemt kennis van de cijfers en maakt voorbehoud ten aanzien van eigen communicatie.',
  'Kabinet zet daarom maximaal in op ondersteuning van gemeenten.',
  'De zorgen worden gedeeld door IPO.',
  'Zoals afgesproken is de brief verzonden.',
  'Hierover is nu nog geen besluit genomen.',
  'Het besluit om de locatie te sluiten wordt uitgesteld.',
  'VNG gaat ervan uit dat de middelen meegroeien.',
  'Een aantal veiligheidsregio’s gaat verder na 01-07-2023.',
  'Gaat BZK de cijfers delen?',
  'De Staatssecretaris van JenV geeft aan dat vandaag waarschijnlijk geen besluit wordt genomen over de brief.',
  'De brief zal in het VNG-bestuur worden besproken.',
  'VNG zal kritisch zijn.',
  'In het kader van spreidingswet kan dit door iedereen georganiseerd worden.',
  'Op het moment dat vraag komt naar meer CNO capaciteit dan wordt hiervoor formeel de vraag neergelegd.',
  'IPO deelt de zorg met VNG.',
  'Tevens zal bekeken moeten worden wat nodig is voor een versterking van de PRT.',
  'In deze bijlage wordt ook apart duidelijk gemaakt wat de opgave is voor de opvang door het COA.',
  'Het COA heeft bij de staatssecretaris een plan ingediend voor 2e helft 2023.',
  'De aanpak wordt door IPO ondersteund.',
  'Het COA zal in 2024 meer plekken nodig hebben.',
  'De gemeenten zullen meer opvang moeten realiseren.',
  'Het voorstel is nog niet aangenomen.',
  'Er is geen besluit genomen over het mandaat.',
  // Reported from an earlier meeting, or how things work.
  'In de vorige vergadering is besloten dat de verdeelsleutel van kracht blijft.',
  'In december besloot de LRT om de regeling te verlengen.',
  'Statushouders worden gekoppeld aan een gemeente zodra hun vergunning is verleend.',
  'De vertegenwoordiger van VNG geeft aan dat hij dat zou kunnen delen.',
];

describe('findCommitments', () => {
  for (const [sentence, kind] of COMMITMENTS) {
    it(`reads a ${kind}: ${sentence}`, () => expect(kinds(sentence)).toEqual([kind]));
  }
  for (const sentence of DESCRIPTIONS) {
    it(`leaves alone: ${sentence}`, () => expect(kinds(sentence)).toEqual([]));
  }

  it('gives each sentence with its offset in a longer text', () => {
    const text =
      'In welke mate budgetten meegroeien maakt onderdeel uit van de voorjaarsnota. SJenV zal het punt in de MR inbrengen. VNG spreekt zorg uit.';
    const found = findCommitments(text, index);
    expect(found).toEqual([{ text: 'SJenV zal het punt in de MR inbrengen.', start: 77, kind: 'afspraak' }]);
    expect(text.slice(found[0]!.start)).toMatch(/^SJenV zal/);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(splitSentences('Dhr. Van der Burg opent. Het COA heeft incl. voorstel 3 punten. BZK belt H. Jansen m.b.t. Oekraïne.').map((s) => s.text)).toEqual([
      'Dhr. Van der Burg opent.',
      'Het COA heeft incl. voorstel 3 punten.',
      'BZK belt H. Jansen m.b.t. Oekraïne.',
    ]);
  });
});

describe('lrt check: commitment-unlabelled', () => {
  const shipped = ['minutes/2023-02-02-lrt.md', 'minutes/2023-04-21-lrt.md', 'minutes/2023-04-25-lrt.md'].map(repoFile);

  it('warns, with line and column, for each unlabelled commitment in concept minutes, and only there', () => {
    const file = 'test/fixtures/commitments/concept-met-ongelabelde-afspraken.md';
    const result = run([repoFile(file), ...shipped]);
    const got = result.diagnostics.filter((d) => d.file === file).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(got).toEqual([
      '21:36 warning commitment-unlabelled', // "MVRO zal bilateraal …", second sentence of the bullet
      '29:3 warning commitment-unlabelled', // "**JenV** gaat bezien of …", a paragraph: at its first word
      '31:3 warning commitment-unlabelled', // "Besloten wordt dat …"
    ]);
    const messages = result.diagnostics.filter((d) => d.rule === 'commitment-unlabelled').map((d) => d.message);
    expect(messages[0]).toBe(
      'Deze zin leest als een afspraak, maar heeft geen label: "MVRO zal bilateraal in gesprek gaan met de provincies met de grootste achterstand". Is het een afspraak, zet de zin dan als eigen punt met "Afspraak:" (of "Toezegging:" of "Actiepunt:") ervoor. Zo niet, negeer deze waarschuwing.',
    );
    expect(messages[2]).toContain('leest als een besluit');
    expect(messages[2]).toContain('met "Besluit:" ervoor');
  });

  it('is silent on adopted minutes: they are not edited, so the warning could not be acted on', () => {
    // Only the warnings and errors: without agreements/, a follow-up is proposed as information.
    expect(run(shipped).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(run(shipped).diagnostics.filter((d) => d.rule === 'commitment-unlabelled')).toEqual([]);
  });

  it('warns on the shipped 25 April minutes once they are a concept: "SJenV zal het punt in de MR inbrengen."', () => {
    const text = readFileSync(path.join(ROOT, 'minutes/2023-04-25-lrt.md'), 'utf8').replace('status: vastgesteld', 'status: concept');
    const got = run([source('minutes/2023-04-25-lrt.md', text)]).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule}`);
    expect(got).toEqual(['42:463 commitment-unlabelled', '45:196 commitment-unlabelled']);
  });
});
