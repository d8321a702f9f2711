// Splits one sentence into word and punctuation tokens, keeping where each sits so the
// claim's exact words can be cut from the original text. Hyphens inside a word split it
// ("open-source" -> open, source) so every spelling of a phrase reads the same.

export interface Token {
  /** Lower-cased word, or the punctuation character. */
  word: string;
  /** True for punctuation: , ; : ( ) ! ? " and stand-alone dashes. */
  punct: boolean;
  start: number;
  end: number;
  /** A word hyphen joins this word to the next ("text" in "text-to-image"). */
  hyphenated?: true;
  /** Written as a name: a capital past its first letter, a digit beside capitals, or a capital before a version ("CogVideoX", "BERT", "FooLM2", "Gemma 2"). */
  named?: true;
}

/** A capital after the first character, or a capital first and a digit somewhere: how names are written. */
const NAME_SHAPE = /^.+\p{Lu}|^\p{Lu}.*\p{N}/u;

// Letters, digits and the few characters that stay inside a word (don't, 100%, gpt-4o.1).
const WORD_CHAR = /[\p{L}\p{N}%'’+_]/u;
/** WORD_CHAR for each ASCII character, which is nearly every character read: a lookup beats the regex. */
const ASCII_WORD_CHAR = Array.from({ length: 0x80 }, (_, c) => WORD_CHAR.test(String.fromCharCode(c)));
const PUNCT_CHARS = new Set([',', ';', ':', '(', ')', '[', ']', '!', '?', '"', '“', '”', '—', '–', '/', '|']);
const HYPHENS = new Set(['-', '‐', '‑', '‒']);

/** Tokens of `text`; a period ends a word (and is dropped) unless a letter or digit follows it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (isWordChar(text, i)) {
      const start = i;
      while (i < text.length) {
        if (isWordChar(text, i)) i++;
        else if (text[i] === '.' && isWordChar(text, i + 1))
          i++; // "e.g", "3.1", "v1.0"
        else break;
      }
      const raw = text.slice(start, i);
      const word = raw.toLowerCase();
      tokens.push({
        word: word.includes('’') ? word.replace(/’/g, "'") : word,
        punct: false,
        start,
        end: i,
        ...(word !== raw && NAME_SHAPE.test(raw) ? { named: true as const } : {}),
      });
    } else if (PUNCT_CHARS.has(c) || (HYPHENS.has(c) && !isWordHyphen(text, i))) {
      tokens.push({ word: HYPHENS.has(c) || c === '–' ? '—' : c, punct: true, start: i, end: i + 1 });
      i++;
    } else {
      if (HYPHENS.has(c) && tokens.length > 0) tokens[tokens.length - 1]!.hyphenated = true;
      i++; // spaces, hyphens inside words, periods, other symbols
    }
  }
  // A capitalised word before a version or size is a name too: "Gemma 2", "Llama 3.1".
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    if (!t.punct && !next.punct && /\p{Lu}/u.test(text[t.start] ?? '') && /\d/.test(text[next.start] ?? ''))
      t.named = true;
  }
  return tokens;
}

/** Whether the UTF-16 unit at `i` is a word character; false past either end. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_WORD_CHAR[c]!;
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
}

/** A hyphen between two word characters ("open-source"), as opposed to a spaced dash. */
function isWordHyphen(text: string, i: number): boolean {
  return isWordChar(text, i - 1) && isWordChar(text, i + 1);
}
