import { describe, expect, it } from '@jest/globals';
import { fileInfo } from '../src/inventory/walk.js';

describe('fileInfo', () => {
  it('splits name and extension', () => {
    expect(fileInfo('a/B/README.md')).toEqual({ path: 'a/B/README.md', name: 'readme.md', ext: 'md' });
  });
});
