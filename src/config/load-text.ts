import { parseYaml } from './parse.js';
import type { FileText } from './errors.js';
import type { Project } from './model.js';
import { analyze, build, type TextInput } from './pipeline.js';

export type { TextInput } from './pipeline.js';

/**
 * The whole pipeline on texts already read: pure, for tests and for callers
 * that hold the text (watch). `envFiles` maps absolute env_file paths to their
 * contents (or why they cannot be read); a path missing from it is a file that
 * does not exist.
 */
export function loadProjectText(input: TextInput, envFiles: Readonly<Record<string, Exclude<FileText, undefined>>> = {}): Project {
  return build(input, analyze(input, parseYaml), new Map(Object.entries(envFiles)));
}

