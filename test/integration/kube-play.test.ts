/**
 * The output of `dabba convert --to kubernetes` really runs: the real CLI
 * converts a two-service project, and Debian's podman (4.3) plays the
 * Deployments with `podman kube play` (rootless as a user, in namespaces of
 * its own as root; see test/helpers/podman.ts). The image is the netc test
 * image, pulled from a test registry on 127.0.0.1. Checked: a published port
 * answers on 127.0.0.1, and one service reaches the other by its Service's
 * name, as under `dabba up`.
 *
 * What podman 4.3 does not do, and so what this test supplies or leaves out:
 * - It ignores `kind: Service`, and names a Deployment's pod `NAME-pod-0`,
 *   the only name (with the infra container's short id) it gives aardvark-dns.
 *   So each Deployment is played on its own, joining the network with one
 *   alias per Service that selects its pods: what a cluster's DNS does for a
 *   Service. The Services' selectors and ports are checked to make that
 *   faithful (a selector that matches no Deployment fails here).
 * - It publishes every `containerPort` on the same host port, on all
 *   addresses, and ignores a NodePort's number: the published port here is
 *   the container's own port, so both readings agree.
 * - NetworkPolicy, probes, StatefulSets and init containers are not played
 *   (the convert tests check those objects by validation only).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dabba, requiredTools, until } from '../helpers/cli.js';
import { pushImage } from '../helpers/image-builder.js';
import { buildNetImage } from '../helpers/net-image.js';
import { missingNetworkHelper, startPodman, type Podman } from '../helpers/podman.js';
import { freePort, startRegistry, type TestRegistry } from '../helpers/registry.js';
import { makeTempDir } from '../helpers/rootfs.js';
import { compileC } from '../helpers/c-programs.js';

const tools = requiredTools(['podman', 'runc', 'nsenter', 'unshare', 'ip', 'musl-gcc', 'docker-registry']);
const helper = missingNetworkHelper();
const skip = tools.skip || (helper !== undefined && process.env.DABBA_MUST_WORK !== '1' ? `${helper} (podman's network helper) is not installed` : false);

const NETWORK = 'kubeplay';
const SUBNET = '10.89.201.0/24';

interface Labels { [k: string]: string }
interface Deployment { kind: 'Deployment'; metadata: { name: string }; spec: { template: { metadata: { labels: Labels }; spec: { containers: { name: string; ports?: { containerPort: number }[] }[] } } } }
interface Service { kind: 'Service'; metadata: { name: string }; spec: { type: string; selector: Labels; ports: { port: number; targetPort: number }[] } }
type Obj = Deployment | Service | { kind: string; metadata: { name: string } };

let base: string;
let registry: TestRegistry | undefined;
let pm: Podman | undefined;
let netc: string;
let apiPort: number;
let webPort: number;
const files = new Map<string, Obj>();
const deployments = (): [string, Deployment][] => [...files].filter((e): e is [string, Deployment] => e[1].kind === 'Deployment');
const services = (): Service[] => [...files.values()].filter((o): o is Service => o.kind === 'Service');
const selects = (s: Service, d: Deployment) => Object.entries(s.spec.selector).every(([k, v]) => d.spec.template.metadata.labels[k] === v);

async function podman(args: string[]): Promise<string> {
  const r = await pm!.podman(args);
  assert.equal(r.code, 0, `podman ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Every container's state and log, for a failure's message. */
async function containerLogs(): Promise<string> {
  const names = (await pm!.podman(['ps', '-a', '--format', '{{.Names}} {{.Status}}'])).stdout.trim().split('\n');
  const logs = await Promise.all(names.map(async (line) => {
    const r = await pm!.podman(['logs', '--tail', '10', line.split(' ')[0]!]);
    return `${line}:\n${r.stdout}${r.stderr}`.trim();
  }));
  return logs.join('\n');
}

/** What answers on 127.0.0.1:`port` where podman publishes ports. */
async function answer(port: number): Promise<string> {
  const r = await pm!.hostCommand([netc, 'send', '127.0.0.1', String(port), 'x']);
  return r.code === 0 ? r.stdout.trim() : `(exit ${r.code}) ${r.stderr.trim()}`;
}

async function waitForAnswer(port: number, expected: string): Promise<void> {
  let last = '';
  await until(`127.0.0.1:${port} answering`, async () => (last = await answer(port)) === expected, 30_000)
    .catch(async () => assert.fail(`127.0.0.1:${port} answered ${JSON.stringify(last)}, not ${JSON.stringify(expected)}\n${await containerLogs()}`));
}

describe('podman kube play runs the converted project', { skip }, () => {
  before(async () => {
    base = await makeTempDir('dabba-kubeplay-');
    netc = join(base, 'netc');
    await writeFile(netc, compileC('net/netc.c', 'static'), { mode: 0o755 });
    registry = await startRegistry();
    await pushImage(registry, 'kubeplay/net', '1', buildNetImage());
    const image = `${registry.host}/kubeplay/net:1`;
    apiPort = await freePort();
    do webPort = await freePort(); while (webPort === apiPort);

    const project = join(base, 'project');
    await mkdir(project);
    const web = `until netc send api ${apiPort} web >/tmp/reply; do sleep 0.2; done; exec netc serve ${webPort} "web got: $$(cat /tmp/reply)"`;
    await writeFile(join(project, 'dabba.yaml'), `services:
  api:
    image: ${image}
    command: ["netc", "serve", "${apiPort}", "api"]
    ports: ["${apiPort}:${apiPort}"]
  web:
    image: ${image}
    command: ${JSON.stringify(['sh', '-c', web])}
    ports: ["${webPort}:${webPort}"]
`);
    const r = await dabba(project, ['convert', '--to', 'kubernetes', '-o', 'k8s']);
    assert.equal(r.code, 0, r.stderr);
    for (const f of (await readdir(join(project, 'k8s'))).sort()) files.set(join(project, 'k8s', f), parse(await readFile(join(project, 'k8s', f), 'utf8')) as Obj);

    pm = await startPodman(join(base, 'podman'), { registry: registry.host, subnet: SUBNET });
    const pulled = await pm.pull(image);
    assert.equal(pulled.code, 0, pulled.stderr);
    await podman(['network', 'create', '--subnet', SUBNET, NETWORK]);
    for (const [file, d] of deployments()) {
      const aliases = services().filter((s) => selects(s, d)).map((s) => `alias=${s.metadata.name}`);
      await podman(['kube', 'play', '--network', [NETWORK, aliases.join(',')].filter(Boolean).join(':'), file]);
    }
  });
  after(async () => {
    try {
      await pm?.stop();
    } finally {
      await registry?.stop();
      if (base) rmSync(base, { recursive: true, force: true });
    }
  });

  test('the converted objects: a Deployment and Services per service, each Service selecting one Deployment on its pods\' port', () => {
    assert.deepEqual([...files.values()].map((o) => `${o.kind}/${o.metadata.name}`).sort(), [
      'Deployment/api', 'Deployment/web', 'Service/api', 'Service/api-published', 'Service/web', 'Service/web-published',
    ]);
    for (const s of services()) {
      const selected = deployments().filter(([, d]) => selects(s, d));
      assert.equal(selected.length, 1, `Service ${s.metadata.name} selects ${selected.length} Deployments`);
      const ports = selected[0]![1].spec.template.spec.containers.flatMap((c) => (c.ports ?? []).map((p) => p.containerPort));
      // An alias reaches the pod itself: a Service port must be the pod's port for the alias to stand for it.
      for (const p of s.spec.ports) {
        assert.equal(p.port, p.targetPort, `Service ${s.metadata.name}: port ${p.port} → ${p.targetPort}`);
        assert.ok(ports.includes(p.targetPort), `Service ${s.metadata.name}: no container port ${p.targetPort}`);
      }
    }
    assert.equal(services().find((s) => s.metadata.name === 'api-published')?.spec.type, 'NodePort');
  });

  test('the published port of api answers on 127.0.0.1', async () => {
    await waitForAnswer(apiPort, 'api');
  });

  test('web reached api by its Service\'s name, and says so on its own published port', async () => {
    await waitForAnswer(webPort, 'web got: api');
  });

  test('podman 4.3 names a Deployment\'s pod NAME-pod-0 in DNS; the Service\'s name is the alias the test adds', async () => {
    const resolve = async (name: string) => (await podman(['exec', 'web-pod-0-web', 'netc', 'resolve', name])).trim();
    const byPod = await resolve('api-pod-0');
    assert.match(byPod, /^10\.89\.201\.\d+$/);
    assert.equal(await resolve('api'), byPod);
  });
});
