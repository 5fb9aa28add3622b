/**
 * `dabba convert --to kubernetes`: a normalised Project → Kubernetes objects
 * (apps/v1, v1, networking.k8s.io/v1), pure. Every key that does not carry
 * over as dabba means it is returned as Lost (the caller prints it on stderr)
 * and written as a comment above the object it concerns.
 */
import type { Project, Service } from '../config/model.js';
import { ConvertError } from './errors.js';
import { claimOf, configMapsOf, secretsOf, type BindSource, type FileContents } from './files.js';
import { API, type Deployment, type K8sObject, type Manifest, type StatefulSet } from './k8s-types.js';
import type { Lost } from './lost.js';
import { formatLost } from './lost.js';
import { isServiceName, networkLabel, projectLabels, selectorOf } from './names.js';
import { isolated, networksOf, policyOf } from './network-policy.js';
import { podOf } from './pod.js';
import { servicesOf, type Expose } from './services.js';
import { validateObjects } from './validate.js';
import { WAIT_IMAGE, waitContainersOf } from './wait.js';

export { ConvertError } from './errors.js';
export { CONFIGMAP_MAX_BYTES, hostFilesOf, type BindSource, type FileContents } from './files.js';
export { formatLost, type Lost } from './lost.js';
export type { Expose } from './services.js';
export type { K8sObject, Manifest } from './k8s-types.js';
export { API_RELEASE } from './validate.js';

export interface ConvertOptions {
  namespace?: string | undefined;
  expose: Expose;
  allowHostpath: boolean;
  /** The contents of hostFilesOf(services). */
  files: FileContents;
  /** What is at each bind mount's source, by its path: small files and folders become ConfigMaps. */
  binds: ReadonlyMap<string, BindSource>;
  /** Images the store has, pinned by digest (image as written → `registry/repository@digest`). */
  pinned: ReadonlyMap<string, string>;
}

export interface Conversion {
  manifests: Manifest[];
  lost: Lost[];
}

/** The names each service resolves by besides its own: network aliases, container_name, and the aliases others link it by. */
function aliasesOf(project: Project): Map<string, string[]> {
  const out = new Map<string, Set<string>>(Object.keys(project.services).map((n) => [n, new Set<string>()]));
  for (const svc of Object.values(project.services)) {
    if (svc.networkMode.mode === 'bridge') for (const a of svc.networkMode.networks.flatMap((n) => n.aliases)) out.get(svc.name)!.add(a);
    if (svc.containerName !== undefined) out.get(svc.name)!.add(svc.containerName);
    for (const l of svc.links) out.get(l.service)?.add(l.alias);
  }
  return new Map([...out].map(([n, set]) => [n, [...set].filter((a) => a !== n)]));
}

function workload(svc: Service, kind: 'Deployment' | 'StatefulSet', meta: { namespace?: string; labels: Record<string, string> }, matchLabels: Record<string, string>, template: Deployment['spec']['template']): Deployment | StatefulSet {
  const selector = { matchLabels: { ...matchLabels } };
  const annotations = Object.keys(svc.labels).length > 0 ? { annotations: { ...svc.labels } } : {};
  if (kind === 'StatefulSet') return { apiVersion: API.apps, kind, metadata: { name: svc.name, ...meta, ...annotations }, spec: { replicas: 1, serviceName: svc.name, selector, template } };
  return { apiVersion: API.apps, kind, metadata: { name: svc.name, ...meta, ...annotations }, spec: { replicas: svc.replicas, selector, template } };
}

export function convertProject(project: Project, options: ConvertOptions): Conversion {
  const services = Object.values(project.services);
  const bad = services.filter((s) => !isServiceName(s.name)).map((s) => s.name);
  if (bad.length > 0) {
    throw new ConvertError(`cannot convert: service names ${bad.map((n) => `"${n}"`).join(', ')} are not DNS labels, so other pods could not resolve them`, { hint: 'rename the services: lowercase letters, digits and -, starting with a letter, at most 63 characters' });
  }
  const meta = { ...(options.namespace === undefined ? {} : { namespace: options.namespace }), labels: projectLabels(project.name) };
  const lost: Lost[] = [];
  const manifests: Manifest[] = [];
  const refusals: string[] = [];
  const claims = new Map<string, string[]>();
  const aliases = aliasesOf(project);
  const names = new Set(services.map((s) => s.name));
  const isolate = isolated(project);
  const policies: Manifest[] = [];
  const bindMaps: K8sObject[] = [];
  for (const svc of services) {
    const comments: string[] = [];
    const lose = (key: string, reason: string): void => {
      const l = { service: svc.name, key, reason };
      lost.push(l);
      comments.push(`lost: ${formatLost(l)}`);
    };
    const note = (comment: string): void => void comments.push(comment);
    const pinned = svc.build === undefined ? options.pinned.get(svc.image) : undefined;
    if (pinned !== undefined) note(`image ${svc.image}: pinned to the digest dabba pulled`);
    else if (svc.build === undefined && !svc.image.includes('@')) note(`image ${svc.image}: by its tag (dabba's store has no pull of it to pin)`);
    const pod = podOf(svc, { allowHostpath: options.allowHostpath, image: pinned ?? svc.image, binds: options.binds, meta }, lose, note);
    const wait = waitContainersOf(project, svc, lose);
    if (wait.length > 0) {
      pod.spec = { initContainers: wait, ...pod.spec };
      note(`depends_on service_healthy → init containers (${WAIT_IMAGE}) that wait until the dependency's Service answers (it routes to ready pods only)`);
    }
    refusals.push(...pod.refusals);
    bindMaps.push(...pod.configMaps);
    for (const c of pod.claims) claims.set(c, [...(claims.get(c) ?? []), svc.name]);
    const selector = selectorOf(project.name, svc.name);
    const labels = { ...selector, ...Object.fromEntries(networksOf(svc).map((n) => [networkLabel(n), 'true'])) };
    const usable = (aliases.get(svc.name) ?? []).filter((a) => {
      if (isServiceName(a) && !names.has(a)) return names.add(a);
      lose('aliases', `"${a}" is not a DNS label or is another service's name: no Service is made for it`);
      return false;
    });
    const set = servicesOf(svc, usable, meta, selector, options.expose, lose, note);
    if (set.published && names.has(set.published.metadata.name)) {
      refusals.push(`services.${svc.name}.ports: the Service of its published ports, ${set.published.metadata.name}, would take the name of a service or alias`);
    }
    const kind = pod.claims.length > 0 && svc.replicas === 1 ? 'StatefulSet' : 'Deployment';
    if (pod.claims.length > 0 && svc.replicas !== 1) note(`deploy.replicas ${svc.replicas}: the replicas share the claims of its named volumes, as dabba's containers would`);
    manifests.push({ object: workload(svc, kind, meta, selector, { metadata: { labels }, spec: pod.spec }), comments });
    for (const s of set.internal) manifests.push({ object: s, comments: [] });
    if (set.published) manifests.push({ object: set.published, comments: [] });
    if (isolate && svc.networkMode.mode === 'bridge') {
      const open = set.published ? set.published.spec.ports.map((p) => ({ port: p.targetPort, protocol: p.protocol })) : [];
      policies.push({ object: policyOf(project, svc, meta, selector, open), comments: [] });
    }
  }
  if (refusals.length > 0) {
    throw new ConvertError(`cannot convert:\n  ${refusals.join('\n  ')}`, { hint: 'a bind mount: put the files in the image or in configs:, use a named volume, or pass --allow-hostpath to mount the node\'s path (it must exist on every node); a name taken: rename the service' });
  }
  const claimObjects: Manifest[] = [];
  for (const [volume, users] of claims) {
    const comments = [`size: dabba.yaml gives none; ${claimOf(volume, meta).spec.resources.requests.storage} is asked for`];
    if (users.length > 1) comments.push(`shared by ${users.join(', ')}: ReadWriteOnce binds it to one node at a time; use a storage class with ReadWriteMany to spread them`);
    claimObjects.push({ object: claimOf(volume, meta), comments });
  }
  for (const n of Object.values(project.networks)) {
    if (n.subnet !== undefined) lost.push({ key: `networks.${n.key}.ipam`, reason: 'pod addresses are the cluster\'s to give' });
    if (n.external) lost.push({ key: `networks.${n.key}.external`, reason: 'a network shared with other projects: their pods are not selected by these NetworkPolicies' });
  }
  const files: K8sObject[] = [...secretsOf(services, options.files, meta), ...configMapsOf(services, options.files, meta), ...bindMaps];
  const all = [...files.map((object) => ({ object, comments: [] })), ...claimObjects, ...manifests, ...policies];
  validateObjects(all.map((m) => m.object));
  return { manifests: all, lost };
}
