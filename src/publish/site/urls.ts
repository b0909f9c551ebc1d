/** An owner code as a URL segment: "JenV" → "jenv", "PRT Utrecht" → "prt-utrecht". */
export function ownerSlug(code: string): string {
  return (
    code
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'zonder-eigenaar'
  );
}

export interface SiteUrls {
  base: string;
  home: string;
  meetings: string;
  meeting(id: string): string;
  agreements: string;
  agreement(id: string): string;
  owners: string;
  owner(code: string): string;
  open: string;
  decisions: string;
  documents: string;
  document(id: string): string;
  glossary: string;
  search: string;
  accessibility: string;
  data: string;
  /** A file under /data/, e.g. "register.json". */
  dataFile(name: string): string;
  asset(name: string): string;
}

/**
 * Every URL of the site in one place, so pages, feeds and the rendered minutes agree. `base` is the
 * path the site is served under ("/" or "/lrt/").
 */
export function siteUrls(base = '/'): SiteUrls {
  const b = base.endsWith('/') ? base : `${base}/`;
  const at = (p: string) => `${b}${p}`;
  return {
    base: b,
    home: b,
    meetings: at('vergaderingen/'),
    meeting: (id) => at(`vergaderingen/${encodeURIComponent(id)}/`),
    agreements: at('afspraken/'),
    agreement: (id) => at(`afspraken/${encodeURIComponent(id)}/`),
    owners: at('eigenaren/'),
    owner: (code) => at(`eigenaren/${ownerSlug(code)}/`),
    open: at('open/'),
    decisions: at('besluiten/'),
    documents: at('stukken/'),
    document: (id) => at(`stukken/${encodeURIComponent(id)}/`),
    glossary: at('begrippen/'),
    search: at('zoeken/'),
    accessibility: at('toegankelijkheid/'),
    data: at('data/'),
    dataFile: (name) => at(`data/${name}`),
    asset: (name) => at(`assets/${name}`),
  };
}
