import type { z } from 'zod';
import { ruleTable } from './ruleList.js';
import { MinutesFrontmatterSchema, StatusUpdateFrontmatterSchema, ConfirmationFrontmatterSchema, ConfirmedCommitmentSchema } from '../schema/frontmatter.js';

/** The guide's field tables, generated from the zod schemas so guide and validation agree. */
export function fieldTable(schema: z.ZodObject): string {
  const rows = Object.entries(schema.shape).map(([key, field]) => {
    const f = field as z.ZodType;
    const optional = f.safeParse(undefined).success;
    const description = (f.description ?? '').replace(/\|/g, '\\|');
    return `| \`${key}\` | ${optional ? 'nee' : 'ja'} | ${description} |`;
  });
  return ['| Veld | Verplicht | Betekenis |', '|---|---|---|', ...rows].join('\n');
}

const MARKERS: [string, z.ZodObject][] = [
  ['velden-verslag', MinutesFrontmatterSchema],
  ['velden-voortgang', StatusUpdateFrontmatterSchema],
  ['velden-bevestiging', ConfirmationFrontmatterSchema],
  ['velden-bevestigd', ConfirmedCommitmentSchema],
];

/**
 * Replaces what stands between each `<!-- name:begin -->` and `<!-- name:end -->` pair: the field
 * tables from the zod schemas, the list of every message from the catalogue.
 */
export function fillGuide(guide: string): string {
  const tables: [string, string][] = [...MARKERS.map(([name, schema]): [string, string] => [name, fieldTable(schema)]), ['meldingen', ruleTable()]];
  let out = guide;
  for (const [name, table] of tables) {
    const re = new RegExp(`(<!-- ${name}:begin -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    // A function, not a string: a message's $ must not be read as a replacement pattern.
    out = out.replace(re, (_m, begin: string, end: string) => `${begin}\n${table}\n${end}`);
  }
  return out;
}
