/**
 * A container's namespaces, started ahead of the container (I/O): the holder
 * (`unshare --user [--net] cat`), which owns the user (and network) namespace
 * mapped from outside, and with networking the helper attached to it.
 */
import type { ChildProcess } from 'node:child_process';
import { closeInheritedFds } from './fds.js';
import { endKeeper, startHolder, type HolderPlace } from './holder.js';
import { requireTool } from './host.js';
import { requireIpv4TcpPorts } from './net-args.js';
import { startNetwork } from './network.js';
import type { RunSpec } from './spec.js';
import { unwind } from './unwind.js';

/** What a container's namespaces are made for: the parts of a RunSpec that `startNamespaces` needs. */
export type NamespacePlan = Pick<RunSpec, 'service' | 'idMapping' | 'network'>;

/** A container's namespace holder and network helper, running; see `startNamespaces`. */
export interface ContainerNamespaces {
  readonly plan: NamespacePlan;
  readonly holder: ChildProcess;
  readonly network: ChildProcess | undefined;
  /** Ends the helpers and removes their files. Idempotent. */
  end(): void;
}

/**
 * Namespaces shared with other containers, from the caller that keeps the
 * networks (src/network): where the holder is made, and what joins its
 * network namespace to the networks before the network helper starts.
 */
export interface SharedNetwork {
  place: HolderPlace;
  attach?: ((holderPid: number) => Promise<void>) | undefined;
}

export interface NamespaceOptions {
  shared?: SharedNetwork | undefined;
  /** dabba's own environment, for finding the tools. Default process.env. */
  env?: NodeJS.ProcessEnv | undefined;
  /** One-time notices (e.g. a single-id mapping). */
  onNotice?: ((text: string) => void) | undefined;
}

/**
 * Starts the namespace holder, mapped, and with networking slirp4netns or
 * pasta with every port forwarded: the part of a start that needs neither the
 * rootfs nor the image, so that `dabba run` overlaps it with finding the image
 * and making the container. Rejects with SandboxError (a tool missing, a port
 * taken) leaving nothing behind. Hand the result to `startContainer`, or
 * `end()` it.
 */
export async function startNamespaces(plan: NamespacePlan, options: NamespaceOptions = {}): Promise<ContainerNamespaces> {
  const env = options.env ?? process.env;
  if (plan.network.mode === 'user') requireIpv4TcpPorts(plan.service, plan.network.ports);
  const tools = { unshare: requireTool('unshare', env), nsenter: requireTool('nsenter', env) };
  closeInheritedFds();
  const ends: (() => void)[] = [];
  const end = (): void => unwind(ends);
  try {
    const holder = await startHolder(tools, plan.idMapping, plan.network.mode === 'user', env, options.shared?.place);
    ends.push(() => endKeeper(holder));
    await options.shared?.attach?.(holder.pid!);
    let network: ChildProcess | undefined;
    if (plan.network.mode === 'user' && plan.network.egress) {
      const started = await startNetwork(plan.service, holder.pid!, plan.network, env, options.onNotice);
      ends.push(() => started.end());
      network = started.helper;
    }
    return { plan, holder, network, end };
  } catch (err) {
    end();
    throw err;
  }
}

/** Whether namespaces started for `a` serve `b`. */
export function samePlan(a: NamespacePlan, b: NamespacePlan): boolean {
  return a.service === b.service && JSON.stringify([a.idMapping, a.network]) === JSON.stringify([b.idMapping, b.network]);
}
