/**
 * Joining a container to its networks (I/O). All of a user's networks live in
 * one namespace holder (`unshare --user --net sleep`, started on first use and
 * ended when the last network goes): a bridge per network in its network
 * namespace. A container's namespaces are made inside the holder's user
 * namespace, so the holder's root can give the container's network namespace
 * one end of a veth pair per network. Egress and published ports stay the
 * container's own (slirp4netns or pasta in its namespace), so a network costs
 * a veth, not a router.
 */
import { writeFileSync } from 'node:fs';
import type { NetworkJoinPlan } from '../config/network-plan.js';
import type { ExtraHost } from '../config/model.js';
import { planIdMapping, type HostFacts, type IdMapping } from '../sandbox/ids.js';
import { requireTool } from '../sandbox/host.js';
import { runHelper, spawnHelper } from '../sandbox/helper-spawn.js';
import { ENTER_KEEPING_IDS, waitForNewNamespace, writeIdMapping } from '../sandbox/holder.js';
import type { SharedNetwork } from '../sandbox/namespaces.js';
import { isAlive, processRef, signalProcess } from '../util/process.js';
import { interfaceName, parseSubnet, pickAddress, pickSubnet } from './addresses.js';
import { attachScript, containerBatch, removeBridgesScript, type VethPlan } from './commands.js';
import { NetworkError } from './errors.js';
import { renderHosts, type HostsEntry } from '../sandbox/hosts-file.js';
import { memberKey, peekRecord, updateRecord, type NetworkRecord, type RunningContainer } from './registry.js';

export interface ContainerOnNetworks {
  plan: NetworkJoinPlan;
  host: HostFacts;
  env: NodeJS.ProcessEnv;
  /** `dabba run`'s pid: a one-off container, a member only while it runs. */
  run?: number | undefined;
  /** Where the container's /etc/hosts is (written in place, as it is bound). */
  hostsFile: string;
  hostname: string;
  extraHosts: ExtraHost[];
  hostGateway: string | undefined;
}

export interface JoinedNetworks {
  shared: SharedNetwork;
  /** The container's /etc/hosts as of now. */
  hosts: string;
  addresses: { network: string; ip: string }[];
}

/**
 * Gives the container (and every service of its project on its networks)
 * an address, starting the holder and recording the networks as needed.
 * The container is attached when the sandbox calls `shared.attach`.
 */
export async function joinNetworks(c: ContainerOnNetworks): Promise<JoinedNetworks> {
  const tools = { ip: requireTool('ip', c.env), nsenter: requireTool('nsenter', c.env), unshare: requireTool('unshare', c.env), sleep: requireTool('sleep', c.env) };
  const self = memberKey(c.plan.projectDir, c.plan.service, c.run);
  const mapping = planIdMapping(c.host, true);
  const { holderPid, hosts, addresses, networks } = await updateRecord(c.env, async (record) => {
    const holderPid = await ensureHolder(record, mapping, tools, c.env);
    allocate(record, c.plan, c.run === undefined ? undefined : self);
    const networks = c.plan.networks.map((n) => record.networks[n.name]!);
    const addresses = c.plan.networks.map((n, i) => ({ network: n.name, ip: networks[i]!.members[self]!.ip }));
    const hosts = renderHosts(hostsInput(record, runningOf(c, self, undefined)));
    return { record, result: { holderPid, hosts, addresses, networks } };
  });
  const vethsFor = (containerHolder: number): VethPlan[] =>
    c.plan.networks.map((n, i) => ({
      bridge: networks[i]!.bridge,
      hostSide: interfaceName('dve', `${self}#${n.name}#${containerHolder}`),
      containerSide: `eth${i}`,
      ip: addresses[i]!.ip,
      prefix: parseSubnet(networks[i]!.subnet).prefix,
    }));
  const shared: SharedNetwork = {
    place: { kind: 'inside', parentPid: holderPid, parentMapping: mapping },
    attach: (containerHolder) => attach(c, self, holderPid, vethsFor(containerHolder), containerHolder, tools.nsenter),
  };
  return { shared, hosts, addresses };
}

async function ensureHolder(record: NetworkRecord, mapping: IdMapping, tools: { unshare: string; sleep: string }, env: NodeJS.ProcessEnv): Promise<number> {
  if (record.holder !== undefined && (await isAlive(record.holder))) return record.holder.pid;
  const child = spawnHelper(tools.unshare, ['--user', '--net', '--', tools.sleep, 'infinity'], { stdio: 'ignore', detached: true, cwd: '/' });
  child.unref();
  try {
    await waitForNewNamespace(child, [process.pid]);
    await writeIdMapping(child.pid!, mapping, env);
    const ref = await processRef(child.pid!);
    if (ref === undefined) throw new NetworkError('the network holder exited as it started');
    record.holder = ref;
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  // The bridges were in the old holder's namespace: the containers that ran there are cut off.
  record.running = {};
  return child.pid!;
}

/**
 * Records the plan's networks and gives each member of the project on them an
 * address it keeps; `oneOff` (a `dabba run` container's key) gets one too, without names.
 */
function allocate(record: NetworkRecord, plan: NetworkJoinPlan, oneOff: string | undefined): void {
  for (const n of plan.networks) {
    let net = record.networks[n.name];
    if (net === undefined) {
      const subnet = n.subnet ?? pickSubnet(Object.values(record.networks).map((r) => r.subnet));
      net = { subnet, bridge: interfaceName('dbr', n.name), internal: n.internal, external: n.external, members: {} };
      record.networks[n.name] = net;
    } else if (n.subnet !== undefined && parseSubnet(n.subnet).base !== parseSubnet(net.subnet).base) {
      throw new NetworkError(`network "${n.name}" exists with subnet ${net.subnet}, not ${n.subnet}`, { hint: 'stop the projects that use it (dabba down), or keep its subnet' });
    }
    const members = [...n.members.map((m) => ({ key: memberKey(plan.projectDir, m.service), ...m })), ...(oneOff !== undefined ? [{ key: oneOff, service: plan.service, names: [], ipv4Address: undefined }] : [])];
    for (const m of members) {
      const known = net.members[m.key];
      if (known !== undefined && (m.ipv4Address === undefined || m.ipv4Address === known.ip)) {
        known.names = m.names;
        continue;
      }
      const used = Object.entries(net.members).filter(([k]) => k !== m.key).map(([, v]) => v.ip);
      net.members[m.key] = { projectDir: plan.projectDir, service: m.service, ip: pickAddress(net.subnet, used, m.ipv4Address), names: m.names };
    }
  }
}

function runningOf(c: ContainerOnNetworks, self: string, holder: RunningContainer['holder'] | undefined): RunningContainer & { key: string } {
  return {
    key: self,
    holder: holder ?? { pid: 0, startTime: '0' },
    projectDir: c.plan.projectDir,
    hostsFile: c.hostsFile,
    hostname: c.hostname,
    networks: c.plan.networks.map((n) => n.name),
    links: c.plan.links.map((l) => ({ alias: l.alias, service: l.service })),
    extraHosts: c.extraHosts,
    hostGateway: c.hostGateway,
  };
}

/** What a running container's /etc/hosts says, from the record. */
function hostsInput(record: NetworkRecord, r: RunningContainer & { key: string }) {
  const members: HostsEntry[] = [];
  let own: { ip: string; names: string[] } | undefined;
  for (const name of r.networks) {
    const net = record.networks[name];
    if (net === undefined) continue;
    own ??= net.members[r.key];
    for (const [key, m] of Object.entries(net.members)) if (key !== r.key && m.names.length > 0) members.push({ ip: m.ip, names: m.names });
  }
  const links: HostsEntry[] = [];
  for (const l of r.links) {
    const key = memberKey(r.projectDir, l.service);
    const ip = r.networks.map((n) => record.networks[n]?.members[key]?.ip).find((x) => x !== undefined);
    if (ip !== undefined) links.push({ ip, names: [l.alias] });
  }
  return { hostname: r.hostname, ownIp: own?.ip, ownNames: own?.names ?? [], members, links, extraHosts: r.extraHosts, hostGateway: r.hostGateway };
}

/** Joins the container's network namespace to the bridges and rewrites the /etc/hosts of every running member. */
async function attach(c: ContainerOnNetworks, self: string, holderPid: number, veths: readonly VethPlan[], containerHolder: number, nsenter: string): Promise<void> {
  // Outside the record's lock: the veth names are this container's own, and bridges are made race-free.
  await runHelper(nsenter, ['-t', String(holderPid), ...ENTER_KEEPING_IDS, '-n', '--', '/bin/sh', '-c', attachScript(veths), 'sh', String(containerHolder), containerBatch(veths)], `service "${c.plan.service}": joining its networks`);
  await updateRecord(c.env, async (record) => {
    if (record.holder?.pid !== holderPid || !(await isAlive(record.holder))) throw new NetworkError('the network holder ended while the container started', { hint: 'run dabba up again' });
    const ref = await processRef(containerHolder);
    if (ref !== undefined) record.running[self] = runningOf(c, self, ref);
    await rewriteHosts(record);
    return { record, result: undefined };
  });
}

/** Rewrites the /etc/hosts of every running container, forgetting those that ended. */
async function rewriteHosts(record: NetworkRecord): Promise<void> {
  for (const [key, r] of Object.entries(record.running)) {
    if (!(await isAlive(r.holder))) {
      delete record.running[key];
      continue;
    }
    try {
      // In place: the container has this very file bound over its /etc/hosts.
      writeFileSync(r.hostsFile, renderHosts(hostsInput(record, { ...r, key })));
    } catch {
      delete record.running[key];
    }
  }
}

/**
 * Takes the project's containers (or one `dabba run`'s) off the networks;
 * removes networks left without members, and the holder with the last one.
 */
export async function leaveNetworks(env: NodeJS.ProcessEnv, projectDir: string, run?: { service: string; pid: number }): Promise<void> {
  const matches = (key: string, m: { projectDir: string }): boolean => (run === undefined ? m.projectDir === projectDir : key === memberKey(projectDir, run.service, run.pid));
  const now = await peekRecord(env);
  if (!Object.values(now.networks).some((n) => Object.entries(n.members).some(([k, m]) => matches(k, m)))) return;
  await updateRecord(env, async (record) => {
    const gone: string[] = [];
    for (const [name, net] of Object.entries(record.networks)) {
      for (const [key, m] of Object.entries(net.members)) if (matches(key, m)) delete net.members[key];
      if (Object.keys(net.members).length === 0) {
        gone.push(net.bridge);
        delete record.networks[name];
      }
    }
    for (const [key, r] of Object.entries(record.running)) if (matches(key, r)) delete record.running[key];
    const holder = record.holder;
    if (holder !== undefined && Object.keys(record.networks).length === 0) {
      await signalProcess(holder, 'SIGKILL');
      record.holder = undefined;
    } else if (holder !== undefined && gone.length > 0 && (await isAlive(holder))) {
      await runHelper(requireTool('nsenter', env), ['-t', String(holder.pid), ...ENTER_KEEPING_IDS, '-n', '--', '/bin/sh', '-c', removeBridgesScript(gone)], 'removing a network');
    }
    return { record, result: undefined };
  });
}
