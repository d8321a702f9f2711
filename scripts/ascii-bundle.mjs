// Rewrites a bundle's non-ASCII characters as \u escapes. esbuild escapes them in strings
// but leaves them in regex literals; one such character makes V8 hold the whole source as a
// two-byte string, which costs the CLI about 10 ms a run (decoding it, and scanning it when a
// function is first compiled). An escape means the same character in a regex literal (with
// or without the u flag), a string, a template and a comment; in the raw text of a tagged
// template it does not, so a bundle with one of those is refused.
import { parse } from 'acorn';
import fs from 'node:fs';

/**
 * The bundle's text with every character above U+007F written as an escape. `sourceType`:
 * 'module' for an ESM bundle, 'script' for the CommonJS one.
 */
export function asciiSource(code, file, sourceType) {
  if (!/[\u0080-\uffff]/.test(code)) return code;
  const ast = parse(code, {
    ecmaVersion: 'latest',
    sourceType,
    allowHashBang: true,
  });
  for (const node of taggedTemplates(ast)) {
    const raw = node.quasi.quasis.map((q) => q.value.raw).join('${}');
    if (/[\u0080-\uffff]/.test(raw)) {
      throw new Error(
        `${file}: a tagged template holds non-ASCII text (${JSON.stringify(raw.slice(0, 60))}); write the character as an escape in the source`,
      );
    }
  }
  let out = '';
  let from = 0;
  for (const m of code.matchAll(/[\u{80}-\u{10ffff}]/gu)) {
    let at = m.index;
    // "\é" is an identity escape: the same as "é", so the backslash goes with it.
    let slashes = 0;
    while (code[at - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 1) at--;
    out += code.slice(from, at) + escape(m[0]);
    from = m.index + m[0].length;
  }
  return out + code.slice(from);
}

/** \uXXXX, as a surrogate pair beyond the BMP (one code point in a u-flag regex too). */
function escape(char) {
  let s = '';
  for (let i = 0; i < char.length; i++) s += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return s;
}

function* taggedTemplates(node) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression') yield node;
  for (const key of Object.keys(node)) {
    if (key !== 'loc' && key !== 'range') yield* taggedTemplates(node[key]);
  }
}

/** Rewrites a bundle file in place. */
export function asciiFile(file, sourceType) {
  const code = fs.readFileSync(file, 'utf8');
  const ascii = asciiSource(code, file, sourceType);
  if (ascii !== code) fs.writeFileSync(file, ascii);
}
