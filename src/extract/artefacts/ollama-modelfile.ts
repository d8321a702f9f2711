import type { LicenceEvidence } from '../../types/evidence.js';
import type { EvidenceSink, FileInfo } from '../../types/extractor.js';
import { manifestLicence } from '../manifests/manifest-licence.js';

// Ollama Modelfiles (https://github.com/ollama/ollama/blob/main/docs/modelfile.md):
// `FROM <model or path>` names the base model; `LICENSE <text>` or a `LICENSE """..."""`
// block carries the model's licence. Other instructions' triple-quoted blocks (TEMPLATE,
// SYSTEM) are skipped so text inside them is never read as an instruction.

const QUOTES = '"""';
/** A FROM argument that is a file or folder on disk rather than a model name. */
const LOCAL_PATH = /^(?:\.{1,2}[\\/]|[\\/~]|[A-Za-z]:\\)|\.(?:gguf|ggml|bin|safetensors)$/i;

export function isModelfile(f: FileInfo): boolean {
  return f.name === 'modelfile' || f.ext === 'modelfile';
}

export function extractModelfile(text: string, file: string, sink: EvidenceSink): void {
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ?? '').trim();
    const m = /^([A-Za-z]+)\s+(.*)$/.exec(row);
    if (!m?.[1]) continue;
    const instruction = m[1].toUpperCase();
    let arg = (m[2] ?? '').trim();
    const line = i + 1;
    if (arg.startsWith(QUOTES)) {
      // Collect the block up to the closing quotes (which may sit on the same line).
      const parts = [arg.slice(QUOTES.length)];
      while (!(parts[parts.length - 1] ?? '').includes(QUOTES) && i + 1 < rows.length)
        parts.push(rows[++i] ?? '');
      const block = parts.join('\n');
      const close = block.indexOf(QUOTES);
      arg = (close === -1 ? block : block.slice(0, close)).trim();
    }
    if (instruction === 'FROM' && arg !== '') {
      const localFile = LOCAL_PATH.test(arg);
      sink.add({
        kind: 'model',
        name: arg,
        via: 'modelfile',
        strength: 'strong',
        file,
        line,
        ...(localFile ? { localFile: true } : {}),
      });
    } else if (instruction === 'LICENSE') {
      sink.add(modelfileLicence(arg, file, line));
    }
  }
}

/** A one-line LICENSE that is an SPDX id is identified; longer text is noted as present. */
function modelfileLicence(text: string, file: string, line: number): LicenceEvidence {
  const detail = 'Modelfile LICENSE block';
  const named =
    !text.includes('\n') && text.length <= 100 ? manifestLicence(text, { file, line }, detail) : undefined;
  const known = named && named.id !== null && named.confidence >= 0.8;
  return {
    kind: 'licence',
    method: 'card',
    source: 'card',
    file,
    line,
    id: known ? named.id : null,
    confidence: known ? 0.8 : 0.3,
    detail: known ? detail : `${detail} (licence text present, not identified)`,
  };
}
