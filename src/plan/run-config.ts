/**
 * The run-relevant configuration of a service and its hash. A running
 * container is restarted when, and only when, this hash changes: fields that do
 * not change what runs (labels, pull policy, depends_on, develop.watch, the
 * image reference whose digest is compared separately) are left out, so editing
 * them leaves the service alone.
 */
import { createHash } from 'node:crypto';
import type { Service } from '../config/model.js';

/** Service fields that do not affect a running container. */
const NOT_RUN_RELEVANT: ReadonlySet<keyof Service> = new Set<keyof Service>(['image', 'build', 'platform', 'pullPolicy', 'dependsOn', 'labels', 'watch']);

/** Human names of fields, for reasons like "environment changed". */
const FIELD_NAMES: Partial<Record<keyof Service, string>> = {
  workingDir: 'working_dir',
  readOnly: 'read_only',
  stopSignal: 'stop_signal',
  stopGracePeriodMs: 'stop_grace_period',
  restart: 'restart policy',
  networkMode: 'networks',
  containerName: 'container_name',
  extraHosts: 'extra_hosts',
  dnsSearch: 'dns_search',
  dnsOptions: 'dns_opt',
};

/** The run-relevant fields of `service`, canonical (sorted keys, no undefined). */
export function runConfigOf(service: Service): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(service).sort() as (keyof Service)[]) {
    if (NOT_RUN_RELEVANT.has(key) || service[key] === undefined) continue;
    out[key] = canonicalize(service[key]);
  }
  return out;
}

/** JSON with object keys sorted at every level, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value));
}

function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) out[k] = canonicalize(v);
    }
    return out;
  }
  return value;
}

/** `sha256:<hex>` of the canonical run configuration. */
export function hashRunConfig(runConfig: Record<string, unknown>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(runConfig)).digest('hex')}`;
}

/**
 * Which run-relevant fields differ between two run configurations, by their
 * compose names, e.g. ["environment", "ports"]. Order follows the keys.
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k]))
    .map((k) => FIELD_NAMES[k as keyof Service] ?? k);
}
