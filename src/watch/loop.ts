/**
 * `up --watch`: keeps the project matching its files. A change to dabba.yaml,
 * `.env` or an env_file is debounced and re-applied (single-flight: edits
 * during a run are coalesced into one next run); an invalid edit prints its
 * errors and changes nothing. A change under a `develop.watch` path syncs
 * and/or restarts its service, or rebuilds its image. The command wires in how a project is loaded,
 * applied, restarted and stopped (src/cli/commands/up.ts).
 */
import { join } from 'node:path';
import type { Project } from '../config/model.js';
import { syncWatchedPaths } from './develop.js';
import { matchWatchRules } from './rules.js';
import { createSingleFlight, debounce } from './single-flight.js';
import { watchFiles } from './watcher.js';

export interface WatchLoopDeps {
  /** Reads the project's files again; throws for an edit that is not valid. */
  load(): Promise<Project>;
  /** Makes the containers match `project`; resolves whether anything was done. */
  apply(project: Project): Promise<boolean>;
  /** Restarts `service` of `project`. */
  restart(project: Project, service: string): Promise<void>;
  /** Builds `service`'s image again and recreates the service when the image changed. */
  rebuild(project: Project, service: string): Promise<void>;
  /** Stops every service of `project`; `force` kills without a grace period. */
  stop(project: Project, force: boolean): Promise<void>;
  /** Once watching has begun, then every second with the current project: follow what is new. */
  follow(project: Project): Promise<void>;
  info(text: string): void;
  warn(text: string): void;
  report(err: unknown): void;
  env: NodeJS.ProcessEnv;
}

/** Files whose change re-applies the project: the file itself, `.env` beside it, every env_file. */
function projectInputs(project: Project): string[] {
  return [...new Set([...project.configFiles, join(project.workingDir, '.env'), ...project.inputFiles])];
}

function watchRulePaths(project: Project): string[] {
  return [...new Set(Object.values(project.services).flatMap((s) => s.watch.map((r) => r.path)))];
}

/** Watches until SIGINT/SIGTERM, then stops the services (a second signal kills them) and resolves. */
export async function watchProject(first: Project, deps: WatchLoopDeps): Promise<void> {
  let project = first;
  const reapply = createSingleFlight(async () => {
    let next: Project;
    try {
      next = await deps.load();
    } catch (err) {
      deps.report(err);
      deps.info('watch: the edit is not valid; everything keeps running as it was');
      return;
    }
    try {
      if (!(await deps.apply(next))) deps.info('watch: nothing changed');
      project = next;
      watcher.setPaths([...projectInputs(project), ...watchRulePaths(project)]);
    } catch (err) {
      deps.report(err);
    }
  });
  const pendingRules = new Map<string, Set<string>>();
  const onRules = createSingleFlight(async () => {
    const hits = [...pendingRules.entries()];
    pendingRules.clear();
    for (const [service, changed] of hits) {
      try {
        const followUp = await syncWatchedPaths(project, service, [...changed], deps, deps.env);
        if (followUp === 'restart') await deps.restart(project, service);
        else if (followUp === 'rebuild') await deps.rebuild(project, service);
      } catch (err) {
        deps.report(err);
      }
    }
  });
  const inputs = () => new Set(projectInputs(project));
  const batch = debounce<string>((changed) => {
    if (changed.some((p) => inputs().has(p))) void reapply.trigger();
    const services = Object.values(project.services);
    let any = false;
    for (const p of changed) {
      for (const hit of matchWatchRules(services, p)) {
        any = true;
        const set = pendingRules.get(hit.service) ?? new Set<string>();
        set.add(p);
        pendingRules.set(hit.service, set);
      }
    }
    if (any) void onRules.trigger();
  }, Number(deps.env.DABBA_WATCH_DEBOUNCE_MS ?? 100));
  const watcher = watchFiles([...projectInputs(project), ...watchRulePaths(project)], (p) => batch.push(p));
  await watcher.ready;
  deps.info('watching for changes (Ctrl-C to stop)');
  await deps.follow(project);
  const refollow = setInterval(() => void deps.follow(project), 1000);

  let interrupts = 0;
  await new Promise<void>((resolve) => {
    const onInterrupt = () => {
      interrupts++;
      if (interrupts === 1) {
        deps.info('stopping (press Ctrl-C again to force)');
        batch.cancel();
        void (async () => {
          await watcher.close();
          await reapply.idle();
          await deps.stop(project, false).catch((e: unknown) => deps.report(e));
          process.off('SIGINT', onInterrupt);
          process.off('SIGTERM', onInterrupt);
          resolve();
        })();
      } else {
        void deps.stop(project, true);
      }
    };
    process.on('SIGINT', onInterrupt);
    process.on('SIGTERM', onInterrupt);
  });
  clearInterval(refollow);
}
