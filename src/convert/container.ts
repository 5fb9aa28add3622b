import type { Healthcheck, Service } from '../config/model.js';
import type { Container, Probe, SecurityContext } from './k8s-types.js';

const NUMERIC_USER = /^(\d+)(?::(\d+))?$/;

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function probe(h: Healthcheck, initialDelayMs: number): Probe {
  return {
    exec: { command: h.test },
    periodSeconds: seconds(h.intervalMs),
    timeoutSeconds: seconds(h.timeoutMs),
    failureThreshold: Math.max(1, h.retries),
    ...(initialDelayMs > 0 ? { initialDelaySeconds: seconds(initialDelayMs) } : {}),
  };
}

function securityContext(svc: Service, lose: (key: string, reason: string) => void): SecurityContext | undefined {
  const ctx: SecurityContext = {};
  if (svc.user !== undefined) {
    const m = NUMERIC_USER.exec(svc.user);
    if (m) {
      ctx.runAsUser = Number(m[1]);
      if (m[2] !== undefined) ctx.runAsGroup = Number(m[2]);
    } else {
      lose('user', `"${svc.user}" is a name; Kubernetes takes numeric ids only (runAsUser), so the image's user is used`);
    }
  }
  if (svc.readOnly) ctx.readOnlyRootFilesystem = true;
  const caps = (list: string[]): string[] => list.map((c) => c.replace(/^CAP_/, ''));
  if (svc.capAdd.length > 0 || svc.capDrop.length > 0) {
    ctx.capabilities = {
      ...(svc.capAdd.length > 0 ? { add: caps(svc.capAdd) } : {}),
      ...(svc.capDrop.length > 0 ? { drop: caps(svc.capDrop) } : {}),
    };
  }
  return Object.keys(ctx).length > 0 ? ctx : undefined;
}

function quantities(amounts: { memoryBytes?: number; cpus?: number }): Record<string, string> {
  const out: Record<string, string> = {};
  if (amounts.memoryBytes !== undefined) out.memory = String(amounts.memoryBytes);
  if (amounts.cpus !== undefined) out.cpu = `${Math.max(1, Math.round(amounts.cpus * 1000))}m`;
  return out;
}

function resources(svc: Service, lose: (key: string, reason: string) => void): Container['resources'] | undefined {
  const r = svc.resources;
  const limits = quantities(r);
  const requests = quantities(svc.reservations);
  if (r.memswapBytes !== undefined) lose('memswap_limit', 'Kubernetes sets no swap limit per container');
  if (r.cpuShares !== undefined) lose('cpu_shares', 'a relative weight has no per-container equivalent (requests.cpu is an amount, not a weight)');
  if (r.pids !== undefined) lose('pids_limit', 'the pid limit is set per node (kubelet podPidsLimit), not per container');
  const out = { ...(Object.keys(limits).length > 0 ? { limits } : {}), ...(Object.keys(requests).length > 0 ? { requests } : {}) };
  return Object.keys(out).length > 0 ? out : undefined;
}

const PULL = { missing: 'IfNotPresent', always: 'Always', never: 'Never', build: 'IfNotPresent' } as const;

/** The container of a service's pod (its volume mounts are added by the caller). */
export function containerOf(svc: Service, image: string, lose: (key: string, reason: string) => void): Container {
  const c: Container = { name: svc.name, image, imagePullPolicy: PULL[svc.pullPolicy] };
  if (svc.entrypoint !== undefined) {
    if (svc.entrypoint.length > 0) c.command = svc.entrypoint;
    else lose('entrypoint', 'an empty entrypoint reads as unset on Kubernetes: the image\'s ENTRYPOINT runs');
  }
  if (svc.command !== undefined) c.args = svc.command;
  if (svc.workingDir !== undefined) c.workingDir = svc.workingDir;
  const env = Object.entries(svc.environment);
  if (env.length > 0) c.env = env.map(([name, value]) => ({ name, value }));
  if (svc.ports.length > 0) {
    const seen = new Set<string>();
    c.ports = [];
    for (const p of svc.ports) {
      const key = `${p.target}/${p.protocol}`;
      if (seen.has(key)) continue;
      seen.add(key);
      c.ports.push({ containerPort: p.target, protocol: p.protocol === 'udp' ? 'UDP' : 'TCP' });
    }
  }
  const res = resources(svc, lose);
  if (res) c.resources = res;
  const sec = securityContext(svc, lose);
  if (sec) c.securityContext = sec;
  if (svc.healthcheck) {
    const h = svc.healthcheck;
    c.livenessProbe = probe(h, h.startPeriodMs);
    c.readinessProbe = probe(h, 0);
    if ([h.intervalMs, h.timeoutMs, h.startPeriodMs].some((ms) => ms % 1000 !== 0)) {
      lose('healthcheck', 'probes count in whole seconds: durations are rounded up');
    }
  }
  if (svc.tty) c.tty = true;
  if (svc.stdinOpen) c.stdin = true;
  if (svc.pullPolicy === 'build' || svc.build !== undefined) {
    lose('build', `the cluster does not build: push ${svc.image} to a registry it pulls from`);
  }
  return c;
}
