import { formatYaml } from '../config/emit-yaml.js';
import type { Conversion } from './index.js';
import type { Manifest } from './k8s-types.js';
import { formatLost } from './lost.js';
import { API_RELEASE } from './validate.js';

/** The lines above the output: what it is, and what of the project as a whole is lost. */
function header(project: string, conversion: Conversion): string[] {
  return [
    `Kubernetes manifests of dabba project "${project}" (dabba convert; the Kubernetes ${API_RELEASE} API: apps/v1, v1, networking.k8s.io/v1)`,
    ...conversion.lost.filter((l) => l.service === undefined).map((l) => `lost: ${formatLost(l)}`),
  ];
}

function document(m: Manifest): string {
  return `${m.comments.map((c) => `# ${c}\n`).join('')}${formatYaml(m.object)}`;
}

/** A multi-document YAML stream of every object, in order. */
export function renderStream(project: string, conversion: Conversion): string {
  const top = header(project, conversion).map((c) => `# ${c}\n`).join('');
  return top + conversion.manifests.map((m) => `---\n${document(m)}`).join('');
}

/** One YAML file per object: `kind-name.yaml`, each with the header. */
export function renderFiles(project: string, conversion: Conversion): { name: string; text: string }[] {
  const top = header(project, conversion).map((c) => `# ${c}\n`).join('');
  return conversion.manifests.map((m) => ({ name: `${m.object.kind.toLowerCase()}-${m.object.metadata.name}.yaml`, text: top + document(m) }));
}
