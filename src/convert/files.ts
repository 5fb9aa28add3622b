import type { FileMount, Service } from '../config/model.js';
import { InternalError } from '../errors/index.js';
import { API, type ConfigMap, type PersistentVolumeClaim, type Secret } from './k8s-types.js';
import { dataKey, objectName } from './names.js';

type Meta = { namespace?: string; labels: Record<string, string> };

/** The bytes of every host file a secret or config is read from, by absolute path (read by the caller). */
export type FileContents = ReadonlyMap<string, Uint8Array>;

/**
 * What the caller found at a bind mount's source: a file, or a folder of
 * files (its entries by name), small enough for a ConfigMap; else why not.
 */
export type BindSource =
  | { kind: 'file'; bytes: Uint8Array }
  | { kind: 'folder'; files: ReadonlyMap<string, Uint8Array> }
  | { kind: 'unfit'; reason: string };

/** The most a ConfigMap may hold (the API server's limit on data and binaryData together). */
export const CONFIGMAP_MAX_BYTES = 1024 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function bytesOf(m: FileMount, files: FileContents): Uint8Array {
  if ('content' in m.from) return new TextEncoder().encode(m.from.content);
  const bytes = files.get(m.from.file);
  if (bytes === undefined) throw new InternalError(`the contents of ${m.from.file} were not read`);
  return bytes;
}

function textOf(bytes: Uint8Array): string | undefined {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The host files the services' secrets and configs come from, which the caller reads before converting. */
export function hostFilesOf(services: readonly Service[]): string[] {
  return [...new Set(services.flatMap((s) => [...s.secrets, ...s.configs]).flatMap((m) => ('file' in m.from ? [m.from.file] : [])))];
}

/** One Secret per secret the services use, named after its key. */
export function secretsOf(services: readonly Service[], files: FileContents, meta: Meta): Secret[] {
  const out = new Map<string, Secret>();
  for (const m of services.flatMap((s) => s.secrets)) {
    if (out.has(m.source)) continue;
    const data = { [dataKey(m.source)]: Buffer.from(bytesOf(m, files)).toString('base64') };
    out.set(m.source, { apiVersion: API.core, kind: 'Secret', metadata: { name: objectName(m.source), ...meta }, type: 'Opaque', data });
  }
  return [...out.values()];
}

/** A ConfigMap of files by key: text as data, other bytes as binaryData. */
export function configMapOf(name: string, entries: readonly (readonly [string, Uint8Array])[], meta: Meta): ConfigMap {
  const map: ConfigMap = { apiVersion: API.core, kind: 'ConfigMap', metadata: { name, ...meta } };
  for (const [key, bytes] of entries) {
    const text = textOf(bytes);
    if (text === undefined) map.binaryData = { ...map.binaryData, [key]: Buffer.from(bytes).toString('base64') };
    else map.data = { ...map.data, [key]: text };
  }
  return map;
}

/** One ConfigMap per config the services use. */
export function configMapsOf(services: readonly Service[], files: FileContents, meta: Meta): ConfigMap[] {
  const out = new Map<string, ConfigMap>();
  for (const m of services.flatMap((s) => s.configs)) {
    if (!out.has(m.source)) out.set(m.source, configMapOf(objectName(m.source), [[dataKey(m.source), bytesOf(m, files)]], meta));
  }
  return [...out.values()];
}

/** The size a claim asks for: dabba.yaml does not say one. */
export const CLAIM_SIZE = '1Gi';

export function claimOf(volume: string, meta: Meta): PersistentVolumeClaim {
  return { apiVersion: API.core, kind: 'PersistentVolumeClaim', metadata: { name: objectName(volume), ...meta }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: CLAIM_SIZE } } } };
}
