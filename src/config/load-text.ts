import { parseYaml } from './parse.js';
import type { FileText } from './errors.js';
import type { Project } from './model.js';
import { analyze, build, type TextInput } from './pipeline.js';

export type { TextInput } from './pipeline.js';

/**
 * The whole pipeline on texts already read: pure, for tests and for callers
 * that hold the text (watch). `envFiles` maps absolute paths of env_files and
 * of files that include: and extends: name to their contents (or why they
 * cannot be read); a path missing from it is a file that does not exist.
 */
export function loadProjectText(input: TextInput, envFiles: Readonly<Record<string, Exclude<FileText, undefined>>> = {}): Project {
  const files = new Map(Object.entries(envFiles));
  // Included and extended files come from `envFiles` too; a nested reference shows only once its file is read.
  let analysis = analyze(input, parseYaml);
  for (let round = 0; analysis.needs.length > 0 && round < 32; round++) {
    const referencedFiles = new Map(input.referencedFiles ?? []);
    for (const path of analysis.needs) referencedFiles.set(path, files.get(path));
    input = { ...input, referencedFiles };
    analysis = analyze(input, parseYaml);
  }
  return build(input, analysis, files);
}

