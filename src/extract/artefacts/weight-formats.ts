import type { FileInfo } from '../../types/extractor.js';
import { ownEntry } from '../../util/own-entry.js';

// Which files are model weights, by name alone. Formats used for little else count on their
// extension. Generic containers (.bin, .pkl, .joblib, .h5, .npz, .pb, .msgpack) count only
// when the name or a parent folder says "model": a conservative rule, since a false
// "this repo ships weights" costs more than a missed one. (A .bin next to a config.json
// cannot be seen here: extractors see one file at a time.)

/** Extension -> format, for extensions that mean weights on their own. */
const WEIGHT_EXTENSIONS: Readonly<Record<string, string>> = {
  safetensors: 'safetensors',
  gguf: 'gguf',
  ggml: 'ggml',
  pt: 'pt',
  pth: 'pth',
  ckpt: 'ckpt',
  onnx: 'onnx',
  tflite: 'tflite',
  keras: 'keras',
  mlmodel: 'mlmodel',
  pdparams: 'pdparams',
};

/** Extension -> format, for containers that are weights only with a model-ish name or folder. */
const CONTAINER_EXTENSIONS: Readonly<Record<string, string>> = {
  bin: 'bin',
  pkl: 'pickle',
  pickle: 'pickle',
  joblib: 'joblib',
  h5: 'h5',
  npz: 'npz',
  pb: 'pb',
  msgpack: 'msgpack',
};

const MODEL_WORDS = /model|weight|ckpt|checkpoint|adapter|lora|classifier|regressor|estimator/;
const MODEL_FOLDERS = new Set(['model', 'models', 'weights', 'checkpoints', 'ckpt', 'ckpts', 'saved_model']);

function inModelFolder(path: string): boolean {
  const parts = path.toLowerCase().split('/');
  parts.pop();
  return parts.some((p) => MODEL_FOLDERS.has(p));
}

/** The weights format of a file ("safetensors", "pickle"), or null when it is not weights. */
export function weightsFormatOf(file: FileInfo): string | null {
  const sure = ownEntry(WEIGHT_EXTENSIONS, file.ext);
  if (sure) return sure;
  const container = ownEntry(CONTAINER_EXTENSIONS, file.ext);
  if (!container) return null;
  const stem = file.name.slice(0, -(file.ext.length + 1));
  return MODEL_WORDS.test(stem) || inModelFolder(file.path) ? container : null;
}

/** Format for an extension named in a Git-LFS rule; any weights extension counts there. */
export function weightsFormatOfExtension(ext: string): string | null {
  return ownEntry(WEIGHT_EXTENSIONS, ext) ?? ownEntry(CONTAINER_EXTENSIONS, ext) ?? null;
}
