/** The line `lrt new` writes for a carried-over agreement; carriedNoteText reads it back. */
export function carriedNoteLine(id: string, about: string, text: string): string {
  return `${id} (${about}): ${text}`;
}

/**
 * What the secretariat wrote under an agreement carried over by `lrt new`, which writes
 * "<id> (<meeting, owner, deadline>): <the agreement's text>" for them to add to. The history
 * keeps only what was added after the agreement's own text: repeating it at every meeting says
 * nothing. A note left as written gives '' (it was on the agenda, nothing new said); a note whose
 * carried part was edited is kept whole, so nothing written is lost.
 */
export function carriedNoteText(noteText: string, agreement: { id: string; text: string }): string {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  const note = squash(noteText);
  if (!note.startsWith(`${agreement.id} (`)) return noteText;
  const own = `): ${squash(agreement.text)}`;
  const at = note.indexOf(own);
  return at < 0 ? noteText : note.slice(at + own.length).trim();
}
