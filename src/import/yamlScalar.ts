/**
 * A string as a YAML value the way the guide asks the secretariat to write it: plain where that
 * is safe, in double quotes when it starts with "(" or holds a quote mark, ": " or " #", or
 * would read as a number, boolean or null.
 */
export function yamlScalar(s: string): string {
  const plain =
    /^[\p{L}\d]/u.test(s) &&
    !/[’´'"`‘“”]|: |\s#|:$|\s$|[{}[\]]/.test(s) &&
    !/^(?:true|false|yes|no|on|off|null|~)$/i.test(s) &&
    !/^[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?$/i.test(s) &&
    !/^\d{1,2}:\d{2}/.test(s);
  return plain ? s : JSON.stringify(s);
}
