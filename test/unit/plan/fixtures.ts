import type { Project, Service } from '../../../src/config/model.js';
import type { ContainerStatus, ObservedProject, ObservedService } from '../../../src/state/types.js';
import { hashRunConfig, runConfigOf } from '../../../src/plan/run-config.js';
import { makeService } from '../../helpers/rootfs.js';

/** A normalised service with compose defaults, as config would produce it. */
export function service(name: string, extra: Partial<Service> = {}): Service {
  return makeService({ name, image: `127.0.0.1:5000/${name}:1`, ...extra });
}

export function project(...services: Service[]): Project {
  return {
    name: 'demo',
    workingDir: '/srv/demo',
    configFile: '/srv/demo/dabba.yaml',
    inputFiles: [],
    services: Object.fromEntries(services.map((s) => [s.name, s])),
    volumes: {},
    networks: {},
  };
}

/** What observe() would return for a container made from `svc` with image `digest`. */
export function observedFrom(svc: Service, digest: string, status: ContainerStatus = 'running', exitCode?: number): ObservedService {
  const runConfig = runConfigOf(svc);
  return {
    name: svc.name,
    spec: { version: 1, project: { name: 'demo', workingDir: '/srv/demo' }, service: svc, imageDigest: digest, configHash: hashRunConfig(runConfig), runConfig },
    state: { version: 1, service: svc.name, status, processes: [], restarts: 0, exitCode },
    rootfsDigest: digest,
    running: status === 'running',
    status,
  };
}

export function observed(services: ObservedService[], volumes: string[] = []): ObservedProject {
  return { services: Object.fromEntries(services.map((s) => [s.name, s])), volumes };
}

export const D1 = `sha256:${'1'.repeat(64)}`;
export const D2 = `sha256:${'2'.repeat(64)}`;
