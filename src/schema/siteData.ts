import { z } from 'zod';
import { AgreementKindSchema } from './registry.js';

/** data/site.yaml: what the published site says about itself (address, contact, search words). */
export const SiteDataSchema = z
  .object({
    adres: z.string().url({ protocol: /^https?$/ }).nullable().default(null).describe('Adres van de gepubliceerde site, of null.'),
    contact: z
      .object({
        naam: z.string().min(1).describe('Wie lezers bereiken: het secretariaat.'),
        email: z.string().email().nullable().default(null).describe('E-mailadres van het secretariaat.'),
        formulier: z.string().url({ protocol: /^https?$/ }).nullable().default(null).describe('Link naar een contactformulier.'),
      })
      .strict()
      .nullable()
      .default(null),
    zoeken: z
      .object({
        open_vragen: z.array(z.string().min(1)).default([]).describe('Woorden waarmee iemand vraagt wat nog open staat.'),
        soort_woorden: z
          .record(z.string().min(1), AgreementKindSchema)
          .default({})
          .describe('Woorden die naar een soort vragen, naast de labels: afgesproken → afspraak.'),
      })
      .strict()
      .default({ open_vragen: [], soort_woorden: {} }),
  })
  .strict();
export type SiteData = z.infer<typeof SiteDataSchema>;

/** A project without data/site.yaml: no address, no contact, no question words. */
export const NO_SITE_DATA: SiteData = { adres: null, contact: null, zoeken: { open_vragen: [], soort_woorden: {} } };
