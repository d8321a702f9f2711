// The reference extractors take shortcuts for speed: one pass finds every needle, an indexOf
// finds from_pretrained calls, a substring test guards the local-server regex, and prose is
// scanned in one pass for family words after white space. These tests pin the cases where a
// shortcut could differ from the plain rule (expectations recorded with the plain rules).

import { describe, expect, it } from '@jest/globals';
import type { Evidence } from '../src/types/evidence.js';
import type { Extractor, ReadFile } from '../src/types/extractor.js';
import { fileInfo } from '../src/inventory/walk.js';
import { referenceExtractor } from '../src/extract/references/reference-extractor.js';
import {
  PROSE_CUES,
  proseModel,
  proseModelExtractor,
  writtenName,
} from '../src/extract/references/prose-models.js';
import { needleFinder } from '../src/extract/references/needles.js';
import { nonProseLines, splitLines } from '../src/extract/markdown/structure.js';
import { LOCAL_BASE_URL, pointsAtLocalServer } from '../src/extract/references/closed-api-forms.js';

const readFile = (name: string, text: string): ReadFile => ({
  info: fileInfo(name),
  size: text.length,
  text,
  binary: false,
});

function extract(extractor: Extractor, name: string, text: string): string[] {
  const out: string[] = [];
  const show = (e: Evidence): string =>
    e.kind === 'api'
      ? `${e.line} api ${e.provider} ${e.signal}${e.model ? ` ${e.model}` : ''}${e.local ? ' local' : ''}`
      : e.kind === 'model' || e.kind === 'dataset'
        ? `${e.line} ${e.kind} ${e.name} (${e.via})`
        : `${e.kind}`;
  extractor.extract(readFile(name, text), { add: (e) => out.push(show(e)), warn: () => {} });
  return out;
}
const refs = (name: string, text: string): string[] => extract(referenceExtractor, name, text);
const prose = (text: string): string[] => extract(proseModelExtractor, 'README.md', text);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): { pick: <T>(xs: readonly T[]) => T; below: (n: number) => number } {
  let s = seed;
  const next = (): number => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
  return { pick: (xs) => xs[Math.floor(next() * xs.length)]!, below: (n) => Math.floor(next() * n) };
}

describe('needleFinder', () => {
  const needles = [
    '-hf',
    '--hf-repo',
    'hf download',
    'hf://',
    'GenerativeModel',
    'GenerativeModel(',
    'a',
    'aa',
    'aba',
  ];
  const find = needleFinder(needles);

  it('answers exactly as includes does, for overlapping and nested needles', () => {
    const { pick, below } = random(7);
    // Characters outside ASCII (and NUL) between the pieces send the automaton back to its start.
    const pieces = [...needles, 'b', '-', ' ', '(', 'h', 'f', 'download', 'é', '日', '\u0000', '😀'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let n = below(12); n > 0; n--) text += pick(pieces);
      const has = find(text);
      for (const needle of needles)
        expect([text, needle, has(needle)]).toEqual([text, needle, text.includes(needle)]);
    }
  });

  it('refuses a needle it was not built with, and needles it cannot search for', () => {
    expect(() => find('text')('other')).toThrow('not registered');
    expect(() => needleFinder(['modèle'])('x')).toThrow('not printable ASCII');
    expect(() => needleFinder([''])('x')).toThrow('empty needle');
  });
});

describe('code references', () => {
  it('from_pretrained: the last 80 word characters name the class; no name, no call', () => {
    const text = [
      'm = AutoModel.from_pretrained("org/a")',
      `n = ${'A'.repeat(90)}Pipeline.from_pretrained("org/b")`,
      'o = x.from_pretrained(base, "org/c").from_pretrained("org/d")',
      'p = (AutoModel).from_pretrained("org/e"); q = M.from_pretrained("org/f")',
      '.from_pretrained("org/g")',
    ].join('\n');
    expect(refs('app.py', text)).toEqual([
      '1 model org/a (from_pretrained)',
      '2 model org/b (diffusers)',
      '3 model org/c (from_pretrained)',
      '4 model org/f (from_pretrained)',
    ]);
  });

  it('needles that overlap or nest are all seen', () => {
    expect(refs('run.sh', '-hf download org/model\nllama-server -hf org/gguf:Q4_K_M\n')).toEqual([
      '1 model org/model (hf-hub)',
      '2 model org/gguf:Q4_K_M (llama-cpp)',
    ]);
    expect(
      refs('app.py', 'import google.generativeai as genai\nm = genai.GenerativeModel("gemini-1.5-pro")\n'),
    ).toEqual([
      '1 api google-gemini import',
      '2 api google-gemini client-call',
      // The call's first argument is the model it asks for.
      '2 api google-gemini model-string gemini-1.5-pro',
      '2 model gemini-1.5-pro (api)',
    ]);
  });

  it('a client is local only with a base-URL name and a local host on one line, at most 80 characters on', () => {
    const call = 'client.chat.completions.create(model="gpt-4o")\n';
    expect(
      refs(
        'app.py',
        `from openai import OpenAI\nclient = OpenAI(base_url="http://localhost:11434/v1")\n${call}`,
      ),
    ).toEqual([
      '1 api openai import local',
      '3 api openai client-call local',
      '3 api openai model-string gpt-4o local',
    ]);
    expect(
      refs('app.py', `import openai\nOLLAMA_API_BASE = "http://host.docker.internal:11434"\n${call}`),
    ).toContain('1 api openai import local');
    expect(
      refs(
        'app.ts',
        "import OpenAI from 'openai';\nconst c = new OpenAI({ baseURL: 'http://[::1]:8080/v1' });\n",
      ),
    ).toEqual(['1 api openai import local']);
    // A prefixed name (the SGLang and vLLM docs' openai_api_base), and a bare one.
    expect(refs('app.py', `import openai\nopenai_api_base = "http://localhost:30000/v1"\n${call}`)).toContain(
      '1 api openai import local',
    );
    expect(
      refs('app.ts', "import OpenAI from 'openai';\nconst llmBaseUrl = 'http://localhost:1234';\n"),
    ).toEqual(['1 api openai import local']);
    expect(refs('.env', 'OPENAI_API_KEY=x\nAPI_BASE=http://127.0.0.1:8000/v1\n')).toEqual([
      '1 api openai env-key local',
    ]);
    expect(refs('.env', 'OPENAI_API_KEY=x\nOPENAI_BASE_URL=http://127.0.0.1:8000/v1\n')).toEqual([
      '1 api openai env-key local',
    ]);
    expect(
      refs('app.py', `from openai import OpenAI\nc = OpenAI(base_url=URL)\nURL = "http://localhost"\n`),
    ).toEqual(['1 api openai import']);
    expect(
      refs('app.py', `from openai import OpenAI\nc = OpenAI(base_url=${'x'.repeat(81)}"http://localhost")\n`),
    ).toEqual(['1 api openai import']);
  });
});

describe('the base-URL prefilter', () => {
  it('never says no where the base-URL regex says yes', () => {
    const { pick, below } = random(7);
    const pieces = [
      'base',
      'Base',
      '_url',
      'URL',
      'Url',
      '_path',
      'Path',
      'api',
      '_base',
      'BASE',
      '_URL',
      'API',
      '_API',
      'openai',
      'llm',
      '_',
      ' = "',
      "='",
      ': `',
      '=',
      'http://',
      'https://',
      'localhost',
      '127.0.0.1',
      '\n',
      'x',
      ' ',
    ];
    let local = 0;
    for (let n = 0; n < 30000; n++) {
      let text = '';
      for (let k = 2 + below(10); k > 0; k--) text += pick(pieces);
      const full = LOCAL_BASE_URL.test(text);
      if (full) local++;
      expect(pointsAtLocalServer(text)).toBe(full);
    }
    expect(local).toBeGreaterThan(60);
  });
});

describe('models named in prose', () => {
  it('lists the first mention of each model as written in a file, at a word start, outside code, front matter and long lines', () => {
    expect(
      prose(
        'Built on Llama 3.1 8B.\r\nWe use Mistral 7B and Llama 3.1.\r\nFaster than the Gemma 2 9B model\r\n',
      ),
    ).toEqual([
      '1 model Llama 3.1 8B (prose)',
      '2 model Mistral 7B (prose)',
      '2 model Llama 3.1 (prose)',
      '3 model Gemma 2 9B (prose)',
    ]);
    expect(prose(`Intro.\n${'word '.repeat(400)}built on Llama 3.1 8B\nversus Qwen2.5 7B\n`)).toEqual([
      '3 model Qwen2.5 7B (prose)',
    ]);
    expect(
      prose('---\ntitle: based on Mistral 7B\n---\n# T\n```\nbuilt on Qwen2.5 7B\n```\n(Phi-3 mini)\n'),
    ).toEqual(['8 model Phi-3 mini (prose)']);
    // Inside a word is no mention: "xLlama" is not Llama.
    expect(prose('xLlama 3.1\nhf.co/meta-llama/Llama-3.1-8B\n(Gemma 2\n')).toEqual([
      '3 model Gemma 1 / 2 / 3 (incl. CodeGemma, PaliGemma, Gemma 3n) (prose)',
    ]);
    // A line of 2000 characters before its "\r\n" is read; one of 2001 is not.
    const line2000 = `${'x'.repeat(1981)} built on Llama 3.1`;
    expect(prose(`x${line2000}\r\n${line2000}\r\n`)).toEqual(['2 model Llama 3.1 (prose)']);
  });

  it('marks a mention whose sentence says the model made the training data, and not a denial of it', () => {
    const found = (text: string) => {
      const out: Evidence[] = [];
      proseModelExtractor.extract(readFile('README.md', text), { add: (e) => out.push(e), warn: () => {} });
      return out.map((e) => (e.kind === 'model' ? `${e.line} ${e.purpose ?? 'mention'}` : ''));
    };
    expect(found('We compare with Llama 3.1.\nWe used GPT-4o to generate the instruction data.\n')).toEqual([
      '1 mention',
      '2 data-generation',
    ]);
    expect(found('The responses were generated by GPT-4o.\n')).toEqual(['1 mention']);
    expect(found('The instruction pairs were written with GPT-4o.\n')).toEqual(['1 data-generation']);
    expect(found('Unlike datasets generated with GPT-4o, ours is human-written.\n')).toEqual(['1 mention']);
  });

  it('finds what a line-by-line scan of every word start finds, on random text', () => {
    const family = new RegExp(
      `(?:^|(?<=[\\s([*"'|>\`_~]))(?:${PROSE_CUES.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
      'gi',
    );
    const lineByLine = (text: string): string[] => {
      const mask = nonProseLines(text);
      const out: string[] = [];
      const seen = new Set<string>();
      splitLines(text).forEach((raw, i) => {
        if (mask[i + 1] || raw.length > 2000) return;
        for (const m of raw.matchAll(family)) {
          // The name's window: 80 characters, cut before markup or a slash.
          const window = raw.slice(m.index, m.index + 80);
          const cut = /[/<>|()[\]]/.exec(window);
          const name = cut ? window.slice(0, cut.index) : window;
          const entry = proseModel(name);
          if (!entry) continue;
          // Named as written when the text says more than the family ("Llama 3.1 8B").
          const written = writtenName(name, entry) ?? entry.name;
          const key = `${entry.id}:${written.toLowerCase()}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push(`${i + 1} model ${written} (prose)`);
        }
      });
      return out;
    };
    const { pick, below } = random(11);
    const cues = [
      'built on ',
      'Based on the ',
      'fine-tuned from ',
      "using Meta's ",
      'uses ',
      'runs ',
      'reuses ',
      'use ',
    ];
    const names = [
      'Llama 3.1 8B',
      'Mistral 7B',
      'Qwen2.5-7B',
      'Phi-3',
      'phi 4',
      'GPT-4o',
      'gpt 4',
      'flan-t5',
      'T5',
      'SDXL',
    ];
    const glue = [
      ' ',
      '\t',
      '\n',
      '\r\n',
      '\r',
      '(',
      '-',
      'x',
      '. ',
      '\u00a0',
      '```\n',
      '---\n',
      'z'.repeat(1990),
    ];
    let found = 0;
    for (let i = 0; i < 1500; i++) {
      let text = '';
      for (let n = below(40); n > 0; n--) text += pick([cues, names, glue][below(3)]!);
      const expected = lineByLine(text);
      found += expected.length;
      expect([text, prose(text)]).toEqual([text, expected]);
    }
    expect(found).toBeGreaterThan(500);
  });
});
