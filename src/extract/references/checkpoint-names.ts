// Checkpoints named by file or by short name rather than by Hub id: URL tables of weights
// files, checkpoint file names the code opens, README links to checkpoints, and mappings
// keyed by known model names. Each finder takes text and gives hits; the reference
// extractor makes the evidence.

import { findModel } from '../../knowledge/lookup-model.js';
import { REGISTRY_NEEDLES, inComment } from './model-dataset-forms.js';

export interface NameHit {
  index: number;
  /** A URL (weights links) or a model's name as written (file names, registry keys). */
  value: string;
}

/** Any weights file extension: a text holding none has no hit below. */
export const WEIGHTS_URL_NEEDLES = ['.pt', '.pth', '.ckpt', '.safetensors', '.gguf'];
export const namesWeightsFile = (text: string): boolean => WEIGHTS_URL_NEEDLES.some((n) => text.includes(n));

const MAX_WEIGHTS_URLS = 20;
/**
 * A link to a checkpoint file in a string literal ("https://.../tiny.en.pt"): a table of
 * them is how a project publishes its own weights (a download URL table).
 */
const WEIGHTS_URL =
  /["'`](https?:\/\/[^"'`\s]{1,300}?\.(?:pt|pth|ckpt|safetensors|gguf|bin|tar|h5|onnx))["'`]/g;
/**
 * A link in Markdown to a checkpoint file on a download host ("[ViT-H](https://dl.example.org/
 * sam_vit_h.pth)", `wget https://.../model.ckpt`): a README's table of them publishes the
 * project's weights, as a URL table in code does. Hub links are model references of their own.
 */
const WEIGHTS_LINK =
  /\bhttps?:\/\/(?!(?:www\.)?(?:huggingface\.co|hf\.co)\/)[^\s)"'`<>\]]{1,300}?\.(?:pt|pth|ckpt|safetensors|gguf)(?=[\s)"'`<>\]]|$)/g;

/**
 * A checkpoint's file name in a string literal ("models/sd3.5_large.safetensors",
 * f"{folder}/t5xxl.safetensors"): the code loads that file. Kept when the name is a model
 * the knowledge base knows; "best.pt" or "checkpoint.ckpt" names no model.
 */
const WEIGHTS_FILE =
  /["'`](?:[^"'`\s]{0,200}[/{}])?([A-Za-z][\w.+-]{1,100}\.(?:pt|pth|ckpt|safetensors|gguf))["'`]/g;
/** Each name is looked up: a file of thousands (a generated manifest) is data, not code. */
const MAX_WEIGHTS_FILES = 50;

/**
 * A mapping keyed by short model names ({"sd3.5_large": {...}, "sd3.5_medium": {...}}): a
 * registry of the models a user picks among, when the knowledge base knows the names.
 */
const NAME_KEY = /["']([A-Za-z][\w.-]{2,60})["'][ \t]{0,3}:[ \t]{0,3}\{/g;
const MAX_NAME_KEYS = 200;
/** Known names a registry needs to be one: fewer are a config's sections. */
const REGISTRY_SIZE = 3;

/** The first `max` matches of `re` that `hit` keeps. */
function capped(
  text: string,
  re: RegExp,
  max: number,
  hit: (m: RegExpExecArray) => NameHit | null,
): NameHit[] {
  const out: NameHit[] = [];
  let n = 0;
  for (const m of text.matchAll(re)) {
    if (++n > max) break;
    const h = hit(m);
    if (h) out.push(h);
  }
  return out;
}
const group =
  (g: number) =>
  (m: RegExpExecArray): NameHit => ({ index: m.index, value: m[g] ?? '' });

/** Checkpoint URLs in string literals of code. */
export const weightsUrls = (code: string): NameHit[] => capped(code, WEIGHTS_URL, MAX_WEIGHTS_URLS, group(1));

/** Checkpoint links on download hosts in a Markdown text, prose or code blocks. */
export const weightsLinks = (markdown: string): NameHit[] =>
  namesWeightsFile(markdown) ? capped(markdown, WEIGHTS_LINK, MAX_WEIGHTS_URLS, group(0)) : [];

/** Checkpoint file names in string literals of code that name a known model (local paths, not URLs). */
export const knownCheckpointFiles = (code: string): NameHit[] =>
  capped(code, WEIGHTS_FILE, MAX_WEIGHTS_FILES, (m) => {
    const name = m[1] ?? '';
    return m[0].includes('://') || !findModel({ name, via: 'weights-file' })
      ? null
      : { index: m.index, value: name };
  });

/** The keys of a mapping that are three or more known model names, outside comments. */
export function knownNameRegistry(code: string): NameHit[] {
  if (!REGISTRY_NEEDLES.some((n) => code.includes(n))) return [];
  const known = capped(code, NAME_KEY, MAX_NAME_KEYS, (m) => {
    const name = m[1] ?? '';
    return findModel({ name, via: 'prose' }) && !inComment(code, m.index)
      ? { index: m.index, value: name }
      : null;
  });
  return new Set(known.map((k) => k.value.toLowerCase())).size >= REGISTRY_SIZE ? known : [];
}
