import { z } from 'zod';
import { RegisterSchema } from '../schema/register.js';
import { MinutesFrontmatterSchema, StatusUpdateFrontmatterSchema, DocumentFrontmatterSchema, ConfirmationFrontmatterSchema } from '../schema/frontmatter.js';

/** JSON Schemas generated from the zod schemas: never written by hand. */
export function jsonSchemas(): Record<string, unknown> {
  const gen = (schema: z.ZodType, title: string, io: 'input' | 'output') => ({
    ...(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as object),
    title,
  });
  return {
    'register.schema.json': gen(RegisterSchema, 'LRT afsprakenregister', 'output'),
    'verslag.schema.json': gen(MinutesFrontmatterSchema, 'Kopblok van een verslag', 'input'),
    'voortgang.schema.json': gen(StatusUpdateFrontmatterSchema, 'Kopblok van een voortgangsbericht', 'input'),
    'stuk.schema.json': gen(DocumentFrontmatterSchema, 'Kopblok van een stuk', 'input'),
    'bevestiging.schema.json': gen(ConfirmationFrontmatterSchema, 'Kopblok van een bevestiging van afspraken zonder label', 'input'),
  };
}
