// The metadata at the start of a GGUF file (llama.cpp's weights format, versions 2 and 3):
// magic "GGUF", u32 version, u64 tensor count, u64 key/value count, then key/value pairs.
// Spec: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md. Everything is
// little-endian. The input is untrusted: every length is checked against the bytes we
// hold and the file's size before it is used, nothing is allocated from a length, and
// each step consumes bytes, so a hostile header ends in an error, never a hang.

/** The general.* keys the report uses. */
const WANTED = new Set(['general.architecture', 'general.name', 'general.basename', 'general.license']);

const MAX_KEY_BYTES = 65_535;
const MAX_KEPT_STRING = 512;
const MAX_ARRAY_DEPTH = 4;

// Value type codes from the spec.
const STRING = 8;
const ARRAY = 9;

/** Byte size of each fixed-size value type (u8, i8, u16, i16, u32, i32, f32, bool, u64, i64, f64). */
const FIXED_SIZE: Readonly<Partial<Record<number, number>>> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8,
};

export interface GgufHeader {
  version: number;
  tensorCount: number;
  kvCount: number;
  /** The wanted general.* string values found before the read stopped. */
  metadata: Record<string, string>;
  /**
   * Why reading stopped early: 'head-limit' when only the first bytes were read and the
   * rest of the file holds more (normal for big files), otherwise a problem with the file.
   */
  stopped?: { reason: 'head-limit' } | { reason: 'malformed'; message: string };
}

export type GgufParse = { ok: true; header: GgufHeader } | { ok: false; message: string };

/** Thrown inside the reader only; readGgufHeader turns it into a result. */
class Stop extends Error {
  constructor(
    readonly reason: 'head-limit' | 'malformed',
    message: string,
  ) {
    super(message);
  }
}

class Reader {
  pos = 0;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileSize: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Makes sure `n` more bytes can be read; the error says whether the file or our read ran out. */
  need(n: number, what: string): void {
    if (this.pos + n <= this.bytes.length) return;
    if (this.pos + n > this.fileSize) {
      const msg = `${what} needs ${n} bytes at offset ${this.pos}, past the end of the ${this.fileSize}-byte file`;
      throw new Stop('malformed', msg);
    }
    throw new Stop('head-limit', 'the metadata continues past the bytes read');
  }

  u32(what: string): number {
    this.need(4, what);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  /** A u64 as a number; values past 2^53 lose precision but stay huge, which is all the checks need. */
  u64(what: string): number {
    this.need(8, what);
    const v = Number(this.view.getBigUint64(this.pos, true));
    this.pos += 8;
    return v;
  }

  skip(n: number, what: string): void {
    this.need(n, what);
    this.pos += n;
  }

  /** A GGUF string (u64 length + UTF-8). Decoded only when `keep`; at most MAX_KEPT_STRING chars are kept. */
  string(what: string, keep: boolean, maxBytes = Infinity): string | undefined {
    const len = this.u64(`${what} length`);
    if (len > maxBytes)
      throw new Stop('malformed', `${what} length ${len} is over the ${maxBytes}-byte limit`);
    this.need(len, what);
    const start = this.pos;
    this.pos += len;
    if (!keep) return undefined;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(this.bytes.subarray(start, start + len));
    return text.slice(0, MAX_KEPT_STRING);
  }
}

function skipValue(r: Reader, type: number, key: string, depth: number): void {
  const size = FIXED_SIZE[type];
  if (size !== undefined) {
    r.skip(size, `value of ${key}`);
    return;
  }
  if (type === STRING) {
    r.string(`string value of ${key}`, false);
    return;
  }
  if (type !== ARRAY) throw new Stop('malformed', `unknown value type ${type} for ${key}`);
  if (depth >= MAX_ARRAY_DEPTH)
    throw new Stop('malformed', `arrays nested deeper than ${MAX_ARRAY_DEPTH} in ${key}`);
  const itemType = r.u32(`array type of ${key}`);
  const count = r.u64(`array length of ${key}`);
  const itemSize = FIXED_SIZE[itemType];
  if (itemSize !== undefined) {
    r.skip(count * itemSize, `array ${key}`);
    return;
  }
  // Strings and arrays take at least 8 bytes each: checking that up front bounds the loop by
  // the bytes held, and a count the file cannot hold is caught as malformed.
  r.need(count * 8, `array ${key} of ${count} items`);
  for (let i = 0; i < count; i++) skipValue(r, itemType, key, depth + 1);
}

export function readGgufHeader(bytes: Uint8Array, fileSize: number): GgufParse {
  if (bytes.length < 4 || bytes[0] !== 0x47 || bytes[1] !== 0x47 || bytes[2] !== 0x55 || bytes[3] !== 0x46) {
    return { ok: false, message: 'no GGUF magic bytes at the start' };
  }
  const r = new Reader(bytes, Math.max(fileSize, bytes.length));
  r.pos = 4;
  const header: GgufHeader = { version: 0, tensorCount: 0, kvCount: 0, metadata: {} };
  try {
    header.version = r.u32('version');
    if (header.version !== 2 && header.version !== 3) {
      return { ok: false, message: `GGUF version ${header.version} is not supported (only 2 and 3)` };
    }
    header.tensorCount = r.u64('tensor count');
    header.kvCount = r.u64('key/value count');
    // Each pair takes at least 13 bytes (key length, one key byte, type, one value byte).
    if (header.kvCount * 13 > fileSize) {
      throw new Stop('malformed', `${header.kvCount} key/value pairs cannot fit in ${fileSize} bytes`);
    }
    for (let i = 0; i < header.kvCount; i++) {
      const key = r.string('key', true, MAX_KEY_BYTES) ?? '';
      const type = r.u32(`type of ${key}`);
      if (type === STRING && WANTED.has(key)) {
        header.metadata[key] = r.string(`value of ${key}`, true) ?? '';
      } else {
        skipValue(r, type, key, 0);
      }
    }
  } catch (err) {
    if (!(err instanceof Stop)) throw err;
    header.stopped =
      err.reason === 'head-limit' ? { reason: 'head-limit' } : { reason: 'malformed', message: err.message };
  }
  return { ok: true, header };
}
