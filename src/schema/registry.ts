import { z } from 'zod';

/** data/organisations.yaml: who can own an agreement. Other tables add rows, not code. */
export const OrganisationSchema = z.object({
  code: z.string().min(1),
  naam: z.string().min(1),
  soort: z.enum(['rijk', 'medeoverheid', 'uitvoering', 'partner', 'overleg']),
  aliassen: z.array(z.string()).default([]),
  /**
   * Roles such as SJenV or MBZK: office holders who act for this organisation (ministers, state
   * secretaries, mayors, chairs). A person named with a role is public.
   */
  rollen: z.array(z.object({ code: z.string(), naam: z.string(), aliassen: z.array(z.string()).default([]) })).default([]),
  /**
   * Civil-service units inside the organisation (DG's, directorates): a personal name next to one
   * is a civil servant's and must be marked (Woo art. 5.1.2e). They own agreements as the organisation.
   * `aliassen`: other ways the minutes write the unit ("DG Migratie" for DGM).
   */
  eenheden: z.array(z.object({ code: z.string(), naam: z.string(), aliassen: z.array(z.string()).default([]) })).default([]),
  /**
   * What a personal name next to the organisation's own code means: `ambtelijk`, its staff
   * (ministries, agencies), must be marked; `openbaar`, its office holders (CdK), may be named.
   * Without it (VNG, IPO: administrators and staff alike) no judgement is made.
   */
  personen: z.enum(['ambtelijk', 'openbaar']).optional(),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

/** data/bodies.yaml: the tables whose minutes the project keeps. */
export const BodySchema = z.object({
  code: z.string().min(1),
  naam: z.string().min(1),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  aliassen: z.array(z.string()).default([]),
});
export type Body = z.infer<typeof BodySchema>;

export const AgreementKindSchema = z.enum(['afspraak', 'besluit', 'toezegging']);
export type AgreementKind = z.infer<typeof AgreementKindSchema>;

export const AgreementStatusSchema = z.enum(['open', 'loopt', 'afgerond', 'vervallen']);
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

/** data/labels.yaml: the words that open a labelled block, and phrases that imply a status. */
export const LabelsSchema = z.object({
  labels: z
    .array(
      z.object({
        label: z.string().min(1),
        soort: AgreementKindSchema,
        /** A plural label names its singular: each item in the list under it is a block of its own. */
        enkelvoud: z.string().min(1).optional(),
      }),
    )
    .min(1),
  /** Words near a label that are ordinary words: never reported as a misspelled label. */
  geen_labels: z.array(z.string().min(1)).default([]),
  statuszinnen: z
    .array(z.object({ zin: z.string().min(1), status: AgreementStatusSchema }))
    .default([]),
});
export type Labels = z.infer<typeof LabelsSchema>;

/**
 * data/people.yaml: people who own agreements in working groups ("Actie: Frank"). A person
 * belongs to an organisation and is not public unless marked so (Woo art. 5.1.2e): the register
 * and site show the organisation, the name only with `openbaar: true`.
 */
export const PersonSchema = z
  .object({
    naam: z.string().trim().min(2).describe('Naam zoals de werkgroep hem voluit schrijft, bv. "<voornaam> <achternaam>".'),
    schrijfwijzen: z
      .array(z.string().trim().min(2))
      .default([])
      .describe('Andere schrijfwijzen in verslagen: de voornaam alleen, initialen. Ook die worden nooit gepubliceerd als de persoon niet openbaar is.'),
    organisatie: z.string().min(1).describe('Code uit data/organisations.yaml, bv. Logius.'),
    openbaar: z.boolean().default(false).describe('true: de naam mag op de site (met reden). Standaard false: alleen de organisatie verschijnt.'),
    reden: z.string().min(1).optional().describe('Waarom de naam openbaar is (verplicht bij openbaar: true).'),
    rol: z.string().min(1).optional().describe('Functie of rol in het overleg, bv. "voorzitter werkgroep".'),
    overleggen: z
      .array(z.string().min(1))
      .default([])
      .describe('Alleen in verslagen van deze overleggen (codes uit data/bodies.yaml) is een eigenaar met deze naam deze persoon; leeg: in alle.'),
  })
  .strict()
  .refine((p) => !p.openbaar || p.reden !== undefined, {
    message: 'openbaar: true vraagt om een reden: voeg reden: "…" toe (bv. "voorzitter, treedt publiek op") of schrijf openbaar: false.',
    path: ['openbaar'],
  });
export type Person = z.infer<typeof PersonSchema>;

export const PeopleFileSchema = z.array(PersonSchema);

/** A person as the pipeline knows them: with the place they were declared, for check's messages. */
export const RegisteredPersonSchema = z.object({
  person: PersonSchema,
  file: z.string(),
  line: z.number().int().min(1),
});
export type RegisteredPerson = z.infer<typeof RegisteredPersonSchema>;

export const RegistrySchema = z.object({
  organisaties: z.array(OrganisationSchema),
  organen: z.array(BodySchema),
  labels: LabelsSchema,
  personen: z.array(RegisteredPersonSchema).default([]),
});
export type Registry = z.infer<typeof RegistrySchema>;
