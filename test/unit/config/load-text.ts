// Helpers for the config unit tests: load a project from text, without touching the disk.
import assert from 'node:assert/strict';
import { ConfigError, type Diagnostic, type Project } from '../../../src/config/index.js';
import { loadProjectText } from '../../../src/config/load-text.js';

export const PROJECT_DIR = '/srv/proj';
export const CONFIG_FILE = `${PROJECT_DIR}/dabba.yaml`;

export interface TextOptions {
  env?: Record<string, string>;
  dotenv?: string;
  envFiles?: Record<string, string>;
  warnings?: Diagnostic[];
}

/** Loads `yaml` as /srv/proj/dabba.yaml (messages name it dabba.yaml). */
export function load(yaml: string, options: TextOptions = {}): Project {
  return loadProjectText(
    {
      text: yaml,
      configFile: CONFIG_FILE,
      projectDir: PROJECT_DIR,
      env: { HOME: '/home/me', ...options.env },
      dotenv: options.dotenv,
      onWarning: (w) => options.warnings?.push(w),
    },
    options.envFiles,
  );
}

/** The ConfigError that `loading` throws (fails the test when it loads). */
export function configErrorOf(loading: () => unknown, what = 'this project'): ConfigError {
  try {
    loading();
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  assert.fail(`expected a ConfigError for:\n${what}`);
}

/** The ConfigError that loading `yaml` throws (fails the test when it loads). */
export function loadError(yaml: string, options: TextOptions = {}): ConfigError {
  return configErrorOf(() => load(yaml, options), yaml);
}

/** Dedent a template literal: strips the common indentation and the first newline. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = strings.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = text.replace(/^\n/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
