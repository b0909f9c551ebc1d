import { z } from 'zod';
import { IsoDateSchema } from './isoDate.js';
import { AgreementStatusSchema } from './registry.js';

/**
 * The secretariat's keys, in Dutch. These schemas are the single definition: the guide's
 * tables and the JSON Schema in docs/schema are generated from them.
 */

export const AttendeeSchema = z.union([
  z.string().min(1).describe('Zoals in het verslag: "Dhr. Van der Burg (SJenV)", "(DGM)", "secretariaat".'),
  z
    .object({
      naam: z.string().min(1).optional().describe('Naam van de persoon.'),
      organisatie: z.string().min(1).optional().describe('Code uit het organisatieregister, bv. VNG.'),
      rol: z.string().min(1).optional().describe('Functie of rol, bv. SJenV.'),
      // No default: whether openbaar: true was written matters for a name next to a civil-service unit.
      openbaar: z
        .boolean()
        .optional()
        .describe(
          'false: de naam wordt nooit gepubliceerd (Woo art. 5.1.2e); alleen de organisatie verschijnt. Weglaten: openbaar, behalve bij een ambtelijk onderdeel zoals DGM (dan is markeren verplicht).',
        ),
      reden: z
        .string()
        .min(1)
        .optional()
        .describe('Waarom de naam van iemand van een ambtelijk onderdeel toch openbaar is (verplicht bij openbaar: true en bv. organisatie: DGM).'),
    })
    .strict(),
]);
export type Attendee = z.infer<typeof AttendeeSchema>;

export const DocumentRefSchema = z
  .object({
    titel: z.string().min(1).describe('Titel van het stuk.'),
    id: z.string().regex(/^[a-z0-9-]+$/).optional().describe('Kenmerk in het project, bv. brief-medeoverheden-2023-05.'),
    datum: IsoDateSchema.optional().describe('Datum van het stuk (JJJJ-MM-DD).'),
    // Only web addresses: a javascript: or data: link would run in a reader's browser.
    link: z.string().url({ protocol: /^https?$/ }).optional().describe('Vindplaats (URL).'),
  })
  .strict();

export const MinutesFrontmatterSchema = z
  .object({
    orgaan: z.string().min(1).describe('Het overleg: LRT, HLRT, PRT Utrecht, … (zie data/bodies.yaml).'),
    datum: IsoDateSchema.describe('Vergaderdatum, JJJJ-MM-DD.'),
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe('Kenmerk van de vergadering; standaard <orgaan>-<datum>, bv. lrt-2023-02-02.'),
    status: z.enum(['concept', 'vastgesteld']).describe('concept of vastgesteld.'),
    vastgesteld_in: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe('Kenmerk van de vergadering die het verslag vaststelde, bv. lrt-2023-04-25.'),
    voorzitter: z.string().min(1).optional().describe('Voorzitter, bv. "Dhr. Van der Burg (SJenV)".'),
    aanwezig: z.array(AttendeeSchema).default([]).describe('Aanwezigen.'),
    afwezig: z.array(AttendeeSchema).default([]).describe('Afwezigen / afgemeld.'),
    agenda: z
      .array(z.string().min(1))
      .default([])
      .describe('Agendapunten in volgorde, zoals de kopjes in de tekst: "1. Opening en mededelingen".'),
    stukken: z.array(DocumentRefSchema).default([]).describe('Stukken bij deze vergadering.'),
  })
  .strict();
export type MinutesFrontmatter = z.infer<typeof MinutesFrontmatterSchema>;

/** What a status update can say: a status, or a closure proposed by the owner for the table to adopt. */
export const StatusUpdateStatusSchema = z.enum([...AgreementStatusSchema.options, 'afdoeningsvoorstel']);

/** A status update between meetings, one file in agreements/. */
export const StatusUpdateFrontmatterSchema = z
  .object({
    soort: z.literal('voortgang').default('voortgang').describe('voortgang (mag weggelaten worden).'),
    afspraak: z.string().regex(/^[a-z0-9-]+$/).describe('Kenmerk van de afspraak, bv. lrt-2023-04-21-2.'),
    datum: IsoDateSchema.describe('Datum van de ontwikkeling, JJJJ-MM-DD.'),
    status: StatusUpdateStatusSchema.optional().describe(
      'Nieuwe status: open, loopt, afgerond of vervallen; of afdoeningsvoorstel: de eigenaar stelt voor de afspraak af te doen, de tafel beslist.',
    ),
    bron: z.string().min(1).optional().describe('Waar het blijkt: kenmerk van een vergadering of stuk, of een omschrijving.'),
    stuk: z.string().regex(/^[a-z0-9-]+$/).optional().describe('Bij een afdoeningsvoorstel: kenmerk van het stuk dat laat zien dat de afspraak is uitgevoerd.'),
    link: z.string().regex(/^https?:\/\/\S+$/).optional().describe('Bij een afdoeningsvoorstel: webadres van wat laat zien dat de afspraak is uitgevoerd.'),
  })
  .strict();
export type StatusUpdateFrontmatter = z.infer<typeof StatusUpdateFrontmatterSchema>;

/** A document (stuk) kept in the project, e.g. a letter that carried out an agreement. */
export const DocumentFrontmatterSchema = z
  .object({
    soort: z.literal('stuk').describe('stuk.'),
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Kenmerk van het stuk, bv. brief-medeoverheden-2023-05.'),
    titel: z.string().min(1).describe('Titel of onderwerp.'),
    datum: IsoDateSchema.nullable().describe('Datum (JJJJ-MM-DD), of null als die onbekend is.'),
    datering: z.string().min(1).optional().describe('Toelichting op de datum als die onzeker is.'),
    afzenders: z.array(z.string().min(1)).default([]).describe('Organisatiecodes van de afzenders.'),
    geadresseerden: z.string().min(1).optional().describe('Aan wie het stuk gericht is.'),
    voert_uit: z
      .array(z.string().regex(/^[a-z0-9-]+$/))
      .default([])
      .describe('Kenmerken van de afspraken die dit stuk uitvoert.'),
    status: AgreementStatusSchema.default('afgerond').describe('Status die het stuk aan die afspraken geeft (standaard afgerond).'),
  })
  .strict();
export type DocumentFrontmatter = z.infer<typeof DocumentFrontmatterSchema>;

/**
 * One unlabelled commitment in adopted minutes, confirmed by the secretariat: the minutes stay as
 * adopted, the sentence is quoted (robust to lines moving) and gets what a label would have given.
 */
export const ConfirmedCommitmentSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).describe('Vast kenmerk van de afspraak, bv. lrt-2022-09-16-1 (kenmerk van de vergadering, streepje, volgnummer).'),
    zin: z
      .string()
      .min(1)
      .describe('De zin zoals die in het vastgestelde verslag staat, letterlijk; regelafbrekingen en de soort aanhalingstekens maken niet uit.'),
    label: z.string().min(1).describe('Het label dat de zin zou hebben gehad: Afspraak, Besluit, Toezegging, Actiepunt, … (zie data/labels.yaml).'),
    eigenaar: z.string().min(1).optional().describe('Eigenaar: code(s) uit het organisatieregister, gescheiden door komma\'s. Zonder: de organisatie waarmee de zin begint.'),
    termijn: z.string().min(1).optional().describe('Termijn: een datum (JJJJ-MM-DD) of de woorden ("begin volgende week"). Zonder: de momenten in de zin.'),
  })
  .strict();
export type ConfirmedCommitment = z.infer<typeof ConfirmedCommitmentSchema>;

/** A confirmation file in agreements/: unlabelled commitments of one adopted meeting, registered without editing it. */
export const ConfirmationFrontmatterSchema = z
  .object({
    soort: z.literal('bevestiging').describe('bevestiging.'),
    verslag: z.string().regex(/^[a-z0-9-]+$/).describe('Kenmerk van de vergadering waarvan het verslag de zinnen bevat, bv. lrt-2022-09-16.'),
    bevestigd: z.array(ConfirmedCommitmentSchema).min(1).describe('De bevestigde afspraken, besluiten en toezeggingen, elk met id, zin en label.'),
  })
  .strict();
export type ConfirmationFrontmatter = z.infer<typeof ConfirmationFrontmatterSchema>;

/** The attributes an agreement can carry as sub-bullets ("- eigenaar: BZK"): the one list extraction and the importer read. */
export const BlockAttributeKeySchema = z
  .enum(['id', 'eigenaar', 'termijn', 'vervolg op', 'status', 'vervangt', 'trekt in'])
  .describe('Een gegeven onder een blok, als regel "- sleutel: waarde".');
export const BLOCK_ATTRIBUTE_KEYS = BlockAttributeKeySchema.options;
export type BlockAttributeKey = z.infer<typeof BlockAttributeKeySchema>;

/** Other spellings people type for a key; the key itself is the documented one. */
export const BLOCK_ATTRIBUTE_ALIASES = {
  kenmerk: 'id',
  eigenaren: 'eigenaar',
  deadline: 'termijn',
  'volgt op': 'vervolg op',
  intrekking: 'trekt in',
} as const satisfies Record<string, BlockAttributeKey>;
