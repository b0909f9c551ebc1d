import type { z } from 'zod';
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

/** Replaces what stands between each `<!-- name:begin -->` and `<!-- name:end -->` pair. */
export function fillGuide(guide: string): string {
  let out = guide;
  for (const [name, schema] of MARKERS) {
    const re = new RegExp(`(<!-- ${name}:begin -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    out = out.replace(re, `$1\n${fieldTable(schema)}\n$2`);
  }
  return out;
}
