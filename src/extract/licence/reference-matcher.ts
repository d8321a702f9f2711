// A short licence file that names its licence instead of containing it: the "how to apply"
// notice ("Licensed under the Apache License, Version 2.0 ... http://www.apache.org/licenses/
// LICENSE-2.0"), or a line such as "MIT License, see https://opensource.org/licenses/MIT".
// Weaker than the text itself, so it comes last and with lower confidence.
import { normaliseLicenceId } from '../../knowledge/licences/catalogue.js';

const MAX_REFERENCE_CHARS = 2000;
const URL = /https?:\/\/[^\s)<>"'\]]{1,200}/g;
const UNDER_THE =
  /\b(?:licen[cs]ed|released|distributed|available)\s+under\s+(?:the\s+)?([^;:()"\n]{3,80})/gi;

export interface LicenceReference {
  id: string;
  detail: string;
}

/** `links: false` reads only the sentences that name a licence, not the links to one. */
export function matchLicenceReference(text: string, { links = true } = {}): LicenceReference | null {
  if (text.length > MAX_REFERENCE_CHARS) return null;
  for (const m of text.matchAll(UNDER_THE)) {
    const named = (m[1] ?? '').replace(/\s+/g, ' ').trim();
    // "the Apache License, Version 2.0 (the "License")" -> try the whole name, then up to the first comma.
    // "... under an Apache 2.0 license for research": the words before "license" too.
    const beforeWord = /^(?:an?\s+)?(.{2,40}?)\s+licen[cs]e\b/i.exec(named)?.[1] ?? '';
    for (const candidate of [named, named.split(',')[0] ?? '', beforeWord]) {
      if (!candidate) continue;
      const id = normaliseLicenceId(candidate.replace(/\.$/, ''));
      if (id && id !== 'NOASSERTION') return { id, detail: `names ${candidate.trim()}` };
    }
  }
  if (!links) return null;
  for (const m of text.matchAll(URL)) {
    const id = normaliseLicenceId(m[0]);
    if (id && id !== 'NOASSERTION') return { id, detail: `links to ${m[0]}` };
  }
  return null;
}
