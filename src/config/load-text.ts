import { parseYaml } from './parse.js';
import type { FileText } from './errors.js';
import type { Project } from './model.js';
import { analyze, build, needsFullParse, type TextInput } from './pipeline.js';

export type { TextInput } from './pipeline.js';

/**
 * The whole pipeline on texts already read: pure, for tests and for callers
 * that hold the text (watch). `envFiles` maps absolute env_file paths to their
 * contents (or why they cannot be read); a path missing from it is a file that
 * does not exist.
 */
export function loadProjectText(input: TextInput, envFiles: Readonly<Record<string, Exclude<FileText, undefined>>> = {}): Project {
  const files = new Map(Object.entries(envFiles));
  try {
    return build(input, analyze(input, undefined), files);
  } catch (err) {
    // As loadProject: js-yaml first, the parser with positions for anything to report.
    if (!needsFullParse(err)) throw err;
  }
  return build(input, analyze(input, parseYaml), files);
}

