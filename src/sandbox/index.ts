/** The sandbox stage: RunSpec → bwrap/slirp4netns/pasta, namespaces, starting containers, host probing. */
export { SandboxError } from './errors.js';
export { planIdMapping, parseSubidFile, rootIdShift, ROOT_ID_RANGE, type HostFacts, type IdMapping, type IdRange } from './ids.js';
export { parseGroup, parsePasswd, resolveUser, type GroupEntry, type PasswdEntry } from './users.js';
export { anonymousVolumeDir, buildRunSpec, resolveCommand, type MountSpec, type NetworkBackend, type RunOverrides, type RunSpec, type RunSpecInput } from './spec.js';
export { buildBwrapArgs } from './bwrap-args.js';
export { planNetworking, USER_NET_DNS, USER_NET_HOST, type JoinedNetworksView } from './spec-network.js';
export { buildHostfwdRequest, buildPastaArgs, buildSlirpArgs } from './net-args.js';
export { resolveContainerPath, resolveInRootfs } from './container-path.js';
export { readHostFacts, requireTool, whichTool } from './host.js';
export { readRootfsUsers } from './rootfs-users.js';
export { openOutputPipes, type OutputPipe } from './output-pipes.js';
export { enterContainer, type EnterInfo, type EnterOptions } from './enter.js';
export { startContainer, type ContainerHandle, type ContainerPids, type StartOptions } from './launch.js';
export { startNamespaces, type ContainerNamespaces, type NamespacePlan, type SharedNetwork } from './namespaces.js';
export { applyOwnershipInUserNamespace, removeInUserNamespace, runInUserNamespace, runInUserNamespaceOf, type UserNamespaceRunOptions } from './userns.js';
export { pickHostPorts } from './host-ports.js';
