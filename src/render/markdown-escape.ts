// Every string that comes from a repository goes through `md()` before it is put into
// Markdown: it must stay inert text. No HTML, no links or images, no @mentions that ping
// people, no issue or commit references, no table breakage, bounded length.

import { CONTROL_CHARS } from './control-chars.js';

const ZWSP = '\u200b';
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|~>]/g;

export const DEFAULT_MAX = 300;

/** Escapes untrusted text for inline Markdown (also safe inside a table cell). */
export function md(value: string, maxLength = DEFAULT_MAX): string {
  let s = value.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim();
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1)}…`;
  s = s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(MARKDOWN_SPECIAL, (c) => (c === '>' ? c : `\\${c}`));
  // Break the patterns GitHub turns into links or notifications even inside escaped text.
  return s
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\\\./gi, (m) => `${m.slice(0, 3)}${ZWSP}\\.`)
    .replace(/\\#(?=\d)/g, `\\#${ZWSP}`)
    .replace(/\bGH\\-(?=\d)/gi, (m) => `${m}${ZWSP}`);
}

/**
 * Escapes untrusted text for an inline code span: the fence grows past any backticks inside.
 * In a table cell a "|" splits the cell even inside code, so there it is escaped too.
 */
export function mdCode(value: string, maxLength = DEFAULT_MAX, inTable = false): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  let s = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1)}…`;
  if (inTable) s = s.replace(/\|/g, '\\|');
  if (s === '') return '` `';
  let fence = '`';
  while (s.includes(fence)) fence += '`';
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}
