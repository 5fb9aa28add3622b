import type { Project } from './model.js';
import { NotImplementedError } from '../errors/index.js';

export type { Project, Service } from './model.js';

export interface LoadOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** `-f FILE`; otherwise dabba.yaml, compose.yaml, … searched from cwd upwards. */
  file?: string | undefined;
  projectDirectory?: string | undefined;
}

/** Reads, validates and normalises the project file. Throws ConfigError listing every problem. */
export async function loadProject(_options: LoadOptions): Promise<Project> {
  throw new NotImplementedError('config');
}
