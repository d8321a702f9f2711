import * as core from '@actions/core';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { DEFAULT_SETTINGS, type Settings } from '../config/schema.js';
import { loadConfigFile } from '../config/load-config.js';
import { mergeSettings, settingsFromInputs } from '../config/merge-settings.js';
import { MAX_CONFIG_BYTES, readConfigFile } from '../config/read-config-file.js';
import { settingChanges, type SettingChange } from '../config/policy-changes.js';

export interface ActionSettings {
  settings: Settings;
  errors: string[];
  token: string;
  scanPath: string;
  /** May the resolve stage ask remote services (input `resolve`, default true)? */
  online: boolean;
  configFile: string;
  /** What the config file alone sets (before the inputs). */
  fromFile: Partial<Settings>;
}

/** Reads a config file inside the workspace only; a missing file is no error. */
function readConfigText(workspace: string, file: string): { text: string; error?: string } {
  const abs = path.resolve(workspace, file);
  const rel = path.relative(workspace, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    return { text: '', error: `config-file: ${file} is outside the workspace` };
  }
  const { text, error } = readConfigFile(abs);
  return { text, error };
}

/** The config file as committed at `sha` (git show), without touching the working tree. */
function readConfigAtCommit(workspace: string, sha: string, file: string): { text: string; error?: string } {
  try {
    const text = execFileSync('git', ['-C', workspace, 'show', `${sha}:${path.posix.normalize(file)}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: MAX_CONFIG_BYTES,
    });
    return { text };
  } catch {
    return { text: '' };
  }
}

/**
 * Every setting of the run in one object: defaults, then the config file, then the inputs
 * that are set. With `trustedSha` (pull_request_target), the file is read from that commit,
 * so a pull request cannot loosen the policy that judges it.
 */
export function readActionSettings(workspace: string, trustedSha?: string): ActionSettings {
  const configFile = core.getInput('config-file') || '.github/ai-openness.yml';
  const { text, error } = trustedSha
    ? readConfigAtCommit(workspace, trustedSha, configFile)
    : readConfigText(workspace, configFile);
  const fromFile = loadConfigFile(text, configFile);
  const fromInputs = settingsFromInputs((name) => core.getInput(name));
  return {
    settings: mergeSettings(DEFAULT_SETTINGS, fromFile.settings, fromInputs.settings),
    errors: [...(error ? [error] : []), ...fromFile.errors, ...fromInputs.errors],
    token: core.getInput('token'),
    scanPath: core.getInput('path') || '.',
    online: core.getInput('resolve').trim().toLowerCase() !== 'false',
    configFile,
    fromFile: fromFile.settings,
  };
}

/**
 * The settings a pull request's own config file changes against the base commit's. Under
 * `pull_request` the PR's file judges the PR; this lets the comment say so when the PR
 * moves its own policy. The base commit must be in the repository (the scan fetches it).
 */
export function policyChangesSince(
  workspace: string,
  baseSha: string,
  configFile: string,
  fromFile: Partial<Settings>,
): SettingChange[] {
  const before = loadConfigFile(readConfigAtCommit(workspace, baseSha, configFile).text, configFile);
  return settingChanges(DEFAULT_SETTINGS, before.settings, fromFile);
}
