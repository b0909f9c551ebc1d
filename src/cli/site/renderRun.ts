import path from 'node:path';

interface EleventyConfigApi {
  addGlobalData(name: string, value: unknown): void;
  ignores: Set<string>;
}
interface EleventyApi {
  write(): Promise<[unknown, { inputPath: string; outputPath: string; url: string }[]]>;
  disableLogger(): void;
  errorHandler: { logger: unknown };
}

/** A logger that says nothing: Eleventy prints a failed write's stack trace itself, and lrt reports the error in Dutch. */
const SILENT: unknown = new Proxy({}, { get: (_, key) => (key === 'isVerbose' ? false : () => {}), set: () => true });
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
 * One Eleventy run over the site: the overviews (unless ignored) and the paginated pages of
 * `paginate`. Eleventy keeps every page it renders in memory until the run ends, so the build
 * gives it a slice at a time. Only where each page went is kept of the results.
 */
export async function renderRun(opts: {
  siteDir: string;
  configPath: string;
  staging: string;
  /** Global data `lrt`: what the templates of this run print besides their items. */
  model: unknown;
  paginate: Record<string, unknown[]>;
  /** Templates not to render in this run. */
  ignore: string[];
}): Promise<RenderedPage[]> {
  const { default: Eleventy } = (await import(ELEVENTY)) as { default: EleventyClass };
  const eleventy = new Eleventy(opts.siteDir, opts.staging, {
    configPath: opts.configPath,
    quietMode: true,
    config: (cfg) => {
      cfg.addGlobalData('lrt', opts.model);
      cfg.addGlobalData('paginate', opts.paginate);
      // Eleventy matches ignores against paths relative to the working folder ("../" and all).
      for (const t of opts.ignore) cfg.ignores.add(path.relative(process.cwd(), path.join(opts.siteDir, t)).split(path.sep).join('/'));
    },
  });
  // The caller reports pages and sizes; Eleventy's own summary line would only interleave.
  eleventy.disableLogger();
  eleventy.errorHandler.logger = SILENT;
  const [, results] = await eleventy.write();
  return results.map((r) => ({ inputPath: r.inputPath, outputPath: r.outputPath, url: r.url }));
}
