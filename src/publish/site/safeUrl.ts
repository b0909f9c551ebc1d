/**
 * A link target from a minutes file, or null when it must not become a link. Browsers ignore
 * control characters and spaces inside a scheme ("java\tscript:"), so the test does too.
 */
export function safeUrl(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (/^(https?:|mailto:)/i.test(compact)) return url.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(compact)) return null;
  if (compact.startsWith('\\')) return null;
  return url.trim();
}
