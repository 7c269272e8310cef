/**
 * An answer and the note after it (a partial answer's missingNote, a Region left unread), one space
 * between; the answer alone when the note is ''.
 */
export function withNote(speech: string, note: string): string {
  return note ? `${speech} ${note}` : speech;
}
