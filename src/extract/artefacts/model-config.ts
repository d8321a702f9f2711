import type { EvidenceSink } from '../../types/extractor.js';
import { KeyLines } from '../key-lines.js';
import { asRecord, asString, parseOrWarn } from '../structured-data.js';
import { looksLikeId } from '../references/model-dataset-forms.js';
import { findModel } from '../../knowledge/lookup-model.js';

// Model configuration files that describe an architecture:
// - Hugging Face config.json with `architectures` and/or `model_type` (and `_name_or_path`,
//   the model the weights were saved from). Many unrelated tools also write a config.json,
//   so a file without either key is not looked at (and its JSON is not even parsed, so it
//   cannot cause a warning).
// - Meta/Mistral params.json (dim, n_layers, n_heads, vocab_size).

export function extractHfConfig(text: string, file: string, sink: EvidenceSink): void {
  if (!text.includes('"architectures"') && !text.includes('"model_type"')) return;
  const config = asRecord(parseOrWarn(text, 'JSON', file, sink));
  if (!config) return;
  const lines = new KeyLines(text);
  const architectures = config['architectures'];
  const first = Array.isArray(architectures) ? asString(architectures[0]) : undefined;
  const modelType = asString(config['model_type']);
  const [name, key] = first ? [first, 'architectures'] : modelType ? [modelType, 'model_type'] : [];
  if (name && key) {
    sink.add({
      kind: 'architecture',
      source: 'config.json',
      name,
      file,
      line: lines.jsonKey(key)?.line ?? 0,
    });
  }
  addSavedFrom(config, lines, file, sink);
}

/**
 * `_name_or_path`: the model these weights were saved from, the model itself or the base of
 * a fine-tune; either way its terms bind them. Taken only for a model the knowledge base
 * knows: the field often holds a local path or the repository's own unpublished name.
 */
function addSavedFrom(
  config: Record<string, unknown>,
  lines: KeyLines,
  file: string,
  sink: EvidenceSink,
): void {
  const savedFrom = asString(config['_name_or_path'])?.trim();
  if (!savedFrom || !looksLikeId(savedFrom) || !findModel({ name: savedFrom, via: 'config' })) return;
  sink.add({
    kind: 'model',
    file,
    line: lines.jsonKey('_name_or_path')?.line ?? 0,
    name: savedFrom,
    via: 'config',
    strength: 'strong',
  });
}

export function extractParamsJson(text: string, file: string, sink: EvidenceSink): void {
  if (!text.includes('"n_layers"') || !text.includes('"dim"')) return;
  const params = asRecord(parseOrWarn(text, 'JSON', file, sink));
  const dim = params?.['dim'];
  const layers = params?.['n_layers'];
  if (typeof dim !== 'number' || typeof layers !== 'number') return;
  const heads = params?.['n_heads'];
  const vocab = params?.['vocab_size'];
  const details = [`dim ${dim}`, `${layers} layers`];
  if (typeof heads === 'number') details.push(`${heads} heads`);
  if (typeof vocab === 'number' && vocab > 0) details.push(`vocab ${vocab}`);
  const line = new KeyLines(text).jsonKey('dim')?.line ?? 0;
  sink.add({
    kind: 'architecture',
    source: 'params.json',
    name: `transformer (${details.join(', ')})`,
    file,
    line,
  });
}
