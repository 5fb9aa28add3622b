/**
 * `develop.watch` actions for one service's changed host paths: files are
 * synced into its rootfs (see container/sync.ts); whether a rule asks for a
 * restart is returned for the caller to do. The sandbox and the sync are
 * loaded only when a rule fires.
 */
import { relative } from 'node:path';
import type { Project } from '../config/model.js';
import { ContainerFsError } from '../container/errors.js';
import { containerPaths, projectPaths } from '../container/layout.js';
import { matchWatchRules } from './rules.js';

export interface DevelopOutput {
  info(text: string): void;
  warn(text: string): void;
}

/** What a service's rules ask for once its files are synced. */
export type WatchFollowUp = 'restart' | 'rebuild' | undefined;

/** Syncs the changed host paths `changed` of `service` in; resolves whether a rule asks for a restart or a rebuild (which wins). */
export async function syncWatchedPaths(project: Project, service: string, changed: readonly string[], out: DevelopOutput, env: NodeJS.ProcessEnv): Promise<WatchFollowUp> {
  const svc = project.services[service];
  if (svc === undefined) return undefined;
  const [{ readSyncOps, applySyncOps }, { readHostFacts }, { readState }] = await Promise.all([
    import('../container/sync.js'),
    import('../sandbox/index.js'),
    import('../state/store.js'),
  ]);
  const paths = projectPaths(project.workingDir);
  let followUp: WatchFollowUp;
  for (const path of changed) {
    for (const hit of matchWatchRules([svc], path)) {
      if (hit.rule.action === 'rebuild') {
        followUp = 'rebuild';
        continue;
      }
      if ((hit.rule.action === 'sync' || hit.rule.action === 'sync+restart') && hit.containerPath !== undefined) {
        const target = { rootfs: containerPaths(paths, service).rootfs, host: readHostFacts(), fakeroot: svc.fakeroot, state: await readState(paths, service), env };
        try {
          await applySyncOps(target, await readSyncOps(path, hit.containerPath));
        } catch (err) {
          throw new ContainerFsError(`service "${service}": syncing ./${relative(project.workingDir, path)} → ${hit.containerPath}: ${(err as Error).message}`, { cause: err });
        }
        out.info(`${service}: synced ${path} → ${hit.containerPath}`);
      }
      if ((hit.rule.action === 'restart' || hit.rule.action === 'sync+restart') && followUp === undefined) followUp = 'restart';
    }
  }
  return followUp;
}
