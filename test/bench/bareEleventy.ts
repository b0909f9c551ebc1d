import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The yardstick: Eleventy 3 on its own, rendering the same Markdown files (minutes and status
 * updates) with its default markdown-it into a minimal layout. No extraction, no register.
 * Returns the command to run in `benchDir`.
 */
export async function bareEleventyCommand(benchDir: string, corpus: string, out: string): Promise<string[]> {
  const config = path.join(benchDir, 'bare-eleventy.config.mjs');
  await writeFile(
    config,
    [
      'export default function (cfg) {',
      "  cfg.addGlobalData('layout', 'kaal.njk');",
      "  cfg.addTemplate('_includes/kaal.njk', '<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{{ orgaan or afspraak }}</title></head><body><main>{{ content | safe }}</main></body></html>');",
      "  return { templateFormats: ['md'], markdownTemplateEngine: false };",
      '}',
      '',
    ].join('\n'),
  );
  // The package exports no path to its command line; it sits next to src/.
  const cmd = path.join(path.dirname(require.resolve('@11ty/eleventy')), '..', 'cmd.cjs');
  return [process.execPath, cmd, `--config=${config}`, `--input=${corpus}`, `--output=${out}`, '--quiet'];
}
