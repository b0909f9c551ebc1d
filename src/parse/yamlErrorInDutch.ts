/** The yaml library's error codes, explained for someone who does not know YAML. */
const HINTS: Record<string, string> = {
  BAD_INDENT: 'de inspringing klopt niet. Lijstregels ("- ...") en velden op hetzelfde niveau beginnen op dezelfde kolom.',
  TAB_AS_INDENT: 'hier wordt met een tab ingesprongen. Gebruik spaties.',
  MISSING_CHAR: 'er ontbreekt een teken, bijvoorbeeld een afsluitend aanhalingsteken of haakje.',
  BLOCK_AS_IMPLICIT_KEY:
    'in deze waarde staat een tweede dubbele punt (": "), of het veld loopt door over meerdere regels. Zet de waarde tussen dubbele aanhalingstekens.',
  MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meerdere regels; zet "naam: waarde" op één regel.',
  UNEXPECTED_TOKEN: 'hier staat een teken dat YAML niet verwacht. Zet een waarde met ":", "#", "[" of "{" tussen dubbele aanhalingstekens.',
  BAD_SCALAR_START: 'een waarde begint met een teken dat apart betekenis heeft (zoals @ of `). Zet de waarde tussen dubbele aanhalingstekens.',
  MISSING_KEY: 'er ontbreekt een veldnaam vóór de dubbele punt.',
  BAD_ALIAS: 'een * aan het begin van een waarde betekent in YAML een verwijzing. Zet de waarde tussen aanhalingstekens.',
  BAD_DQ_ESCAPE: 'een \\ in een waarde tussen dubbele aanhalingstekens. Gebruik enkele aanhalingstekens of laat de \\ weg.',
  DUPLICATE_KEY: 'een veld staat twee keer.',
  IMPOSSIBLE: 'dit kopblok is niet te lezen.',
  KEY_OVER_1024_CHARS: 'een veldnaam is te lang.',
  MULTIPLE_DOCS: 'er staat een extra regel --- in het kopblok.',
  MULTIPLE_ANCHORS: 'er staan meerdere & bij één waarde.',
  NON_STRING_KEY: 'een veldnaam moet gewone tekst zijn.',
  TAG_RESOLVE_FAILED: 'een waarde met ! kan niet worden gelezen. Zet de waarde tussen aanhalingstekens.',
  UNEXPECTED_FLOW_MAP_ENTRY: 'een tussen { } geschreven waarde is niet goed afgesloten.',
  BAD_COLLECTION_TYPE: 'een lijst en velden lopen door elkaar op hetzelfde niveau.',
  ALIAS_PROPS: 'een verwijzing (*) mag geen & of ! hebben. Schrijf de waarde uit.',
  BAD_DIRECTIVE: 'een regel die met % begint wordt niet begrepen. Haal de regel weg.',
  BAD_PROP_ORDER: 'een & of ! staat op de verkeerde plaats. Zet de waarde tussen dubbele aanhalingstekens.',
  BLOCK_IN_FLOW: 'binnen [ ] of { } staat een lijst of veld op een nieuwe regel. Schrijf de lijst met "- " per regel.',
  MULTIPLE_TAGS: 'er staan meerdere ! bij één waarde. Zet de waarde tussen dubbele aanhalingstekens.',
  RESOURCE_EXHAUSTION: 'het kopblok is te diep genest of te groot om te lezen (bijvoorbeeld honderden [ of { in elkaar).',
};

export function yamlErrorInDutch(code: string): string {
  const hint = HINTS[code];
  if (hint) return hint;
  // A code this version does not know: the library's own text is English, so it is not shown.
  return 'het kopblok is geen geldige YAML. Vergelijk het met docs/sjabloon-verslag.md.';
}
