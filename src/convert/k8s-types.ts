/**
 * The part of the Kubernetes API that `dabba convert` emits, typed by hand
 * after apps/v1, v1 and networking.k8s.io/v1 (the versions pinned below): only
 * the fields dabba writes, so that a misspelt field does not compile.
 */

export const API = { apps: 'apps/v1', core: 'v1', networking: 'networking.k8s.io/v1' } as const;

export interface ObjectMeta {
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface EnvVar { name: string; value: string }
export interface ContainerPort { containerPort: number; protocol: Protocol }
export type Protocol = 'TCP' | 'UDP';

export interface Probe {
  exec: { command: string[] };
  periodSeconds: number;
  timeoutSeconds: number;
  failureThreshold: number;
  initialDelaySeconds?: number;
}

export interface VolumeMount { name: string; mountPath: string; readOnly?: boolean; subPath?: string }

export interface SecurityContext {
  runAsUser?: number;
  runAsGroup?: number;
  readOnlyRootFilesystem?: boolean;
  capabilities?: { add?: string[]; drop?: string[] };
}

export interface Container {
  name: string;
  image: string;
  imagePullPolicy: 'IfNotPresent' | 'Always' | 'Never';
  command?: string[];
  args?: string[];
  workingDir?: string;
  env?: EnvVar[];
  ports?: ContainerPort[];
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
  securityContext?: SecurityContext;
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  volumeMounts?: VolumeMount[];
  tty?: boolean;
  stdin?: boolean;
}

export interface KeyToPath { key: string; path: string; mode?: number }

export type Volume =
  | { name: string; persistentVolumeClaim: { claimName: string; readOnly?: boolean } }
  | { name: string; emptyDir: { medium?: 'Memory'; sizeLimit?: string } }
  | { name: string; hostPath: { path: string } }
  | { name: string; secret: { secretName: string; items: KeyToPath[] } }
  | { name: string; configMap: { name: string; items: KeyToPath[] } };

export interface PodSpec {
  initContainers?: Container[];
  containers: Container[];
  restartPolicy: 'Always';
  terminationGracePeriodSeconds: number;
  hostname?: string;
  hostNetwork?: boolean;
  hostAliases?: { ip: string; hostnames: string[] }[];
  dnsConfig?: { nameservers?: string[]; searches?: string[]; options?: { name: string; value?: string }[] };
  securityContext?: { sysctls: { name: string; value: string }[] };
  volumes?: Volume[];
}

export interface PodTemplate { metadata: { labels: Record<string, string>; annotations?: Record<string, string> }; spec: PodSpec }

export interface Deployment {
  apiVersion: typeof API.apps;
  kind: 'Deployment';
  metadata: ObjectMeta;
  spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: PodTemplate };
}

export interface StatefulSet {
  apiVersion: typeof API.apps;
  kind: 'StatefulSet';
  metadata: ObjectMeta;
  spec: { replicas: 1; serviceName: string; selector: { matchLabels: Record<string, string> }; template: PodTemplate };
}

export interface ServicePort { name: string; port: number; targetPort: number; protocol: Protocol; nodePort?: number }

export interface Service {
  apiVersion: typeof API.core;
  kind: 'Service';
  metadata: ObjectMeta;
  spec: { type: 'ClusterIP' | 'NodePort' | 'LoadBalancer'; selector: Record<string, string>; ports: ServicePort[] };
}

export interface PersistentVolumeClaim {
  apiVersion: typeof API.core;
  kind: 'PersistentVolumeClaim';
  metadata: ObjectMeta;
  spec: { accessModes: ['ReadWriteOnce']; resources: { requests: { storage: string } } };
}

export interface Secret { apiVersion: typeof API.core; kind: 'Secret'; metadata: ObjectMeta; type: 'Opaque'; data: Record<string, string> }

export interface ConfigMap { apiVersion: typeof API.core; kind: 'ConfigMap'; metadata: ObjectMeta; data?: Record<string, string>; binaryData?: Record<string, string> }

export interface NetworkPolicyPeer { podSelector: { matchLabels: Record<string, string> } }

export interface NetworkPolicy {
  apiVersion: typeof API.networking;
  kind: 'NetworkPolicy';
  metadata: ObjectMeta;
  spec: {
    podSelector: { matchLabels: Record<string, string> };
    policyTypes: ('Ingress' | 'Egress')[];
    ingress: { from?: NetworkPolicyPeer[]; ports?: { port: number; protocol: Protocol }[] }[];
    egress?: { to?: NetworkPolicyPeer[]; ports?: { port: number; protocol: Protocol }[] }[];
  };
}

export type K8sObject = Deployment | StatefulSet | Service | PersistentVolumeClaim | Secret | ConfigMap | NetworkPolicy;

/** An object with the comments written above it (what the dabba.yaml said that it does not carry). */
export interface Manifest { object: K8sObject; comments: string[] }
