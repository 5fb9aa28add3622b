/**
 * The project networks (see join.ts): what the supervisor and `dabba run`
 * call before starting a container, and what `down` calls after.
 */
import { join } from 'node:path';
import type { Service } from '../config/model.js';
import type { NetworkJoinPlan } from '../config/network-plan.js';
import { containerPaths, projectPaths } from '../container/layout.js';
import type { HostFacts } from '../sandbox/ids.js';
import type { SharedNetwork } from '../sandbox/namespaces.js';
import { USER_NET_HOST, type JoinedNetworksView } from '../sandbox/spec-network.js';
import { readState } from '../state/store.js';
import { isAlive, processRef } from '../util/process.js';
import { NetworkError } from './errors.js';
import { joinNetworks } from './join.js';

export { leaveNetworks } from './join.js';
export { NetworkError } from './errors.js';
export { peekRecord, memberKey } from './registry.js';

export interface ServiceNetworking {
  shared: SharedNetwork | undefined;
  view: JoinedNetworksView | undefined;
}

/**
 * What a container of `service` needs from the networks before it starts:
 * for a service on project networks (`plan`), its addresses and the holder
 * to make its namespaces in; for `network_mode: service:NAME`, that running
 * container's namespaces; otherwise nothing.
 */
export async function prepareServiceNetworking(options: {
  workingDir: string;
  service: Service;
  plan: NetworkJoinPlan | undefined;
  host: HostFacts;
  env: NodeJS.ProcessEnv;
  run?: number | undefined;
}): Promise<ServiceNetworking> {
  const { service, workingDir } = options;
  const mode = service.networkMode;
  if (mode.mode === 'service') return { shared: { place: { kind: 'joined', holderPid: await runningHolderOf(workingDir, service.name, mode.service) } }, view: undefined };
  if (mode.mode !== 'bridge' || options.plan === undefined) return { shared: undefined, view: undefined };
  const egress = options.plan.networks.some((n) => !n.internal);
  const joined = await joinNetworks({
    plan: options.plan,
    host: options.host,
    env: options.env,
    run: options.run,
    hostsFile: join(containerPaths(projectPaths(workingDir), service.name).scratchDir, 'hosts'),
    hostname: service.hostname ?? service.name,
    extraHosts: service.extraHosts,
    hostGateway: egress && service.extraHosts.some((h) => h.ip === 'host-gateway') ? USER_NET_HOST : undefined,
  });
  return { shared: joined.shared, view: { egress, hosts: joined.hosts } };
}

/** The namespace holder of the running container of `other`, whose network `service` shares. */
async function runningHolderOf(workingDir: string, service: string, other: string): Promise<number> {
  const state = await readState(projectPaths(workingDir), other);
  const pid = state?.enter?.userNamespacePid;
  const ref = pid === undefined ? undefined : await processRef(pid);
  if (ref === undefined || !(await isAlive(ref))) {
    throw new NetworkError(`service "${service}": network_mode service:${other} needs "${other}" running`, { hint: `start it first: dabba up -d ${other}` });
  }
  return pid!;
}
