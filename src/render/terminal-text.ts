// Makes repository strings safe to print on a terminal: no escape sequences, no control
// characters that could rewrite the screen, and a bounded length.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(value: string, maxLength = 300): string {
  const clean = value.replace(CONTROL, '\uFFFD').replace(/\n/g, ' ');
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
