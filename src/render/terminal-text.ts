// Makes repository strings safe to print on a terminal: no escape sequences, no control
// characters that could rewrite the screen, and a bounded length.

import { CONTROL_CHARS } from './control-chars.js';

export function terminalSafe(value: string, maxLength = 300): string {
  const clean = value.replace(CONTROL_CHARS, '\uFFFD').replace(/\n/g, ' ');
  return clean.length > maxLength ? `${clean.slice(0, maxLength - 1)}…` : clean;
}

export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  blue(s: string): string;
}

const wrap =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

export const COLOURS: Palette = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  blue: wrap(34, 39),
};

const same = (s: string): string => s;
export const NO_COLOURS: Palette = {
  bold: same,
  dim: same,
  red: same,
  yellow: same,
  green: same,
  blue: same,
};
