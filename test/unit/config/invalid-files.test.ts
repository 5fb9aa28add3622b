import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadError, yaml, type TextOptions } from './load-text.js';

/**
 * Each invalid file names the exact position and key path of its problem, and
 * the message says what was found and what was expected. `file` defaults to
 * dabba.yaml.
 */
interface Case {
  name: string;
  text: string;
  options?: TextOptions;
  file?: string;
  line: number;
  col: number;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'short port spec that is not a port mapping',
    text: yaml`
      services:
        web:
          image: busybox
          ports:
            - "80:abc"
    `,
    line: 5, col: 9, path: 'services.web.ports[0]',
    message: /^"80:abc" is not a port mapping \(expected \[IP:\]HOST:CONTAINER\[\/tcp\|udp\]\)$/,
  },
  {
    name: 'misspelt key gets a suggestion',
    text: yaml`
      services:
        web:
          image: busybox
          enviroment:
            A: b
    `,
    line: 4, col: 5, path: 'services.web.enviroment',
    message: /^unknown key "enviroment" \(did you mean "environment"\?\)$/,
  },
  {
    name: 'build: a git URL as context is refused with the reason',
    text: yaml`
      services:
        web:
          build:
            context: https://github.com/o/r.git#main
    `,
    line: 4, col: 16, path: 'services.web.build.context',
    message: /^"https:\/\/github.com\/o\/r.git#main" is a remote context: dabba builds only from a local folder \(clone it and give its path\)$/,
  },
  {
    name: 'build: - (standard input) as context is refused',
    text: yaml`
      services:
        web:
          build: "-"
    `,
    line: 3, col: 12, path: 'services.web.build',
    message: /^a build context read from standard input \(-\) is not supported: give a folder$/,
  },
  {
    name: 'build: a remote cache_from is refused',
    text: yaml`
      services:
        web:
          build:
            context: .
            cache_from: ["type=registry,ref=r/app:cache"]
    `,
    line: 5, col: 20, path: 'services.web.build.cache_from[0]',
    message: /^"type=registry,ref=r\/app:cache": remote build caches are not supported/,
  },
  {
    name: 'build: dockerfile and dockerfile_inline together',
    text: yaml`
      services:
        web:
          build:
            dockerfile: Dockerfile
            dockerfile_inline: FROM busybox
    `,
    line: 5, col: 7, path: 'services.web.build.dockerfile_inline',
    message: /^dockerfile and dockerfile_inline cannot both be set$/,
  },
  {
    name: 'build: an unknown key of the long syntax',
    text: yaml`
      services:
        web:
          build:
            contxt: .
    `,
    line: 4, col: 7, path: 'services.web.build.contxt',
    message: /^unknown key "contxt" \(did you mean "context"\?\)$/,
  },
  {
    name: 'build: network none is refused with the reason',
    text: yaml`
      services:
        web:
          build:
            network: none
    `,
    line: 4, col: 16, path: 'services.web.build.network',
    message: /^network: none cannot be built here: buildah's chroot isolation, which dabba builds with \(it works unprivileged and on any cgroup setup\), runs every RUN step in the host's network$/,
  },
  {
    name: 'build: network other than none/default/host',
    text: yaml`
      services:
        web:
          build:
            network: mynet
    `,
    line: 4, col: 16, path: 'services.web.build.network',
    message: /^"mynet" is not one of: default, none, host$/,
  },
  {
    name: 'develop.watch action rebuild without build:',
    text: yaml`
      services:
        web:
          image: busybox
          develop:
            watch:
              - {path: ./src, action: rebuild}
    `,
    line: 6, col: 33, path: 'services.web.develop.watch[0].action',
    message: /^action: rebuild needs build: \(how to build the image\)$/,
  },
  {
    name: 'pull_policy: build without build:',
    text: yaml`
      services:
        web:
          image: busybox
          pull_policy: build
    `,
    line: 4, col: 18, path: 'services.web.pull_policy',
    message: /^pull_policy: build needs build: \(how to build the image\)$/,
  },
  {
    name: 'a service without image',
    text: yaml`
      services:
        web:
          command: ["true"]
    `,
    line: 2, col: 3, path: 'services.web',
    message: /^missing required key "image" \(or "build", to build it\)$/,
  },
  {
    name: 'services as a sequence',
    text: yaml`
      services:
        - web
    `,
    line: 2, col: 3, path: 'services',
    message: /^expected a mapping, found a sequence$/,
  },
  {
    name: 'no services key',
    text: yaml`
      name: demo
    `,
    line: 1, col: 1, path: '',
    message: /^missing required key "services"$/,
  },
  {
    name: 'unknown top-level key close to services',
    text: yaml`
      service:
        web:
          image: busybox
    `,
    line: 1, col: 1, path: 'service',
    message: /^unknown key "service" \(did you mean "services"\?\)/,
  },
  {
    name: 'duplicate key',
    text: yaml`
      services:
        web:
          image: busybox
          image: alpine
    `,
    line: 4, col: 5, path: '',
    message: /^duplicate key/,
  },
  {
    name: 'unterminated flow sequence',
    text: yaml`
      services:
        web:
          image: busybox
          command: [sh, -c
    `,
    line: 5, col: 1, path: '',
    message: /flow sequence|\]/i,
  },
  {
    name: 'two YAML documents in one file',
    text: 'services:\n  web:\n    image: busybox\n---\nservices: {}\n',
    line: 4, col: 1, path: '',
    message: /^a project file holds one YAML document/,
  },
  {
    name: 'tab indentation',
    text: 'services:\n\tweb:\n\t\timage: busybox\n',
    line: 2, col: 1, path: '',
    message: /tabs are not allowed as indentation/,
  },
  {
    name: '%YAML 1.1 directive',
    text: '%YAML 1.1\n---\nservices:\n  web:\n    image: busybox\n',
    line: 1, col: 1, path: '',
    message: /YAML 1\.1 is not supported/,
  },
  {
    name: 'alias bomb',
    text: [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'services: {web: {image: busybox, x-bomb: *h}}',
    ].join('\n'),
    line: 1, col: 1, path: '',
    message: /alias bomb/,
  },
  {
    name: 'alias inside its own anchor',
    text: yaml`
      x-loop: &loop
        more: *loop
      services:
        web:
          image: busybox
    `,
    line: 2, col: 9, path: 'x-loop.more',
    message: /^alias \*loop is inside its own anchor: the value would never end$/,
  },
  {
    name: 'restart policy',
    text: yaml`
      services:
        web:
          image: busybox
          restart: sometimes
    `,
    line: 4, col: 14, path: 'services.web.restart',
    message: /^"sometimes" is not a restart policy \(expected no, always, on-failure\[:N\] or unless-stopped\)$/,
  },
  {
    name: 'pull_policy value',
    text: yaml`
      services:
        web:
          image: busybox
          pull_policy: weekly
    `,
    line: 4, col: 18, path: 'services.web.pull_policy',
    message: /^"weekly" is not one of: missing, if_not_present, always, never, build$/,
  },
  {
    name: 'depends_on an unknown service (list)',
    text: yaml`
      services:
        web:
          image: busybox
          depends_on: [db, cache]
        db:
          image: busybox
    `,
    line: 4, col: 22, path: 'services.web.depends_on[1]',
    message: /^unknown service "cache"$/,
  },
  {
    name: 'depends_on an unknown service (mapping) points at the key',
    text: yaml`
      services:
        web:
          image: busybox
          depends_on:
            cache:
              condition: service_started
    `,
    line: 5, col: 7, path: 'services.web.depends_on.cache',
    message: /^unknown service "cache"$/,
  },
  {
    name: 'dependency cycle',
    text: yaml`
      services:
        a:
          image: busybox
          depends_on: [b]
        b:
          image: busybox
          depends_on: [a]
    `,
    line: 4, col: 18, path: 'services.a.depends_on[0]',
    message: /^dependency cycle: a → b → a$/,
  },
  {
    name: 'named volume not declared',
    text: yaml`
      services:
        db:
          image: busybox
          volumes:
            - ./conf:/etc/conf:ro
            - data:/var/lib/db
    `,
    line: 6, col: 9, path: 'services.db.volumes[1]',
    message: /^named volume "data" is not declared/,
  },
  {
    name: 'the same host port in two services',
    text: yaml`
      services:
        a:
          image: busybox
          ports: ["8080:80"]
        b:
          image: busybox
          ports:
            - 9000:90
            - target: 81
              published: 8080
    `,
    line: 9, col: 9, path: 'services.b.ports[1]',
    message: /^host port 0\.0\.0\.0:8080\/tcp is already published by service "a"$/,
  },
  {
    name: 'ports on a service with net: false',
    text: yaml`
      services:
        web:
          image: busybox
          net: false
          ports: ["8080:80"]
    `,
    line: 5, col: 12, path: 'services.web.ports',
    message: /^ports need a network: this service has net: false/,
  },
  {
    name: 'service name that is not a folder name',
    text: yaml`
      services:
        "my web":
          image: busybox
    `,
    line: 2, col: 3, path: 'services["my web"]',
    message: /is not a valid service name/,
  },
  {
    name: 'named volume that is not a folder name',
    text: yaml`
      services:
        web:
          image: busybox
      volumes:
        .hidden:
    `,
    line: 5, col: 3, path: 'volumes[".hidden"]',
    message: /^"\.hidden" is not a valid volume name/,
  },
  {
    name: 'local image source without a path',
    text: yaml`
      services:
        web:
          image: "oci-archive:"
    `,
    line: 3, col: 12, path: 'services.web.image',
    message: /^"oci-archive:" names no path \(expected oci-archive:PATH\)$/,
  },
  {
    name: 'service named volumes collides with .dabba/volumes',
    text: yaml`
      services:
        volumes:
          image: busybox
    `,
    line: 2, col: 3, path: 'services.volumes',
    message: /is reserved/,
  },
  {
    name: 'healthcheck interval that is not a duration',
    text: yaml`
      services:
        web:
          image: busybox
          healthcheck:
            test: ["CMD", "true"]
            interval: 10 seconds
    `,
    line: 6, col: 17, path: 'services.web.healthcheck.interval',
    message: /^"10 seconds" is not a duration \(expected e\.g\. 10s, 1m30s, 500ms\)$/,
  },
  {
    name: 'stop_grace_period as a bare number',
    text: yaml`
      services:
        web:
          image: busybox
          stop_grace_period: 10
    `,
    line: 4, col: 24, path: 'services.web.stop_grace_period',
    message: /^expected a string, found the number 10$/,
  },
  {
    name: 'environment as a string',
    text: yaml`
      services:
        web:
          image: busybox
          environment: FOO=bar
    `,
    line: 4, col: 18, path: 'services.web.environment',
    message: /^expected a mapping or a sequence, found the string "FOO=bar"$/,
  },
  {
    name: 'environment entry without a key',
    text: yaml`
      services:
        web:
          image: busybox
          environment:
            - A=1
            - =oops
    `,
    line: 6, col: 9, path: 'services.web.environment[1]',
    message: /^"=oops" is not an environment entry \(expected KEY=VALUE or KEY\)$/,
  },
  {
    name: 'volume option that is not ro or rw',
    text: yaml`
      services:
        web:
          image: busybox
          volumes: ["./site:/www:z"]
    `,
    line: 4, col: 15, path: 'services.web.volumes[0]',
    message: /unsupported option "z" \(expected ro or rw\)/,
  },
  {
    name: 'bare relative volume',
    text: yaml`
      services:
        web:
          image: busybox
          volumes:
            - cache
    `,
    line: 5, col: 9, path: 'services.web.volumes[0]',
    message: /the container path "cache" must be absolute/,
  },
  {
    name: 'long volume without target',
    text: yaml`
      services:
        web:
          image: busybox
          volumes:
            - type: bind
              source: ./site
    `,
    line: 5, col: 9, path: 'services.web.volumes[0]',
    message: /^missing required key "target"$/,
  },
  {
    name: 'long bind volume without source',
    text: yaml`
      services:
        web:
          image: busybox
          volumes:
            - type: bind
              target: /www
    `,
    line: 5, col: 9, path: 'services.web.volumes[0]',
    message: /^missing required key "source"$/,
  },
  {
    name: 'port ranges of different lengths',
    text: yaml`
      services:
        web:
          image: busybox
          ports: ["8000-8002:80-81"]
    `,
    line: 4, col: 13, path: 'services.web.ports[0]',
    message: /the host range 8000-8002 and the container range 80-81 have different lengths/,
  },
  {
    name: 'required variable not set',
    text: yaml`
      services:
        web:
          image: \${IMAGE:?set IMAGE to the image to run}
    `,
    line: 3, col: 12, path: 'services.web.image',
    message: /^required variable IMAGE is missing a value: set IMAGE to the image to run$/,
  },
  {
    name: 'interpolation without a name',
    text: yaml`
      services:
        web:
          image: busybox
          command: echo \${}
    `,
    line: 4, col: 14, path: 'services.web.command',
    message: /invalid interpolation "\$\{\}".*takes a variable name/,
  },
  {
    name: 'quoted yes is not a boolean',
    text: yaml`
      services:
        web:
          image: busybox
          read_only: "yes"
    `,
    line: 4, col: 16, path: 'services.web.read_only',
    message: /^expected true or false, found the string "yes"$/,
  },
  {
    name: 'depends_on condition',
    text: yaml`
      services:
        web:
          image: busybox
          depends_on:
            db: {condition: service_ready}
        db:
          image: busybox
    `,
    line: 5, col: 23, path: 'services.web.depends_on.db.condition',
    message: /^"service_ready" is not one of: service_started, service_healthy, service_completed_successfully$/,
  },
  {
    name: 'healthcheck without test',
    text: yaml`
      services:
        web:
          image: busybox
          healthcheck:
            interval: 5s
    `,
    line: 4, col: 5, path: 'services.web.healthcheck',
    message: /a healthcheck needs a test/,
  },
  {
    name: 'entrypoint with an unterminated quote',
    text: yaml`
      services:
        web:
          image: busybox
          entrypoint: sh -c 'echo hi
    `,
    line: 4, col: 17, path: 'services.web.entrypoint',
    message: /has an unterminated single quote/,
  },
  {
    name: 'env_file that does not exist',
    text: yaml`
      services:
        web:
          image: busybox
          env_file:
            - ./common.env
            - ./missing.env
    `,
    options: { envFiles: { '/srv/proj/common.env': 'A=1\n' } },
    line: 6, col: 9, path: 'services.web.env_file[1]',
    message: /^env file "\.\/missing\.env" not found \(looked for \/srv\/proj\/missing\.env\)$/,
  },
  {
    name: 'tmpfs relative path',
    text: yaml`
      services:
        web:
          image: busybox
          tmpfs: [/run, tmp]
    `,
    line: 4, col: 19, path: 'services.web.tmpfs[1]',
    message: /^"tmp" is not a tmpfs mount point/,
  },
  {
    name: 'working_dir relative',
    text: yaml`
      services:
        web:
          image: busybox
          working_dir: app
    `,
    line: 4, col: 18, path: 'services.web.working_dir',
    message: /^"app" is not an absolute path/,
  },
  {
    name: 'two mounts at the same target',
    text: yaml`
      services:
        web:
          image: busybox
          volumes:
            - ./a:/data
            - type: tmpfs
              target: /data
    `,
    line: 6, col: 9, path: 'services.web.volumes[1]',
    message: /^\/data is already mounted by volumes\[0\]$/,
  },
  {
    name: 'waiting for the health of a service without healthcheck',
    text: yaml`
      services:
        web:
          image: busybox
        worker:
          image: busybox
          depends_on:
            web:
              condition: service_healthy
    `,
    line: 7, col: 7, path: 'services.worker.depends_on.web',
    message: /service "web" has no healthcheck to wait for/,
  },
  {
    name: 'net as a number',
    text: yaml`
      services:
        web:
          image: busybox
          net: 1
    `,
    line: 4, col: 10, path: 'services.web.net',
    message: /^expected true or false, found the number 1$/,
  },
  {
    name: 'unknown non-x- extension key on a service',
    text: yaml`
      services:
        web:
          image: busybox
          y-notes: hello
    `,
    line: 4, col: 5, path: 'services.web.y-notes',
    message: /^unknown key "y-notes"$/,
  },
  {
    name: '.env line that is not KEY=VALUE',
    text: yaml`
      services:
        web:
          image: \${IMAGE}
    `,
    options: { dotenv: 'IMAGE=busybox\nthis is not a line\n' },
    file: '.env',
    line: 2, col: 1, path: '',
    message: /^expected KEY=VALUE, found "this is not a line"$/,
  },
  {
    name: 'project name with capitals and spaces',
    text: yaml`
      name: My Project
      services:
        web:
          image: busybox
    `,
    line: 1, col: 7, path: 'name',
    message: /^"My Project" is not a project name/,
  },
  {
    name: 'sync watch rule without target',
    text: yaml`
      services:
        web:
          image: busybox
          develop:
            watch:
              - path: ./src
                action: sync
    `,
    line: 6, col: 11, path: 'services.web.develop.watch[0]',
    message: /^missing required key "target"$/,
  },
  {
    name: 'merge key of a scalar',
    text: yaml`
      services:
        web:
          <<: nothing
          image: busybox
    `,
    line: 3, col: 5, path: 'services.web',
    message: /a << merge key takes a mapping/,
  },
  {
    name: 'port number out of range in long syntax',
    text: yaml`
      services:
        web:
          image: busybox
          ports:
            - target: 70000
              published: 8080
    `,
    line: 5, col: 17, path: 'services.web.ports[0].target',
    message: /^70000 is out of range \(expected 1 to 65535\)$/,
  },
  {
    name: 'duplicate environment entries',
    text: yaml`
      services:
        web:
          image: busybox
          environment: [A=1, B=2, A=1]
    `,
    line: 4, col: 29, path: 'services.web.environment[2]',
    message: /^"A=1" is listed twice \(also at \[0\]\)$/,
  },
  {
    name: 'a secret that is not declared',
    text: yaml`
      services:
        web:
          image: busybox
          secrets: [nope]
    `,
    line: 4, col: 15, path: 'services.web.secrets[0]',
    message: /^secret "nope" is not declared: add it under the top-level secrets: key$/,
  },
  {
    name: 'an external secret',
    text: yaml`
      services:
        web:
          image: busybox
      secrets:
        pw:
          external: true
    `,
    line: 6, col: 5, path: 'secrets.pw.external',
    message: /^external secrets and configs are not supported/,
  },
  {
    name: 'a secret from a variable that is not set',
    text: yaml`
      services:
        web:
          image: busybox
          secrets: [pw]
      secrets:
        pw:
          environment: NOT_SET_HERE
    `,
    line: 4, col: 15, path: 'services.web.secrets[0]',
    message: /^secret "pw" comes from the variable NOT_SET_HERE, which is not set$/,
  },
  {
    name: 'a secret with content:',
    text: yaml`
      services:
        web:
          image: busybox
      secrets:
        pw:
          content: hunter2
    `,
    line: 6, col: 5, path: 'secrets.pw.content',
    message: /^content: is for configs/,
  },
  {
    name: 'a config with two sources',
    text: yaml`
      services:
        web:
          image: busybox
      configs:
        c:
          file: ./c
          content: x
    `,
    line: 5, col: 3, path: 'configs.c',
    message: /^has both file and content: give one of file:, environment: or content:$/,
  },
  {
    name: 'an unknown capability',
    text: yaml`
      services:
        web:
          image: busybox
          cap_add: [NET_ADMIN, NET_MAGIC]
    `,
    line: 4, col: 26, path: 'services.web.cap_add[1]',
    message: /^"NET_MAGIC" is not a Linux capability/,
  },
  {
    name: 'privileged: true',
    text: yaml`
      services:
        web:
          image: busybox
          privileged: true
    `,
    line: 4, col: 17, path: 'services.web.privileged',
    message: /^privileged: true is not supported: a dabba container is an unprivileged user's sandbox/,
  },
  {
    name: 'runtime:',
    text: yaml`
      services:
        web:
          image: busybox
          runtime: nvidia
    `,
    line: 4, col: 5, path: 'services.web.runtime',
    message: /^runtime: is not supported: dabba runs every container with bubblewrap$/,
  },
  {
    name: 'group_add',
    text: yaml`
      services:
        web:
          image: busybox
          group_add: [video]
    `,
    line: 4, col: 5, path: 'services.web.group_add',
    message: /^group_add is not supported: bubblewrap cannot give the command supplementary groups/,
  },
  {
    name: 'a seccomp profile',
    text: yaml`
      services:
        web:
          image: busybox
          security_opt: ["seccomp:unconfined"]
    `,
    line: 4, col: 20, path: 'services.web.security_opt[0]',
    message: /^"seccomp:unconfined" is not supported: dabba accepts only no-new-privileges:true/,
  },
  {
    name: 'a sysctl outside the network namespace',
    text: yaml`
      services:
        web:
          image: busybox
          sysctls:
            kernel.shmmax: 1
    `,
    line: 5, col: 7, path: 'services.web.sysctls["kernel.shmmax"]',
    message: /^kernel\.shmmax: only net\.\* sysctls can be set/,
  },
  {
    name: 'sysctls without a network namespace',
    text: yaml`
      services:
        web:
          image: busybox
          net: false
          sysctls: [net.core.somaxconn=1]
    `,
    line: 5, col: 14, path: 'services.web.sysctls',
    message: /^net\.\* sysctls are written in the container's own network namespace, which network_mode: none \(or net: false\) does not give it$/,
  },
  {
    name: 'sysctls in the host\'s network namespace',
    text: yaml`
      services:
        web:
          image: busybox
          network_mode: host
          sysctls: {net.core.somaxconn: 1}
    `,
    line: 5, col: 14, path: 'services.web.sysctls',
    message: /^net\.\* sysctls are written in the container's own network namespace, which network_mode: host \(or net: false\) does not give it$/,
  },
  {
    name: 'a log driver other than json-file or local',
    text: yaml`
      services:
        web:
          image: busybox
          logging: {driver: syslog}
    `,
    line: 4, col: 23, path: 'services.web.logging.driver',
    message: /^"syslog" is not supported: dabba keeps every service's output in its own rotating log/,
  },
  {
    name: 'a soft limit above the hard one',
    text: yaml`
      services:
        web:
          image: busybox
          ulimits:
            nofile: {soft: 20, hard: 10}
    `,
    line: 5, col: 15, path: 'services.web.ulimits.nofile',
    message: /^the soft limit 20 is above the hard limit 10$/,
  },
  {
    name: 'two mounts whose targets differ by a trailing slash',
    text: yaml`
      services:
        web:
          image: busybox
          volumes: ["./a:/data", "./b:/data/"]
    `,
    line: 4, col: 28, path: 'services.web.volumes[1]',
    message: /^\/data is already mounted by volumes\[0\]$/,
  },
  {
    name: 'an unbracketed IPv6 host address',
    text: yaml`
      services:
        web:
          image: busybox
          ports: ["::1:8080:80"]
    `,
    line: 4, col: 13, path: 'services.web.ports[0]',
    message: /^"::1:8080:80": an IPv6 host address goes in brackets, as in \[::1\]:8080:80$/,
  },
  {
    name: 'mem_limit and deploy.resources.limits.memory disagree',
    text: yaml`
      services:
        web:
          image: busybox
          mem_limit: 1g
          deploy:
            resources:
              limits: {memory: 2g}
    `,
    line: 7, col: 26, path: 'services.web.deploy.resources.limits.memory',
    message: /^mem_limit and deploy\.resources\.limits\.memory disagree: give one of them$/,
  },
  {
    name: 'a memory reservation above the limit',
    text: yaml`
      services:
        web:
          image: busybox
          mem_limit: 1g
          mem_reservation: 2g
    `,
    line: 5, col: 22, path: 'services.web.mem_reservation',
    message: /^the memory reservation \(2147483648 bytes\) is more than the limit \(1073741824 bytes\)$/,
  },
  {
    name: 'a size with a comma for a decimal point',
    text: yaml`
      services:
        web:
          image: busybox
          mem_limit: 1,5g
    `,
    line: 4, col: 16, path: 'services.web.mem_limit',
    message: /^"1,5g" is not a size \(expected bytes, or a number with k, m, g, t or p\)$/,
  },
  {
    name: 'memswap_limit below mem_limit',
    text: yaml`
      services:
        web:
          image: busybox
          mem_limit: 1g
          memswap_limit: 512m
    `,
    line: 5, col: 20, path: 'services.web.memswap_limit',
    message: /^memswap_limit \(536870912 bytes\) is less than mem_limit \(1073741824 bytes\): it counts memory plus swap$/,
  },
  {
    name: 'deploy keys about a swarm',
    text: yaml`
      services:
        web:
          image: busybox
          deploy:
            placement: { constraints: [node.role==manager] }
    `,
    line: 5, col: 7, path: 'services.web.deploy.placement',
    message: /^unknown key "placement"/,
  },
  {
    name: 'a config at a secret\'s target',
    text: yaml`
      services:
        web:
          image: busybox
          secrets: [pw]
          configs: [{source: c, target: /run/secrets/pw}]
      secrets:
        pw: {file: ./pw}
      configs:
        c: {content: x}
    `,
    line: 5, col: 15, path: 'services.web.configs[0]',
    message: /^\/run\/secrets\/pw is already used by secrets\[0\]$/,
  },
];

for (const c of cases) {
  test(`invalid: ${c.name}`, () => {
    const err = loadError(c.text, c.options);
    assert.equal(err.exitCode, 2);
    const file = c.file ?? 'dabba.yaml';
    const d = err.diagnostics.find((x) => x.file === file && x.path === c.path && c.message.test(x.message));
    assert.ok(d, `no diagnostic at ${c.path} matching ${c.message} in:\n${err.message}`);
    assert.deepEqual({ line: d.line, col: d.col }, { line: c.line, col: c.col }, err.message);
    // The message a person reads: position, key path, message, the source line and a caret under the column.
    const head = `${file}:${c.line}:${c.col}: ${c.path === '' ? '' : `${c.path}: `}${d.message}`;
    const shown = err.message.split('\n');
    const at = shown.indexOf(head);
    assert.ok(at >= 0, `"${head}" not in:\n${err.message}`);
    const source = (c.file === '.env' ? c.options!.dotenv! : c.text).split('\n')[c.line - 1]!;
    assert.equal(shown[at + 1], `  ${source}`);
    assert.equal(shown[at + 2], `  ${' '.repeat(c.col - 1)}^`);
  });
}

test('at least 30 invalid-file cases', () => {
  assert.ok(cases.length >= 30, String(cases.length));
});

test('every problem of a file is reported in one run, top to bottom', () => {
  const err = loadError(yaml`
    services:
      web:
        image: busybox
        ports: ["80:abc"]
        enviroment: {}
      db:
        image: postgres
        restart: sometimes
  `);
  assert.deepEqual(
    err.diagnostics.map((d) => [d.line, d.path]),
    [
      [4, 'services.web.ports[0]'],
      [5, 'services.web.enviroment'],
      [8, 'services.db.restart'],
    ],
  );
  assert.match(err.message, /^invalid configuration \(3 problems\):\n/);
});
