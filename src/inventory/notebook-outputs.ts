import { Buffer } from 'node:buffer';

// A notebook's outputs (logs, tables, base64 images) are most of its bytes, and no extractor
// reads them: code comes from code cells, prose from Markdown cells. Emptying each cell's
// "outputs" array before the bytes are decoded spares decoding, parsing and searching them.
// Every line stays where it was (the array's lines become empty lines), so evidence keeps its
// line numbers, and the JSON stays valid.

const KEY = Buffer.from('"outputs": [');
const [NEWLINE, CR, SPACE, TAB, CLOSE, COMMA, QUOTE] = [10, 13, 32, 9, 93, 44, 34];

/**
 * The notebook's bytes with each multi-line "outputs" array emptied, as nbformat writes them
 * (the key on a line of its own, the closing bracket on a line at the key's indentation);
 * the bytes themselves when there is none. An array whose end cannot be told for sure
 * (a sibling key of the cell before its bracket) is left whole.
 */
export function withoutOutputs(bytes: Uint8Array): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const pieces: Uint8Array[] = [];
  let copied = 0;
  for (let k = buf.indexOf(KEY); k !== -1; k = buf.indexOf(KEY, k + KEY.length)) {
    const lineStart = buf.lastIndexOf(NEWLINE, k) + 1;
    if (lineStart < copied || !onlyIndent(buf, lineStart, k)) continue;
    const open = k + KEY.length;
    const eol = buf[open] === CR ? open + 1 : open;
    if (buf[eol] !== NEWLINE) continue; // "outputs": [] or an array written on one line
    const indent = buf.subarray(lineStart, k);
    const close = buf.indexOf(Buffer.concat([Buffer.of(NEWLINE), indent, Buffer.of(CLOSE)]), eol);
    if (close === -1) continue;
    const after = buf[close + 1 + indent.length + 1];
    if (after !== undefined && after !== COMMA && after !== NEWLINE && after !== CR) continue;
    // A key of the cell at the same indentation before the bracket: the array ended earlier.
    const sibling = buf.indexOf(Buffer.concat([Buffer.of(NEWLINE), indent, Buffer.of(QUOTE)]), eol);
    if (sibling !== -1 && sibling < close) continue;
    pieces.push(buf.subarray(copied, eol), newlines(buf, eol, close));
    copied = close;
    k = close;
  }
  if (pieces.length === 0) return bytes;
  pieces.push(buf.subarray(copied));
  return Buffer.concat(pieces);
}

function onlyIndent(buf: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (buf[i] !== SPACE && buf[i] !== TAB) return false;
  return true;
}

/** As many newlines as buf holds from `from` to `to`. */
function newlines(buf: Buffer, from: number, to: number): Buffer {
  let n = 0;
  for (let i = buf.indexOf(NEWLINE, from); i !== -1 && i < to; i = buf.indexOf(NEWLINE, i + 1)) n++;
  return Buffer.alloc(n, NEWLINE);
}
