import type { EvidenceSink } from '../../types/extractor.js';
import { KeyLines } from '../key-lines.js';
import { looksLikeId } from '../references/model-dataset-forms.js';
import { asRecord, asString, parseOrWarn } from '../structured-data.js';

// A PEFT adapter (LoRA, IA3, prefix tuning ...) ships adapter_config.json beside its
// weights; `base_model_name_or_path` names the model the adapter was trained on. The adapter
// is useless without that base and carries its terms, often with no model card to say so.

const BASE_KEY = 'base_model_name_or_path';

export function extractAdapterConfig(text: string, file: string, sink: EvidenceSink): void {
  if (!text.includes(`"${BASE_KEY}"`)) return;
  const config = asRecord(parseOrWarn(text, 'JSON', file, sink));
  const base = asString(config?.[BASE_KEY])?.trim();
  // A local checkpoint path ("/scratch/llama", "./base") names no model anyone can look up.
  if (!base || !looksLikeId(base)) return;
  sink.add({
    kind: 'model',
    file,
    line: new KeyLines(text).jsonKey(BASE_KEY)?.line ?? 0,
    name: base,
    via: 'config',
    strength: 'strong',
    relation: 'adapter',
    derivedFrom: file,
  });
}
