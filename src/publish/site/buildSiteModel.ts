import { siteParts } from './siteSlices.js';
import type { SiteInput } from './siteContext.js';
import type { SiteModel } from './siteModel.js';

/**
 * The whole view model at once, put together from the same parts the build renders in slices
 * (siteParts): for tests and small sites, where holding every page in memory costs nothing.
 */
export function buildSiteModel(input: SiteInput): SiteModel {
  const parts = siteParts(input);
  const files = [...parts.files()];
  const overview = parts.overviews(files.map(({ content: _content, ...meta }) => meta));
  const all = (name: 'meetings' | 'agreements' | 'owners' | 'filters') => {
    const c = parts.collections.find((x) => x.name === name)!;
    return c.make(0, c.count);
  };
  return {
    ...overview,
    meetings: all('meetings') as SiteModel['meetings'],
    agreements: all('agreements') as SiteModel['agreements'],
    owners: all('owners') as SiteModel['owners'],
    filters: all('filters') as SiteModel['filters'],
    files,
  };
}
