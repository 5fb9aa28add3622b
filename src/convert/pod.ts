import { basename } from 'node:path/posix';
import type { FileMount, Service, VolumeMount as DabbaMount } from '../config/model.js';
import { DEFAULT_LOG_ROTATION } from '../config/run-options.js';
import { containerOf } from './container.js';
import { configMapOf, type BindSource } from './files.js';
import type { ConfigMap, PodSpec, Volume, VolumeMount } from './k8s-types.js';
import { dataKey, isHostname, objectName } from './names.js';

export interface PodOptions {
  /** Emit bind mounts that are not ConfigMaps as hostPath volumes instead of refusing them. */
  allowHostpath: boolean;
  /** The image reference the container runs (pinned by digest when the store has it). */
  image: string;
  /** What is at each bind mount's source (read by the caller). */
  binds: ReadonlyMap<string, BindSource>;
  meta: { namespace?: string; labels: Record<string, string> };
}

export interface PodResult {
  spec: PodSpec;
  /** Named volumes the pod claims (by their key in dabba.yaml). */
  claims: string[];
  /** The ConfigMaps of its bind-mounted project files. */
  configMaps: ConfigMap[];
  /** Why the service cannot be converted (bind mounts without --allow-hostpath). */
  refusals: string[];
}

function fileVolume(kind: 'secret' | 'config', m: FileMount, i: number, lose: (key: string, reason: string) => void): [Volume, VolumeMount] {
  const name = `${kind}-${i}`;
  const item = { key: dataKey(m.source), path: dataKey(m.source), mode: m.mode };
  const volume: Volume = kind === 'secret'
    ? { name, secret: { secretName: objectName(m.source), items: [item] } }
    : { name, configMap: { name: objectName(m.source), items: [item] } };
  if (m.uid !== undefined || m.gid !== undefined) lose(`${kind}s.${m.source}`, 'uid/gid: a mounted file\'s owner is not set per file on Kubernetes (fsGroup sets the group of the whole pod)');
  return [volume, { name, mountPath: m.target, subPath: item.path, readOnly: true }];
}

type BindMount = Extract<DabbaMount, { type: 'bind' }>;

/** A bind mount of a small project file or folder as a ConfigMap volume; else why it cannot be one. */
function bindConfigMap(svc: Service, v: BindMount, i: number, options: PodOptions, lose: (key: string, reason: string) => void, note: (comment: string) => void): { map: ConfigMap; volume: Volume; mount: VolumeMount } | string {
  const found = options.binds.get(v.source);
  if (found === undefined) return 'not read';
  if (found.kind === 'unfit') return found.reason;
  const named: [string, Uint8Array][] = found.kind === 'file' ? [[basename(v.source), found.bytes]] : [...found.files];
  const keys = named.map(([n]) => dataKey(n));
  if (new Set(keys).size < keys.length) return 'file names that differ only in characters a ConfigMap key cannot hold';
  const name = objectName(`${svc.name}-vol-${i}`);
  const map = configMapOf(name, named.map(([, bytes], j) => [keys[j]!, bytes] as const), options.meta);
  const volume: Volume = { name: `vol-${i}`, configMap: { name, items: named.map(([n], j) => ({ key: keys[j]!, path: n })) } };
  const mount: VolumeMount = found.kind === 'file'
    ? { name: `vol-${i}`, mountPath: v.target, subPath: basename(v.source), readOnly: true }
    : { name: `vol-${i}`, mountPath: v.target, readOnly: true };
  note(`volumes[${i}]: the ${found.kind} ${v.source} → ConfigMap ${name}`);
  if (!v.readOnly) lose(`volumes[${i}]`, `${v.source} is mounted read-only from a ConfigMap: the service cannot write it`);
  return { map, volume, mount };
}

function restartNote(svc: Service): string | undefined {
  switch (svc.restart.policy) {
    case 'always': return undefined;
    case 'unless-stopped': return 'restart: unless-stopped → Always (a cluster has no "stopped by the user" state; scale to 0 instead)';
    case 'no': return 'restart: "no" → Always: a Deployment restarts its pods whatever the exit (a Job runs once)';
    case 'on-failure': return 'restart: on-failure → Always: a Deployment restarts its pods whatever the exit, without a retry limit';
  }
}

/** The pod of a service: its container, volumes and pod-level settings; what does not carry over is given to `lose`. */
export function podOf(svc: Service, options: PodOptions, lose: (key: string, reason: string) => void, note: (comment: string) => void): PodResult {
  const container = containerOf(svc, options.image, lose);
  const spec: PodSpec = { containers: [container], restartPolicy: 'Always', terminationGracePeriodSeconds: Math.ceil(svc.stopGracePeriodMs / 1000) };
  const volumes: Volume[] = [];
  const mounts: VolumeMount[] = [];
  const claims: string[] = [];
  const configMaps: ConfigMap[] = [];
  const refusals: string[] = [];
  svc.volumes.forEach((v, i) => {
    const name = `vol-${i}`;
    if (v.type === 'tmpfs') {
      volumes.push({ name, emptyDir: { medium: 'Memory', ...(v.sizeBytes !== undefined ? { sizeLimit: String(v.sizeBytes) } : {}) } });
      if (v.mode !== undefined) lose(`volumes[${i}].tmpfs.mode`, 'an emptyDir\'s mode is not set by the pod');
      mounts.push({ name, mountPath: v.target });
      return;
    }
    if (v.type === 'bind') {
      const asMap = bindConfigMap(svc, v, i, options, lose, note);
      if (typeof asMap !== 'string') {
        configMaps.push(asMap.map);
        volumes.push(asMap.volume);
        mounts.push(asMap.mount);
        return;
      }
      if (!options.allowHostpath) {
        refusals.push(`services.${svc.name}.volumes[${i}]: bind mount of ${v.source}: not a ConfigMap (${asMap}), and host paths do not exist on a cluster's nodes`);
        return;
      }
      volumes.push({ name, hostPath: { path: v.source } });
      note(`volumes[${i}]: ${v.source} is not a ConfigMap (${asMap}): a hostPath, which must exist on every node`);
    } else if (v.source === undefined) {
      volumes.push({ name, emptyDir: {} });
    } else {
      volumes.push({ name, persistentVolumeClaim: { claimName: objectName(v.source), ...(v.readOnly ? { readOnly: true } : {}) } });
      claims.push(v.source);
    }
    mounts.push({ name, mountPath: v.target, ...(v.readOnly ? { readOnly: true } : {}) });
  });
  svc.tmpfs.forEach((target, i) => {
    volumes.push({ name: `tmpfs-${i}`, emptyDir: { medium: 'Memory' } });
    mounts.push({ name: `tmpfs-${i}`, mountPath: target });
  });
  if (svc.shmSizeBytes !== undefined) {
    volumes.push({ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: String(svc.shmSizeBytes) } });
    mounts.push({ name: 'shm', mountPath: '/dev/shm' });
  }
  svc.secrets.forEach((m, i) => {
    const [v, mount] = fileVolume('secret', m, i, lose);
    volumes.push(v);
    mounts.push(mount);
  });
  svc.configs.forEach((m, i) => {
    const [v, mount] = fileVolume('config', m, i, lose);
    volumes.push(v);
    mounts.push(mount);
  });
  if (volumes.length > 0) spec.volumes = volumes;
  if (mounts.length > 0) container.volumeMounts = mounts;

  const restart = restartNote(svc);
  if (restart) note(restart);
  if (svc.hostname !== undefined) {
    if (isHostname(svc.hostname)) spec.hostname = svc.hostname;
    else lose('hostname', `"${svc.hostname}" is not a DNS label (a pod's hostname must be one): the pod's name is its hostname`);
  }
  const mode = svc.networkMode;
  if (mode.mode === 'host') {
    spec.hostNetwork = true;
    note('network_mode: host → hostNetwork: the pod shares its node\'s network, not the machine dabba ran on');
  } else if (mode.mode === 'none') {
    lose('network_mode', '"none": a pod always has a network; isolate it with a NetworkPolicy');
  } else if (mode.mode === 'service') {
    lose('network_mode', `"service:${mode.service}": sharing another service's network means one pod with two containers, which dabba does not emit`);
  }
  const hostAliases = svc.extraHosts.filter((h) => h.ip !== 'host-gateway');
  if (hostAliases.length > 0) spec.hostAliases = hostAliases.map((h) => ({ ip: h.ip, hostnames: [h.host] }));
  if (hostAliases.length < svc.extraHosts.length) lose('extra_hosts', 'host-gateway: a pod has no address of "the host"');
  if (svc.dns.length > 0 || svc.dnsSearch.length > 0 || svc.dnsOptions.length > 0) {
    spec.dnsConfig = {
      ...(svc.dns.length > 0 ? { nameservers: svc.dns } : {}),
      ...(svc.dnsSearch.length > 0 ? { searches: svc.dnsSearch } : {}),
      ...(svc.dnsOptions.length > 0 ? { options: svc.dnsOptions.map((o) => { const [name, value] = o.split(':', 2) as [string, string?]; return value === undefined ? { name } : { name, value }; }) } : {}),
    };
    note('dns, dns_search, dns_opt are added to the cluster\'s DNS (dnsPolicy ClusterFirst), so service names still resolve');
  }
  const sysctls = Object.entries(svc.sysctls);
  if (sysctls.length > 0) {
    spec.securityContext = { sysctls: sysctls.map(([name, value]) => ({ name, value })) };
    note('sysctls: Kubernetes allows only its "safe" sysctls unless the kubelet is started with --allowed-unsafe-sysctls');
  }
  loseRest(svc, lose);
  return { spec, claims, configMaps, refusals };
}

/** The keys with no counterpart in a pod, reported when they are set to other than their default. */
function loseRest(svc: Service, lose: (key: string, reason: string) => void): void {
  if (svc.stopSignal !== undefined) lose('stop_signal', 'Kubernetes stops a container with SIGTERM (or the image\'s STOPSIGNAL)');
  if (svc.init) lose('init', 'no init process is added; use an image with one (tini) as its entrypoint');
  if (Object.keys(svc.ulimits).length > 0) lose('ulimits', 'a pod\'s rlimits are the container runtime\'s defaults');
  if (svc.devices.length > 0) lose('devices', 'host devices need a device plugin on the cluster');
  if (svc.logging.maxBytes !== DEFAULT_LOG_ROTATION.maxBytes || svc.logging.maxFiles !== DEFAULT_LOG_ROTATION.maxFiles) lose('logging', 'log rotation is the kubelet\'s (containerLogMaxSize), not per container');
  if (!svc.fakeroot) lose('fakeroot', 'dabba\'s user mapping has no cluster meaning; use user: with numeric ids');
  if (svc.watch.length > 0) lose('develop.watch', 'file watching is for local development');
  if (svc.platform !== undefined) lose('platform', 'the node\'s architecture decides; use a nodeSelector on kubernetes.io/arch');
  if (svc.links.length > 0) lose('links', 'every Service resolves in the namespace; a link\'s alias becomes a Service of that name');
  if (svc.containerName !== undefined) lose('container_name', 'pod names are generated; the name becomes a Service so that it still resolves');
  if (svc.networkMode.mode === 'bridge' && svc.networkMode.networks.some((n) => n.ipv4Address !== undefined)) lose('networks.ipv4_address', 'pod addresses are the cluster\'s to give');
}
