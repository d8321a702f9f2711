import { Buffer, isAscii } from 'node:buffer';

export interface Decoded {
  text: string;
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';
  /** How many invalid sequences were replaced with U+FFFD. */
  replaced: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Decodes bytes as text without ever throwing: UTF-16 when a BOM says so, else UTF-8 with replacements. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE', replaced: 0 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE', replaced: 0 };
  }
  // Most source and prose files are plain ASCII: then every byte is its own character, and a
  // Latin-1 decode (a straight copy) gives the same string as UTF-8 in half the time.
  if (isAscii(bytes)) {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'),
      encoding: 'UTF-8',
      replaced: 0,
    };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'UTF-8', replaced: 0 };
  } catch {
    const text = lenientUtf8.decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    return { text, encoding: 'UTF-8', replaced };
  }
}
