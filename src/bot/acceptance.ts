// A maintainer's acceptance of the findings for one head commit. It is kept in the one PR
// comment (which only our bot writes) between two hidden markers, so every later run, on
// any event, finds it; a run for another head commit ends it.

import { md, mdCode } from '../render/markdown-escape.js';
import { CONTROL_CHARS } from '../render/control-chars.js';

export interface Acceptance {
  /** The head commit the findings were accepted for. */
  sha: string;
  by: string;
  reason: string;
  /** ISO time of the command. */
  at: string;
}

const OPEN = '<!-- ai-openness-check:acceptance ';
const CLOSE = '<!-- /ai-openness-check:acceptance -->';
const BLOCK =
  /<!-- ai-openness-check:acceptance ([^\n]*?) -->[\s\S]*?<!-- \/ai-openness-check:acceptance -->\n*/;
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/** JSON that cannot end the HTML comment it sits in: no "<" or ">" survive as such. */
function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** The acceptance recorded in a comment body, if there is a well-formed one. */
export function readAcceptance(body: string): Acceptance | null {
  const m = BLOCK.exec(body);
  if (!m) return null;
  try {
    const v = JSON.parse(m[1] ?? '') as Partial<Acceptance> & { ended?: boolean };
    if (v.ended) return null;
    if (typeof v.sha !== 'string' || !SHA.test(v.sha)) return null;
    if (typeof v.by !== 'string' || !LOGIN.test(v.by)) return null;
    return { sha: v.sha, by: v.by, reason: String(v.reason ?? ''), at: String(v.at ?? '') };
  } catch {
    return null;
  }
}

/** A body without its acceptance block. */
export function withoutAcceptance(body: string): string {
  return body.replace(BLOCK, '');
}

export const isValidLogin = (login: string): boolean => LOGIN.test(login);

/** "accepted by @user: reason", the words the check run and the comment share; plain for a title. */
export function acceptedBy(a: Acceptance, reasonMax = 200, plain = false): string {
  const reason = plain
    ? clip(a.reason.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim(), reasonMax)
    : md(a.reason, reasonMax);
  return `accepted by @${a.by}: ${reason}`;
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The block that records an acceptance in the comment, or says that one has ended. */
export function acceptanceBlock(active: Acceptance | null, ended: Acceptance | null): string {
  if (active) {
    return `${OPEN}${inertJson(active)} -->\n> ✅ **Findings ${acceptedBy(active, 300)}** (for commit ${mdCode(active.sha.slice(0, 12))}). The check passes for this commit; a new commit ends the acceptance.\n${CLOSE}\n\n`;
  }
  if (ended) {
    // Kept inside the markers too, so the next acceptance replaces it instead of adding to it.
    return `${OPEN}${inertJson({ ended: true, sha: ended.sha })} -->\n> The acceptance by @${ended.by} for commit ${mdCode(ended.sha.slice(0, 12))} ended: the pull request has a new commit.\n${CLOSE}\n\n`;
  }
  return '';
}

/** Puts the block right after the comment's first line (its marker), replacing an older one. */
export function placeAcceptance(body: string, block: string): string {
  const clean = withoutAcceptance(body);
  if (!block) return clean;
  const nl = clean.indexOf('\n');
  return nl < 0 ? `${clean}\n${block}` : `${clean.slice(0, nl + 1)}${block}${clean.slice(nl + 1)}`;
}
