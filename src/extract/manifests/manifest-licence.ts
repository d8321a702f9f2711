import { posix } from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import spdxLicences from 'spdx-license-list';
import type { LicenceEvidence, Location } from '../../types/evidence.js';

// The project's own licence as a manifest field states it. A valid SPDX expression is
// strong evidence; a licence named loosely ("MIT License", "apache-2.0") is normalised to
// its SPDX id when the match is exact; anything else is kept as written, with less trust.

const CONFIDENCE_SPDX = 0.9;
const CONFIDENCE_NORMALISED = 0.8;
const CONFIDENCE_RAW = 0.5;
const CONFIDENCE_NONE = 0.3;

// Lower-cased id or full name -> SPDX id, built once.
const BY_LOWER_NAME = new Map<string, string>();
for (const [id, entry] of Object.entries(spdxLicences)) {
  BY_LOWER_NAME.set(id.toLowerCase(), id);
  BY_LOWER_NAME.set(entry.name.toLowerCase(), id);
}

/** The SPDX id of a licence written as its id in any case or as its full SPDX name. */
export function licenceIdForName(value: string): string | undefined {
  return BY_LOWER_NAME.get(value.trim().toLowerCase());
}

function isSpdxExpression(value: string): boolean {
  try {
    parseSpdx(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * LicenceEvidence for a manifest licence value. `detail` names the field, e.g.
 * "package.json license field". UNLICENSED and "SEE LICENSE IN <file>" name no licence: id null.
 */
export function manifestLicence(raw: string, at: Location, detail: string): LicenceEvidence {
  const value = raw.trim();
  const base = { kind: 'licence', method: 'manifest', source: 'manifest', ...at } as const;
  if (value === '') return { ...base, id: null, confidence: CONFIDENCE_NONE, detail: `${detail} is empty` };
  if (/^unlicensed$/i.test(value)) {
    return {
      ...base,
      id: null,
      confidence: CONFIDENCE_SPDX,
      detail: `${detail}: UNLICENSED (no licence granted)`,
    };
  }
  if (/^see licen[cs]e in\b/i.test(value)) {
    return { ...base, id: null, confidence: CONFIDENCE_NONE, detail: `${detail}: "${value.slice(0, 200)}"` };
  }
  if (isSpdxExpression(value)) return { ...base, id: value, confidence: CONFIDENCE_SPDX, detail };
  const known = licenceIdForName(value);
  if (known) {
    return { ...base, id: known, confidence: CONFIDENCE_NORMALISED, detail: `${detail} ("${value}")` };
  }
  return {
    ...base,
    id: value.slice(0, 200),
    confidence: CONFIDENCE_RAW,
    detail: `${detail} (not an SPDX expression, kept as written)`,
  };
}

/** A manifest that points at a licence file instead of naming a licence. */
export function licenceFilePointer(path: string, at: Location, detail: string): LicenceEvidence {
  const dir = at.file.includes('/') ? at.file.slice(0, at.file.lastIndexOf('/')) : '';
  return {
    kind: 'licence',
    method: 'manifest',
    source: 'manifest',
    ...at,
    id: null,
    confidence: CONFIDENCE_NONE,
    detail: `${detail} points to the file "${path.slice(0, 200)}"`,
    pointsTo: posix.normalize(posix.join(dir, path.trim())).slice(0, 500),
  };
}
