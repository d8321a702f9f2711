// One place that turns any licence string found in a repository (SPDX id or expression,
// Hugging Face Hub id, AI licence name, a licence's full name or URL) into facts: a
// normalised id, how open it is, and for AI licences the terms users must know.

import spdxList from 'spdx-license-list';
import parseSpdx from 'spdx-expression-parse';
import { HUB_LICENCE_IDS, HUB_LICENCE_SOURCE } from './hub-licence-ids.js';
import { spdxCategory, type LicenceCategory } from './spdx-categories.js';
import { AI_LICENCES } from './ai-licences.js';
import type { LicenceEntry } from './licence-entry.js';
import { ownEntry } from '../../util/own-entry.js';

export type { LicenceCategory };

export interface LicenceFacts {
  /** SPDX id, LicenseRef-..., or NOASSERTION. */
  id: string;
  name: string;
  category: LicenceCategory;
  osiApproved: boolean;
  /** False when the string matched nothing we know. */
  known: boolean;
  /** The AI licence entry, with its terms, when the licence is one. */
  ai?: LicenceEntry;
  sources: string[];
}

export interface ExpressionFacts {
  /** The expression as normalised ids ("MIT OR Apache-2.0"). */
  expression: string;
  ids: string[];
  /** OR: the most open branch; AND: the least open part. */
  category: LicenceCategory;
  parts: LicenceFacts[];
}

const SPDX_SOURCE = 'https://spdx.org/licenses/';

// Lower-cased lookups built once: SPDX ids and names, Hub ids, AI licence ids and aliases.
const spdxById = new Map<string, string>();
for (const id of Object.keys(spdxList)) spdxById.set(id.toLowerCase(), id);
// By simplified name, built on the first lookup by name: a scan whose licences are all
// written as ids never needs it, and simplifying 700 names is a good part of start-up.
let byName: Map<string, string> | undefined;
const spdxByName = (): Map<string, string> =>
  (byName ??= new Map(Object.entries(spdxList).map(([id, info]) => [simplify(info.name), id])));
const aiByAlias = new Map<string, LicenceEntry>();
for (const entry of AI_LICENCES) {
  for (const alias of [entry.id, entry.name, ...entry.hfIds]) {
    aiByAlias.set(simplify(alias), entry);
    aiByAlias.set(simplify(alias.replace(/^LicenseRef-/i, '')), entry);
  }
}

// Ways people write the common licences that are neither SPDX ids nor SPDX names.
const COMMON_ALIASES: Record<string, string> = {
  apache: 'Apache-2.0',
  'apache 2': 'Apache-2.0',
  'apache 2 0': 'Apache-2.0',
  apache2: 'Apache-2.0',
  'apache license 2 0': 'Apache-2.0',
  'apache license version 2 0': 'Apache-2.0',
  'apache software license': 'Apache-2.0',
  'mit license': 'MIT',
  expat: 'MIT',
  'bsd license': 'LicenseRef-hub-bsd',
  bsd: 'LicenseRef-hub-bsd',
  'new bsd license': 'BSD-3-Clause',
  'bsd 3': 'BSD-3-Clause',
  'bsd 2': 'BSD-2-Clause',
  gplv2: 'GPL-2.0-only',
  gplv3: 'GPL-3.0-only',
  'gpl v3': 'GPL-3.0-only',
  'gpl v2': 'GPL-2.0-only',
  lgplv3: 'LGPL-3.0-only',
  'mpl 2 0': 'MPL-2.0',
  'public domain': 'LicenseRef-public-domain',
  'cc by 4 0': 'CC-BY-4.0',
  'cc by sa 4 0': 'CC-BY-SA-4.0',
  'cc by nc 4 0': 'CC-BY-NC-4.0',
  cc0: 'CC0-1.0',
};

const URL_PATTERNS: [RegExp, string][] = [
  [/apache\.org\/licenses\/license-2\.0/i, 'Apache-2.0'],
  [/opensource\.org\/licen[cs]es?\/mit/i, 'MIT'],
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/i, 'CC0-1.0'],
  [/gnu\.org\/licenses\/gpl-3\.0/i, 'GPL-3.0-only'],
  [/gnu\.org\/licenses\/agpl-3\.0/i, 'AGPL-3.0-only'],
  [/mozilla\.org\/mpl\/2\.0/i, 'MPL-2.0'],
  [/opendatacommons\.org\/licenses\/by/i, 'ODC-By-1.0'],
  [/opendatacommons\.org\/licenses\/odbl/i, 'ODbL-1.0'],
  [/cdla\.(?:io|dev)\/permissive-2-0/i, 'CDLA-Permissive-2.0'],
];

const CC_URL = /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/i;

function simplify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** The normalised id for any licence string, or null when nothing matches. */
// Custom licence ids that say in their own name what they forbid.
const SELF_DESCRIBED_RESTRICTED = /^LicenseRef-[\w.+-]*(?:non-?commercial|research)/i;

export function normaliseLicenceId(raw: string): string | null {
  const s = raw.trim();
  if (!s || s.length > 300) return null;
  const lower = s.toLowerCase();
  const spdx = spdxById.get(lower);
  if (spdx) return spdx;
  // Own keys only: "constructor" or "toString" in a licence field is no Hub id.
  const hub = ownEntry(HUB_LICENCE_IDS, lower);
  if (hub) return hub;
  if (lower === 'noassertion' || lower === 'none') return 'NOASSERTION';
  const simple = simplify(s);
  const ai = aiByAlias.get(simple);
  if (ai) return ai.id;
  // Our aliases first (none names another licence than SPDX does): the common ones spare
  // building the name map.
  const byName = ownEntry(COMMON_ALIASES, simple) ?? spdxByName().get(simple);
  if (byName) return byName;
  const cc = CC_URL.exec(s);
  if (cc) return `CC-${(cc[1] ?? 'by').toUpperCase()}-${cc[2]}`;
  for (const [pattern, id] of URL_PATTERNS) if (pattern.test(s)) return id;
  if (SELF_DESCRIBED_RESTRICTED.test(s)) return s;
  return null;
}

/** AI licences with use, user or commercial limits are restricted; a custom permissive one needs a person to read it. */
function aiCategory(entry: LicenceEntry): LicenceCategory {
  if (entry.category === 'open') return entry.appliesTo.includes('code') ? 'open-code' : 'open-data';
  if (entry.category === 'permissive-custom') return 'unknown';
  return 'restricted';
}

/** Facts for one licence id or name. Unknown strings come back with category unknown and known: false. */
export function lookupLicence(raw: string): LicenceFacts {
  const id = normaliseLicenceId(raw);
  if (id === null || id === 'NOASSERTION') {
    return {
      id: id ?? raw.trim().slice(0, 120),
      name: id === 'NOASSERTION' ? 'no licence stated' : raw.trim().slice(0, 120),
      category: 'unknown',
      osiApproved: false,
      known: id === 'NOASSERTION',
      sources: [],
    };
  }
  const ai = AI_LICENCES.find((e) => e.id === id);
  if (ai) {
    return {
      id,
      name: ai.name,
      category: aiCategory(ai),
      osiApproved: ai.osiApproved,
      known: true,
      ai,
      sources: [...ai.sources],
    };
  }
  const info = (spdxList as Record<string, { name: string; osiApproved: boolean } | undefined>)[id];
  if (info) {
    return {
      id,
      name: info.name,
      category: spdxCategory(id, info.osiApproved),
      osiApproved: info.osiApproved,
      known: true,
      sources: [`${SPDX_SOURCE}${id}.html`],
    };
  }
  if (
    id.startsWith('LicenseRef-hub-') ||
    id === 'LicenseRef-openmdw-1.1' ||
    id === 'LicenseRef-public-domain'
  ) {
    const category = id === 'LicenseRef-public-domain' ? 'open-data' : spdxCategory(id, false);
    return {
      id,
      name: id.replace(/^LicenseRef-(hub-)?/, ''),
      category,
      osiApproved: false,
      known: true,
      sources: [HUB_LICENCE_SOURCE],
    };
  }
  // A Hub AI id without an entry of its own (h-research, intel-research): restricted by its very kind.
  return {
    id,
    name: id.replace(/^LicenseRef-/, ''),
    category: 'restricted',
    osiApproved: false,
    known: true,
    sources: [HUB_LICENCE_SOURCE],
  };
}

const OPENNESS: Record<LicenceCategory, number> = {
  restricted: 0,
  unknown: 1,
  'open-data': 2,
  'open-code': 3,
};

type SpdxNode =
  | { license: string; plus?: boolean; exception?: string }
  | { left: SpdxNode; conjunction: 'and' | 'or'; right: SpdxNode };

/**
 * Facts for a licence expression. SPDX expressions are parsed properly; anything that does
 * not parse is looked up as one licence name. "MIT OR Apache-2.0" is as open as its most
 * open branch, "MIT AND LicenseRef-llama3.1" as its least open part.
 */
const expressionCache = new Map<string, ExpressionFacts>();
const EXPRESSION_CACHE_LIMIT = 5000;

export function lookupExpression(raw: string): ExpressionFacts {
  const cached = expressionCache.get(raw);
  if (cached) return cached;
  const facts = parseExpressionFacts(raw);
  if (expressionCache.size < EXPRESSION_CACHE_LIMIT) expressionCache.set(raw, facts);
  return facts;
}

function parseExpressionFacts(raw: string): ExpressionFacts {
  let tree: SpdxNode | null = null;
  if (/\s(?:AND|OR|WITH)\s/i.test(raw) && raw.length < 500) {
    try {
      tree = parseSpdx(raw.replace(/\s(and|or|with)\s/gi, (m) => m.toUpperCase())) as SpdxNode;
    } catch {
      tree = null;
    }
  }
  if (!tree) {
    const one = lookupLicence(raw);
    return { expression: one.id, ids: [one.id], category: one.category, parts: [one] };
  }
  const parts: LicenceFacts[] = [];
  const walk = (node: SpdxNode): { category: LicenceCategory; text: string } => {
    if ('license' in node) {
      const facts = lookupLicence(node.license);
      parts.push(facts);
      const text = `${facts.id}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
      return { category: facts.category, text };
    }
    const left = walk(node.left);
    const right = walk(node.right);
    const pick = node.conjunction === 'or' ? Math.max : Math.min;
    const rank = pick(OPENNESS[left.category], OPENNESS[right.category]);
    const category =
      (Object.keys(OPENNESS) as LicenceCategory[]).find((k) => OPENNESS[k] === rank) ?? 'unknown';
    return { category, text: `(${left.text} ${node.conjunction.toUpperCase()} ${right.text})` };
  };
  const result = walk(tree);
  return {
    expression: result.text.replace(/^\((.*)\)$/, '$1'),
    ids: [...new Set(parts.map((p) => p.id))],
    category: result.category,
    parts,
  };
}

/** The layer status a licence category gives: code needs an OSI licence; data and weights accept open-data licences too. */
export function licenceStatus(
  category: LicenceCategory,
  layer: 'code' | 'data' | 'weights',
): 'open' | 'restricted' | 'unknown' {
  if (category === 'restricted') return 'restricted';
  if (category === 'open-code') return 'open';
  if (category === 'open-data') return layer === 'code' ? 'unknown' : 'open';
  return 'unknown';
}

/** "MIT (OSI-approved)", "Llama 3.1 Community License (restricted: 700M MAU cap, acceptable-use policy)". */
export function describeLicence(facts: ExpressionFacts): string {
  if (facts.parts.length === 1) {
    const p = facts.parts[0];
    if (!p) return facts.expression;
    if (!p.known) return `unrecognised licence "${p.id}"`;
    if (p.id === 'NOASSERTION') return 'no licence stated';
    if (p.osiApproved) return `${p.id} (OSI-approved)`;
    if (p.category === 'open-data') return `${p.id} (open licence, not a software licence)`;
    if (p.category === 'restricted') return `${p.name} (restricted)`;
    return `${p.id} (not OSI-approved)`;
  }
  return `${facts.expression} (${facts.category})`;
}
