// SPDX licence ids the SPDX list marks as deprecated (kept so old files still parse; a newer
// id names the same licence). The spdx-license-list package does not carry this flag.
// Source: https://spdx.org/licenses/#deprecated (SPDX License List 3.x).

export const DEPRECATED_SPDX_IDS: ReadonlySet<string> = new Set([
  'AGPL-1.0',
  'AGPL-3.0',
  'BSD-2-Clause-FreeBSD',
  'BSD-2-Clause-NetBSD',
  'GFDL-1.1',
  'GFDL-1.2',
  'GFDL-1.3',
  'GPL-1.0',
  'GPL-1.0+',
  'GPL-2.0',
  'GPL-2.0+',
  'GPL-2.0-with-GCC-exception',
  'GPL-2.0-with-autoconf-exception',
  'GPL-2.0-with-bison-exception',
  'GPL-2.0-with-classpath-exception',
  'GPL-2.0-with-font-exception',
  'GPL-3.0',
  'GPL-3.0+',
  'GPL-3.0-with-GCC-exception',
  'GPL-3.0-with-autoconf-exception',
  'LGPL-2.0',
  'LGPL-2.0+',
  'LGPL-2.1',
  'LGPL-2.1+',
  'LGPL-3.0',
  'LGPL-3.0+',
  'Net-SNMP',
  'Nunit',
  'StandardML-NJ',
  'bzip2-1.0.5',
  'eCos-2.0',
  'wxWindows',
]);

/** True for deprecated ids, including every old "+" form ("GPL-2.0+"). */
export function isDeprecatedSpdxId(id: string): boolean {
  return DEPRECATED_SPDX_IDS.has(id) || id.endsWith('+');
}
