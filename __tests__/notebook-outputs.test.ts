// Notebook outputs are emptied before decoding: the JSON stays valid, every line keeps its
// number, and arrays whose end cannot be told for sure are left whole.
import { describe, expect, it } from '@jest/globals';
import { Buffer } from 'node:buffer';
import { withoutOutputs } from '../src/inventory/notebook-outputs.js';

const nb = (cells: object[]): string => `${JSON.stringify({ cells, metadata: {}, nbformat: 4 }, null, 1)}\n`;
const cell = (source: string[], outputs: object[]) => ({ cell_type: 'code', source, outputs, metadata: {} });
const strip = (text: string): string => Buffer.from(withoutOutputs(Buffer.from(text))).toString('utf8');

describe('emptying notebook outputs', () => {
  const image = { data: { 'image/png': 'iVBORw0KGgo'.repeat(500) }, output_type: 'display_data' };
  const log = { name: 'stdout', output_type: 'stream', text: ['Loading acme/some-model\n', 'done\n'] };
  const text = nb([cell(['import torch\n', 'x = 1'], [image, log]), cell(['print(2)'], [])]);

  it('keeps the cells, their sources and every line number, and drops what the outputs held', () => {
    const out = strip(text);
    expect(out.split('\n')).toHaveLength(text.split('\n').length);
    const parsed = JSON.parse(out) as { cells: { source: string[]; outputs: unknown[] }[] };
    expect(parsed.cells.map((c) => c.source)).toEqual([['import torch\n', 'x = 1'], ['print(2)']]);
    expect(parsed.cells.map((c) => c.outputs)).toEqual([[], []]);
    expect(out).not.toContain('iVBOR');
    expect(out).not.toContain('acme/some-model');
    const lineOf = (s: string, needle: string) => s.slice(0, s.indexOf(needle)).split('\n').length;
    expect(lineOf(out, 'print(2)')).toBe(lineOf(text, 'print(2)'));
    expect(out.length).toBeLessThan(text.length / 10);
  });

  it('leaves a notebook with nothing to empty as it is, the very bytes', () => {
    const bytes = Buffer.from(nb([cell(['x = 1'], [])]));
    expect(withoutOutputs(bytes)).toBe(bytes);
    const oneLine = Buffer.from(JSON.stringify({ cells: [cell(['x'], [log])] }));
    expect(withoutOutputs(oneLine)).toBe(oneLine);
  });

  it('leaves an array whole when a key of its cell comes before a bracket at its indentation', () => {
    // A writer that indents the closing bracket differently: the end is not where it seems.
    const odd = ' {\n  "outputs": [\n    {"text": "a"}\n    ],\n  "source": [\n  "x"\n  ]\n }\n';
    expect(strip(odd)).toBe(odd);
  });

  it('reads Windows line ends too', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const out = strip(crlf);
    expect(JSON.parse(out)).toMatchObject({ cells: [{ outputs: [] }, { outputs: [] }] });
    expect(out.split('\n')).toHaveLength(crlf.split('\n').length);
  });
});
