import { ruleMessage } from '../../diagnostics/messages.js';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../context.js';
import { jsonSchemas } from '../../publish/jsonSchemas.js';
import { fillGuide } from '../../publish/fieldTables.js';

/** lrt schema: regenerates docs/schema/*.json and the guide's field tables from the zod schemas. */
export const schema: Command = async (ctx) => {
  const dir = path.join(ctx.io.cwd, 'docs', 'schema');
  await mkdir(dir, { recursive: true });
  for (const [name, s] of Object.entries(jsonSchemas())) await writeFile(path.join(dir, name), JSON.stringify(s, null, 2) + '\n');
  const guidePath = path.join(ctx.io.cwd, 'docs', 'handleiding-secretariaat.md');
  if (existsSync(guidePath)) await writeFile(guidePath, fillGuide(await readFile(guidePath, 'utf8')));
  ctx.io.err(ruleMessage('done-schema'));
  return 0;
};
