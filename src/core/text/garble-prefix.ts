/**
 * How the garbled-text notice begins (a file's notices are plain strings: this tells that one apart). On its own,
 * so the page can recognise the notice without loading the syllable list (garble.ts).
 */
export const GARBLED_PREFIX = "Chữ trong tệp PDF bị xáo trộn khi trích ra";
