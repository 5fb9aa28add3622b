/**
 * The one assembly of a container's RunSpec: its folder (rootfs users, image
 * config), the service, and what the caller overrides. The supervisor (`up`)
 * and `dabba run` both start containers from it.
 */
import { readFile } from 'node:fs/promises';
import type { Service } from '../config/model.js';
import type { ImageConfig } from '../oci/types.js';
import { buildRunSpec, readRootfsUsers, type HostFacts, type JoinedNetworksView, type RunOverrides, type RunSpec } from '../sandbox/index.js';
import { containerPaths, projectPaths } from './layout.js';

export interface ContainerRun {
  /** The project folder: `.dabba/` and relative bind sources are found from it. */
  workingDir: string;
  service: Service;
  image: ImageConfig;
  host: HostFacts;
  overrides: RunOverrides;
  /** What joining the project networks decided (src/network), for a service on them. */
  networks?: JoinedNetworksView | undefined;
}

/** The RunSpec of `run.service`'s container folder, as materialised. */
export function assembleRunSpec(run: ContainerRun): RunSpec {
  const pp = projectPaths(run.workingDir);
  const cp = containerPaths(pp, run.service.name);
  const { passwd, groups } = readRootfsUsers(cp.rootfs);
  return buildRunSpec({
    service: run.service,
    image: run.image,
    paths: { containerDir: cp.dir, rootfs: cp.rootfs, projectDir: run.workingDir, volumesDir: pp.volumesDir },
    host: run.host,
    passwd,
    groups,
    overrides: run.overrides,
    networks: run.networks,
  });
}

/** The image config the unpacker recorded (a container folder's `config`). */
export async function readImageConfig(configFile: string): Promise<ImageConfig> {
  return JSON.parse(await readFile(configFile, 'utf8')) as ImageConfig;
}
