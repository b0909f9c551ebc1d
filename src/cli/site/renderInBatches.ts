import path from 'node:path';

interface EleventyConfigApi {
  addGlobalData(name: string, value: unknown): void;
  ignores: Set<string>;
}
interface EleventyApi {
  write(): Promise<[unknown, { inputPath: string; outputPath: string; url: string }[]]>;
  disableLogger(): void;
}
type EleventyClass = new (
  input: string,
  output: string,
  options: { configPath: string; quietMode: boolean; config: (cfg: EleventyConfigApi) => void },
) => EleventyApi;

// Eleventy ships no type declarations; a specifier typed as string keeps tsc from asking for them.
const ELEVENTY: string = '@11ty/eleventy';

export interface RenderedPage {
  inputPath: string;
  outputPath: string;
  url: string;
}

/**
 * Eleventy over the site, the paginated pages in batches of at most `maxPages`: Eleventy keeps
 * every page it renders in memory until the run ends, which at 10,000 meetings was gigabytes.
 * The first batch also renders the overviews; later batches ignore them. Only where each page
 * went is kept of the results.
 */
export async function renderInBatches(opts: {
  siteDir: string;
  configPath: string;
  staging: string;
  model: unknown;
  paginate: Record<string, unknown[]>;
  maxPages: number;
  /** Templates that are not paginated: rendered in the first run only. */
  overviews: string[];
  /** Overviews not to render at all (unchanged since the last build). */
  skip: string[];
}): Promise<RenderedPage[]> {
  const { default: Eleventy } = (await import(ELEVENTY)) as { default: EleventyClass };
  const paginated = Object.keys(opts.paginate);
  const total = paginated.reduce((n, k) => n + opts.paginate[k]!.length, 0);
  const batches = Math.max(1, Math.ceil(total / opts.maxPages));
  const pages: RenderedPage[] = [];
  for (let b = 0; b < batches; b++) {
    // Each collection cut into the same number of slices, so every batch has a share of each.
    const slice = Object.fromEntries(
      paginated.map((k) => {
        const items = opts.paginate[k]!;
        const size = Math.ceil(items.length / batches);
        return [k, items.slice(b * size, (b + 1) * size)];
      }),
    );
    const eleventy = new Eleventy(opts.siteDir, opts.staging, {
      configPath: opts.configPath,
      quietMode: true,
      config: (cfg) => {
        cfg.addGlobalData('lrt', opts.model);
        cfg.addGlobalData('paginate', slice);
        // Eleventy matches ignores against paths relative to the working folder ("../" and all).
        for (const t of b > 0 ? opts.overviews : opts.skip) cfg.ignores.add(path.relative(process.cwd(), path.join(opts.siteDir, t)).split(path.sep).join('/'));
      },
    });
    // The caller reports pages and sizes; Eleventy's own summary line would only interleave.
    eleventy.disableLogger();
    const [, results] = await eleventy.write();
    for (const r of results) pages.push({ inputPath: r.inputPath, outputPath: r.outputPath, url: r.url });
  }
  return pages;
}

