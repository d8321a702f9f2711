// Licence files (LICENSE, COPYING, LICENSE-MIT, REUSE LICENSES/*.txt, model folders' own
// LICENSE): identifies each text and records what it is, or that it is not recognised.
import type { Extractor, ReadFile, EvidenceSink } from '../../types/extractor.js';
import type { LicenceEvidence } from '../../types/evidence.js';
import { scoreLicenceFileName } from './licence-filenames.js';
import { identifyLicenceText, type LicenceMatch } from './identify.js';
import { findPhrase, foldForPhrases } from './phrase-matcher.js';
import { splitLines } from '../markdown/structure.js';

// A REUSE file whose text we cannot match still declares its licence by its name.
const REUSE_NAME_CONFIDENCE = 0.6;

export const licenceFileExtractor: Extractor = {
  name: 'licence-file',
  wants: (file) => (scoreLicenceFileName(file.path) ? 'text' : null),
  extract(file: ReadFile, sink: EvidenceSink): void {
    // Binary, too large or unreadable: the reader has already warned.
    if (file.text === undefined) return;
    const name = scoreLicenceFileName(file.info.path);
    if (!name) return;
    const base = { kind: 'licence', source: 'licence-file', file: file.info.path } as const;

    if (file.text.trim() === '') {
      if (name.kind !== 'policy') {
        sink.add({
          ...base,
          line: 0,
          id: null,
          confidence: 0,
          method: 'exact',
          detail: 'empty licence file',
        });
      }
      return;
    }

    const match = identifyLicenceText(file.text);
    const line = matchLine(file.text, match);
    if (match) {
      const evidence: LicenceEvidence = {
        ...base,
        line,
        id: match.id,
        confidence: match.confidence,
        method: match.method,
        detail: match.detail,
        ...(match.noLicence ? { noLicence: true } : {}),
      };
      if (match.id === null && name.kind === 'reuse' && name.declaredId && !match.noLicence) {
        sink.add(fromReuseName(evidence, name.declaredId, match.detail));
      } else if (match.id !== null || name.kind !== 'policy') {
        sink.add(evidence);
      }
      return;
    }
    if (name.kind === 'policy') return; // a policy we do not know is not a licence finding
    if (name.kind === 'reuse' && name.declaredId) {
      sink.add(
        fromReuseName(
          { ...base, line, id: null, confidence: 0, method: 'dice', detail: '' },
          name.declaredId,
          'text not recognised',
        ),
      );
      return;
    }
    sink.add({ ...base, line, id: null, confidence: 0, method: 'dice', detail: 'unrecognised licence text' });
  },
};

function fromReuseName(evidence: LicenceEvidence, declaredId: string, why: string): LicenceEvidence {
  return {
    ...evidence,
    id: declaredId,
    confidence: REUSE_NAME_CONFIDENCE,
    method: 'reference',
    detail: `REUSE file name declares ${declaredId} (${why})`,
  };
}

/** The line of the phrase an AI licence was recognised by, else the first non-blank line. */
function matchLine(text: string, match: LicenceMatch | null): number {
  const lines = splitLines(text);
  if (match?.phrase) {
    // Phrases may wrap; the first few words locate the line well enough.
    const head = match.phrase.split(' ').slice(0, 3).join(' ');
    for (let i = 0; i < lines.length; i++) {
      if (findPhrase(foldForPhrases(lines[i] ?? ''), head) !== -1) return i + 1;
    }
  }
  const first = lines.findIndex((l) => l.trim() !== '');
  return first === -1 ? 1 : first + 1;
}
