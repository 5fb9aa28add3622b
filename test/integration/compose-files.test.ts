// Several files, profiles and the project options with the real CLI (dabba config needs no sandbox).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { BIN } from '../helpers/cli.js';
import { withFiles } from '../helpers/rootfs.js';

function dabba(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Doc {
  name: string;
  services: Record<string, { image: string; ports?: { published: string; target: number }[]; environment?: Record<string, string>; profiles?: string[] }>;
}

const withProject = (files: Record<string, string>, fn: (dir: string) => Promise<void>) => withFiles(files, fn, 'dabba-compose-files-');

const BASE = `services:
  web:
    image: busybox
    ports: ["8080:80"]
    environment: {MODE: base, KEEP: "1"}
  debugger:
    image: busybox
    profiles: [debug]
`;
const OVERRIDE = `services:
  web:
    environment: [MODE=override]
`;
const PROD = `services:
  web:
    image: busybox:1.36
    ports: ["9090:90"]
`;

test('dabba config: the override file beside compose.yaml is merged; -f twice (before and after the command) replaces that', () =>
  withProject({ 'compose.yaml': BASE, 'compose.override.yaml': OVERRIDE, 'prod.yaml': PROD }, async (dir) => {
    const found = dabba(dir, ['config']);
    assert.equal(found.code, 0, found.stderr);
    const doc = parse(found.stdout) as Doc;
    assert.deepEqual(Object.keys(doc.services), ['web']);
    assert.deepEqual(doc.services.web!.environment, { MODE: 'override', KEEP: '1' });

    const named = dabba(dir, ['-f', 'compose.yaml', 'config', '-f', 'prod.yaml']);
    assert.equal(named.code, 0, named.stderr);
    const web = (parse(named.stdout) as Doc).services.web!;
    assert.equal(web.image, 'busybox:1.36');
    assert.deepEqual(web.environment, { MODE: 'base', KEEP: '1' });
    assert.deepEqual(web.ports!.map((p) => `${p.published}:${p.target}`), ['8080:80', '9090:90']);
  }));

test('dabba config: --profile, COMPOSE_PROFILES, -p and COMPOSE_PROJECT_NAME, COMPOSE_FILE', () =>
  withProject({ 'app/compose.yaml': BASE, 'app/prod.yaml': PROD }, async (root) => {
    const dir = join(root, 'app');
    const profiled = dabba(dir, ['config', '--profile', 'debug', '-p', 'flagname']);
    assert.equal(profiled.code, 0, profiled.stderr);
    const doc = parse(profiled.stdout) as Doc;
    assert.equal(doc.name, 'flagname');
    assert.deepEqual(Object.keys(doc.services), ['web', 'debugger']);
    assert.deepEqual(doc.services.debugger!.profiles, ['debug']);

    const fromEnv = dabba(dir, ['config', '--services'], { COMPOSE_PROFILES: 'debug', COMPOSE_PROJECT_NAME: 'envname' });
    assert.equal(fromEnv.code, 0, fromEnv.stderr);
    assert.equal(fromEnv.stdout, 'web\ndebugger\n');
    assert.equal((parse(dabba(dir, ['config'], { COMPOSE_PROJECT_NAME: 'envname' }).stdout) as Doc).name, 'envname');

    const composeFile = dabba(root, ['config'], { COMPOSE_FILE: 'app/compose.yaml:app/prod.yaml' });
    assert.equal(composeFile.code, 0, composeFile.stderr);
    assert.equal((parse(composeFile.stdout) as Doc).services.web!.image, 'busybox:1.36');
    // COMPOSE_FILE from the .env of the working folder, as compose reads it; the environment's wins.
    await writeFile(join(root, '.env'), 'FILES=app/compose.yaml\nCOMPOSE_FILE=${FILES}:app/prod.yaml\n');
    const fromDotenv = dabba(root, ['config']);
    assert.equal(fromDotenv.code, 0, fromDotenv.stderr);
    assert.equal((parse(fromDotenv.stdout) as Doc).services.web!.image, 'busybox:1.36');
    assert.notEqual((parse(dabba(root, ['config'], { COMPOSE_FILE: 'app/compose.yaml' }).stdout) as Doc).services.web!.image, 'busybox:1.36');
  }));

test('dabba config: a problem in a later file is reported at that file\'s line; the cache notices an edited override', () =>
  withProject({ 'compose.yaml': BASE, 'compose.override.yaml': OVERRIDE }, async (dir) => {
    assert.equal(dabba(dir, ['config']).code, 0);
    await writeFile(join(dir, 'compose.override.yaml'), 'services:\n  web:\n    read_only: maybe\n');
    const r = dabba(dir, ['config']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^error: invalid configuration:\ncompose\.override\.yaml:3:16: services\.web\.read_only: expected true or false, found the string "maybe"/);
  }));

test('--env-file replaces .env; a missing one is an error', () =>
  withProject({ 'compose.yaml': 'services:\n  web:\n    image: ${IMG}\n', '.env': 'IMG=from-dotenv\n', 'prod.env': 'IMG=from-prod\n' }, async (dir) => {
    assert.equal((parse(dabba(dir, ['config']).stdout) as Doc).services.web!.image, 'from-dotenv');
    assert.equal((parse(dabba(dir, ['config', '--env-file', 'prod.env']).stdout) as Doc).services.web!.image, 'from-prod');
    // Node 20 takes every --env-file in its argv as its own, the script's too (it would load the file into
    // dabba's environment, or stop at a missing one with exit 9). The executable's `#!/usr/bin/env -S node --`
    // ends node's options before the script: run it as the kernel does for `dabba` (npm's bin link).
    const [interpreter, ...words] = readFileSync(BIN, 'utf8').split('\n')[0]!.slice(2).split(' ');
    // The kernel passes what follows the interpreter as one argument.
    const asInstalled = (args: string[]) => spawnSync(interpreter!, [words.join(' '), BIN, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, HOME: dir, NO_COLOR: '1' } });
    const missing = asInstalled(['--env-file', 'nope.env', 'config']);
    assert.equal(missing.status, 2, missing.stderr);
    assert.equal(missing.stderr, 'error: --env-file nope.env: no such file\n');
    assert.equal((parse(asInstalled(['config', '--env-file', 'prod.env']).stdout) as Doc).services.web!.image, 'from-prod');
  }));

test('a command\'s own short option wins over the project option of the same letter', () =>
  withProject({ 'compose.yaml': BASE }, async (dir) => {
    // logs -f is --follow, not --file: with no containers it says so, instead of failing on "-f".
    const r = dabba(dir, ['logs', '--help']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /-f, --follow/);
    assert.match(r.stdout, /^ {6}--file FILE/m);
    const long = dabba(dir, ['logs', '--file', 'compose.yaml', '--project-name', 'other', 'debugger']);
    assert.equal(long.code, 0, long.stderr);
    const bad = dabba(dir, ['config', '-f']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /option -f needs a value/);
  }));

test('dabba config: include: and extends: file: read from disk, paths from their folder; an edited included file is noticed', () =>
  withProject(
    {
      'compose.yaml': 'include: [db/compose.yaml]\nservices:\n  web:\n    extends: {file: common/base.yaml, service: app}\n',
      'db/compose.yaml': 'services:\n  db:\n    image: postgres\n    volumes: ["./init:/init"]\n',
      'common/base.yaml': 'services:\n  app:\n    image: busybox\n    volumes: ["./site:/www"]\n',
    },
    async (dir) => {
      const r = dabba(dir, ['config', '--format', 'json']);
      assert.equal(r.code, 0, r.stderr);
      const doc = JSON.parse(r.stdout) as { services: Record<string, { image: string; volumes: { source: string }[] }> };
      assert.deepEqual(Object.keys(doc.services), ['web', 'db']);
      assert.equal(doc.services.web!.volumes[0]!.source, join(dir, 'common', 'site'));
      assert.equal(doc.services.db!.volumes[0]!.source, join(dir, 'db', 'init'));
      await writeFile(join(dir, 'db/compose.yaml'), 'services:\n  db:\n    image: postgres:16\n');
      const again = dabba(dir, ['config', '--format', 'json']);
      assert.equal(again.code, 0, again.stderr);
      assert.equal((JSON.parse(again.stdout) as { services: Record<string, { image: string }> }).services.db!.image, 'postgres:16');
    },
  ));

test('dabba up --dry-run: a service with profiles is planned when its profile is enabled or it is named, with what it depends on', () =>
  withProject(
    {
      'compose.yaml': yamlOf({
        web: '',
        dbg: '    profiles: [debug]\n    depends_on: [helper]\n',
        helper: '    profiles: [tools]\n',
      }),
    },
    async (dir) => {
      const planned = (args: string[]) => {
        const r = dabba(dir, [...args, 'up', '--dry-run'], { DABBA_STORE: join(dir, 'store') });
        assert.equal(r.code, 0, r.stderr);
        return [...new Set([...r.stdout.matchAll(/^start +(\S+):/gm)].map((m) => m[1]))];
      };
      assert.deepEqual(planned([]), ['web']);
      assert.deepEqual(planned(['--profile', 'debug']), ['web', 'helper', 'dbg']);
      const named = dabba(dir, ['up', '--dry-run', 'dbg'], { DABBA_STORE: join(dir, 'store') });
      assert.equal(named.code, 0, named.stderr);
      assert.deepEqual([...named.stdout.matchAll(/^start +(\S+):/gm)].map((m) => m[1]), ['helper', 'dbg']);
    },
  ));

/** A compose file of services on an image nothing pulls (a dry run only plans), each with extra lines. */
function yamlOf(services: Record<string, string>): string {
  return `services:\n${Object.entries(services).map(([name, extra]) => `  ${name}:\n    image: 127.0.0.1:1/none:1\n${extra}`).join('')}`;
}
