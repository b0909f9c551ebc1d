/**
 * Whether a text may contain GitHub-flavoured Markdown: a table, strikethrough, a footnote, a task
 * list item or an autolink literal. Each of those needs one of these characters or sequences
 * (found so far by the property test in test/parse/usesGfm.test.ts);
 * without any of them remark-gfm leaves the tree exactly as plain remark builds it (tested), and
 * skipping it saves about 40% of the parse — most of it autolink literals tried at every word.
 */
// A table needs a pipe, except a one-column table whose delimiter row has a colon ("a\n:-"):
// any line of only dashes, colons and blanks with a colon in it counts too.
const GFM_TRIGGER = /[@~|]|\[\^|\[[ \t\n\rxX]\]|www\.|https?:|mailto:|xmpp:|^[ \t-]*:[ \t:-]*$/im;

export function usesGfm(text: string): boolean {
  // Autolink literals are looked for in the text after escapes and character references are
  // resolved: "www\." and "&#64;" count as well.
  return GFM_TRIGGER.test(text) || text.includes('&') || (text.includes('\\') && GFM_TRIGGER.test(text.replace(/\\/g, '')));
}
