// How open each SPDX licence is, for the layer it covers. OSI approval comes from the
// spdx-license-list package; the open-data and restricted sets below follow the Model
// Openness Framework's open-data list and the OSD's ban on field-of-use and commercial
// restrictions (../shared/reference/frameworks.md sections 2 and 8).

export type LicenceCategory = 'open-code' | 'open-data' | 'restricted' | 'unknown';

/** Open licences that are not software licences: fine for data and weights, not on OSI's list. */
const OPEN_DATA = new Set([
  'CC0-1.0',
  'CC-BY-1.0',
  'CC-BY-2.0',
  'CC-BY-2.5',
  'CC-BY-3.0',
  'CC-BY-4.0',
  'CC-BY-SA-1.0',
  'CC-BY-SA-2.0',
  'CC-BY-SA-2.5',
  'CC-BY-SA-3.0',
  'CC-BY-SA-4.0',
  'CC-PDDC',
  'CDLA-Permissive-1.0',
  'CDLA-Permissive-2.0',
  'CDLA-Sharing-1.0',
  'ODC-By-1.0',
  'ODbL-1.0',
  'PDDL-1.0',
  'OpenMDW-1.0',
  'LicenseRef-openmdw-1.1',
  'etalab-2.0',
  'OGL-UK-3.0',
  'OGL-Canada-2.0',
  'GFDL-1.3-only',
  'GFDL-1.3-or-later',
  'LGPLLR',
  'LicenseRef-hub-gfdl',
]);

/** Source-available or use-restricted licences SPDX lists: usable, but not open. */
const RESTRICTED = new Set([
  'BUSL-1.1',
  'SSPL-1.0',
  'Elastic-2.0',
  'Commons-Clause',
  'JSON',
  'Hippocratic-2.1',
  'C-UDA-1.0',
  'AML',
]);

/** Families whose every variant is OSI-approved, named without a version on the Hub. */
const OPEN_CODE_FAMILIES = new Set(['LicenseRef-hub-bsd', 'LicenseRef-hub-gpl', 'LicenseRef-hub-lgpl']);

const RESTRICTED_PATTERNS = [/-NC(?:-|$)/, /-ND(?:-|$)/, /^PolyForm-/, /NonCommercial/i];

export function spdxCategory(id: string, osiApproved: boolean): LicenceCategory {
  if (RESTRICTED.has(id) || RESTRICTED_PATTERNS.some((p) => p.test(id))) return 'restricted';
  if (osiApproved || OPEN_CODE_FAMILIES.has(id)) return 'open-code';
  if (OPEN_DATA.has(id)) return 'open-data';
  return 'unknown';
}
