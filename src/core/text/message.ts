/**
 * What the program says to the user, in both languages: one object, never a "Vietnamese / English" string. The
 * screens and the command line show one language at a time (Vietnamese first); the --json output carries both.
 */
export interface LangText {
  vi: string;
  en: string;
}

/** A message in both languages made from its parameters: one function per language, the same parameters. */
export interface LangMessage<A extends unknown[]> {
  vi: (...args: A) => string;
  en: (...args: A) => string;
}

/** A LangMessage said with its parameters. */
export function sayWith<A extends unknown[]>(message: LangMessage<A>, ...args: A): LangText {
  return { vi: message.vi(...args), en: message.en(...args) };
}

/** A message the adapters have only in Vietnamese: the same text in both languages. */
export const viOnly = (vi: string): LangText => ({ vi, en: vi });

/**
 * An error the user reads (a file that cannot be opened, an option the command line does not know): its message is
 * the Vietnamese text; `text` holds both languages.
 */
export class TextError extends Error {
  constructor(readonly text: LangText) {
    super(text.vi);
  }
}

/** What an error says in `lang`: both languages for a TextError, its message (Vietnamese or Office's) otherwise. */
export function errorText(e: unknown, lang: "vi" | "en"): string {
  if (e instanceof TextError) return e.text[lang];
  return String((e as Error)?.message ?? e);
}
