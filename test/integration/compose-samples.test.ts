/**
 * Real-world compose files (docker/awesome-compose, copied unchanged under
 * test/fixtures/compose/, see its README): `dabba config` validates each one
 * found in its own folder, as `docker compose config` would, or refuses it for
 * the reason expected, and `dabba convert` turns each valid one into
 * Kubernetes objects its API schemas accept. Only the real CLI's config and
 * convert steps run: no image is
 * pulled or built and no container starts, so neither bwrap nor a network is needed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';
import { runDabba } from '../helpers/registry.js';
import { makeTempDir } from '../helpers/rootfs.js';

const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/compose/', import.meta.url));

const OBSOLETE_VERSION = 'warning: compose.yaml:1:10: version: version is obsolete and ignored, as in compose';

interface Sample {
  /** The example's folder under test/fixtures/compose/. */
  example: string;
  /** What the case shows, where more than "it validates". */
  about?: string;
  /** Files of the example left out of the copy that dabba reads. */
  without?: string[];
  /** The warnings printed (first lines, in order); none when absent. */
  warnings?: string[];
  /** The error's first line after "error: invalid configuration:", when dabba refuses the file. */
  fails?: string;
  /** Secret files the example names but does not publish: written with stand-in bytes before converting. */
  secretFiles?: string[];
}

const samples: Sample[] = [
  { example: 'angular', about: 'build: with a target, a bind mount and an anonymous volume over it' },
  { example: 'django' },
  { example: 'elasticsearch-logstash-kibana', about: 'container_name, healthcheck, a named network' },
  { example: 'flask-redis' },
  { example: 'gitea-postgres' },
  { example: 'minecraft', about: 'deploy.resources.limits.memory with a fraction (1.5G), ~ in a bind source' },
  { example: 'nextcloud-redis-mariadb' },
  { example: 'nginx-golang-mysql', about: 'secrets from a file, build:, depends_on: service_healthy', secretFiles: ['db/password.txt'] },
  { example: 'pihole-cloudflared-DoH', about: 'variables from its .env, networks with ipam, a fixed ipv4_address', warnings: [OBSOLETE_VERSION] },
  { example: 'plex', about: 'the media path from its .env' },
  {
    example: 'plex',
    about: 'without its .env the volume has no host path: compose refuses it too',
    without: ['.env'],
    warnings: ['warning: compose.yaml:10:9: services.plex.volumes[0]: variable PLEX_MEDIA_PATH is not set: using an empty string'],
    fails: 'compose.yaml:10:9: services.plex.volumes[0]: ":/media/" is not a volume (expected HOST:CONTAINER[:ro|:rw], NAME:CONTAINER[:ro|:rw] or CONTAINER)',
  },
  { example: 'portainer' },
  { example: 'prometheus-grafana' },
  { example: 'react-express-mongodb', about: 'several networks, anonymous volumes, stdin_open' },
  { example: 'react-express-mysql', about: 'build args and target, secrets, a read-only bind', secretFiles: ['db/password.txt'] },
  { example: 'spring-postgres', secretFiles: ['db/password.txt'] },
  { example: 'traefik-golang', about: 'labels, the docker socket bound' },
  { example: 'vuejs' },
  {
    example: 'wasmedge-mysql-nginx',
    about: 'compose.yml found in the folder; runtime: (a WebAssembly runtime) is refused',
    fails: 'compose.yml:20:5: services.backend.runtime: runtime: is not supported: dabba runs every container with bubblewrap',
  },
  { example: 'wireguard', about: 'cap_add, sysctls, variables from its .env', warnings: [OBSOLETE_VERSION] },
  { example: 'wordpress-mysql' },
];

/** The lines of dabba's stderr that start a message (the file excerpts under them are indented). */
function messageLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '' && !l.startsWith(' '));
}

for (const s of samples) {
  const name = `${s.example}${s.without ? ` without ${s.without.join(', ')}` : ''}: ${s.fails ? 'refused' : 'validates'}${s.about ? ` (${s.about})` : ''}`;
  test(name, async () => {
    // A copy: dabba config keeps its cache in the project folder, and the fixtures stay as published.
    const dir = await makeTempDir('dabba-compose-sample-');
    try {
      await cp(join(FIXTURES, s.example), dir, { recursive: true });
      for (const f of s.without ?? []) await rm(join(dir, f));
      // Only the example's own .env gives variables: none of the test runner's.
      const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, NO_COLOR: '1' };
      const r = await runDabba(['config', '-q'], { cwd: dir, env });
      assert.equal(r.stdout, '');
      if (s.fails === undefined) {
        assert.equal(r.code, 0, r.stderr);
        assert.deepEqual(messageLines(r.stderr), s.warnings ?? []);
        // The normalised project dabba prints loads back to itself.
        const printed = await runDabba(['config'], { cwd: dir, env });
        assert.equal(printed.code, 0, printed.stderr);
        await writeFile(join(dir, 'printed.yaml'), printed.stdout);
        const again = await runDabba(['-f', 'printed.yaml', 'config'], { cwd: dir, env });
        assert.equal(again.code, 0, again.stderr);
        assert.equal(again.stdout, printed.stdout);
        // It converts to Kubernetes objects that the API's schemas accept: a workload per service.
        for (const f of s.secretFiles ?? []) {
          await mkdir(dirname(join(dir, f)), { recursive: true });
          await writeFile(join(dir, f), 'stand-in\n');
        }
        const k8s = await runDabba(['convert', '--to', 'kubernetes', '--allow-hostpath'], { cwd: dir, env });
        assert.equal(k8s.code, 0, k8s.stderr);
        const workloads = parseAllDocuments(k8s.stdout).map((d) => d.toJS() as { kind?: string } | null).filter((o) => o?.kind === 'Deployment' || o?.kind === 'StatefulSet');
        assert.equal(workloads.length, Object.keys((parse(printed.stdout) as { services: object }).services).length);
      } else {
        assert.equal(r.code, 2, r.stderr);
        assert.deepEqual(messageLines(r.stderr), [...(s.warnings ?? []), 'error: invalid configuration:', s.fails]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}
