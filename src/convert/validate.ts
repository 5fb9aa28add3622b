/**
 * Every object `dabba convert` emits, checked against the Kubernetes API's
 * own JSON schemas before anything is written. kubernetes-models carries the
 * schemas of one API release, compiled to validators (no schema is compiled
 * at run time); passing our objects to its constructors also checks, when
 * compiling, that k8s-types.ts is a subset of the real API types.
 */
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { StatefulSet } from 'kubernetes-models/apps/v1/StatefulSet';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ConvertError } from './errors.js';
import type { K8sObject } from './k8s-types.js';

/** The Kubernetes release whose API schemas the output is validated against (kubernetes-models 4.5). */
export const API_RELEASE = '1.27';

interface SchemaError { instancePath: string; message?: string }

function modelOf(o: K8sObject): { validate(): void } {
  switch (o.kind) {
    case 'Deployment': return new Deployment(o);
    case 'StatefulSet': return new StatefulSet(o);
    case 'Service': return new Service(o);
    case 'PersistentVolumeClaim': return new PersistentVolumeClaim(o);
    case 'Secret': return new Secret(o);
    case 'ConfigMap': return new ConfigMap(o);
    case 'NetworkPolicy': return new NetworkPolicy(o);
  }
}

/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image` */
function keyPath(pointer: string): string {
  return pointer.split('/').slice(1).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : path === '' ? p : `${path}.${p}`), '');
}

/** Throws a ConvertError naming each object that the API would refuse, and where. */
export function validateObjects(objects: readonly K8sObject[]): void {
  const problems: string[] = [];
  for (const o of objects) {
    try {
      modelOf(o).validate();
    } catch (e) {
      const errors = (e as { errors?: SchemaError[] }).errors;
      if (errors === undefined) throw e;
      for (const err of errors) problems.push(`${o.kind} ${o.metadata.name}: ${keyPath(err.instancePath) || '(object)'} ${err.message ?? 'is invalid'}`);
    }
  }
  if (problems.length > 0) {
    throw new ConvertError(`the converted objects do not match the Kubernetes ${API_RELEASE} API:\n  ${problems.join('\n  ')}`, {
      hint: 'a value in dabba.yaml that the cluster refuses, or a dabba bug: please report it with the project file',
    });
  }
}
