import type { Extractor, FileInfo } from '../../types/extractor.js';
import { extractAdapterConfig } from './adapter-config.js';
import { extractLfsRules } from './gitattributes-lfs.js';
import { extractHfConfig, extractParamsJson } from './model-config.js';
import { extractModelCode } from './model-code.js';
import { extractModelfile, isModelfile } from './ollama-modelfile.js';
import { weightsFormatOf } from './weight-formats.js';
import { extractWeightsFile } from './weights-file.js';

/** What kind of model artefact a file is, from its name alone (the cheap check `wants` needs). */
type ArtefactKind = 'weights' | 'gitattributes' | 'config' | 'adapter' | 'params' | 'modelfile' | 'python';

function artefactKind(f: FileInfo): ArtefactKind | null {
  if (weightsFormatOf(f)) return 'weights';
  if (f.name === '.gitattributes') return 'gitattributes';
  if (f.name === 'config.json') return 'config';
  if (f.name === 'adapter_config.json') return 'adapter';
  if (f.name === 'params.json') return 'params';
  if (isModelfile(f)) return 'modelfile';
  if (f.ext === 'py') return 'python';
  return null;
}

/**
 * Model artefacts: weights files (size, Git-LFS pointer, GGUF metadata), LFS rules,
 * architecture configs, PEFT adapter configs (the base model), Ollama Modelfiles and Python modelling code.
 */
export const artefactExtractor: Extractor = {
  name: 'artefacts',
  // Weights need only their first bytes (LFS pointer, GGUF header); the rest need text.
  wants: (f) => {
    const kind = artefactKind(f);
    return kind === null ? null : kind === 'weights' ? 'head' : 'text';
  },
  extract(file, sink) {
    const kind = artefactKind(file.info);
    const path = file.info.path;
    if (kind === 'weights') {
      extractWeightsFile(file, weightsFormatOf(file.info) ?? file.info.ext, sink);
      return;
    }
    const text = file.text;
    if (text === undefined) return; // too large, binary or unreadable: the reader has warned
    if (kind === 'gitattributes') extractLfsRules(text, path, sink);
    else if (kind === 'config') extractHfConfig(text, path, sink);
    else if (kind === 'adapter') extractAdapterConfig(text, path, sink);
    else if (kind === 'params') extractParamsJson(text, path, sink);
    else if (kind === 'modelfile') extractModelfile(text, path, sink);
    else if (kind === 'python') extractModelCode(text, path, sink);
  },
};
