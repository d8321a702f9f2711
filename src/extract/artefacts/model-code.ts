import type { EvidenceSink } from '../../types/extractor.js';
import { LineIndex } from '../text-lines.js';

// Python modelling code: a class deriving from torch/flax `nn.Module` or a transformers
// `PreTrainedModel` (including `LlamaPreTrainedModel` and the like) means the architecture
// is in the repository. One evidence per file, at the first such class.

const CLASS = /^[ \t]*class[ \t]+([A-Za-z_]\w*)[ \t]*\(([^)\n]*)\)/gm;
const MODEL_BASE = /(?:^|[\s,.])(?:nn\.Module|\w*PreTrainedModel)\s*(?:,|$)/;

export function extractModelCode(text: string, file: string, sink: EvidenceSink): void {
  // Cheap prefilter: most Python files define no model.
  if (!text.includes('nn.Module') && !text.includes('PreTrainedModel')) return;
  CLASS.lastIndex = 0;
  for (let m = CLASS.exec(text); m !== null; m = CLASS.exec(text)) {
    if (!MODEL_BASE.test(m[2] ?? '')) continue;
    const line = new LineIndex(text).lineOf(m.index + m[0].indexOf('class'));
    sink.add({ kind: 'architecture', source: 'model-code', name: m[1] ?? '', file, line });
    return;
  }
}
