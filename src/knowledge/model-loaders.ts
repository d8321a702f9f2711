// Python packages that load a model by a short name of their own rather than a Hub id:
// `clip.load("ViT-L/14")`, `whisper.load_model("base")`. The name is only meaningful with
// the package's family in front of it, so the reference is named "<family> <name>".

export interface PackageLoader {
  /** The call as written: module and function. */
  call: string;
  /** The family the package's names belong to; its knowledge-base entry reads "<family> <name>". */
  family: string;
}

export const PACKAGE_LOADERS: readonly PackageLoader[] = [
  // openai/CLIP: clip.load("ViT-B/32"), clip.load("RN50")
  { call: 'clip.load', family: 'CLIP' },
  // openai/whisper: whisper.load_model("large-v3")
  { call: 'whisper.load_model', family: 'Whisper' },
  // mlfoundations/open_clip: the architecture name, with the pretrained tag beside it
  { call: 'open_clip.create_model_and_transforms', family: 'OpenCLIP' },
  { call: 'open_clip.create_model_from_pretrained', family: 'OpenCLIP' },
  { call: 'open_clip.create_model', family: 'OpenCLIP' },
];
