/**
 * Text from files (school names, quoted cells, file names) goes to the terminal with its control characters made
 * visible: an ESC sequence that clears the screen or retitles the window, an OSC 8 link, a carriage return that
 * overwrites a line, or a bidirectional override that reorders it, is printed as a harmless symbol instead.
 * JSON output is already safe (JSON escapes control characters).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␛ ␍ …
  if (code === 0x7f) return "\u2421"; // ␡
  return "\ufffd";
}

/** One piece of untrusted text for one line of human output: controls visible, line breaks as "↵". */
export function term(s: string | null | undefined): string {
  return String(s ?? "")
    .replace(/\r?\n/g, "↵")
    .replace(CONTROL, visible);
}
