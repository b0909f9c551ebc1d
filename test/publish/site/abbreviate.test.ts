import { describe, expect, test } from 'vitest';
import { abbreviateText } from '../../../src/publish/site/abbreviate.js';
import { glossary } from './fixtures.js';

describe('abbreviations', () => {
  test('whole words only: SJenV is not JenV, VRO is not VR; VR´s is VR', () => {
    const html = abbreviateText('SJenV en VRO spreken met de VR´s en JenV.', glossary(), new Set());
    expect(html).toContain('<abbr title="Staatssecretaris van Justitie en Veiligheid">SJenV</abbr>');
    expect(html).toContain('<abbr title="Minister voor Volkshuisvesting en Ruimtelijke Ordening (BZK)">VRO</abbr>');
    expect(html).toContain('<abbr title="Veiligheidsregio&#39;s">VR</abbr>´s');
    expect(html).toContain('<abbr title="Ministerie van Justitie en Veiligheid">JenV</abbr>.');
  });

  test('only the first use on a page is marked; variants count as the same term', () => {
    const seen = new Set<string>();
    const html = abbreviateText('CNO en cno´s en CNO', glossary(), seen) + abbreviateText('CNO', glossary(), seen);
    expect(html.match(/<abbr/g)).toHaveLength(1);
  });

  test('text is escaped', () => {
    expect(abbreviateText('<b>VNG</b> & co', glossary(), new Set())).toBe('&lt;b&gt;<abbr title="Vereniging van Nederlandse Gemeenten">VNG</abbr>&lt;/b&gt; &amp; co');
  });

  test('words that are not abbreviations (Nidos, Secretariaat, begrippen) are not marked', () => {
    expect(abbreviateText('Nidos en het Secretariaat; vastgesteld', glossary(), new Set())).not.toContain('<abbr');
  });
});
