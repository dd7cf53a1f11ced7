/**
 * Characters stripped from every field Roleboard writes to a file meant for other programs
 * (CSV, JSON-LD): C0 and C1 control characters other than tab and line breaks (a terminal
 * or spreadsheet may act on them: ESC starts a terminal escape sequence) and the
 * bidirectional controls that make text display in an order other than the one it is
 * stored in (the "Trojan Source" trick). Text a person reads is otherwise left as it is.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is its whole job
  /[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function stripUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE, '')
}
