/** A project name as compose accepts it in `name:`. */
export const PROJECT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * Derives a project name from a folder name as compose does: lowercase, keep
 * only a-z, 0-9, `_` and `-`, then drop leading `_` and `-`. May return ''.
 */
export function normalizeProjectName(folderName: string): string {
  return folderName
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '')
    .replace(/^[_-]+/, '');
}
