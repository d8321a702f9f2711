import type { ProjectEvidence } from '../../types/evidence.js';
import type { Extractor } from '../../types/extractor.js';
import { nonProseLines, splitLines } from '../markdown/structure.js';
import { matchLicenceReference } from '../licence/reference-matcher.js';
import { ownEntry } from '../../util/own-entry.js';

// What the repository says about itself: its name, the Hugging Face organisation and GitHub
// repository it links to as its own, and whether its README releases a model. The roles
// stage uses these to tell the project's own models from the ones it uses or mentions.
// Only the root README and root manifests are read.

const README = /^readme(?:\.(?:md|markdown|mdx|rst|txt))?$/;
/** A model card written as prose (no YAML front matter needed): MODEL_CARD.md, model-card.md. */
const MODEL_CARD_FILE = /^model[-_]?card(?:[-_][a-z0-9]+)?\.(?:md|markdown|rst|txt)$/;
/** A script that downloads the project's checkpoints: download.sh, download_models.py. */
const DOWNLOAD_SCRIPT = /^download(?:[-_][a-z0-9_-]+)?\.(?:sh|py)$/;
/**
 * What a download of the project's own weights names: checkpoint files ("consolidated.00.pth",
 * "${name}.ckpt"). A downloader that any repository id is handed to names only patterns
 * ("*.safetensors") and words ("checkpoints"): a tool, not a release.
 */
const WEIGHTS_WORDS = /[\w}-]\.(?:pth|pt|safetensors|ckpt|gguf|bin)\b|consolidated\./i;
const MANIFESTS = new Set(['package.json', 'pyproject.toml', 'setup.py', 'setup.cfg', 'cargo.toml']);
const MAX_LINE = 2000;
/** The README's header: what comes before its first second-level heading, at most this many lines. */
const HEADER_LINES = 60;

// Hub paths that are site pages, not organisations.
const HUB_PAGES = new Set([
  'datasets',
  'spaces',
  'docs',
  'models',
  'blog',
  'papers',
  'collections',
  'organizations',
  'settings',
  'join',
  'login',
  'pricing',
  'learn',
  'tasks',
  'chat',
  'new',
  'search',
  'api',
  'posts',
  'enterprise',
]);
/** An organisation page or a collection on the Hub: huggingface.co/ORG, /collections/ORG/..., /organizations/ORG. */
const HUB_ORG_LINK =
  /\bhuggingface\.co\/(?:(?:collections|organizations)\/)?([A-Za-z0-9][A-Za-z0-9_.-]{0,95})(\/[A-Za-z0-9_.-]*)?/g;
/** GitHub paths that are site pages, not owners (github.com/orgs/NAME/discussions). */
const GITHUB_PAGES = new Set([
  'orgs',
  'users',
  'sponsors',
  'apps',
  'marketplace',
  'features',
  'settings',
  'topics',
  'collections',
]);
/** Links into a GitHub repository's own pages (files, actions, releases): the repository the README belongs to. */
const GITHUB_SELF_LINK =
  /\b(?:github\.com\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})\/(?:blob|tree|raw|actions|releases|issues|discussions|wiki|pulls)\b|raw\.githubusercontent\.com\/([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9_.-]{1,100})\/)/g;
/** A sentence in which the authors put a model out: "We introduce ...", "we are open-sourcing ...", "我们开源了 ...". */
const RELEASE_SENTENCE =
  /\bwe(?:'re|’re| are| have| hereby)?\s+(?:(?:proud|excited|happy|pleased) to\s+|now\s+)?(?:introduce|introducing|release|released|releasing|present|presenting|open[- ]?source|open[- ]?sourced|open[- ]?sourcing|publish|published|publishing|announce|announcing)\b|\b(?:a|the) (?:new )?(?:family|series|suite|collection) of (?:[\w-]+ ){0,4}models?\b|(?:我们|本次)(?:正式)?(?:发布|开源|推出)/i;

/** A sentence that ends by introducing what follows: "We have released two DBRX models:". */
const RELEASE_LIST_END = /[:：]\s*$/;
/** Lines a list or table after its introducing sentence may run to. */
const MAX_LIST_LINES = 40;

/** The 1-based last line of the block (list or table) that follows line `i`, blank lines before it skipped. */
function listEnd(lines: readonly string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && j <= i + 2 && !(lines[j] ?? '').trim()) j++;
  const last = Math.min(lines.length, i + 1 + MAX_LIST_LINES);
  while (j < last && (lines[j] ?? '').trim()) j++;
  return j;
}

/** "All X models are distributed under Apache 2.0", "the weights ... under the MIT License". */
const WEIGHTS_UNDER =
  /\b(?:models?|weights|checkpoints?)\b[^.]{0,120}?\bunder\s+(?:an?\s+|the\s+)?([^;:()"\n]{2,80})/i;
/** Markdown links keep their text: "[Apache 2.0](./LICENSE) license" reads "Apache 2.0 license". */
const LINK = /\[([^\]]{0,200})\]\([^)]{0,500}\)/g;

const H1_MARKDOWN = /^#\s+(.+?)\s*#*\s*$/;
const H1_HTML = /<h1[^>]{0,200}>([^<]{0,200})(?:<\/h1>)?/i;
const IMG_ALT = /<img\b[^>]{0,400}?\balt="([^"]{1,80})"/i;

/** A title with its Markdown and HTML dressing taken off: links keep their text, images and emoji go. */
function plainTitle(raw: string): string {
  return raw
    .replace(/!\[[^\]]{0,200}\]\([^)]{0,500}\)/g, '')
    .replace(/\[([^\]]{0,200})\]\([^)]{0,500}\)/g, '$1')
    .replace(/<[^>]{0,300}>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/[^\p{L}\p{N}\s.&+:/()-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function readmeEvidence(path: string, text: string, add: (e: ProjectEvidence) => void): void {
  const lines = splitLines(text);
  const code = nonProseLines(text);
  let title: { value: string; line: number } | null = null;
  let altTitle: { value: string; line: number } | null = null;
  let headerEnd = Math.min(lines.length, HEADER_LINES);
  const repos = new Map<string, { count: number; line: number; name: string }>();
  const orgs = new Set<string>();
  let released = false;
  let weightsLicence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.length > MAX_LINE || code[i + 1]) continue;
    const n = i + 1;
    if (/^##\s/.test(line) && headerEnd > i) headerEnd = i;
    // The first level-one heading near the top, else an image's short alt text in the header.
    if (!title && i < HEADER_LINES) {
      const heading = H1_MARKDOWN.exec(line) ?? H1_HTML.exec(line);
      // An <h1> whose text sits on the next lines.
      const text = heading?.[1]?.trim() || (/<h1[^>]*>\s*$/i.test(line) ? (lines[i + 1] ?? '') : '');
      const value = plainTitle(text);
      if (value) title = { value, line: n };
      else if (!altTitle && i < headerEnd) {
        const alt = plainTitle(IMG_ALT.exec(line)?.[1] ?? '');
        if (alt && alt.split(' ').length <= 4) altTitle = { value: alt, line: n };
      }
    }
    if (line.includes('huggingface.co/') && i < headerEnd) {
      HUB_ORG_LINK.lastIndex = 0;
      for (let m = HUB_ORG_LINK.exec(line); m; m = HUB_ORG_LINK.exec(line)) {
        const org = m[1] ?? '';
        const isCollection = /huggingface\.co\/(?:collections|organizations)\//.test(m[0]);
        // huggingface.co/ORG alone, or ORG/ followed by nothing of a model name.
        if (HUB_PAGES.has(org.toLowerCase())) continue;
        if (!isCollection && m[2] && m[2].length > 1) continue;
        if (!orgs.has(org)) {
          orgs.add(org);
          add({ kind: 'project', file: path, line: n, signal: 'hub-org', value: org });
        }
      }
    }
    if (line.includes('github')) {
      GITHUB_SELF_LINK.lastIndex = 0;
      for (let m = GITHUB_SELF_LINK.exec(line); m; m = GITHUB_SELF_LINK.exec(line)) {
        const owner = m[1] ?? m[3] ?? '';
        if (GITHUB_PAGES.has(owner.toLowerCase())) continue;
        const key = `${owner}/${(m[2] ?? m[4] ?? '').replace(/\.git$/, '')}`;
        const seen = repos.get(key.toLowerCase());
        if (seen) seen.count++;
        else repos.set(key.toLowerCase(), { count: 1, line: n, name: key });
      }
    }
    if (!weightsLicence && line.includes('under')) {
      const m = WEIGHTS_UNDER.exec(line.replace(LINK, '$1'));
      const ref = m ? matchLicenceReference(`licensed under ${m[1] ?? ''}`) : null;
      if (ref) {
        weightsLicence = true;
        add({ kind: 'project', file: path, line: n, signal: 'weights-licence', value: ref.id });
      }
    }
    // Every release sentence that introduces a list or table: the models listed after it are released here.
    if (RELEASE_LIST_END.test(line) && RELEASE_SENTENCE.test(line))
      add({
        kind: 'project',
        file: path,
        line: n,
        signal: 'release-list',
        value: line.trim().slice(0, 200),
        until: listEnd(lines, i),
      });
    if (!released && RELEASE_SENTENCE.test(line)) {
      released = true;
      add({
        kind: 'project',
        file: path,
        line: n,
        signal: 'release-sentence',
        value: line.trim().slice(0, 200),
      });
    }
  }
  title ??= altTitle;
  if (title) add({ kind: 'project', file: path, line: title.line, signal: 'title', value: title.value });
  // The repository linked most often (at least twice) is this one.
  let best: { count: number; line: number; name: string } | null = null;
  for (const v of repos.values()) if (v.count >= 2 && (!best || v.count > best.count)) best = v;
  if (best) add({ kind: 'project', file: path, line: best.line, signal: 'github-repo', value: best.name });
}

const PACKAGE_NAME: Record<string, RegExp> = {
  'package.json': /^\s{0,4}"name"\s*:\s*"([^"]{1,214})"/m,
  'pyproject.toml': /^name\s*=\s*["']([^"']{1,200})["']/m,
  'cargo.toml': /^name\s*=\s*["']([^"']{1,200})["']/m,
  'setup.cfg': /^name\s*=\s*([A-Za-z0-9_.-]{1,200})\s*$/m,
  'setup.py': /\bname\s*=\s*["']([A-Za-z0-9_.-]{1,200})["']/,
};

function manifestEvidence(path: string, name: string, text: string, add: (e: ProjectEvidence) => void): void {
  const re = ownEntry(PACKAGE_NAME, name);
  const m = re?.exec(text.length > 200_000 ? text.slice(0, 200_000) : text);
  if (!m?.[1]) return;
  const line = text.slice(0, m.index).split('\n').length + (m[0].startsWith('\n') ? 1 : 0);
  add({ kind: 'project', file: path, line, signal: 'package-name', value: m[1].replace(/^@[^/]+\//, '') });
}

export const projectExtractor: Extractor = {
  name: 'project',
  wants: (file) =>
    MODEL_CARD_FILE.test(file.name) ||
    DOWNLOAD_SCRIPT.test(file.name) ||
    (!file.path.includes('/') && (README.test(file.name) || MANIFESTS.has(file.name)))
      ? 'text'
      : null,
  extract(file, sink) {
    const text = file.text;
    if (text === undefined) return;
    const add = (e: ProjectEvidence): void => sink.add(e);
    const path = file.info.path;
    if (MODEL_CARD_FILE.test(file.info.name)) {
      add({ kind: 'project', file: path, line: 0, signal: 'model-card', value: path });
      return;
    }
    if (DOWNLOAD_SCRIPT.test(file.info.name)) {
      if (WEIGHTS_WORDS.test(text.length > 100_000 ? text.slice(0, 100_000) : text))
        add({ kind: 'project', file: path, line: 0, signal: 'download-script', value: path });
      return;
    }
    if (path.includes('/')) return;
    if (MANIFESTS.has(file.info.name)) manifestEvidence(file.info.path, file.info.name, text, add);
    else readmeEvidence(file.info.path, text, add);
  },
};
