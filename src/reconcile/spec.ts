import type { Project, Service } from '../config/model.js';
import { networkJoinPlan } from '../config/network-plan.js';
import { hashRunConfig, runConfigOf } from '../plan/run-config.js';
import type { ContainerSpec } from '../state/types.js';

/** The spec recorded for `service` made from image `digest` (pure). */
export function buildContainerSpec(project: Project, service: Service, digest: string): ContainerSpec {
  const runConfig = runConfigOf(service);
  return {
    version: 1,
    project: { name: project.name, workingDir: project.workingDir },
    service,
    imageDigest: digest,
    configHash: hashRunConfig(runConfig),
    runConfig,
    network: networkJoinPlan(project, service.name),
  };
}
