import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fetchEnv, gitAuthEnv } from '../src/action/base-snapshot.js';

const AUTH = { serverUrl: 'https://github.example/', token: 'ghs_abc' };

describe('the token for a git fetch', () => {
  it('goes in environment configuration scoped to the server, never the arguments', () => {
    const env = gitAuthEnv(AUTH);
    expect(env).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.https://github.example/.extraheader',
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_abc').toString('base64')}`,
    });
    // No token, or a server that is not plain https, means no header at all.
    expect(gitAuthEnv({ ...AUTH, token: '' })).toEqual({});
    expect(gitAuthEnv({ ...AUTH, serverUrl: 'http://github.example' })).toEqual({});
    expect(gitAuthEnv({ ...AUTH, serverUrl: 'https://a.example/x\nother' })).toEqual({});
    expect(gitAuthEnv(undefined)).toEqual({});
  });

  it('is left out when the checkout kept its own credentials, and git reads it when it is given', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aioc-auth-'));
    try {
      execFileSync('git', ['init', '-q', dir]);
      const env = fetchEnv(dir, AUTH);
      const seen = execFileSync(
        'git',
        ['-C', dir, 'config', '--get', 'http.https://github.example/.extraheader'],
        {
          env: { ...process.env, ...env },
          encoding: 'utf8',
        },
      );
      expect(seen.trim()).toMatch(/^AUTHORIZATION: basic /);
      execFileSync('git', [
        '-C',
        dir,
        'config',
        'http.https://github.example/.extraheader',
        'AUTHORIZATION: basic x',
      ]);
      expect(fetchEnv(dir, AUTH)).toEqual({});
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
