/* eslint-disable */
// @ts-nocheck
// Generated from schema/dabba.schema.json by scripts/build-schema-validator.mjs: do not edit.

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/dabba/dabba/schema/dabba.schema.json","title":"dabba.yaml","description":"A dabba project: the subset of the Compose Specification that dabba runs without Docker, plus dabba's own per-service keys net and fakeroot.","type":"object","required":["services"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","x-error":"{value} is not a project name (expected lowercase letters, digits, _ and -, starting with a letter or digit)","description":"Project name. Default: the project folder's name, lowercased, keeping only a-z, 0-9, _ and -."},"version":{"type":["string","number"],"description":"Obsolete, as in compose: accepted and ignored."},"include":{"type":"array","items":{"oneOf":[{"type":"string"},{"type":"object","required":["path"],"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"properties":{"path":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"},"minItems":1}],"description":"The file, or files merged in order (relative to the including file's project folder)."},"project_directory":{"type":"string","description":"The included project's folder, against which its relative paths resolve (default: its first file's folder)."},"env_file":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}],"description":"Files of variables for the included project (relative to the including file's project folder; each must exist), instead of the .env of its folder. Variables this project has keep their values."}}}]},"description":"Other compose files whose services and volumes join this project, each a project of its own: paths in it are relative to its folder. A service defined here too is merged over the included one. Its files read this project's variables, plus those its own .env (or env_file:) adds."},"services":{"type":"object","description":"The services (containers) of the project, by name. A service's name is also the name of its folder under .dabba/.","additionalProperties":{"$ref":"#/definitions/service"}},"volumes":{"type":"object","description":"Named volumes that services mount with `NAME:/path`. Each lives in .dabba/volumes/NAME/ and survives re-creating the service.","additionalProperties":{"$ref":"#/definitions/volume"}},"networks":{"type":"object","description":"Networks services join, by key (services name them under networks:). Every service without networks: or network_mode: joins default, the project's own network; an entry default: here customises it. A service reaches by name (service name, container_name, aliases) only the services that share one of its networks.","additionalProperties":{"$ref":"#/definitions/network"}},"secrets":{"type":"object","description":"Secrets that services list under secrets:, by name: file: (a host file, relative to the project folder) or environment: (a variable of dabba's environment or .env).","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","x-error":"{value} is not a secret name (expected letters, digits, _, . and -)"},"additionalProperties":{"$ref":"#/definitions/fileSource"}},"configs":{"type":"object","description":"Configs that services list under configs:, by name: file:, environment: or content: (the text itself, interpolated).","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","x-error":"{value} is not a config name (expected letters, digits, _, . and -)"},"additionalProperties":{"$ref":"#/definitions/fileSource"}}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba, useful as a YAML anchor to reuse."}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"One container: the image it runs and how.","properties":{"image":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image (expected a reference such as busybox or ghcr.io/o/r:tag, or oci:DIR, oci-archive:FILE, docker-archive:FILE)","description":"The image to run: a registry reference (busybox, ghcr.io/o/r:tag, r@sha256:...) or a local source oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REPO:TAG] (relative paths from the project folder). Required unless build: is set; beside build: it names the built image."},"profiles":{"type":"array","items":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a profile name (letters, digits, _ . -, starting with a letter or digit, at least two characters)"},"description":"Profiles the service belongs to: it starts only when one of them is enabled (--profile, COMPOSE_PROFILES; * enables all) or it is named on the command line, as in compose. Without profiles it is always active."},"extends":{"oneOf":[{"type":"string"},{"type":"object","required":["service"],"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"properties":{"service":{"type":"string","description":"The service to extend."},"file":{"type":"string","description":"The file it is in (relative to the project folder; in an included or extended file, to that file's folder). Paths in that service are relative to its file's folder."}}}],"x-error":"extends takes a service name, or a mapping with service: and optionally file:","description":"Start from another service (in this file, or file: + service:) and merge this service's keys over it, with the rules of several files (see Several files, profiles)."},"build":{"type":["string","object"],"pattern":"\\S","x-error":"a build context must not be empty","description":"Build the image with buildah (rootless, daemonless) from a Dockerfile: a context folder (short syntax), or the long syntax below. The result is named by image:, else PROJECT-SERVICE.","properties":{"context":{"type":"string","pattern":"\\S","x-error":"a build context must not be empty","description":"The folder sent to the build, relative to the project folder (default .). A git URL or - is not supported."},"dockerfile":{"type":"string","pattern":"\\S","x-error":"a Dockerfile path must not be empty","description":"The Dockerfile, relative to the context (default Dockerfile, else Containerfile)."},"dockerfile_inline":{"type":"string","description":"The Dockerfile's text, instead of a file."},"args":{"type":["object","array"],"description":"Build arguments (ARG): a mapping or a list of KEY=VALUE; a bare KEY takes its value from the environment, and is left out when unset.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a build argument (expected KEY=VALUE or KEY)","description":"KEY=VALUE or KEY."}},"target":{"type":"string","pattern":"\\S","x-error":"a target must not be empty","description":"The stage of a multi-stage Dockerfile to build (default the last)."},"labels":{"type":["object","array"],"description":"Labels set on the built image: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."}},"network":{"enum":["default","none","host"],"description":"Network of RUN steps: default (also host): the host's network. none is refused: dabba builds with buildah's chroot isolation, whose RUN steps always share the host's network."},"extra_hosts":{"type":["array","object"],"description":"Entries added to /etc/hosts of RUN steps: HOST:IP (or HOST=IP) items, or a mapping of HOST to IP.","items":{"type":"string","pattern":"^[^:=\\s]+[:=]\\S+$","x-error":"{value} is not a host entry (expected HOST:IP or HOST=IP)","description":"HOST:IP or HOST=IP."},"additionalProperties":{"type":"string","description":"The address."}},"cache_from":{"type":"array","items":{"type":"string"},"description":"Accepted for compatibility: build steps are always cached locally, in dabba's own buildah storage; remote caches (type=registry, …) are refused."},"platforms":{"type":"array","items":{"type":"string"},"description":"Only this host's platform can be built (no emulation); any other is refused."},"pull":{"type":"boolean","description":"Fetch the FROM images again (their tags re-resolved) before building. Default false: FROM images dabba has are used as they are."},"no_cache":{"type":"boolean","description":"Run every step again, without the build cache. Default false."},"tags":{"type":"array","items":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image name"},"description":"More names for the built image in dabba's store."},"secrets":{"not":{},"x-error":"build secrets are not supported yet","description":"Not supported yet."},"ssh":{"not":{},"x-error":"build ssh forwarding is not supported","description":"Not supported."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"command":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Cmd. A string is split into words as a shell would (quotes respected, no variable expansion); a list is used as is."},"entrypoint":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Entrypoint and clears its Cmd. A string is split as a shell would; a list is used as is; [] removes the entrypoint."},"working_dir":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected a folder inside the container, starting with /)","description":"The folder the command starts in (absolute, inside the container); created if missing. Default: the image's WorkingDir."},"environment":{"type":["object","array"],"description":"Environment variables: a mapping KEY: value, or a list of KEY=VALUE. A bare KEY (or KEY: with no value) takes the value from dabba's own environment. Wins over env_file.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not an environment entry (expected KEY=VALUE or KEY)","description":"KEY=VALUE, or KEY to take the value from dabba's environment."},"uniqueItems":true},"env_file":{"type":["string","array"],"description":"Files of KEY=VALUE lines (relative to the project folder) loaded into the environment, in order; environment: wins over them.","items":{"type":["string","object"],"description":"A file path, or {path, required}.","required":["path"],"properties":{"path":{"type":"string","description":"The file, relative to the project folder."},"required":{"type":"boolean","description":"false: a missing file is skipped instead of an error. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"volumes":{"type":"array","description":"Mounts: short syntax HOST:CONTAINER[:ro|:rw] (HOST starts with ., / or ~), NAME:CONTAINER[:ro|:rw] for a named volume, or a bare CONTAINER path for an anonymous volume; or the long syntax mapping.","items":{"type":["string","object"],"description":"A short-syntax string or a long-syntax mapping.","required":["type","target"],"properties":{"type":{"enum":["bind","volume","tmpfs"],"description":"bind: a host path; volume: a named (or, without source, anonymous) volume; tmpfs: a memory file system."},"source":{"type":"string","pattern":"\\S","x-error":"a source must not be empty","description":"The host path (bind, relative to the project folder) or the volume name (volume)."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the mount point inside the container, starting with /)","description":"The mount point inside the container."},"read_only":{"type":"boolean","description":"Mount read-only. Default false."},"tmpfs":{"type":"object","description":"Options of a tmpfs mount.","properties":{"size":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Maximum size in bytes, or with a unit: 64m, 1g."},"mode":{"type":"integer","minimum":0,"maximum":4095,"description":"Permission bits of the mount's root, e.g. 0o1777 (write 1023 in decimal, or an octal 0o literal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"allOf":[{"if":{"type":"object","properties":{"type":{"const":"bind"}}},"then":{"required":["source"]}},{"if":{"type":"object","properties":{"type":{"const":"tmpfs"}}},"then":{"not":{"required":["source"]},"x-error":"a tmpfs mount takes no source"}},{"if":{"type":"object","properties":{"type":{"enum":["bind","volume"]}}},"then":{"not":{"required":["tmpfs"]},"x-error":"tmpfs: options apply only to type: tmpfs"}}]}},"ports":{"type":"array","description":"Ports forwarded from the host into the container (needs net: true): short syntax [IP:]HOST:CONTAINER[/tcp|/udp], with ranges 8000-8001:80-81, or the long syntax mapping. Without a host port (80, 127.0.0.1::80) a free one is picked each time the container starts, as compose does (dabba ps and dabba port show it).","items":{"type":["string","integer","object"],"description":"A short-syntax string or a long-syntax mapping.","pattern":"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]*(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])","if":{"type":"string","pattern":"^[^\\[]*:[^\\]]*:[^\\]]*:"},"then":{"pattern":"^\\[","x-error":"{value}: an IPv6 host address goes in brackets, as in [::1]:8080:80"},"required":["target"],"properties":{"target":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the container."},"published":{"type":["string","integer"],"pattern":"^([0-9]+(-[0-9]+)?)?$","minimum":1,"maximum":65535,"x-error":"{value} is not a host port (expected a port or a range like 8000-8001)","description":"The port on the host (or a range, for as many consecutive target ports). Absent or empty: a free port, picked each time the container starts (dabba ps and dabba port show it)."},"host_ip":{"type":"string","description":"The host address to listen on. Default 0.0.0.0 (all IPv4 addresses), as compose."},"protocol":{"enum":["tcp","udp"],"description":"tcp (default) or udp."},"mode":{"enum":["host","ingress"],"description":"host, or ingress as compose's own config output writes it: without a swarm both mean the host's port."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-error":"{value} is not a host name (expected letters, digits and -, in dot-separated labels)","description":"The container's host name. Default: the service name."},"user":{"type":["string","integer"],"description":"The user (and group) the command runs as: NAME, UID, NAME:GROUP or UID:GID, resolved in the image's /etc/passwd and /etc/group. With fakeroot: false, that user is you (your uid and gid become its ids)."},"read_only":{"type":"boolean","description":"Mount the container's root file system read-only (volumes and tmpfs stay writable). Default false."},"tmpfs":{"type":["string","array"],"pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","items":{"type":"string","pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","description":"A path inside the container."},"description":"Paths inside the container mounted as empty memory file systems."},"platform":{"type":"string","pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$","x-error":"{value} is not a platform (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)","description":"The platform to pick from a multi-platform image, OS/ARCH[/VARIANT]. Default: this host's."},"pull_policy":{"enum":["missing","if_not_present","always","never","build"],"description":"missing (default; also if_not_present): pull (or, with build:, build) only when the image is not in the store; always: re-resolve the tag on every up; never: use only what is stored; build: build the image (build: needed) on every up."},"depends_on":{"type":["array","object"],"description":"Services started before this one: a list of names (condition service_started), or a mapping of name to {condition, restart, required}.","items":{"type":"string","description":"A service name."},"uniqueItems":true,"additionalProperties":{"type":"object","description":"How this service waits for the other one.","required":["condition"],"properties":{"condition":{"enum":["service_started","service_healthy","service_completed_successfully"],"description":"service_started: it has started; service_healthy: its healthcheck passes; service_completed_successfully: it has exited with code 0."},"restart":{"type":"boolean","description":"Restart this service when the dependency is restarted. Default false."},"required":{"type":"boolean","description":"false: a dependency that cannot be started is skipped with a warning. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"restart":{"type":"string","pattern":"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$","x-error":"{value} is not a restart policy (expected no, always, on-failure[:N] or unless-stopped)","description":"When to restart the container after it exits: no (default), always, on-failure[:N] (at most N times), unless-stopped."},"healthcheck":{"type":"object","description":"A command run inside the container to tell whether it is healthy (used by depends_on condition service_healthy).","properties":{"test":{"type":["string","array"],"description":"A string runs through /bin/sh -c; a list is [\"CMD\", argv...], [\"CMD-SHELL\", command] or [\"NONE\"].","items":[{"enum":["CMD","CMD-SHELL","NONE"],"description":"The form of the test."}],"additionalItems":{"type":"string","description":"An argument, or the shell command for CMD-SHELL."},"minItems":1},"interval":{"$ref":"#/definitions/duration","description":"Time between checks, e.g. 30s, 1m30s. Default 30s."},"timeout":{"$ref":"#/definitions/duration","description":"How long one check may take before it counts as failed. Default 30s."},"retries":{"type":"integer","minimum":0,"description":"Consecutive failures before the container is unhealthy. Default 3."},"start_period":{"$ref":"#/definitions/duration","description":"Time after start during which failures do not count. Default 0s."},"disable":{"type":"boolean","description":"true: no healthcheck."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"stop_signal":{"type":"string","pattern":"^(SIG)?[A-Z][A-Z0-9+-]*$","x-error":"{value} is not a signal name (expected e.g. SIGTERM or SIGQUIT)","description":"The signal that asks the container to stop. Default: the image's StopSignal, else SIGTERM."},"stop_grace_period":{"$ref":"#/definitions/duration","description":"How long to wait after stop_signal before SIGKILL, e.g. 10s, 1m30s. Default 10s."},"init":{"type":"boolean","description":"Run a minimal init as PID 1 that forwards signals and reaps zombies. Default false."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true},"develop":{"type":"object","description":"Development mode, used by dabba up --watch.","properties":{"watch":{"type":"array","description":"Host paths that dabba up --watch watches, and what a change does.","items":{"type":"object","description":"One watched path.","required":["path","action"],"properties":{"path":{"type":"string","pattern":"\\S","x-error":"a path must not be empty","description":"The host path to watch, relative to the project folder."},"action":{"enum":["restart","sync+restart","sync","rebuild"],"description":"restart: restart the service; sync: copy changed files to target; sync+restart: copy, then restart; rebuild: build the image again (the service needs build:) and recreate the service when it changed."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the path inside the container that files are synced to)","description":"For sync actions: where the files go inside the container."},"ignore":{"type":"array","items":{"type":"string","description":"A pattern, relative to path."},"description":"Patterns (relative to path) whose changes are ignored."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"if":{"properties":{"action":{"enum":["sync","sync+restart"]}}},"then":{"required":["target"]}}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"networks":{"type":["array","object"],"description":"The networks this service joins: a list of network keys, or a mapping of key to null or {aliases, ipv4_address, priority}. Default: [default]. Excludes network_mode.","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","x-error":"{value} is not a network key (expected letters, digits, ., _ and -)","description":"A network key."},"uniqueItems":true,"additionalProperties":{"type":["object","null"],"description":"How the service joins this network (null: with its names only).","properties":{"aliases":{"type":"array","uniqueItems":true,"description":"Further host names of the service on this network.","items":{"type":"string","pattern":"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$","x-error":"{value} is not a host name (expected letters, digits, ., _ and -)","description":"A host name."}},"ipv4_address":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"A fixed IPv4 address, inside the network's ipam subnet (which it then needs), not its network, first or broadcast address."},"ipv6_address":{"not":{},"x-error":"dabba's networks are IPv4 only: remove ipv6_address","description":"Refused: dabba's networks are IPv4 only."},"link_local_ips":{"not":{},"x-error":"link-local addresses are not supported: remove link_local_ips","description":"Refused: link-local addresses are not supported."},"mac_address":{"not":{},"x-error":"dabba does not set MAC addresses: remove mac_address","description":"Refused: dabba does not set MAC addresses."},"priority":{"type":"integer","description":"Networks are joined in order of priority, higher first, then by key. Default 0."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"network_mode":{"type":"string","pattern":"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$","x-error":"{value} is not a network mode (expected none, host, bridge or service:NAME)","description":"none: loopback only (as net: false); host: the host's network, nothing isolated; service:NAME: share that service's network (reach it on 127.0.0.1; started after it); bridge: the project's default network. container:NAME is refused (dabba knows only this project's services). Excludes networks:."},"container_name":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a container name (expected letters, digits, _, . and -, starting with a letter or digit, at least 2 characters)","description":"A further name by which services on a shared network reach this one; unique in the project."},"links":{"type":"array","uniqueItems":true,"description":"SERVICE or SERVICE:ALIAS: reach SERVICE (which must share a network with this one) also as ALIAS; started after it.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$","x-error":"{value} is not a link (expected SERVICE or SERVICE:ALIAS)","description":"SERVICE or SERVICE:ALIAS."}},"extra_hosts":{"type":["array","object"],"description":"Lines added to the container's /etc/hosts: a list of NAME:IP or NAME=IP (NAME=::1 or NAME:::1 for IPv6; several IPs separated by commas), or a mapping NAME: IP. The IP host-gateway stands for the address at which the container reaches the host.","items":{"type":"string","description":"NAME=IP or NAME:IP."},"uniqueItems":true,"additionalProperties":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"An IP address, or a list of them."}},"dns":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"Name servers written into the container's /etc/resolv.conf: an IP address or a list."},"dns_search":{"type":["string","array"],"items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"A domain."},"pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"Search domains written into /etc/resolv.conf: a domain or a list."},"dns_opt":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(:[0-9]+)?$","x-error":"{value} is not a resolver option (expected e.g. ndots:2 or edns0)","description":"A resolv.conf option."},"description":"Resolver options written into /etc/resolv.conf (options line), e.g. ndots:2."},"expose":{"type":"array","uniqueItems":true,"items":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port (expected PORT or START-END, optionally /tcp or /udp)","description":"A port or range."},"description":"Ports other services use, not published on the host: documentation on a shared network, as in compose (every port of a service is reachable from services sharing a network)."},"net":{"type":"boolean","description":"dabba: true (default) gives the container its network (the project's networks, or network_mode); false leaves it loopback only (no ports), as network_mode: none."},"fakeroot":{"type":"boolean","description":"dabba: true (default): the container's root (uid and gid 0) is you, and the command runs as user:, else the image's User, else root, as docker does. false: you are not root inside; the command runs with your own uid and gid, or with user: as that user, whose ids your uid and gid become (podman's keep-id), so files it writes to bind mounts are yours. Run as root, containers always get an unprivileged id range and false changes nothing."},"secrets":{"type":"array","description":"Secrets (from the top-level secrets:) the container reads as files: short syntax NAME (at /run/secrets/NAME), or the long syntax mapping. Each is a copy made when the container starts, bound read-only.","items":{"$ref":"#/definitions/fileUse"}},"configs":{"type":"array","description":"Configs (from the top-level configs:) the container reads as files: short syntax NAME (at /NAME), or the long syntax mapping. Each is a copy made when the container starts, bound read-only.","items":{"$ref":"#/definitions/fileUse"}},"cap_add":{"type":"array","description":"Capabilities to add, e.g. NET_ADMIN or CAP_NET_ADMIN, or ALL. They are capabilities inside the container's user namespace: they act on what the container owns (its files, its network), never on the host.","items":{"type":"string","pattern":"^(CAP_)?[A-Za-z_]+$","x-error":"{value} is not a capability (expected a name like NET_ADMIN, or ALL)","description":"A capability."},"uniqueItems":true},"cap_drop":{"type":"array","description":"Capabilities to drop, e.g. NET_RAW, or ALL (then cap_add lists the only ones kept). Without cap_add/cap_drop a root process has every capability inside its user namespace; other users have none, as in docker.","items":{"type":"string","pattern":"^(CAP_)?[A-Za-z_]+$","x-error":"{value} is not a capability (expected a name like NET_RAW, or ALL)","description":"A capability."},"uniqueItems":true},"security_opt":{"type":"array","description":"Only no-new-privileges (true): every dabba container already runs with it, so it is accepted and changes nothing. Seccomp, AppArmor and SELinux profiles are refused: bubblewrap does not load them.","items":{"type":"string","pattern":"^no-new-privileges([:=]true)?$","x-error":"{value} is not supported: dabba accepts only no-new-privileges:true, which every container already has (bubblewrap loads no seccomp, AppArmor or SELinux profile)","description":"no-new-privileges:true."}},"privileged":{"const":false,"x-error":"privileged: true is not supported: a dabba container is an unprivileged user's sandbox, with every capability its user namespace allows already given to its root (use cap_add, devices or sysctls for what it needs)","description":"Only false is accepted: there is nothing more to give a rootless container (see cap_add, devices, sysctls)."},"group_add":{"not":{},"x-error":"group_add is not supported: bubblewrap cannot give the command supplementary groups (give the files the command's own group, or a mode that lets it in)","description":"Not supported: bubblewrap cannot give the command supplementary groups."},"runtime":{"not":{},"x-error":"runtime: is not supported: dabba runs every container with bubblewrap","description":"Not supported: dabba runs every container with bubblewrap."},"ulimits":{"type":"object","description":"Resource limits (rlimits) the command starts with, by name (nofile, nproc, core, memlock, stack, …): a number for both the soft and the hard limit, or {soft, hard}. Raising a hard limit above your own needs root. nproc counts the processes of the container user's host uid.","propertyNames":{"enum":["as","core","cpu","data","fsize","locks","memlock","msgqueue","nice","nofile","nproc","rss","rtprio","rttime","sigpending","stack"],"x-error":"{value} is not a resource limit (expected one of as, core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack)"},"additionalProperties":{"type":["integer","object"],"minimum":-1,"description":"The soft and hard limit (-1: unlimited), or {soft, hard}.","required":["soft","hard"],"properties":{"soft":{"type":"integer","minimum":-1,"description":"The soft limit (-1: unlimited)."},"hard":{"type":"integer","minimum":-1,"description":"The hard limit (-1: unlimited)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"shm_size":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Size of /dev/shm, in bytes or with a unit: 64m, 1g. Default: no limit of its own (the kernel's tmpfs default, half the memory), where docker gives 64m."},"tty":{"type":"boolean","description":"Give the command a terminal of its own under up (a pty; its output still goes to dabba logs, with the terminal's CRLF line ends). dabba run gives one when its own stdin and stdout are terminals, whatever this says."},"stdin_open":{"type":"boolean","description":"Accepted for compatibility: under up the command's stdin is empty (no attach); dabba run passes its stdin through."},"sysctls":{"type":["object","array"],"description":"Kernel settings of the container's network namespace (net.*), written before the command starts: a mapping or a list of NAME=VALUE. Needs net: true. Other sysctls belong to the host kernel, shared by every process, and are refused.","additionalProperties":{"type":["string","number","boolean"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+=","x-error":"{value} is not a sysctl (expected NAME=VALUE)","description":"NAME=VALUE."}},"devices":{"type":"array","description":"Host devices the container may use, as HOST[:CONTAINER[:rwm]] (e.g. /dev/fuse, /dev/kvm): bound from the host when you may open the device yourself, else refused when the container starts.","items":{"type":"string","pattern":"^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$","x-error":"{value} is not a device (expected /dev/NAME[:/dev/NAME[:rwm]])","description":"HOST[:CONTAINER[:rwm]]; the permissions are accepted, and the device node's own mode decides."},"uniqueItems":true},"logging":{"type":"object","description":"How dabba keeps the output: the drivers json-file and local both mean dabba's own rotating log (.dabba/NAME/logs/output.log), with max-size and max-file. Other drivers are refused: dabba logs is the only reader.","properties":{"driver":{"enum":["json-file","local"],"x-error":"{value} is not supported: dabba keeps every service's output in its own rotating log (use json-file or local, with max-size and max-file)","description":"json-file or local: both are dabba's own log."},"options":{"type":"object","description":"max-size (e.g. 10m, default 10m) and max-file (files kept, the current one included; default 4).","properties":{"max-size":{"type":["string","integer"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Rotate the log past this size."},"max-file":{"type":["string","integer"],"pattern":"^[1-9][0-9]*$","minimum":1,"x-error":"{value} is not a number of files (expected 1 or more)","description":"How many files to keep, the current one included."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"mem_limit":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Memory the container may use, in bytes or with a unit: 512m, 1g, 1.5g (rounded down to whole bytes, as compose). Enforced when dabba runs as root (cgroup v1 here); otherwise up says it is not."},"mem_reservation":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Memory the service needs to have: a request on a cluster (dabba convert); one machine does not reserve, so dabba up accepts it."},"memswap_limit":{"type":["integer","string"],"pattern":"^([0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?|-1)$","minimum":-1,"x-error":"{value} is not a size (expected bytes, a number with k, m, g, t or p, or -1 for no limit)","description":"Memory plus swap the container may use (at least mem_limit; -1: no limit), as docker. Needs mem_limit."},"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"How many CPUs' worth of time the container may use, e.g. 0.5 (a CFS quota)."},"cpu_shares":{"type":"integer","minimum":2,"maximum":262144,"description":"Relative CPU weight against other containers (default 1024)."},"pids_limit":{"type":"integer","minimum":-1,"not":{"const":0},"x-error":"0 is not a limit (expected -1 for none, or 1 or more)","description":"How many processes and threads the container may have at once (-1: no limit)."},"deploy":{"type":"object","description":"replicas and resources (limits as cpus, mem_limit and pids_limit; reservations as mem_reservation); the rest of deploy is about a swarm.","properties":{"replicas":{"type":"integer","minimum":0,"description":"How many containers of the service a cluster runs (dabba convert). dabba up runs one, and says so when this is not 1."},"resources":{"type":"object","description":"Resource limits and reservations.","properties":{"reservations":{"type":"object","description":"What the service needs to have: on a cluster, the requests a node must have free (dabba convert). One machine does not reserve: dabba up accepts them.","properties":{"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"CPUs reserved."},"memory":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"As mem_reservation."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"limits":{"type":"object","description":"As cpus, mem_limit and pids_limit (which must agree where both are given).","properties":{"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"As the service key cpus."},"memory":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"As mem_limit."},"pids":{"type":"integer","minimum":1,"description":"As pids_limit."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba."}},"additionalProperties":false},"volume":{"type":["object","null"],"description":"A named volume: the folder .dabba/volumes/NAME/ (NAME is its key), kept across re-creating services and removed by dabba down -v.","properties":{"driver":{"const":"local","description":"Only local: accepted for compatibility."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"network":{"type":["object","null"],"description":"A network: a virtual IPv4 network on this machine that services of the project (and, when external, of other projects) join.","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-error":"{value} is not a network name (expected letters, digits, _, . and -, starting with a letter or digit)","description":"Its name on this machine. Default: PROJECT_KEY, or for an external network the key."},"external":{"description":"true: a network shared by the projects on this machine that name it (by name:), made by the first that uses it and kept while a member runs.","if":{"type":"object"},"then":{"not":{},"x-error":"external: {name: ...} is compose's old form: write name: NAME and external: true"},"else":{"type":"boolean"}},"internal":{"type":"boolean","description":"true: no egress: members reach each other only. Default false."},"driver":{"enum":["bridge"],"x-error":"{value} is not supported: dabba's networks are bridges (overlay needs a swarm, macvlan/ipvlan host privileges; for host or none use network_mode: on the service)","description":"Only bridge (the default): accepted for compatibility."},"driver_opts":{"not":{},"x-error":"driver_opts are Docker bridge driver settings that dabba's network does not have: remove them","description":"Refused: dabba's bridge has no driver options."},"attachable":{"type":"boolean","description":"Accepted and ignored: any service may join."},"enable_ipv6":{"const":false,"x-error":"dabba's networks are IPv4 only: remove enable_ipv6 or set it false","description":"Only false: dabba's networks are IPv4 only."},"ipam":{"type":"object","description":"Address management: only the subnet is used.","properties":{"driver":{"const":"default","description":"Only default: accepted for compatibility."},"config":{"type":"array","maxItems":1,"x-error":"one subnet at most: dabba's networks are IPv4 only","description":"At most one entry: the network's IPv4 subnet.","items":{"type":"object","description":"An address block.","properties":{"subnet":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet (expected e.g. 172.28.0.0/16)","description":"The network's IPv4 subnet in CIDR form (prefix 8 to 30), e.g. 172.28.0.0/16. Default: dabba picks a free one."},"gateway":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"Accepted and ignored: dabba chooses the gateway."},"ip_range":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet","description":"Accepted and ignored: addresses are taken from the whole subnet."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"fileSource":{"type":"object","description":"Where a secret's or config's text comes from: exactly one of file, environment, content.","properties":{"file":{"type":"string","pattern":"\\S","x-error":"a file must not be empty","description":"A host file, relative to the project folder; copied when a container using it starts."},"environment":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","x-error":"{value} is not a variable name","description":"A variable of dabba's environment (or .env), read when the file is loaded."},"content":{"type":"string","description":"The text itself (configs only)."},"external":{"not":{},"x-error":"external secrets and configs are not supported: they live in a swarm's or an engine's store, and dabba has neither (use file: or environment:)","description":"Not supported: dabba has no store of secrets or configs besides the project."},"name":{"not":{},"x-error":"name: is not supported: a secret or config is named by its key","description":"Not supported: the key is the name."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"fileUse":{"type":["string","object"],"description":"NAME, or the long syntax mapping.","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","x-error":"{value} is not a secret or config name (expected letters, digits, _, . and -)","required":["source"],"properties":{"source":{"type":"string","description":"Its name under the top-level secrets: or configs:."},"target":{"type":"string","pattern":"^[^:]+$","x-error":"{value} is not a path","description":"Where the container sees it. A secret's relative target is under /run/secrets/; a config's default is /NAME."},"uid":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"x-error":"{value} is not a numeric user id","description":"Owner inside the container (default: container root, or, where that is not you with fakeroot: false, your own id inside). Any id the container maps can be given."},"gid":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"x-error":"{value} is not a numeric group id","description":"Group inside the container, with the same default as uid; any group id the container maps."},"mode":{"type":"integer","minimum":0,"maximum":511,"description":"Permission bits (default 0o444, as compose; write an octal 0o literal or decimal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","x-error":"{value} is not a duration (expected e.g. 10s, 1m30s, 500ms)","description":"A duration: numbers with units h, m, s, ms, us, ns, e.g. 1m30s."}}};
const schema19 = {"type":["object","null"],"description":"A named volume: the folder .dabba/volumes/NAME/ (NAME is its key), kept across re-creating services and removed by dabba down -v.","properties":{"driver":{"const":"local","description":"Only local: accepted for compatibility."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const schema20 = {"type":["object","null"],"description":"A network: a virtual IPv4 network on this machine that services of the project (and, when external, of other projects) join.","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-error":"{value} is not a network name (expected letters, digits, _, . and -, starting with a letter or digit)","description":"Its name on this machine. Default: PROJECT_KEY, or for an external network the key."},"external":{"description":"true: a network shared by the projects on this machine that name it (by name:), made by the first that uses it and kept while a member runs.","if":{"type":"object"},"then":{"not":{},"x-error":"external: {name: ...} is compose's old form: write name: NAME and external: true"},"else":{"type":"boolean"}},"internal":{"type":"boolean","description":"true: no egress: members reach each other only. Default false."},"driver":{"enum":["bridge"],"x-error":"{value} is not supported: dabba's networks are bridges (overlay needs a swarm, macvlan/ipvlan host privileges; for host or none use network_mode: on the service)","description":"Only bridge (the default): accepted for compatibility."},"driver_opts":{"not":{},"x-error":"driver_opts are Docker bridge driver settings that dabba's network does not have: remove them","description":"Refused: dabba's bridge has no driver options."},"attachable":{"type":"boolean","description":"Accepted and ignored: any service may join."},"enable_ipv6":{"const":false,"x-error":"dabba's networks are IPv4 only: remove enable_ipv6 or set it false","description":"Only false: dabba's networks are IPv4 only."},"ipam":{"type":"object","description":"Address management: only the subnet is used.","properties":{"driver":{"const":"default","description":"Only default: accepted for compatibility."},"config":{"type":"array","maxItems":1,"x-error":"one subnet at most: dabba's networks are IPv4 only","description":"At most one entry: the network's IPv4 subnet.","items":{"type":"object","description":"An address block.","properties":{"subnet":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet (expected e.g. 172.28.0.0/16)","description":"The network's IPv4 subnet in CIDR form (prefix 8 to 30), e.g. 172.28.0.0/16. Default: dabba picks a free one."},"gateway":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"Accepted and ignored: dabba chooses the gateway."},"ip_range":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet","description":"Accepted and ignored: addresses are taken from the whole subnet."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const schema21 = {"type":"object","description":"Where a secret's or config's text comes from: exactly one of file, environment, content.","properties":{"file":{"type":"string","pattern":"\\S","x-error":"a file must not be empty","description":"A host file, relative to the project folder; copied when a container using it starts."},"environment":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","x-error":"{value} is not a variable name","description":"A variable of dabba's environment (or .env), read when the file is loaded."},"content":{"type":"string","description":"The text itself (configs only)."},"external":{"not":{},"x-error":"external secrets and configs are not supported: they live in a swarm's or an engine's store, and dabba has neither (use file: or environment:)","description":"Not supported: dabba has no store of secrets or configs besides the project."},"name":{"not":{},"x-error":"name: is not supported: a secret or config is named by its key","description":"Not supported: the key is the name."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern11 = new RegExp("^[^=]+", "u");
const pattern93 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern96 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", "u");
const pattern49 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", "u");
const pattern57 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern7 = new RegExp("\\S", "u");
const pattern103 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema12 = {"type":"object","description":"One container: the image it runs and how.","properties":{"image":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image (expected a reference such as busybox or ghcr.io/o/r:tag, or oci:DIR, oci-archive:FILE, docker-archive:FILE)","description":"The image to run: a registry reference (busybox, ghcr.io/o/r:tag, r@sha256:...) or a local source oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REPO:TAG] (relative paths from the project folder). Required unless build: is set; beside build: it names the built image."},"profiles":{"type":"array","items":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a profile name (letters, digits, _ . -, starting with a letter or digit, at least two characters)"},"description":"Profiles the service belongs to: it starts only when one of them is enabled (--profile, COMPOSE_PROFILES; * enables all) or it is named on the command line, as in compose. Without profiles it is always active."},"extends":{"oneOf":[{"type":"string"},{"type":"object","required":["service"],"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"properties":{"service":{"type":"string","description":"The service to extend."},"file":{"type":"string","description":"The file it is in (relative to the project folder; in an included or extended file, to that file's folder). Paths in that service are relative to its file's folder."}}}],"x-error":"extends takes a service name, or a mapping with service: and optionally file:","description":"Start from another service (in this file, or file: + service:) and merge this service's keys over it, with the rules of several files (see Several files, profiles)."},"build":{"type":["string","object"],"pattern":"\\S","x-error":"a build context must not be empty","description":"Build the image with buildah (rootless, daemonless) from a Dockerfile: a context folder (short syntax), or the long syntax below. The result is named by image:, else PROJECT-SERVICE.","properties":{"context":{"type":"string","pattern":"\\S","x-error":"a build context must not be empty","description":"The folder sent to the build, relative to the project folder (default .). A git URL or - is not supported."},"dockerfile":{"type":"string","pattern":"\\S","x-error":"a Dockerfile path must not be empty","description":"The Dockerfile, relative to the context (default Dockerfile, else Containerfile)."},"dockerfile_inline":{"type":"string","description":"The Dockerfile's text, instead of a file."},"args":{"type":["object","array"],"description":"Build arguments (ARG): a mapping or a list of KEY=VALUE; a bare KEY takes its value from the environment, and is left out when unset.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a build argument (expected KEY=VALUE or KEY)","description":"KEY=VALUE or KEY."}},"target":{"type":"string","pattern":"\\S","x-error":"a target must not be empty","description":"The stage of a multi-stage Dockerfile to build (default the last)."},"labels":{"type":["object","array"],"description":"Labels set on the built image: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."}},"network":{"enum":["default","none","host"],"description":"Network of RUN steps: default (also host): the host's network. none is refused: dabba builds with buildah's chroot isolation, whose RUN steps always share the host's network."},"extra_hosts":{"type":["array","object"],"description":"Entries added to /etc/hosts of RUN steps: HOST:IP (or HOST=IP) items, or a mapping of HOST to IP.","items":{"type":"string","pattern":"^[^:=\\s]+[:=]\\S+$","x-error":"{value} is not a host entry (expected HOST:IP or HOST=IP)","description":"HOST:IP or HOST=IP."},"additionalProperties":{"type":"string","description":"The address."}},"cache_from":{"type":"array","items":{"type":"string"},"description":"Accepted for compatibility: build steps are always cached locally, in dabba's own buildah storage; remote caches (type=registry, …) are refused."},"platforms":{"type":"array","items":{"type":"string"},"description":"Only this host's platform can be built (no emulation); any other is refused."},"pull":{"type":"boolean","description":"Fetch the FROM images again (their tags re-resolved) before building. Default false: FROM images dabba has are used as they are."},"no_cache":{"type":"boolean","description":"Run every step again, without the build cache. Default false."},"tags":{"type":"array","items":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image name"},"description":"More names for the built image in dabba's store."},"secrets":{"not":{},"x-error":"build secrets are not supported yet","description":"Not supported yet."},"ssh":{"not":{},"x-error":"build ssh forwarding is not supported","description":"Not supported."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"command":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Cmd. A string is split into words as a shell would (quotes respected, no variable expansion); a list is used as is."},"entrypoint":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Entrypoint and clears its Cmd. A string is split as a shell would; a list is used as is; [] removes the entrypoint."},"working_dir":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected a folder inside the container, starting with /)","description":"The folder the command starts in (absolute, inside the container); created if missing. Default: the image's WorkingDir."},"environment":{"type":["object","array"],"description":"Environment variables: a mapping KEY: value, or a list of KEY=VALUE. A bare KEY (or KEY: with no value) takes the value from dabba's own environment. Wins over env_file.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not an environment entry (expected KEY=VALUE or KEY)","description":"KEY=VALUE, or KEY to take the value from dabba's environment."},"uniqueItems":true},"env_file":{"type":["string","array"],"description":"Files of KEY=VALUE lines (relative to the project folder) loaded into the environment, in order; environment: wins over them.","items":{"type":["string","object"],"description":"A file path, or {path, required}.","required":["path"],"properties":{"path":{"type":"string","description":"The file, relative to the project folder."},"required":{"type":"boolean","description":"false: a missing file is skipped instead of an error. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"volumes":{"type":"array","description":"Mounts: short syntax HOST:CONTAINER[:ro|:rw] (HOST starts with ., / or ~), NAME:CONTAINER[:ro|:rw] for a named volume, or a bare CONTAINER path for an anonymous volume; or the long syntax mapping.","items":{"type":["string","object"],"description":"A short-syntax string or a long-syntax mapping.","required":["type","target"],"properties":{"type":{"enum":["bind","volume","tmpfs"],"description":"bind: a host path; volume: a named (or, without source, anonymous) volume; tmpfs: a memory file system."},"source":{"type":"string","pattern":"\\S","x-error":"a source must not be empty","description":"The host path (bind, relative to the project folder) or the volume name (volume)."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the mount point inside the container, starting with /)","description":"The mount point inside the container."},"read_only":{"type":"boolean","description":"Mount read-only. Default false."},"tmpfs":{"type":"object","description":"Options of a tmpfs mount.","properties":{"size":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Maximum size in bytes, or with a unit: 64m, 1g."},"mode":{"type":"integer","minimum":0,"maximum":4095,"description":"Permission bits of the mount's root, e.g. 0o1777 (write 1023 in decimal, or an octal 0o literal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"allOf":[{"if":{"type":"object","properties":{"type":{"const":"bind"}}},"then":{"required":["source"]}},{"if":{"type":"object","properties":{"type":{"const":"tmpfs"}}},"then":{"not":{"required":["source"]},"x-error":"a tmpfs mount takes no source"}},{"if":{"type":"object","properties":{"type":{"enum":["bind","volume"]}}},"then":{"not":{"required":["tmpfs"]},"x-error":"tmpfs: options apply only to type: tmpfs"}}]}},"ports":{"type":"array","description":"Ports forwarded from the host into the container (needs net: true): short syntax [IP:]HOST:CONTAINER[/tcp|/udp], with ranges 8000-8001:80-81, or the long syntax mapping. Without a host port (80, 127.0.0.1::80) a free one is picked each time the container starts, as compose does (dabba ps and dabba port show it).","items":{"type":["string","integer","object"],"description":"A short-syntax string or a long-syntax mapping.","pattern":"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]*(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])","if":{"type":"string","pattern":"^[^\\[]*:[^\\]]*:[^\\]]*:"},"then":{"pattern":"^\\[","x-error":"{value}: an IPv6 host address goes in brackets, as in [::1]:8080:80"},"required":["target"],"properties":{"target":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the container."},"published":{"type":["string","integer"],"pattern":"^([0-9]+(-[0-9]+)?)?$","minimum":1,"maximum":65535,"x-error":"{value} is not a host port (expected a port or a range like 8000-8001)","description":"The port on the host (or a range, for as many consecutive target ports). Absent or empty: a free port, picked each time the container starts (dabba ps and dabba port show it)."},"host_ip":{"type":"string","description":"The host address to listen on. Default 0.0.0.0 (all IPv4 addresses), as compose."},"protocol":{"enum":["tcp","udp"],"description":"tcp (default) or udp."},"mode":{"enum":["host","ingress"],"description":"host, or ingress as compose's own config output writes it: without a swarm both mean the host's port."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-error":"{value} is not a host name (expected letters, digits and -, in dot-separated labels)","description":"The container's host name. Default: the service name."},"user":{"type":["string","integer"],"description":"The user (and group) the command runs as: NAME, UID, NAME:GROUP or UID:GID, resolved in the image's /etc/passwd and /etc/group. With fakeroot: false, that user is you (your uid and gid become its ids)."},"read_only":{"type":"boolean","description":"Mount the container's root file system read-only (volumes and tmpfs stay writable). Default false."},"tmpfs":{"type":["string","array"],"pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","items":{"type":"string","pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","description":"A path inside the container."},"description":"Paths inside the container mounted as empty memory file systems."},"platform":{"type":"string","pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$","x-error":"{value} is not a platform (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)","description":"The platform to pick from a multi-platform image, OS/ARCH[/VARIANT]. Default: this host's."},"pull_policy":{"enum":["missing","if_not_present","always","never","build"],"description":"missing (default; also if_not_present): pull (or, with build:, build) only when the image is not in the store; always: re-resolve the tag on every up; never: use only what is stored; build: build the image (build: needed) on every up."},"depends_on":{"type":["array","object"],"description":"Services started before this one: a list of names (condition service_started), or a mapping of name to {condition, restart, required}.","items":{"type":"string","description":"A service name."},"uniqueItems":true,"additionalProperties":{"type":"object","description":"How this service waits for the other one.","required":["condition"],"properties":{"condition":{"enum":["service_started","service_healthy","service_completed_successfully"],"description":"service_started: it has started; service_healthy: its healthcheck passes; service_completed_successfully: it has exited with code 0."},"restart":{"type":"boolean","description":"Restart this service when the dependency is restarted. Default false."},"required":{"type":"boolean","description":"false: a dependency that cannot be started is skipped with a warning. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"restart":{"type":"string","pattern":"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$","x-error":"{value} is not a restart policy (expected no, always, on-failure[:N] or unless-stopped)","description":"When to restart the container after it exits: no (default), always, on-failure[:N] (at most N times), unless-stopped."},"healthcheck":{"type":"object","description":"A command run inside the container to tell whether it is healthy (used by depends_on condition service_healthy).","properties":{"test":{"type":["string","array"],"description":"A string runs through /bin/sh -c; a list is [\"CMD\", argv...], [\"CMD-SHELL\", command] or [\"NONE\"].","items":[{"enum":["CMD","CMD-SHELL","NONE"],"description":"The form of the test."}],"additionalItems":{"type":"string","description":"An argument, or the shell command for CMD-SHELL."},"minItems":1},"interval":{"$ref":"#/definitions/duration","description":"Time between checks, e.g. 30s, 1m30s. Default 30s."},"timeout":{"$ref":"#/definitions/duration","description":"How long one check may take before it counts as failed. Default 30s."},"retries":{"type":"integer","minimum":0,"description":"Consecutive failures before the container is unhealthy. Default 3."},"start_period":{"$ref":"#/definitions/duration","description":"Time after start during which failures do not count. Default 0s."},"disable":{"type":"boolean","description":"true: no healthcheck."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"stop_signal":{"type":"string","pattern":"^(SIG)?[A-Z][A-Z0-9+-]*$","x-error":"{value} is not a signal name (expected e.g. SIGTERM or SIGQUIT)","description":"The signal that asks the container to stop. Default: the image's StopSignal, else SIGTERM."},"stop_grace_period":{"$ref":"#/definitions/duration","description":"How long to wait after stop_signal before SIGKILL, e.g. 10s, 1m30s. Default 10s."},"init":{"type":"boolean","description":"Run a minimal init as PID 1 that forwards signals and reaps zombies. Default false."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true},"develop":{"type":"object","description":"Development mode, used by dabba up --watch.","properties":{"watch":{"type":"array","description":"Host paths that dabba up --watch watches, and what a change does.","items":{"type":"object","description":"One watched path.","required":["path","action"],"properties":{"path":{"type":"string","pattern":"\\S","x-error":"a path must not be empty","description":"The host path to watch, relative to the project folder."},"action":{"enum":["restart","sync+restart","sync","rebuild"],"description":"restart: restart the service; sync: copy changed files to target; sync+restart: copy, then restart; rebuild: build the image again (the service needs build:) and recreate the service when it changed."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the path inside the container that files are synced to)","description":"For sync actions: where the files go inside the container."},"ignore":{"type":"array","items":{"type":"string","description":"A pattern, relative to path."},"description":"Patterns (relative to path) whose changes are ignored."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"if":{"properties":{"action":{"enum":["sync","sync+restart"]}}},"then":{"required":["target"]}}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"networks":{"type":["array","object"],"description":"The networks this service joins: a list of network keys, or a mapping of key to null or {aliases, ipv4_address, priority}. Default: [default]. Excludes network_mode.","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","x-error":"{value} is not a network key (expected letters, digits, ., _ and -)","description":"A network key."},"uniqueItems":true,"additionalProperties":{"type":["object","null"],"description":"How the service joins this network (null: with its names only).","properties":{"aliases":{"type":"array","uniqueItems":true,"description":"Further host names of the service on this network.","items":{"type":"string","pattern":"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$","x-error":"{value} is not a host name (expected letters, digits, ., _ and -)","description":"A host name."}},"ipv4_address":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"A fixed IPv4 address, inside the network's ipam subnet (which it then needs), not its network, first or broadcast address."},"ipv6_address":{"not":{},"x-error":"dabba's networks are IPv4 only: remove ipv6_address","description":"Refused: dabba's networks are IPv4 only."},"link_local_ips":{"not":{},"x-error":"link-local addresses are not supported: remove link_local_ips","description":"Refused: link-local addresses are not supported."},"mac_address":{"not":{},"x-error":"dabba does not set MAC addresses: remove mac_address","description":"Refused: dabba does not set MAC addresses."},"priority":{"type":"integer","description":"Networks are joined in order of priority, higher first, then by key. Default 0."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"network_mode":{"type":"string","pattern":"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$","x-error":"{value} is not a network mode (expected none, host, bridge or service:NAME)","description":"none: loopback only (as net: false); host: the host's network, nothing isolated; service:NAME: share that service's network (reach it on 127.0.0.1; started after it); bridge: the project's default network. container:NAME is refused (dabba knows only this project's services). Excludes networks:."},"container_name":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a container name (expected letters, digits, _, . and -, starting with a letter or digit, at least 2 characters)","description":"A further name by which services on a shared network reach this one; unique in the project."},"links":{"type":"array","uniqueItems":true,"description":"SERVICE or SERVICE:ALIAS: reach SERVICE (which must share a network with this one) also as ALIAS; started after it.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$","x-error":"{value} is not a link (expected SERVICE or SERVICE:ALIAS)","description":"SERVICE or SERVICE:ALIAS."}},"extra_hosts":{"type":["array","object"],"description":"Lines added to the container's /etc/hosts: a list of NAME:IP or NAME=IP (NAME=::1 or NAME:::1 for IPv6; several IPs separated by commas), or a mapping NAME: IP. The IP host-gateway stands for the address at which the container reaches the host.","items":{"type":"string","description":"NAME=IP or NAME:IP."},"uniqueItems":true,"additionalProperties":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"An IP address, or a list of them."}},"dns":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"Name servers written into the container's /etc/resolv.conf: an IP address or a list."},"dns_search":{"type":["string","array"],"items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"A domain."},"pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"Search domains written into /etc/resolv.conf: a domain or a list."},"dns_opt":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(:[0-9]+)?$","x-error":"{value} is not a resolver option (expected e.g. ndots:2 or edns0)","description":"A resolv.conf option."},"description":"Resolver options written into /etc/resolv.conf (options line), e.g. ndots:2."},"expose":{"type":"array","uniqueItems":true,"items":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port (expected PORT or START-END, optionally /tcp or /udp)","description":"A port or range."},"description":"Ports other services use, not published on the host: documentation on a shared network, as in compose (every port of a service is reachable from services sharing a network)."},"net":{"type":"boolean","description":"dabba: true (default) gives the container its network (the project's networks, or network_mode); false leaves it loopback only (no ports), as network_mode: none."},"fakeroot":{"type":"boolean","description":"dabba: true (default): the container's root (uid and gid 0) is you, and the command runs as user:, else the image's User, else root, as docker does. false: you are not root inside; the command runs with your own uid and gid, or with user: as that user, whose ids your uid and gid become (podman's keep-id), so files it writes to bind mounts are yours. Run as root, containers always get an unprivileged id range and false changes nothing."},"secrets":{"type":"array","description":"Secrets (from the top-level secrets:) the container reads as files: short syntax NAME (at /run/secrets/NAME), or the long syntax mapping. Each is a copy made when the container starts, bound read-only.","items":{"$ref":"#/definitions/fileUse"}},"configs":{"type":"array","description":"Configs (from the top-level configs:) the container reads as files: short syntax NAME (at /NAME), or the long syntax mapping. Each is a copy made when the container starts, bound read-only.","items":{"$ref":"#/definitions/fileUse"}},"cap_add":{"type":"array","description":"Capabilities to add, e.g. NET_ADMIN or CAP_NET_ADMIN, or ALL. They are capabilities inside the container's user namespace: they act on what the container owns (its files, its network), never on the host.","items":{"type":"string","pattern":"^(CAP_)?[A-Za-z_]+$","x-error":"{value} is not a capability (expected a name like NET_ADMIN, or ALL)","description":"A capability."},"uniqueItems":true},"cap_drop":{"type":"array","description":"Capabilities to drop, e.g. NET_RAW, or ALL (then cap_add lists the only ones kept). Without cap_add/cap_drop a root process has every capability inside its user namespace; other users have none, as in docker.","items":{"type":"string","pattern":"^(CAP_)?[A-Za-z_]+$","x-error":"{value} is not a capability (expected a name like NET_RAW, or ALL)","description":"A capability."},"uniqueItems":true},"security_opt":{"type":"array","description":"Only no-new-privileges (true): every dabba container already runs with it, so it is accepted and changes nothing. Seccomp, AppArmor and SELinux profiles are refused: bubblewrap does not load them.","items":{"type":"string","pattern":"^no-new-privileges([:=]true)?$","x-error":"{value} is not supported: dabba accepts only no-new-privileges:true, which every container already has (bubblewrap loads no seccomp, AppArmor or SELinux profile)","description":"no-new-privileges:true."}},"privileged":{"const":false,"x-error":"privileged: true is not supported: a dabba container is an unprivileged user's sandbox, with every capability its user namespace allows already given to its root (use cap_add, devices or sysctls for what it needs)","description":"Only false is accepted: there is nothing more to give a rootless container (see cap_add, devices, sysctls)."},"group_add":{"not":{},"x-error":"group_add is not supported: bubblewrap cannot give the command supplementary groups (give the files the command's own group, or a mode that lets it in)","description":"Not supported: bubblewrap cannot give the command supplementary groups."},"runtime":{"not":{},"x-error":"runtime: is not supported: dabba runs every container with bubblewrap","description":"Not supported: dabba runs every container with bubblewrap."},"ulimits":{"type":"object","description":"Resource limits (rlimits) the command starts with, by name (nofile, nproc, core, memlock, stack, …): a number for both the soft and the hard limit, or {soft, hard}. Raising a hard limit above your own needs root. nproc counts the processes of the container user's host uid.","propertyNames":{"enum":["as","core","cpu","data","fsize","locks","memlock","msgqueue","nice","nofile","nproc","rss","rtprio","rttime","sigpending","stack"],"x-error":"{value} is not a resource limit (expected one of as, core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack)"},"additionalProperties":{"type":["integer","object"],"minimum":-1,"description":"The soft and hard limit (-1: unlimited), or {soft, hard}.","required":["soft","hard"],"properties":{"soft":{"type":"integer","minimum":-1,"description":"The soft limit (-1: unlimited)."},"hard":{"type":"integer","minimum":-1,"description":"The hard limit (-1: unlimited)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"shm_size":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Size of /dev/shm, in bytes or with a unit: 64m, 1g. Default: no limit of its own (the kernel's tmpfs default, half the memory), where docker gives 64m."},"tty":{"type":"boolean","description":"Give the command a terminal of its own under up (a pty; its output still goes to dabba logs, with the terminal's CRLF line ends). dabba run gives one when its own stdin and stdout are terminals, whatever this says."},"stdin_open":{"type":"boolean","description":"Accepted for compatibility: under up the command's stdin is empty (no attach); dabba run passes its stdin through."},"sysctls":{"type":["object","array"],"description":"Kernel settings of the container's network namespace (net.*), written before the command starts: a mapping or a list of NAME=VALUE. Needs net: true. Other sysctls belong to the host kernel, shared by every process, and are refused.","additionalProperties":{"type":["string","number","boolean"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+=","x-error":"{value} is not a sysctl (expected NAME=VALUE)","description":"NAME=VALUE."}},"devices":{"type":"array","description":"Host devices the container may use, as HOST[:CONTAINER[:rwm]] (e.g. /dev/fuse, /dev/kvm): bound from the host when you may open the device yourself, else refused when the container starts.","items":{"type":"string","pattern":"^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$","x-error":"{value} is not a device (expected /dev/NAME[:/dev/NAME[:rwm]])","description":"HOST[:CONTAINER[:rwm]]; the permissions are accepted, and the device node's own mode decides."},"uniqueItems":true},"logging":{"type":"object","description":"How dabba keeps the output: the drivers json-file and local both mean dabba's own rotating log (.dabba/NAME/logs/output.log), with max-size and max-file. Other drivers are refused: dabba logs is the only reader.","properties":{"driver":{"enum":["json-file","local"],"x-error":"{value} is not supported: dabba keeps every service's output in its own rotating log (use json-file or local, with max-size and max-file)","description":"json-file or local: both are dabba's own log."},"options":{"type":"object","description":"max-size (e.g. 10m, default 10m) and max-file (files kept, the current one included; default 4).","properties":{"max-size":{"type":["string","integer"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Rotate the log past this size."},"max-file":{"type":["string","integer"],"pattern":"^[1-9][0-9]*$","minimum":1,"x-error":"{value} is not a number of files (expected 1 or more)","description":"How many files to keep, the current one included."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"mem_limit":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Memory the container may use, in bytes or with a unit: 512m, 1g, 1.5g (rounded down to whole bytes, as compose). Enforced when dabba runs as root (cgroup v1 here); otherwise up says it is not."},"mem_reservation":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"Memory the service needs to have: a request on a cluster (dabba convert); one machine does not reserve, so dabba up accepts it."},"memswap_limit":{"type":["integer","string"],"pattern":"^([0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?|-1)$","minimum":-1,"x-error":"{value} is not a size (expected bytes, a number with k, m, g, t or p, or -1 for no limit)","description":"Memory plus swap the container may use (at least mem_limit; -1: no limit), as docker. Needs mem_limit."},"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"How many CPUs' worth of time the container may use, e.g. 0.5 (a CFS quota)."},"cpu_shares":{"type":"integer","minimum":2,"maximum":262144,"description":"Relative CPU weight against other containers (default 1024)."},"pids_limit":{"type":"integer","minimum":-1,"not":{"const":0},"x-error":"0 is not a limit (expected -1 for none, or 1 or more)","description":"How many processes and threads the container may have at once (-1: no limit)."},"deploy":{"type":"object","description":"replicas and resources (limits as cpus, mem_limit and pids_limit; reservations as mem_reservation); the rest of deploy is about a swarm.","properties":{"replicas":{"type":"integer","minimum":0,"description":"How many containers of the service a cluster runs (dabba convert). dabba up runs one, and says so when this is not 1."},"resources":{"type":"object","description":"Resource limits and reservations.","properties":{"reservations":{"type":"object","description":"What the service needs to have: on a cluster, the requests a node must have free (dabba convert). One machine does not reserve: dabba up accepts them.","properties":{"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"CPUs reserved."},"memory":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"As mem_reservation."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"limits":{"type":"object","description":"As cpus, mem_limit and pids_limit (which must agree where both are given).","properties":{"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"As the service key cpus."},"memory":{"type":["integer","string"],"pattern":"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m, g, t or p)","description":"As mem_limit."},"pids":{"type":"integer","minimum":1,"description":"As pids_limit."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba."}},"additionalProperties":false};
const schema13 = {"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","x-error":"{value} is not a duration (expected e.g. 10s, 1m30s, 500ms)","description":"A duration: numbers with units h, m, s, ms, us, ns, e.g. 1m30s."};
const schema17 = {"type":["string","object"],"description":"NAME, or the long syntax mapping.","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","x-error":"{value} is not a secret or config name (expected letters, digits, _, . and -)","required":["source"],"properties":{"source":{"type":"string","description":"Its name under the top-level secrets: or configs:."},"target":{"type":"string","pattern":"^[^:]+$","x-error":"{value} is not a path","description":"Where the container sees it. A secret's relative target is under /run/secrets/; a config's default is /NAME."},"uid":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"x-error":"{value} is not a numeric user id","description":"Owner inside the container (default: container root, or, where that is not you with fakeroot: false, your own id inside). Any id the container maps can be given."},"gid":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"x-error":"{value} is not a numeric group id","description":"Group inside the container, with the same default as uid; any group id the container maps."},"mode":{"type":"integer","minimum":0,"maximum":511,"description":"Permission bits (default 0o444, as compose; write an octal 0o literal or decimal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const pattern4 = new RegExp("^\\S+$", "u");
const pattern5 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "u");
const pattern14 = new RegExp("^[^:=\\s]+[:=]\\S+$", "u");
const pattern16 = new RegExp("^/", "u");
const pattern23 = new RegExp("^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$", "u");
const pattern24 = new RegExp("^[^\\[]*:[^\\]]*:[^\\]]*:", "u");
const pattern25 = new RegExp("^\\[", "u");
const pattern26 = new RegExp("^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]*(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$", "u");
const pattern28 = new RegExp("^([0-9]+(-[0-9]+)?)?$", "u");
const pattern29 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");
const pattern30 = new RegExp("^/[^:]*$", "u");
const pattern32 = new RegExp("^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$", "u");
const pattern34 = new RegExp("^(no|always|unless-stopped|on-failure(:[0-9]+)?)$", "u");
const pattern36 = new RegExp("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$", "u");
const pattern39 = new RegExp("^(SIG)?[A-Z][A-Z0-9+-]*$", "u");
const pattern46 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern48 = new RegExp("^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$", "u");
const pattern50 = new RegExp("^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$", "u");
const pattern52 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$", "u");
const pattern53 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const pattern55 = new RegExp("^[A-Za-z0-9_-]+(:[0-9]+)?$", "u");
const pattern56 = new RegExp("^[0-9]+(-[0-9]+)?(/(tcp|udp))?$", "u");
const pattern59 = new RegExp("^[^:]+$", "u");
const pattern60 = new RegExp("^[0-9]+$", "u");
const pattern67 = new RegExp("^(CAP_)?[A-Za-z_]+$", "u");
const pattern69 = new RegExp("^no-new-privileges([:=]true)?$", "u");
const pattern72 = new RegExp("^[^=]+=", "u");
const pattern73 = new RegExp("^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$", "u");
const pattern77 = new RegExp("^[1-9][0-9]*$", "u");
const pattern80 = new RegExp("^([0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?|-1)$", "u");
const pattern81 = new RegExp("^[0-9]*\\.?[0-9]+$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((func2.call(schema12.properties, key0)) || (pattern0.test(key0)))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.image !== undefined){
let data0 = data.image;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema12.properties.image,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.image.type,parentSchema:schema12.properties.image,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.profiles !== undefined){
let data1 = data.profiles;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err3 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"#/properties/profiles/items/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$",parentSchema:schema12.properties.profiles.items,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"#/properties/profiles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.profiles.items.type,parentSchema:schema12.properties.profiles.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.profiles.type,parentSchema:schema12.properties.profiles,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.extends !== undefined){
let data3 = data.extends;
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extends.oneOf[0].type,parentSchema:schema12.properties.extends.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.service === undefined){
const err7 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema12.properties.extends.oneOf[1].required,parentSchema:schema12.properties.extends.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "service") || (key1 === "file")) || (pattern0.test(key1)))){
const err8 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.extends.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.service !== undefined){
let data4 = data3.service;
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/extends/service",schemaPath:"#/properties/extends/oneOf/1/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extends.oneOf[1].properties.service.type,parentSchema:schema12.properties.extends.oneOf[1].properties.service,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.file !== undefined){
let data5 = data3.file;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/extends/file",schemaPath:"#/properties/extends/oneOf/1/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extends.oneOf[1].properties.file.type,parentSchema:schema12.properties.extends.oneOf[1].properties.file,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.extends.oneOf[1].type,parentSchema:schema12.properties.extends.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err12 = {instancePath:instancePath+"/extends",schemaPath:"#/properties/extends/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema12.properties.extends.oneOf,parentSchema:schema12.properties.extends,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
if(data.build !== undefined){
let data6 = data.build;
if((typeof data6 !== "string") && (!(data6 && typeof data6 == "object" && !Array.isArray(data6)))){
const err13 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/type",keyword:"type",params:{type: schema12.properties.build.type},message:"must be string,object",schema:schema12.properties.build.type,parentSchema:schema12.properties.build,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data6 === "string"){
if(!pattern7.test(data6)){
const err14 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.build,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
if(!((func2.call(schema12.properties.build.properties, key2)) || (pattern0.test(key2)))){
const err15 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.build,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.context !== undefined){
let data7 = data6.context;
if(typeof data7 === "string"){
if(!pattern7.test(data7)){
const err16 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/properties/context/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.build.properties.context,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.context.type,parentSchema:schema12.properties.build.properties.context,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.dockerfile !== undefined){
let data8 = data6.dockerfile;
if(typeof data8 === "string"){
if(!pattern7.test(data8)){
const err18 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/properties/dockerfile/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.build.properties.dockerfile,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.dockerfile.type,parentSchema:schema12.properties.build.properties.dockerfile,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.dockerfile_inline !== undefined){
let data9 = data6.dockerfile_inline;
if(typeof data9 !== "string"){
const err20 = {instancePath:instancePath+"/build/dockerfile_inline",schemaPath:"#/properties/build/properties/dockerfile_inline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.dockerfile_inline.type,parentSchema:schema12.properties.build.properties.dockerfile_inline,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.args !== undefined){
let data10 = data6.args;
if(!data10 || typeof data10 != "object"){
const err21 = {instancePath:instancePath+"/build/args",schemaPath:"#/properties/build/properties/args/type",keyword:"type",params:{type: schema12.properties.build.properties.args.type},message:"must be object,array",schema:schema12.properties.build.properties.args.type,parentSchema:schema12.properties.build.properties.args,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 === "string"){
if(!pattern11.test(data11)){
const err22 = {instancePath:instancePath+"/build/args/" + i1,schemaPath:"#/properties/build/properties/args/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.build.properties.args.items,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/build/args/" + i1,schemaPath:"#/properties/build/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.args.items.type,parentSchema:schema12.properties.build.properties.args.items,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
let data12 = data10[key3];
if((((typeof data12 !== "string") && (!((typeof data12 == "number") && (isFinite(data12))))) && (typeof data12 !== "boolean")) && (data12 !== null)){
const err24 = {instancePath:instancePath+"/build/args/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/build/properties/args/additionalProperties/type",keyword:"type",params:{type: schema12.properties.build.properties.args.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.build.properties.args.additionalProperties.type,parentSchema:schema12.properties.build.properties.args.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
if(data6.target !== undefined){
let data13 = data6.target;
if(typeof data13 === "string"){
if(!pattern7.test(data13)){
const err25 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/properties/target/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.build.properties.target,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.target.type,parentSchema:schema12.properties.build.properties.target,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.labels !== undefined){
let data14 = data6.labels;
if(!data14 || typeof data14 != "object"){
const err27 = {instancePath:instancePath+"/build/labels",schemaPath:"#/properties/build/properties/labels/type",keyword:"type",params:{type: schema12.properties.build.properties.labels.type},message:"must be object,array",schema:schema12.properties.build.properties.labels.type,parentSchema:schema12.properties.build.properties.labels,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i2=0; i2<len2; i2++){
let data15 = data14[i2];
if(typeof data15 === "string"){
if(!pattern11.test(data15)){
const err28 = {instancePath:instancePath+"/build/labels/" + i2,schemaPath:"#/properties/build/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.build.properties.labels.items,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/build/labels/" + i2,schemaPath:"#/properties/build/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.labels.items.type,parentSchema:schema12.properties.build.properties.labels.items,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key4 in data14){
let data16 = data14[key4];
if((((typeof data16 !== "string") && (!((typeof data16 == "number") && (isFinite(data16))))) && (typeof data16 !== "boolean")) && (data16 !== null)){
const err30 = {instancePath:instancePath+"/build/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/build/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema12.properties.build.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.build.properties.labels.additionalProperties.type,parentSchema:schema12.properties.build.properties.labels.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
if(data6.network !== undefined){
let data17 = data6.network;
if(!(((data17 === "default") || (data17 === "none")) || (data17 === "host"))){
const err31 = {instancePath:instancePath+"/build/network",schemaPath:"#/properties/build/properties/network/enum",keyword:"enum",params:{allowedValues: schema12.properties.build.properties.network.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.build.properties.network.enum,parentSchema:schema12.properties.build.properties.network,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.extra_hosts !== undefined){
let data18 = data6.extra_hosts;
if(!data18 || typeof data18 != "object"){
const err32 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/properties/build/properties/extra_hosts/type",keyword:"type",params:{type: schema12.properties.build.properties.extra_hosts.type},message:"must be array,object",schema:schema12.properties.build.properties.extra_hosts.type,parentSchema:schema12.properties.build.properties.extra_hosts,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(Array.isArray(data18)){
const len3 = data18.length;
for(let i3=0; i3<len3; i3++){
let data19 = data18[i3];
if(typeof data19 === "string"){
if(!pattern14.test(data19)){
const err33 = {instancePath:instancePath+"/build/extra_hosts/" + i3,schemaPath:"#/properties/build/properties/extra_hosts/items/pattern",keyword:"pattern",params:{pattern: "^[^:=\\s]+[:=]\\S+$"},message:"must match pattern \""+"^[^:=\\s]+[:=]\\S+$"+"\"",schema:"^[^:=\\s]+[:=]\\S+$",parentSchema:schema12.properties.build.properties.extra_hosts.items,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/build/extra_hosts/" + i3,schemaPath:"#/properties/build/properties/extra_hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.extra_hosts.items.type,parentSchema:schema12.properties.build.properties.extra_hosts.items,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key5 in data18){
let data20 = data18[key5];
if(typeof data20 !== "string"){
const err35 = {instancePath:instancePath+"/build/extra_hosts/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/build/properties/extra_hosts/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.extra_hosts.additionalProperties.type,parentSchema:schema12.properties.build.properties.extra_hosts.additionalProperties,data:data20};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
if(data6.cache_from !== undefined){
let data21 = data6.cache_from;
if(Array.isArray(data21)){
const len4 = data21.length;
for(let i4=0; i4<len4; i4++){
let data22 = data21[i4];
if(typeof data22 !== "string"){
const err36 = {instancePath:instancePath+"/build/cache_from/" + i4,schemaPath:"#/properties/build/properties/cache_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.cache_from.items.type,parentSchema:schema12.properties.build.properties.cache_from.items,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/build/cache_from",schemaPath:"#/properties/build/properties/cache_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.build.properties.cache_from.type,parentSchema:schema12.properties.build.properties.cache_from,data:data21};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data6.platforms !== undefined){
let data23 = data6.platforms;
if(Array.isArray(data23)){
const len5 = data23.length;
for(let i5=0; i5<len5; i5++){
let data24 = data23[i5];
if(typeof data24 !== "string"){
const err38 = {instancePath:instancePath+"/build/platforms/" + i5,schemaPath:"#/properties/build/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.platforms.items.type,parentSchema:schema12.properties.build.properties.platforms.items,data:data24};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/build/platforms",schemaPath:"#/properties/build/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.build.properties.platforms.type,parentSchema:schema12.properties.build.properties.platforms,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data6.pull !== undefined){
let data25 = data6.pull;
if(typeof data25 !== "boolean"){
const err40 = {instancePath:instancePath+"/build/pull",schemaPath:"#/properties/build/properties/pull/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.build.properties.pull.type,parentSchema:schema12.properties.build.properties.pull,data:data25};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data6.no_cache !== undefined){
let data26 = data6.no_cache;
if(typeof data26 !== "boolean"){
const err41 = {instancePath:instancePath+"/build/no_cache",schemaPath:"#/properties/build/properties/no_cache/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.build.properties.no_cache.type,parentSchema:schema12.properties.build.properties.no_cache,data:data26};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data6.tags !== undefined){
let data27 = data6.tags;
if(Array.isArray(data27)){
const len6 = data27.length;
for(let i6=0; i6<len6; i6++){
let data28 = data27[i6];
if(typeof data28 === "string"){
if(!pattern4.test(data28)){
const err42 = {instancePath:instancePath+"/build/tags/" + i6,schemaPath:"#/properties/build/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema12.properties.build.properties.tags.items,data:data28};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/build/tags/" + i6,schemaPath:"#/properties/build/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.tags.items.type,parentSchema:schema12.properties.build.properties.tags.items,data:data28};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/build/tags",schemaPath:"#/properties/build/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.build.properties.tags.type,parentSchema:schema12.properties.build.properties.tags,data:data27};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data6.secrets !== undefined){
const err45 = {instancePath:instancePath+"/build/secrets",schemaPath:"#/properties/build/properties/secrets/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.build.properties.secrets.not,parentSchema:schema12.properties.build.properties.secrets,data:data6.secrets};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data6.ssh !== undefined){
const err46 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/properties/build/properties/ssh/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.build.properties.ssh.not,parentSchema:schema12.properties.build.properties.ssh,data:data6.ssh};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data.command !== undefined){
let data31 = data.command;
if((typeof data31 !== "string") && (!(Array.isArray(data31)))){
const err47 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: schema12.properties.command.type},message:"must be string,array",schema:schema12.properties.command.type,parentSchema:schema12.properties.command,data:data31};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(Array.isArray(data31)){
const len7 = data31.length;
for(let i7=0; i7<len7; i7++){
let data32 = data31[i7];
if(typeof data32 !== "string"){
const err48 = {instancePath:instancePath+"/command/" + i7,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.command.items.type,parentSchema:schema12.properties.command.items,data:data32};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
if(data.entrypoint !== undefined){
let data33 = data.entrypoint;
if((typeof data33 !== "string") && (!(Array.isArray(data33)))){
const err49 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/properties/entrypoint/type",keyword:"type",params:{type: schema12.properties.entrypoint.type},message:"must be string,array",schema:schema12.properties.entrypoint.type,parentSchema:schema12.properties.entrypoint,data:data33};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(Array.isArray(data33)){
const len8 = data33.length;
for(let i8=0; i8<len8; i8++){
let data34 = data33[i8];
if(typeof data34 !== "string"){
const err50 = {instancePath:instancePath+"/entrypoint/" + i8,schemaPath:"#/properties/entrypoint/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.entrypoint.items.type,parentSchema:schema12.properties.entrypoint.items,data:data34};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
}
if(data.working_dir !== undefined){
let data35 = data.working_dir;
if(typeof data35 === "string"){
if(!pattern16.test(data35)){
const err51 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.working_dir,data:data35};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.working_dir.type,parentSchema:schema12.properties.working_dir,data:data35};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.environment !== undefined){
let data36 = data.environment;
if(!data36 || typeof data36 != "object"){
const err53 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: schema12.properties.environment.type},message:"must be object,array",schema:schema12.properties.environment.type,parentSchema:schema12.properties.environment,data:data36};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(Array.isArray(data36)){
const len9 = data36.length;
for(let i9=0; i9<len9; i9++){
let data37 = data36[i9];
if(typeof data37 === "string"){
if(!pattern11.test(data37)){
const err54 = {instancePath:instancePath+"/environment/" + i9,schemaPath:"#/properties/environment/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.environment.items,data:data37};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/environment/" + i9,schemaPath:"#/properties/environment/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.environment.items.type,parentSchema:schema12.properties.environment.items,data:data37};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
let i10 = data36.length;
let j0;
if(i10 > 1){
const indices0 = {};
for(;i10--;){
let item0 = data36[i10];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err56 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i10+" are identical)",schema:true,parentSchema:schema12.properties.environment,data:data36};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
break;
}
indices0[item0] = i10;
}
}
}
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key6 in data36){
let data38 = data36[key6];
if((((typeof data38 !== "string") && (!((typeof data38 == "number") && (isFinite(data38))))) && (typeof data38 !== "boolean")) && (data38 !== null)){
const err57 = {instancePath:instancePath+"/environment/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/additionalProperties/type",keyword:"type",params:{type: schema12.properties.environment.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.environment.additionalProperties.type,parentSchema:schema12.properties.environment.additionalProperties,data:data38};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
if(data.env_file !== undefined){
let data39 = data.env_file;
if((typeof data39 !== "string") && (!(Array.isArray(data39)))){
const err58 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/type",keyword:"type",params:{type: schema12.properties.env_file.type},message:"must be string,array",schema:schema12.properties.env_file.type,parentSchema:schema12.properties.env_file,data:data39};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(Array.isArray(data39)){
const len10 = data39.length;
for(let i11=0; i11<len10; i11++){
let data40 = data39[i11];
if((typeof data40 !== "string") && (!(data40 && typeof data40 == "object" && !Array.isArray(data40)))){
const err59 = {instancePath:instancePath+"/env_file/" + i11,schemaPath:"#/properties/env_file/items/type",keyword:"type",params:{type: schema12.properties.env_file.items.type},message:"must be string,object",schema:schema12.properties.env_file.items.type,parentSchema:schema12.properties.env_file.items,data:data40};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.path === undefined){
const err60 = {instancePath:instancePath+"/env_file/" + i11,schemaPath:"#/properties/env_file/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.env_file.items.required,parentSchema:schema12.properties.env_file.items,data:data40};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key7 in data40){
if(!(((key7 === "path") || (key7 === "required")) || (pattern0.test(key7)))){
const err61 = {instancePath:instancePath+"/env_file/" + i11,schemaPath:"#/properties/env_file/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.env_file.items,data:data40};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data40.path !== undefined){
let data41 = data40.path;
if(typeof data41 !== "string"){
const err62 = {instancePath:instancePath+"/env_file/" + i11+"/path",schemaPath:"#/properties/env_file/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.env_file.items.properties.path.type,parentSchema:schema12.properties.env_file.items.properties.path,data:data41};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data40.required !== undefined){
let data42 = data40.required;
if(typeof data42 !== "boolean"){
const err63 = {instancePath:instancePath+"/env_file/" + i11+"/required",schemaPath:"#/properties/env_file/items/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.env_file.items.properties.required.type,parentSchema:schema12.properties.env_file.items.properties.required,data:data42};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
}
}
if(data.volumes !== undefined){
let data43 = data.volumes;
if(Array.isArray(data43)){
const len11 = data43.length;
for(let i12=0; i12<len11; i12++){
let data44 = data43[i12];
if((typeof data44 !== "string") && (!(data44 && typeof data44 == "object" && !Array.isArray(data44)))){
const err64 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/type",keyword:"type",params:{type: schema12.properties.volumes.items.type},message:"must be string,object",schema:schema12.properties.volumes.items.type,parentSchema:schema12.properties.volumes.items,data:data44};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const _errs103 = errors;
let valid35 = true;
const _errs104 = errors;
if(errors === _errs104){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.type !== undefined){
if("bind" !== data44.type){
const err65 = {};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
var _valid1 = _errs104 === errors;
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs107 = errors;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.source === undefined){
const err67 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema12.properties.volumes.items.allOf[0].then.required,parentSchema:schema12.properties.volumes.items.allOf[0].then,data:data44};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
var _valid1 = _errs107 === errors;
valid35 = _valid1;
}
if(!valid35){
const err68 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[0].if,parentSchema:schema12.properties.volumes.items.allOf[0],data:data44};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
const _errs109 = errors;
let valid37 = true;
const _errs110 = errors;
if(errors === _errs110){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.type !== undefined){
if("tmpfs" !== data44.type){
const err69 = {};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
var _valid2 = _errs110 === errors;
errors = _errs109;
if(vErrors !== null){
if(_errs109){
vErrors.length = _errs109;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs113 = errors;
const _errs114 = errors;
const _errs115 = errors;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing0;
if((data44.source === undefined) && (missing0 = "source")){
const err71 = {};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
var valid39 = _errs115 === errors;
if(valid39){
const err72 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/allOf/1/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.volumes.items.allOf[1].then.not,parentSchema:schema12.properties.volumes.items.allOf[1].then,data:data44};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
errors = _errs114;
if(vErrors !== null){
if(_errs114){
vErrors.length = _errs114;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs113 === errors;
valid37 = _valid2;
}
if(!valid37){
const err73 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[1].if,parentSchema:schema12.properties.volumes.items.allOf[1],data:data44};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
const _errs117 = errors;
let valid40 = true;
const _errs118 = errors;
if(errors === _errs118){
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.type !== undefined){
let data47 = data44.type;
if(!((data47 === "bind") || (data47 === "volume"))){
const err74 = {};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
var _valid3 = _errs118 === errors;
errors = _errs117;
if(vErrors !== null){
if(_errs117){
vErrors.length = _errs117;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs121 = errors;
const _errs122 = errors;
const _errs123 = errors;
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
let missing1;
if((data44.tmpfs === undefined) && (missing1 = "tmpfs")){
const err76 = {};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
var valid42 = _errs123 === errors;
if(valid42){
const err77 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/allOf/2/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.volumes.items.allOf[2].then.not,parentSchema:schema12.properties.volumes.items.allOf[2].then,data:data44};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
}
var _valid3 = _errs121 === errors;
valid40 = _valid3;
}
if(!valid40){
const err78 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[2].if,parentSchema:schema12.properties.volumes.items.allOf[2],data:data44};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.type === undefined){
const err79 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.properties.volumes.items.required,parentSchema:schema12.properties.volumes.items,data:data44};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data44.target === undefined){
const err80 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.volumes.items.required,parentSchema:schema12.properties.volumes.items,data:data44};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key8 in data44){
if(!((((((key8 === "type") || (key8 === "source")) || (key8 === "target")) || (key8 === "read_only")) || (key8 === "tmpfs")) || (pattern0.test(key8)))){
const err81 = {instancePath:instancePath+"/volumes/" + i12,schemaPath:"#/properties/volumes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volumes.items,data:data44};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data44.type !== undefined){
let data48 = data44.type;
if(!(((data48 === "bind") || (data48 === "volume")) || (data48 === "tmpfs"))){
const err82 = {instancePath:instancePath+"/volumes/" + i12+"/type",schemaPath:"#/properties/volumes/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.volumes.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.volumes.items.properties.type.enum,parentSchema:schema12.properties.volumes.items.properties.type,data:data48};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data44.source !== undefined){
let data49 = data44.source;
if(typeof data49 === "string"){
if(!pattern7.test(data49)){
const err83 = {instancePath:instancePath+"/volumes/" + i12+"/source",schemaPath:"#/properties/volumes/items/properties/source/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.volumes.items.properties.source,data:data49};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/volumes/" + i12+"/source",schemaPath:"#/properties/volumes/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.volumes.items.properties.source.type,parentSchema:schema12.properties.volumes.items.properties.source,data:data49};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data44.target !== undefined){
let data50 = data44.target;
if(typeof data50 === "string"){
if(!pattern16.test(data50)){
const err85 = {instancePath:instancePath+"/volumes/" + i12+"/target",schemaPath:"#/properties/volumes/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.volumes.items.properties.target,data:data50};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/volumes/" + i12+"/target",schemaPath:"#/properties/volumes/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.volumes.items.properties.target.type,parentSchema:schema12.properties.volumes.items.properties.target,data:data50};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data44.read_only !== undefined){
let data51 = data44.read_only;
if(typeof data51 !== "boolean"){
const err87 = {instancePath:instancePath+"/volumes/" + i12+"/read_only",schemaPath:"#/properties/volumes/items/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.volumes.items.properties.read_only.type,parentSchema:schema12.properties.volumes.items.properties.read_only,data:data51};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data44.tmpfs !== undefined){
let data52 = data44.tmpfs;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key9 in data52){
if(!(((key9 === "size") || (key9 === "mode")) || (pattern0.test(key9)))){
const err88 = {instancePath:instancePath+"/volumes/" + i12+"/tmpfs",schemaPath:"#/properties/volumes/items/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volumes.items.properties.tmpfs,data:data52};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data52.size !== undefined){
let data53 = data52.size;
if((!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))) && (typeof data53 !== "string")){
const err89 = {instancePath:instancePath+"/volumes/" + i12+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/type",keyword:"type",params:{type: schema12.properties.volumes.items.properties.tmpfs.properties.size.type},message:"must be integer,string",schema:schema12.properties.volumes.items.properties.tmpfs.properties.size.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data53};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err90 = {instancePath:instancePath+"/volumes/" + i12+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data53};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(typeof data53 === "string"){
if(!pattern23.test(data53)){
const err91 = {instancePath:instancePath+"/volumes/" + i12+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$",parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data53};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
if(data52.mode !== undefined){
let data54 = data52.mode;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err92 = {instancePath:instancePath+"/volumes/" + i12+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.volumes.items.properties.tmpfs.properties.mode.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data54};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 > 4095 || isNaN(data54)){
const err93 = {instancePath:instancePath+"/volumes/" + i12+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095},message:"must be <= 4095",schema:4095,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data54};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data54 < 0 || isNaN(data54)){
const err94 = {instancePath:instancePath+"/volumes/" + i12+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data54};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
}
else {
const err95 = {instancePath:instancePath+"/volumes/" + i12+"/tmpfs",schemaPath:"#/properties/volumes/items/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.volumes.items.properties.tmpfs.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs,data:data52};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
}
}
else {
const err96 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.volumes.type,parentSchema:schema12.properties.volumes,data:data43};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.ports !== undefined){
let data55 = data.ports;
if(Array.isArray(data55)){
const len12 = data55.length;
for(let i13=0; i13<len12; i13++){
let data56 = data55[i13];
if(((typeof data56 !== "string") && (!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56))))) && (!(data56 && typeof data56 == "object" && !Array.isArray(data56)))){
const err97 = {instancePath:instancePath+"/ports/" + i13,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: schema12.properties.ports.items.type},message:"must be string,integer,object",schema:schema12.properties.ports.items.type,parentSchema:schema12.properties.ports.items,data:data56};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
const _errs143 = errors;
let valid47 = true;
const _errs144 = errors;
if(errors === _errs144){
if(typeof data56 === "string"){
if(!pattern24.test(data56)){
const err98 = {};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
else {
const err99 = {};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
var _valid4 = _errs144 === errors;
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs146 = errors;
if(typeof data56 === "string"){
if(!pattern25.test(data56)){
const err100 = {instancePath:instancePath+"/ports/" + i13,schemaPath:"#/properties/ports/items/then/pattern",keyword:"pattern",params:{pattern: "^\\["},message:"must match pattern \""+"^\\["+"\"",schema:"^\\[",parentSchema:schema12.properties.ports.items.then,data:data56};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
var _valid4 = _errs146 === errors;
valid47 = _valid4;
}
if(!valid47){
const err101 = {instancePath:instancePath+"/ports/" + i13,schemaPath:"#/properties/ports/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.ports.items.if,parentSchema:schema12.properties.ports.items,data:data56};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(typeof data56 === "string"){
if(!pattern26.test(data56)){
const err102 = {instancePath:instancePath+"/ports/" + i13,schemaPath:"#/properties/ports/items/pattern",keyword:"pattern",params:{pattern: "^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]*(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$"},message:"must match pattern \""+"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]*(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$"+"\"",schema:"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]*(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$",parentSchema:schema12.properties.ports.items,data:data56};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.target === undefined){
const err103 = {instancePath:instancePath+"/ports/" + i13,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.ports.items.required,parentSchema:schema12.properties.ports.items,data:data56};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
for(const key10 in data56){
if(!((((((key10 === "target") || (key10 === "published")) || (key10 === "host_ip")) || (key10 === "protocol")) || (key10 === "mode")) || (pattern0.test(key10)))){
const err104 = {instancePath:instancePath+"/ports/" + i13,schemaPath:"#/properties/ports/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.ports.items,data:data56};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data56.target !== undefined){
let data57 = data56.target;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err105 = {instancePath:instancePath+"/ports/" + i13+"/target",schemaPath:"#/properties/ports/items/properties/target/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ports.items.properties.target.type,parentSchema:schema12.properties.ports.items.properties.target,data:data57};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 > 65535 || isNaN(data57)){
const err106 = {instancePath:instancePath+"/ports/" + i13+"/target",schemaPath:"#/properties/ports/items/properties/target/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.ports.items.properties.target,data:data57};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data57 < 1 || isNaN(data57)){
const err107 = {instancePath:instancePath+"/ports/" + i13+"/target",schemaPath:"#/properties/ports/items/properties/target/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.ports.items.properties.target,data:data57};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
if(data56.published !== undefined){
let data58 = data56.published;
if((typeof data58 !== "string") && (!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58))))){
const err108 = {instancePath:instancePath+"/ports/" + i13+"/published",schemaPath:"#/properties/ports/items/properties/published/type",keyword:"type",params:{type: schema12.properties.ports.items.properties.published.type},message:"must be string,integer",schema:schema12.properties.ports.items.properties.published.type,parentSchema:schema12.properties.ports.items.properties.published,data:data58};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 > 65535 || isNaN(data58)){
const err109 = {instancePath:instancePath+"/ports/" + i13+"/published",schemaPath:"#/properties/ports/items/properties/published/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.ports.items.properties.published,data:data58};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if(data58 < 1 || isNaN(data58)){
const err110 = {instancePath:instancePath+"/ports/" + i13+"/published",schemaPath:"#/properties/ports/items/properties/published/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.ports.items.properties.published,data:data58};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(typeof data58 === "string"){
if(!pattern28.test(data58)){
const err111 = {instancePath:instancePath+"/ports/" + i13+"/published",schemaPath:"#/properties/ports/items/properties/published/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(-[0-9]+)?)?$"},message:"must match pattern \""+"^([0-9]+(-[0-9]+)?)?$"+"\"",schema:"^([0-9]+(-[0-9]+)?)?$",parentSchema:schema12.properties.ports.items.properties.published,data:data58};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
if(data56.host_ip !== undefined){
let data59 = data56.host_ip;
if(typeof data59 !== "string"){
const err112 = {instancePath:instancePath+"/ports/" + i13+"/host_ip",schemaPath:"#/properties/ports/items/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.ports.items.properties.host_ip.type,parentSchema:schema12.properties.ports.items.properties.host_ip,data:data59};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data56.protocol !== undefined){
let data60 = data56.protocol;
if(!((data60 === "tcp") || (data60 === "udp"))){
const err113 = {instancePath:instancePath+"/ports/" + i13+"/protocol",schemaPath:"#/properties/ports/items/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema12.properties.ports.items.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.ports.items.properties.protocol.enum,parentSchema:schema12.properties.ports.items.properties.protocol,data:data60};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data56.mode !== undefined){
let data61 = data56.mode;
if(!((data61 === "host") || (data61 === "ingress"))){
const err114 = {instancePath:instancePath+"/ports/" + i13+"/mode",schemaPath:"#/properties/ports/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema12.properties.ports.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.ports.items.properties.mode.enum,parentSchema:schema12.properties.ports.items.properties.mode,data:data61};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
}
}
else {
const err115 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.ports.type,parentSchema:schema12.properties.ports,data:data55};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.hostname !== undefined){
let data62 = data.hostname;
if(typeof data62 === "string"){
if(!pattern29.test(data62)){
const err116 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",parentSchema:schema12.properties.hostname,data:data62};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
else {
const err117 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.hostname.type,parentSchema:schema12.properties.hostname,data:data62};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data.user !== undefined){
let data63 = data.user;
if((typeof data63 !== "string") && (!(((typeof data63 == "number") && (!(data63 % 1) && !isNaN(data63))) && (isFinite(data63))))){
const err118 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: schema12.properties.user.type},message:"must be string,integer",schema:schema12.properties.user.type,parentSchema:schema12.properties.user,data:data63};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data.read_only !== undefined){
let data64 = data.read_only;
if(typeof data64 !== "boolean"){
const err119 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.read_only.type,parentSchema:schema12.properties.read_only,data:data64};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data65 = data.tmpfs;
if((typeof data65 !== "string") && (!(Array.isArray(data65)))){
const err120 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/type",keyword:"type",params:{type: schema12.properties.tmpfs.type},message:"must be string,array",schema:schema12.properties.tmpfs.type,parentSchema:schema12.properties.tmpfs,data:data65};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(typeof data65 === "string"){
if(!pattern30.test(data65)){
const err121 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/pattern",keyword:"pattern",params:{pattern: "^/[^:]*$"},message:"must match pattern \""+"^/[^:]*$"+"\"",schema:"^/[^:]*$",parentSchema:schema12.properties.tmpfs,data:data65};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(Array.isArray(data65)){
const len13 = data65.length;
for(let i14=0; i14<len13; i14++){
let data66 = data65[i14];
if(typeof data66 === "string"){
if(!pattern30.test(data66)){
const err122 = {instancePath:instancePath+"/tmpfs/" + i14,schemaPath:"#/properties/tmpfs/items/pattern",keyword:"pattern",params:{pattern: "^/[^:]*$"},message:"must match pattern \""+"^/[^:]*$"+"\"",schema:"^/[^:]*$",parentSchema:schema12.properties.tmpfs.items,data:data66};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
else {
const err123 = {instancePath:instancePath+"/tmpfs/" + i14,schemaPath:"#/properties/tmpfs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.tmpfs.items.type,parentSchema:schema12.properties.tmpfs.items,data:data66};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
}
if(data.platform !== undefined){
let data67 = data.platform;
if(typeof data67 === "string"){
if(!pattern32.test(data67)){
const err124 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"},message:"must match pattern \""+"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"+"\"",schema:"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$",parentSchema:schema12.properties.platform,data:data67};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platform.type,parentSchema:schema12.properties.platform,data:data67};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data.pull_policy !== undefined){
let data68 = data.pull_policy;
if(!(((((data68 === "missing") || (data68 === "if_not_present")) || (data68 === "always")) || (data68 === "never")) || (data68 === "build"))){
const err126 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/enum",keyword:"enum",params:{allowedValues: schema12.properties.pull_policy.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.pull_policy.enum,parentSchema:schema12.properties.pull_policy,data:data68};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data69 = data.depends_on;
if(!data69 || typeof data69 != "object"){
const err127 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: schema12.properties.depends_on.type},message:"must be array,object",schema:schema12.properties.depends_on.type,parentSchema:schema12.properties.depends_on,data:data69};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(Array.isArray(data69)){
const len14 = data69.length;
for(let i15=0; i15<len14; i15++){
let data70 = data69[i15];
if(typeof data70 !== "string"){
const err128 = {instancePath:instancePath+"/depends_on/" + i15,schemaPath:"#/properties/depends_on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.depends_on.items.type,parentSchema:schema12.properties.depends_on.items,data:data70};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
let i16 = data69.length;
let j1;
if(i16 > 1){
const indices1 = {};
for(;i16--;){
let item1 = data69[i16];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err129 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i16+" are identical)",schema:true,parentSchema:schema12.properties.depends_on,data:data69};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
break;
}
indices1[item1] = i16;
}
}
}
if(data69 && typeof data69 == "object" && !Array.isArray(data69)){
for(const key11 in data69){
let data71 = data69[key11];
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.condition === undefined){
const err130 = {instancePath:instancePath+"/depends_on/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'",schema:schema12.properties.depends_on.additionalProperties.required,parentSchema:schema12.properties.depends_on.additionalProperties,data:data71};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
for(const key12 in data71){
if(!((((key12 === "condition") || (key12 === "restart")) || (key12 === "required")) || (pattern0.test(key12)))){
const err131 = {instancePath:instancePath+"/depends_on/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.depends_on.additionalProperties,data:data71};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data71.condition !== undefined){
let data72 = data71.condition;
if(!(((data72 === "service_started") || (data72 === "service_healthy")) || (data72 === "service_completed_successfully"))){
const err132 = {instancePath:instancePath+"/depends_on/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/additionalProperties/properties/condition/enum",keyword:"enum",params:{allowedValues: schema12.properties.depends_on.additionalProperties.properties.condition.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.depends_on.additionalProperties.properties.condition.enum,parentSchema:schema12.properties.depends_on.additionalProperties.properties.condition,data:data72};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data71.restart !== undefined){
let data73 = data71.restart;
if(typeof data73 !== "boolean"){
const err133 = {instancePath:instancePath+"/depends_on/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/additionalProperties/properties/restart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.depends_on.additionalProperties.properties.restart.type,parentSchema:schema12.properties.depends_on.additionalProperties.properties.restart,data:data73};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data71.required !== undefined){
let data74 = data71.required;
if(typeof data74 !== "boolean"){
const err134 = {instancePath:instancePath+"/depends_on/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.depends_on.additionalProperties.properties.required.type,parentSchema:schema12.properties.depends_on.additionalProperties.properties.required,data:data74};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/depends_on/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.depends_on.additionalProperties.type,parentSchema:schema12.properties.depends_on.additionalProperties,data:data71};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
}
}
if(data.restart !== undefined){
let data75 = data.restart;
if(typeof data75 === "string"){
if(!pattern34.test(data75)){
const err136 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/pattern",keyword:"pattern",params:{pattern: "^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"},message:"must match pattern \""+"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"+"\"",schema:"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$",parentSchema:schema12.properties.restart,data:data75};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.restart.type,parentSchema:schema12.properties.restart,data:data75};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.healthcheck !== undefined){
let data76 = data.healthcheck;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
for(const key13 in data76){
if(!(((((((key13 === "test") || (key13 === "interval")) || (key13 === "timeout")) || (key13 === "retries")) || (key13 === "start_period")) || (key13 === "disable")) || (pattern0.test(key13)))){
const err138 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/properties/healthcheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.healthcheck,data:data76};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data76.test !== undefined){
let data77 = data76.test;
if((typeof data77 !== "string") && (!(Array.isArray(data77)))){
const err139 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/properties/healthcheck/properties/test/type",keyword:"type",params:{type: schema12.properties.healthcheck.properties.test.type},message:"must be string,array",schema:schema12.properties.healthcheck.properties.test.type,parentSchema:schema12.properties.healthcheck.properties.test,data:data77};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(Array.isArray(data77)){
if(data77.length < 1){
const err140 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/properties/healthcheck/properties/test/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.healthcheck.properties.test,data:data77};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
const len15 = data77.length;
var valid57 = len15 <= 1;
if(!valid57){
for(let i17=1; i17<len15; i17++){
let data78 = data77[i17];
const _errs189 = errors;
if(typeof data78 !== "string"){
const err141 = {instancePath:instancePath+"/healthcheck/test/" + i17,schemaPath:"#/properties/healthcheck/properties/test/additionalItems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.healthcheck.properties.test.additionalItems.type,parentSchema:schema12.properties.healthcheck.properties.test.additionalItems,data:data78};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
var valid57 = _errs189 === errors;
}
}
const len16 = data77.length;
if(len16 > 0){
let data79 = data77[0];
if(!(((data79 === "CMD") || (data79 === "CMD-SHELL")) || (data79 === "NONE"))){
const err142 = {instancePath:instancePath+"/healthcheck/test/0",schemaPath:"#/properties/healthcheck/properties/test/items/0/enum",keyword:"enum",params:{allowedValues: schema12.properties.healthcheck.properties.test.items[0].enum},message:"must be equal to one of the allowed values",schema:schema12.properties.healthcheck.properties.test.items[0].enum,parentSchema:schema12.properties.healthcheck.properties.test.items[0],data:data79};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
}
if(data76.interval !== undefined){
let data80 = data76.interval;
if(typeof data80 === "string"){
if(!pattern36.test(data80)){
const err143 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data80};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data80};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data76.timeout !== undefined){
let data81 = data76.timeout;
if(typeof data81 === "string"){
if(!pattern36.test(data81)){
const err145 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data81};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data81};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data76.retries !== undefined){
let data82 = data76.retries;
if(!(((typeof data82 == "number") && (!(data82 % 1) && !isNaN(data82))) && (isFinite(data82)))){
const err147 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/properties/healthcheck/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.healthcheck.properties.retries.type,parentSchema:schema12.properties.healthcheck.properties.retries,data:data82};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 < 0 || isNaN(data82)){
const err148 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/properties/healthcheck/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.healthcheck.properties.retries,data:data82};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
}
if(data76.start_period !== undefined){
let data83 = data76.start_period;
if(typeof data83 === "string"){
if(!pattern36.test(data83)){
const err149 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data83};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data83};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data76.disable !== undefined){
let data84 = data76.disable;
if(typeof data84 !== "boolean"){
const err151 = {instancePath:instancePath+"/healthcheck/disable",schemaPath:"#/properties/healthcheck/properties/disable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.healthcheck.properties.disable.type,parentSchema:schema12.properties.healthcheck.properties.disable,data:data84};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
}
else {
const err152 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/properties/healthcheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.healthcheck.type,parentSchema:schema12.properties.healthcheck,data:data76};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data85 = data.stop_signal;
if(typeof data85 === "string"){
if(!pattern39.test(data85)){
const err153 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/pattern",keyword:"pattern",params:{pattern: "^(SIG)?[A-Z][A-Z0-9+-]*$"},message:"must match pattern \""+"^(SIG)?[A-Z][A-Z0-9+-]*$"+"\"",schema:"^(SIG)?[A-Z][A-Z0-9+-]*$",parentSchema:schema12.properties.stop_signal,data:data85};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.stop_signal.type,parentSchema:schema12.properties.stop_signal,data:data85};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data86 = data.stop_grace_period;
if(typeof data86 === "string"){
if(!pattern36.test(data86)){
const err155 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data86};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data86};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data.init !== undefined){
let data87 = data.init;
if(typeof data87 !== "boolean"){
const err157 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.init.type,parentSchema:schema12.properties.init,data:data87};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
if(data.labels !== undefined){
let data88 = data.labels;
if(!data88 || typeof data88 != "object"){
const err158 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: schema12.properties.labels.type},message:"must be object,array",schema:schema12.properties.labels.type,parentSchema:schema12.properties.labels,data:data88};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(Array.isArray(data88)){
const len17 = data88.length;
for(let i18=0; i18<len17; i18++){
let data89 = data88[i18];
if(typeof data89 === "string"){
if(!pattern11.test(data89)){
const err159 = {instancePath:instancePath+"/labels/" + i18,schemaPath:"#/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.labels.items,data:data89};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
else {
const err160 = {instancePath:instancePath+"/labels/" + i18,schemaPath:"#/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.labels.items.type,parentSchema:schema12.properties.labels.items,data:data89};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
let i19 = data88.length;
let j2;
if(i19 > 1){
const indices2 = {};
for(;i19--;){
let item2 = data88[i19];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err161 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i19+" are identical)",schema:true,parentSchema:schema12.properties.labels,data:data88};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
break;
}
indices2[item2] = i19;
}
}
}
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
for(const key14 in data88){
let data90 = data88[key14];
if((((typeof data90 !== "string") && (!((typeof data90 == "number") && (isFinite(data90))))) && (typeof data90 !== "boolean")) && (data90 !== null)){
const err162 = {instancePath:instancePath+"/labels/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema12.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.labels.additionalProperties.type,parentSchema:schema12.properties.labels.additionalProperties,data:data90};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
}
}
if(data.develop !== undefined){
let data91 = data.develop;
if(data91 && typeof data91 == "object" && !Array.isArray(data91)){
for(const key15 in data91){
if(!((key15 === "watch") || (pattern0.test(key15)))){
const err163 = {instancePath:instancePath+"/develop",schemaPath:"#/properties/develop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.develop,data:data91};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data91.watch !== undefined){
let data92 = data91.watch;
if(Array.isArray(data92)){
const len18 = data92.length;
for(let i20=0; i20<len18; i20++){
let data93 = data92[i20];
const _errs226 = errors;
let valid70 = true;
const _errs227 = errors;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.action !== undefined){
let data94 = data93.action;
if(!((data94 === "sync") || (data94 === "sync+restart"))){
const err164 = {};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
var _valid5 = _errs227 === errors;
errors = _errs226;
if(vErrors !== null){
if(_errs226){
vErrors.length = _errs226;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs229 = errors;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.target === undefined){
const err165 = {instancePath:instancePath+"/develop/watch/" + i20,schemaPath:"#/properties/develop/properties/watch/items/then/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.develop.properties.watch.items.then.required,parentSchema:schema12.properties.develop.properties.watch.items.then,data:data93};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
var _valid5 = _errs229 === errors;
valid70 = _valid5;
}
if(!valid70){
const err166 = {instancePath:instancePath+"/develop/watch/" + i20,schemaPath:"#/properties/develop/properties/watch/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.develop.properties.watch.items.if,parentSchema:schema12.properties.develop.properties.watch.items,data:data93};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.path === undefined){
const err167 = {instancePath:instancePath+"/develop/watch/" + i20,schemaPath:"#/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.develop.properties.watch.items.required,parentSchema:schema12.properties.develop.properties.watch.items,data:data93};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data93.action === undefined){
const err168 = {instancePath:instancePath+"/develop/watch/" + i20,schemaPath:"#/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema12.properties.develop.properties.watch.items.required,parentSchema:schema12.properties.develop.properties.watch.items,data:data93};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
for(const key16 in data93){
if(!(((((key16 === "path") || (key16 === "action")) || (key16 === "target")) || (key16 === "ignore")) || (pattern0.test(key16)))){
const err169 = {instancePath:instancePath+"/develop/watch/" + i20,schemaPath:"#/properties/develop/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.develop.properties.watch.items,data:data93};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data93.path !== undefined){
let data95 = data93.path;
if(typeof data95 === "string"){
if(!pattern7.test(data95)){
const err170 = {instancePath:instancePath+"/develop/watch/" + i20+"/path",schemaPath:"#/properties/develop/properties/watch/items/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.develop.properties.watch.items.properties.path,data:data95};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
else {
const err171 = {instancePath:instancePath+"/develop/watch/" + i20+"/path",schemaPath:"#/properties/develop/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.path.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.path,data:data95};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(data93.action !== undefined){
let data96 = data93.action;
if(!((((data96 === "restart") || (data96 === "sync+restart")) || (data96 === "sync")) || (data96 === "rebuild"))){
const err172 = {instancePath:instancePath+"/develop/watch/" + i20+"/action",schemaPath:"#/properties/develop/properties/watch/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema12.properties.develop.properties.watch.items.properties.action.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.develop.properties.watch.items.properties.action.enum,parentSchema:schema12.properties.develop.properties.watch.items.properties.action,data:data96};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data93.target !== undefined){
let data97 = data93.target;
if(typeof data97 === "string"){
if(!pattern16.test(data97)){
const err173 = {instancePath:instancePath+"/develop/watch/" + i20+"/target",schemaPath:"#/properties/develop/properties/watch/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.develop.properties.watch.items.properties.target,data:data97};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
else {
const err174 = {instancePath:instancePath+"/develop/watch/" + i20+"/target",schemaPath:"#/properties/develop/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.target.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.target,data:data97};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data93.ignore !== undefined){
let data98 = data93.ignore;
if(Array.isArray(data98)){
const len19 = data98.length;
for(let i21=0; i21<len19; i21++){
let data99 = data98[i21];
if(typeof data99 !== "string"){
const err175 = {instancePath:instancePath+"/develop/watch/" + i20+"/ignore/" + i21,schemaPath:"#/properties/develop/properties/watch/items/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.ignore.items.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.ignore.items,data:data99};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
}
else {
const err176 = {instancePath:instancePath+"/develop/watch/" + i20+"/ignore",schemaPath:"#/properties/develop/properties/watch/items/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.develop.properties.watch.items.properties.ignore.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.ignore,data:data98};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath:instancePath+"/develop/watch/" + i20,schemaPath:"#/properties/develop/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.develop.properties.watch.items.type,parentSchema:schema12.properties.develop.properties.watch.items,data:data93};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
else {
const err178 = {instancePath:instancePath+"/develop/watch",schemaPath:"#/properties/develop/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.develop.properties.watch.type,parentSchema:schema12.properties.develop.properties.watch,data:data92};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
else {
const err179 = {instancePath:instancePath+"/develop",schemaPath:"#/properties/develop/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.develop.type,parentSchema:schema12.properties.develop,data:data91};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data.networks !== undefined){
let data100 = data.networks;
if(!data100 || typeof data100 != "object"){
const err180 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: schema12.properties.networks.type},message:"must be array,object",schema:schema12.properties.networks.type,parentSchema:schema12.properties.networks,data:data100};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(Array.isArray(data100)){
const len20 = data100.length;
for(let i22=0; i22<len20; i22++){
let data101 = data100[i22];
if(typeof data101 === "string"){
if(!pattern46.test(data101)){
const err181 = {instancePath:instancePath+"/networks/" + i22,schemaPath:"#/properties/networks/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema12.properties.networks.items,data:data101};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/networks/" + i22,schemaPath:"#/properties/networks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.items.type,parentSchema:schema12.properties.networks.items,data:data101};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
let i23 = data100.length;
let j3;
if(i23 > 1){
const indices3 = {};
for(;i23--;){
let item3 = data100[i23];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err183 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i23+" are identical)",schema:true,parentSchema:schema12.properties.networks,data:data100};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
break;
}
indices3[item3] = i23;
}
}
}
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key17 in data100){
let data102 = data100[key17];
if((!(data102 && typeof data102 == "object" && !Array.isArray(data102))) && (data102 !== null)){
const err184 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/additionalProperties/type",keyword:"type",params:{type: schema12.properties.networks.additionalProperties.type},message:"must be object,null",schema:schema12.properties.networks.additionalProperties.type,parentSchema:schema12.properties.networks.additionalProperties,data:data102};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
for(const key18 in data102){
if(!(((((((key18 === "aliases") || (key18 === "ipv4_address")) || (key18 === "ipv6_address")) || (key18 === "link_local_ips")) || (key18 === "mac_address")) || (key18 === "priority")) || (pattern0.test(key18)))){
const err185 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.networks.additionalProperties,data:data102};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data102.aliases !== undefined){
let data103 = data102.aliases;
if(Array.isArray(data103)){
const len21 = data103.length;
for(let i24=0; i24<len21; i24++){
let data104 = data103[i24];
if(typeof data104 === "string"){
if(!pattern48.test(data104)){
const err186 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + i24,schemaPath:"#/properties/networks/additionalProperties/properties/aliases/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$"},message:"must match pattern \""+"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$"+"\"",schema:"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$",parentSchema:schema12.properties.networks.additionalProperties.properties.aliases.items,data:data104};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + i24,schemaPath:"#/properties/networks/additionalProperties/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.additionalProperties.properties.aliases.items.type,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases.items,data:data104};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
let i25 = data103.length;
let j4;
if(i25 > 1){
const indices4 = {};
for(;i25--;){
let item4 = data103[i25];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err188 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/properties/networks/additionalProperties/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i25, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i25+" are identical)",schema:true,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases,data:data103};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
break;
}
indices4[item4] = i25;
}
}
}
else {
const err189 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/properties/networks/additionalProperties/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.networks.additionalProperties.properties.aliases.type,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases,data:data103};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data102.ipv4_address !== undefined){
let data105 = data102.ipv4_address;
if(typeof data105 === "string"){
if(!pattern49.test(data105)){
const err190 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv4_address/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema12.properties.networks.additionalProperties.properties.ipv4_address,data:data105};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.additionalProperties.properties.ipv4_address.type,parentSchema:schema12.properties.networks.additionalProperties.properties.ipv4_address,data:data105};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data102.ipv6_address !== undefined){
const err192 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv6_address/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.ipv6_address.not,parentSchema:schema12.properties.networks.additionalProperties.properties.ipv6_address,data:data102.ipv6_address};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(data102.link_local_ips !== undefined){
const err193 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",schemaPath:"#/properties/networks/additionalProperties/properties/link_local_ips/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.link_local_ips.not,parentSchema:schema12.properties.networks.additionalProperties.properties.link_local_ips,data:data102.link_local_ips};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(data102.mac_address !== undefined){
const err194 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/mac_address",schemaPath:"#/properties/networks/additionalProperties/properties/mac_address/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.mac_address.not,parentSchema:schema12.properties.networks.additionalProperties.properties.mac_address,data:data102.mac_address};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(data102.priority !== undefined){
let data109 = data102.priority;
if(!(((typeof data109 == "number") && (!(data109 % 1) && !isNaN(data109))) && (isFinite(data109)))){
const err195 = {instancePath:instancePath+"/networks/" + key17.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/additionalProperties/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.networks.additionalProperties.properties.priority.type,parentSchema:schema12.properties.networks.additionalProperties.properties.priority,data:data109};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
}
}
}
if(data.network_mode !== undefined){
let data110 = data.network_mode;
if(typeof data110 === "string"){
if(!pattern50.test(data110)){
const err196 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/pattern",keyword:"pattern",params:{pattern: "^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$"},message:"must match pattern \""+"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$"+"\"",schema:"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$",parentSchema:schema12.properties.network_mode,data:data110};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
else {
const err197 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.network_mode.type,parentSchema:schema12.properties.network_mode,data:data110};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data.container_name !== undefined){
let data111 = data.container_name;
if(typeof data111 === "string"){
if(!pattern5.test(data111)){
const err198 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$",parentSchema:schema12.properties.container_name,data:data111};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.container_name.type,parentSchema:schema12.properties.container_name,data:data111};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data.links !== undefined){
let data112 = data.links;
if(Array.isArray(data112)){
const len22 = data112.length;
for(let i26=0; i26<len22; i26++){
let data113 = data112[i26];
if(typeof data113 === "string"){
if(!pattern52.test(data113)){
const err200 = {instancePath:instancePath+"/links/" + i26,schemaPath:"#/properties/links/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$",parentSchema:schema12.properties.links.items,data:data113};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/links/" + i26,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.links.items.type,parentSchema:schema12.properties.links.items,data:data113};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
let i27 = data112.length;
let j5;
if(i27 > 1){
const indices5 = {};
for(;i27--;){
let item5 = data112[i27];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err202 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i27+" are identical)",schema:true,parentSchema:schema12.properties.links,data:data112};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
break;
}
indices5[item5] = i27;
}
}
}
else {
const err203 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.links.type,parentSchema:schema12.properties.links,data:data112};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data.extra_hosts !== undefined){
let data114 = data.extra_hosts;
if(!data114 || typeof data114 != "object"){
const err204 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/type",keyword:"type",params:{type: schema12.properties.extra_hosts.type},message:"must be array,object",schema:schema12.properties.extra_hosts.type,parentSchema:schema12.properties.extra_hosts,data:data114};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(Array.isArray(data114)){
const len23 = data114.length;
for(let i28=0; i28<len23; i28++){
let data115 = data114[i28];
if(typeof data115 !== "string"){
const err205 = {instancePath:instancePath+"/extra_hosts/" + i28,schemaPath:"#/properties/extra_hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extra_hosts.items.type,parentSchema:schema12.properties.extra_hosts.items,data:data115};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
let i29 = data114.length;
let j6;
if(i29 > 1){
const indices6 = {};
for(;i29--;){
let item6 = data114[i29];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err206 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/uniqueItems",keyword:"uniqueItems",params:{i: i29, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i29+" are identical)",schema:true,parentSchema:schema12.properties.extra_hosts,data:data114};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
break;
}
indices6[item6] = i29;
}
}
}
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
for(const key19 in data114){
let data116 = data114[key19];
if((typeof data116 !== "string") && (!(Array.isArray(data116)))){
const err207 = {instancePath:instancePath+"/extra_hosts/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_hosts/additionalProperties/type",keyword:"type",params:{type: schema12.properties.extra_hosts.additionalProperties.type},message:"must be string,array",schema:schema12.properties.extra_hosts.additionalProperties.type,parentSchema:schema12.properties.extra_hosts.additionalProperties,data:data116};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(Array.isArray(data116)){
const len24 = data116.length;
for(let i30=0; i30<len24; i30++){
let data117 = data116[i30];
if(typeof data117 !== "string"){
const err208 = {instancePath:instancePath+"/extra_hosts/" + key19.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i30,schemaPath:"#/properties/extra_hosts/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extra_hosts.additionalProperties.items.type,parentSchema:schema12.properties.extra_hosts.additionalProperties.items,data:data117};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
}
}
}
if(data.dns !== undefined){
let data118 = data.dns;
if((typeof data118 !== "string") && (!(Array.isArray(data118)))){
const err209 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/type",keyword:"type",params:{type: schema12.properties.dns.type},message:"must be string,array",schema:schema12.properties.dns.type,parentSchema:schema12.properties.dns,data:data118};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(Array.isArray(data118)){
const len25 = data118.length;
for(let i31=0; i31<len25; i31++){
let data119 = data118[i31];
if(typeof data119 !== "string"){
const err210 = {instancePath:instancePath+"/dns/" + i31,schemaPath:"#/properties/dns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns.items.type,parentSchema:schema12.properties.dns.items,data:data119};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
}
}
if(data.dns_search !== undefined){
let data120 = data.dns_search;
if((typeof data120 !== "string") && (!(Array.isArray(data120)))){
const err211 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/type",keyword:"type",params:{type: schema12.properties.dns_search.type},message:"must be string,array",schema:schema12.properties.dns_search.type,parentSchema:schema12.properties.dns_search,data:data120};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(typeof data120 === "string"){
if(!pattern53.test(data120)){
const err212 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema12.properties.dns_search,data:data120};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(Array.isArray(data120)){
const len26 = data120.length;
for(let i32=0; i32<len26; i32++){
let data121 = data120[i32];
if(typeof data121 === "string"){
if(!pattern53.test(data121)){
const err213 = {instancePath:instancePath+"/dns_search/" + i32,schemaPath:"#/properties/dns_search/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema12.properties.dns_search.items,data:data121};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/dns_search/" + i32,schemaPath:"#/properties/dns_search/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns_search.items.type,parentSchema:schema12.properties.dns_search.items,data:data121};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
}
}
if(data.dns_opt !== undefined){
let data122 = data.dns_opt;
if(Array.isArray(data122)){
const len27 = data122.length;
for(let i33=0; i33<len27; i33++){
let data123 = data122[i33];
if(typeof data123 === "string"){
if(!pattern55.test(data123)){
const err215 = {instancePath:instancePath+"/dns_opt/" + i33,schemaPath:"#/properties/dns_opt/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(:[0-9]+)?$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(:[0-9]+)?$"+"\"",schema:"^[A-Za-z0-9_-]+(:[0-9]+)?$",parentSchema:schema12.properties.dns_opt.items,data:data123};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
else {
const err216 = {instancePath:instancePath+"/dns_opt/" + i33,schemaPath:"#/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns_opt.items.type,parentSchema:schema12.properties.dns_opt.items,data:data123};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
let i34 = data122.length;
let j7;
if(i34 > 1){
const indices7 = {};
for(;i34--;){
let item7 = data122[i34];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err217 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i34, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i34+" are identical)",schema:true,parentSchema:schema12.properties.dns_opt,data:data122};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
break;
}
indices7[item7] = i34;
}
}
}
else {
const err218 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.dns_opt.type,parentSchema:schema12.properties.dns_opt,data:data122};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data.expose !== undefined){
let data124 = data.expose;
if(Array.isArray(data124)){
const len28 = data124.length;
for(let i35=0; i35<len28; i35++){
let data125 = data124[i35];
if((typeof data125 !== "string") && (!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125))))){
const err219 = {instancePath:instancePath+"/expose/" + i35,schemaPath:"#/properties/expose/items/type",keyword:"type",params:{type: schema12.properties.expose.items.type},message:"must be string,integer",schema:schema12.properties.expose.items.type,parentSchema:schema12.properties.expose.items,data:data125};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(typeof data125 === "string"){
if(!pattern56.test(data125)){
const err220 = {instancePath:instancePath+"/expose/" + i35,schemaPath:"#/properties/expose/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(-[0-9]+)?(/(tcp|udp))?$"},message:"must match pattern \""+"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$"+"\"",schema:"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$",parentSchema:schema12.properties.expose.items,data:data125};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
}
let i36 = data124.length;
let j8;
if(i36 > 1){
const indices8 = {};
for(;i36--;){
let item8 = data124[i36];
if((typeof item8 !== "string") && (!(((typeof item8 == "number") && (!(item8 % 1) && !isNaN(item8))) && (isFinite(item8))))){
continue;
}
if(typeof item8 == "string"){
item8 += "_";
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err221 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i36, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i36+" are identical)",schema:true,parentSchema:schema12.properties.expose,data:data124};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
break;
}
indices8[item8] = i36;
}
}
}
else {
const err222 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.expose.type,parentSchema:schema12.properties.expose,data:data124};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data.net !== undefined){
let data126 = data.net;
if(typeof data126 !== "boolean"){
const err223 = {instancePath:instancePath+"/net",schemaPath:"#/properties/net/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.net.type,parentSchema:schema12.properties.net,data:data126};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
if(data.fakeroot !== undefined){
let data127 = data.fakeroot;
if(typeof data127 !== "boolean"){
const err224 = {instancePath:instancePath+"/fakeroot",schemaPath:"#/properties/fakeroot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.fakeroot.type,parentSchema:schema12.properties.fakeroot,data:data127};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data.secrets !== undefined){
let data128 = data.secrets;
if(Array.isArray(data128)){
const len29 = data128.length;
for(let i37=0; i37<len29; i37++){
let data129 = data128[i37];
if((typeof data129 !== "string") && (!(data129 && typeof data129 == "object" && !Array.isArray(data129)))){
const err225 = {instancePath:instancePath+"/secrets/" + i37,schemaPath:"#/definitions/fileUse/type",keyword:"type",params:{type: schema17.type},message:"must be string,object",schema:schema17.type,parentSchema:schema17,data:data129};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(typeof data129 === "string"){
if(!pattern57.test(data129)){
const err226 = {instancePath:instancePath+"/secrets/" + i37,schemaPath:"#/definitions/fileUse/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema17,data:data129};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
if(data129.source === undefined){
const err227 = {instancePath:instancePath+"/secrets/" + i37,schemaPath:"#/definitions/fileUse/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema17.required,parentSchema:schema17,data:data129};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
for(const key20 in data129){
if(!((((((key20 === "source") || (key20 === "target")) || (key20 === "uid")) || (key20 === "gid")) || (key20 === "mode")) || (pattern0.test(key20)))){
const err228 = {instancePath:instancePath+"/secrets/" + i37,schemaPath:"#/definitions/fileUse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data129};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data129.source !== undefined){
let data130 = data129.source;
if(typeof data130 !== "string"){
const err229 = {instancePath:instancePath+"/secrets/" + i37+"/source",schemaPath:"#/definitions/fileUse/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.source.type,parentSchema:schema17.properties.source,data:data130};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data129.target !== undefined){
let data131 = data129.target;
if(typeof data131 === "string"){
if(!pattern59.test(data131)){
const err230 = {instancePath:instancePath+"/secrets/" + i37+"/target",schemaPath:"#/definitions/fileUse/properties/target/pattern",keyword:"pattern",params:{pattern: "^[^:]+$"},message:"must match pattern \""+"^[^:]+$"+"\"",schema:"^[^:]+$",parentSchema:schema17.properties.target,data:data131};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
else {
const err231 = {instancePath:instancePath+"/secrets/" + i37+"/target",schemaPath:"#/definitions/fileUse/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.target.type,parentSchema:schema17.properties.target,data:data131};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data129.uid !== undefined){
let data132 = data129.uid;
if((typeof data132 !== "string") && (!(((typeof data132 == "number") && (!(data132 % 1) && !isNaN(data132))) && (isFinite(data132))))){
const err232 = {instancePath:instancePath+"/secrets/" + i37+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/type",keyword:"type",params:{type: schema17.properties.uid.type},message:"must be string,integer",schema:schema17.properties.uid.type,parentSchema:schema17.properties.uid,data:data132};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if((typeof data132 == "number") && (isFinite(data132))){
if(data132 < 0 || isNaN(data132)){
const err233 = {instancePath:instancePath+"/secrets/" + i37+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.uid,data:data132};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(typeof data132 === "string"){
if(!pattern60.test(data132)){
const err234 = {instancePath:instancePath+"/secrets/" + i37+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema17.properties.uid,data:data132};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
if(data129.gid !== undefined){
let data133 = data129.gid;
if((typeof data133 !== "string") && (!(((typeof data133 == "number") && (!(data133 % 1) && !isNaN(data133))) && (isFinite(data133))))){
const err235 = {instancePath:instancePath+"/secrets/" + i37+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/type",keyword:"type",params:{type: schema17.properties.gid.type},message:"must be string,integer",schema:schema17.properties.gid.type,parentSchema:schema17.properties.gid,data:data133};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if((typeof data133 == "number") && (isFinite(data133))){
if(data133 < 0 || isNaN(data133)){
const err236 = {instancePath:instancePath+"/secrets/" + i37+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.gid,data:data133};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(typeof data133 === "string"){
if(!pattern60.test(data133)){
const err237 = {instancePath:instancePath+"/secrets/" + i37+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema17.properties.gid,data:data133};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
}
if(data129.mode !== undefined){
let data134 = data129.mode;
if(!(((typeof data134 == "number") && (!(data134 % 1) && !isNaN(data134))) && (isFinite(data134)))){
const err238 = {instancePath:instancePath+"/secrets/" + i37+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.properties.mode.type,parentSchema:schema17.properties.mode,data:data134};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if((typeof data134 == "number") && (isFinite(data134))){
if(data134 > 511 || isNaN(data134)){
const err239 = {instancePath:instancePath+"/secrets/" + i37+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 511},message:"must be <= 511",schema:511,parentSchema:schema17.properties.mode,data:data134};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(data134 < 0 || isNaN(data134)){
const err240 = {instancePath:instancePath+"/secrets/" + i37+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.mode,data:data134};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
}
}
}
}
else {
const err241 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.secrets.type,parentSchema:schema12.properties.secrets,data:data128};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data.configs !== undefined){
let data135 = data.configs;
if(Array.isArray(data135)){
const len30 = data135.length;
for(let i38=0; i38<len30; i38++){
let data136 = data135[i38];
if((typeof data136 !== "string") && (!(data136 && typeof data136 == "object" && !Array.isArray(data136)))){
const err242 = {instancePath:instancePath+"/configs/" + i38,schemaPath:"#/definitions/fileUse/type",keyword:"type",params:{type: schema17.type},message:"must be string,object",schema:schema17.type,parentSchema:schema17,data:data136};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if(typeof data136 === "string"){
if(!pattern57.test(data136)){
const err243 = {instancePath:instancePath+"/configs/" + i38,schemaPath:"#/definitions/fileUse/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema17,data:data136};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
if(data136.source === undefined){
const err244 = {instancePath:instancePath+"/configs/" + i38,schemaPath:"#/definitions/fileUse/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema17.required,parentSchema:schema17,data:data136};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
for(const key21 in data136){
if(!((((((key21 === "source") || (key21 === "target")) || (key21 === "uid")) || (key21 === "gid")) || (key21 === "mode")) || (pattern0.test(key21)))){
const err245 = {instancePath:instancePath+"/configs/" + i38,schemaPath:"#/definitions/fileUse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data136};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data136.source !== undefined){
let data137 = data136.source;
if(typeof data137 !== "string"){
const err246 = {instancePath:instancePath+"/configs/" + i38+"/source",schemaPath:"#/definitions/fileUse/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.source.type,parentSchema:schema17.properties.source,data:data137};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data136.target !== undefined){
let data138 = data136.target;
if(typeof data138 === "string"){
if(!pattern59.test(data138)){
const err247 = {instancePath:instancePath+"/configs/" + i38+"/target",schemaPath:"#/definitions/fileUse/properties/target/pattern",keyword:"pattern",params:{pattern: "^[^:]+$"},message:"must match pattern \""+"^[^:]+$"+"\"",schema:"^[^:]+$",parentSchema:schema17.properties.target,data:data138};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
else {
const err248 = {instancePath:instancePath+"/configs/" + i38+"/target",schemaPath:"#/definitions/fileUse/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.target.type,parentSchema:schema17.properties.target,data:data138};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data136.uid !== undefined){
let data139 = data136.uid;
if((typeof data139 !== "string") && (!(((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139))) && (isFinite(data139))))){
const err249 = {instancePath:instancePath+"/configs/" + i38+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/type",keyword:"type",params:{type: schema17.properties.uid.type},message:"must be string,integer",schema:schema17.properties.uid.type,parentSchema:schema17.properties.uid,data:data139};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if((typeof data139 == "number") && (isFinite(data139))){
if(data139 < 0 || isNaN(data139)){
const err250 = {instancePath:instancePath+"/configs/" + i38+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.uid,data:data139};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(typeof data139 === "string"){
if(!pattern60.test(data139)){
const err251 = {instancePath:instancePath+"/configs/" + i38+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema17.properties.uid,data:data139};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
}
if(data136.gid !== undefined){
let data140 = data136.gid;
if((typeof data140 !== "string") && (!(((typeof data140 == "number") && (!(data140 % 1) && !isNaN(data140))) && (isFinite(data140))))){
const err252 = {instancePath:instancePath+"/configs/" + i38+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/type",keyword:"type",params:{type: schema17.properties.gid.type},message:"must be string,integer",schema:schema17.properties.gid.type,parentSchema:schema17.properties.gid,data:data140};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if((typeof data140 == "number") && (isFinite(data140))){
if(data140 < 0 || isNaN(data140)){
const err253 = {instancePath:instancePath+"/configs/" + i38+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.gid,data:data140};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(typeof data140 === "string"){
if(!pattern60.test(data140)){
const err254 = {instancePath:instancePath+"/configs/" + i38+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema17.properties.gid,data:data140};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
}
if(data136.mode !== undefined){
let data141 = data136.mode;
if(!(((typeof data141 == "number") && (!(data141 % 1) && !isNaN(data141))) && (isFinite(data141)))){
const err255 = {instancePath:instancePath+"/configs/" + i38+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.properties.mode.type,parentSchema:schema17.properties.mode,data:data141};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if((typeof data141 == "number") && (isFinite(data141))){
if(data141 > 511 || isNaN(data141)){
const err256 = {instancePath:instancePath+"/configs/" + i38+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 511},message:"must be <= 511",schema:511,parentSchema:schema17.properties.mode,data:data141};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(data141 < 0 || isNaN(data141)){
const err257 = {instancePath:instancePath+"/configs/" + i38+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.mode,data:data141};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
}
}
}
else {
const err258 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.configs.type,parentSchema:schema12.properties.configs,data:data135};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data.cap_add !== undefined){
let data142 = data.cap_add;
if(Array.isArray(data142)){
const len31 = data142.length;
for(let i39=0; i39<len31; i39++){
let data143 = data142[i39];
if(typeof data143 === "string"){
if(!pattern67.test(data143)){
const err259 = {instancePath:instancePath+"/cap_add/" + i39,schemaPath:"#/properties/cap_add/items/pattern",keyword:"pattern",params:{pattern: "^(CAP_)?[A-Za-z_]+$"},message:"must match pattern \""+"^(CAP_)?[A-Za-z_]+$"+"\"",schema:"^(CAP_)?[A-Za-z_]+$",parentSchema:schema12.properties.cap_add.items,data:data143};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
else {
const err260 = {instancePath:instancePath+"/cap_add/" + i39,schemaPath:"#/properties/cap_add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.cap_add.items.type,parentSchema:schema12.properties.cap_add.items,data:data143};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
let i40 = data142.length;
let j9;
if(i40 > 1){
const indices9 = {};
for(;i40--;){
let item9 = data142[i40];
if(typeof item9 !== "string"){
continue;
}
if(typeof indices9[item9] == "number"){
j9 = indices9[item9];
const err261 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/uniqueItems",keyword:"uniqueItems",params:{i: i40, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i40+" are identical)",schema:true,parentSchema:schema12.properties.cap_add,data:data142};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
break;
}
indices9[item9] = i40;
}
}
}
else {
const err262 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.cap_add.type,parentSchema:schema12.properties.cap_add,data:data142};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data.cap_drop !== undefined){
let data144 = data.cap_drop;
if(Array.isArray(data144)){
const len32 = data144.length;
for(let i41=0; i41<len32; i41++){
let data145 = data144[i41];
if(typeof data145 === "string"){
if(!pattern67.test(data145)){
const err263 = {instancePath:instancePath+"/cap_drop/" + i41,schemaPath:"#/properties/cap_drop/items/pattern",keyword:"pattern",params:{pattern: "^(CAP_)?[A-Za-z_]+$"},message:"must match pattern \""+"^(CAP_)?[A-Za-z_]+$"+"\"",schema:"^(CAP_)?[A-Za-z_]+$",parentSchema:schema12.properties.cap_drop.items,data:data145};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
else {
const err264 = {instancePath:instancePath+"/cap_drop/" + i41,schemaPath:"#/properties/cap_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.cap_drop.items.type,parentSchema:schema12.properties.cap_drop.items,data:data145};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
let i42 = data144.length;
let j10;
if(i42 > 1){
const indices10 = {};
for(;i42--;){
let item10 = data144[i42];
if(typeof item10 !== "string"){
continue;
}
if(typeof indices10[item10] == "number"){
j10 = indices10[item10];
const err265 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/uniqueItems",keyword:"uniqueItems",params:{i: i42, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i42+" are identical)",schema:true,parentSchema:schema12.properties.cap_drop,data:data144};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
break;
}
indices10[item10] = i42;
}
}
}
else {
const err266 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.cap_drop.type,parentSchema:schema12.properties.cap_drop,data:data144};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data.security_opt !== undefined){
let data146 = data.security_opt;
if(Array.isArray(data146)){
const len33 = data146.length;
for(let i43=0; i43<len33; i43++){
let data147 = data146[i43];
if(typeof data147 === "string"){
if(!pattern69.test(data147)){
const err267 = {instancePath:instancePath+"/security_opt/" + i43,schemaPath:"#/properties/security_opt/items/pattern",keyword:"pattern",params:{pattern: "^no-new-privileges([:=]true)?$"},message:"must match pattern \""+"^no-new-privileges([:=]true)?$"+"\"",schema:"^no-new-privileges([:=]true)?$",parentSchema:schema12.properties.security_opt.items,data:data147};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
else {
const err268 = {instancePath:instancePath+"/security_opt/" + i43,schemaPath:"#/properties/security_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.security_opt.items.type,parentSchema:schema12.properties.security_opt.items,data:data147};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.security_opt.type,parentSchema:schema12.properties.security_opt,data:data146};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data.privileged !== undefined){
let data148 = data.privileged;
if(false !== data148){
const err270 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema12.properties.privileged,data:data148};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data.group_add !== undefined){
const err271 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.group_add.not,parentSchema:schema12.properties.group_add,data:data.group_add};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(data.runtime !== undefined){
const err272 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.runtime.not,parentSchema:schema12.properties.runtime,data:data.runtime};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(data.ulimits !== undefined){
let data151 = data.ulimits;
if(data151 && typeof data151 == "object" && !Array.isArray(data151)){
for(const key22 in data151){
const _errs350 = errors;
if(!((((((((((((((((key22 === "as") || (key22 === "core")) || (key22 === "cpu")) || (key22 === "data")) || (key22 === "fsize")) || (key22 === "locks")) || (key22 === "memlock")) || (key22 === "msgqueue")) || (key22 === "nice")) || (key22 === "nofile")) || (key22 === "nproc")) || (key22 === "rss")) || (key22 === "rtprio")) || (key22 === "rttime")) || (key22 === "sigpending")) || (key22 === "stack"))){
const err273 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/propertyNames/enum",keyword:"enum",params:{allowedValues: schema12.properties.ulimits.propertyNames.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.ulimits.propertyNames.enum,parentSchema:schema12.properties.ulimits.propertyNames,data:key22,propertyName:key22};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
var valid118 = _errs350 === errors;
if(!valid118){
const err274 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/propertyNames",keyword:"propertyNames",params:{propertyName: key22},message:"property name must be valid",schema:schema12.properties.ulimits.propertyNames,parentSchema:schema12.properties.ulimits,data:data151};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
for(const key23 in data151){
let data152 = data151[key23];
if((!(((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152))) && (isFinite(data152)))) && (!(data152 && typeof data152 == "object" && !Array.isArray(data152)))){
const err275 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/type",keyword:"type",params:{type: schema12.properties.ulimits.additionalProperties.type},message:"must be integer,object",schema:schema12.properties.ulimits.additionalProperties.type,parentSchema:schema12.properties.ulimits.additionalProperties,data:data152};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if((typeof data152 == "number") && (isFinite(data152))){
if(data152 < -1 || isNaN(data152)){
const err276 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.ulimits.additionalProperties,data:data152};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
if(data152.soft === undefined){
const err277 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema12.properties.ulimits.additionalProperties.required,parentSchema:schema12.properties.ulimits.additionalProperties,data:data152};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(data152.hard === undefined){
const err278 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema12.properties.ulimits.additionalProperties.required,parentSchema:schema12.properties.ulimits.additionalProperties,data:data152};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
for(const key24 in data152){
if(!(((key24 === "soft") || (key24 === "hard")) || (pattern0.test(key24)))){
const err279 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.ulimits.additionalProperties,data:data152};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data152.soft !== undefined){
let data153 = data152.soft;
if(!(((typeof data153 == "number") && (!(data153 % 1) && !isNaN(data153))) && (isFinite(data153)))){
const err280 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/properties/ulimits/additionalProperties/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ulimits.additionalProperties.properties.soft.type,parentSchema:schema12.properties.ulimits.additionalProperties.properties.soft,data:data153};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if((typeof data153 == "number") && (isFinite(data153))){
if(data153 < -1 || isNaN(data153)){
const err281 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/properties/ulimits/additionalProperties/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.ulimits.additionalProperties.properties.soft,data:data153};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
}
if(data152.hard !== undefined){
let data154 = data152.hard;
if(!(((typeof data154 == "number") && (!(data154 % 1) && !isNaN(data154))) && (isFinite(data154)))){
const err282 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/properties/ulimits/additionalProperties/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ulimits.additionalProperties.properties.hard.type,parentSchema:schema12.properties.ulimits.additionalProperties.properties.hard,data:data154};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
if((typeof data154 == "number") && (isFinite(data154))){
if(data154 < -1 || isNaN(data154)){
const err283 = {instancePath:instancePath+"/ulimits/" + key23.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/properties/ulimits/additionalProperties/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.ulimits.additionalProperties.properties.hard,data:data154};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
}
}
}
}
else {
const err284 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.ulimits.type,parentSchema:schema12.properties.ulimits,data:data151};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data.shm_size !== undefined){
let data155 = data.shm_size;
if((!(((typeof data155 == "number") && (!(data155 % 1) && !isNaN(data155))) && (isFinite(data155)))) && (typeof data155 !== "string")){
const err285 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/type",keyword:"type",params:{type: schema12.properties.shm_size.type},message:"must be integer,string",schema:schema12.properties.shm_size.type,parentSchema:schema12.properties.shm_size,data:data155};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if((typeof data155 == "number") && (isFinite(data155))){
if(data155 < 0 || isNaN(data155)){
const err286 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.shm_size,data:data155};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(typeof data155 === "string"){
if(!pattern23.test(data155)){
const err287 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$",parentSchema:schema12.properties.shm_size,data:data155};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
}
if(data.tty !== undefined){
let data156 = data.tty;
if(typeof data156 !== "boolean"){
const err288 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.tty.type,parentSchema:schema12.properties.tty,data:data156};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data.stdin_open !== undefined){
let data157 = data.stdin_open;
if(typeof data157 !== "boolean"){
const err289 = {instancePath:instancePath+"/stdin_open",schemaPath:"#/properties/stdin_open/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.stdin_open.type,parentSchema:schema12.properties.stdin_open,data:data157};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data158 = data.sysctls;
if(!data158 || typeof data158 != "object"){
const err290 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/type",keyword:"type",params:{type: schema12.properties.sysctls.type},message:"must be object,array",schema:schema12.properties.sysctls.type,parentSchema:schema12.properties.sysctls,data:data158};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if(Array.isArray(data158)){
const len34 = data158.length;
for(let i44=0; i44<len34; i44++){
let data159 = data158[i44];
if(typeof data159 === "string"){
if(!pattern72.test(data159)){
const err291 = {instancePath:instancePath+"/sysctls/" + i44,schemaPath:"#/properties/sysctls/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+="},message:"must match pattern \""+"^[^=]+="+"\"",schema:"^[^=]+=",parentSchema:schema12.properties.sysctls.items,data:data159};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
else {
const err292 = {instancePath:instancePath+"/sysctls/" + i44,schemaPath:"#/properties/sysctls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.sysctls.items.type,parentSchema:schema12.properties.sysctls.items,data:data159};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
}
if(data158 && typeof data158 == "object" && !Array.isArray(data158)){
for(const key25 in data158){
let data160 = data158[key25];
if(((typeof data160 !== "string") && (!((typeof data160 == "number") && (isFinite(data160))))) && (typeof data160 !== "boolean")){
const err293 = {instancePath:instancePath+"/sysctls/" + key25.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sysctls/additionalProperties/type",keyword:"type",params:{type: schema12.properties.sysctls.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.properties.sysctls.additionalProperties.type,parentSchema:schema12.properties.sysctls.additionalProperties,data:data160};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
}
}
if(data.devices !== undefined){
let data161 = data.devices;
if(Array.isArray(data161)){
const len35 = data161.length;
for(let i45=0; i45<len35; i45++){
let data162 = data161[i45];
if(typeof data162 === "string"){
if(!pattern73.test(data162)){
const err294 = {instancePath:instancePath+"/devices/" + i45,schemaPath:"#/properties/devices/items/pattern",keyword:"pattern",params:{pattern: "^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$"},message:"must match pattern \""+"^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$"+"\"",schema:"^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$",parentSchema:schema12.properties.devices.items,data:data162};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
else {
const err295 = {instancePath:instancePath+"/devices/" + i45,schemaPath:"#/properties/devices/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.devices.items.type,parentSchema:schema12.properties.devices.items,data:data162};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
let i46 = data161.length;
let j11;
if(i46 > 1){
const indices11 = {};
for(;i46--;){
let item11 = data161[i46];
if(typeof item11 !== "string"){
continue;
}
if(typeof indices11[item11] == "number"){
j11 = indices11[item11];
const err296 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/uniqueItems",keyword:"uniqueItems",params:{i: i46, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i46+" are identical)",schema:true,parentSchema:schema12.properties.devices,data:data161};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
break;
}
indices11[item11] = i46;
}
}
}
else {
const err297 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.devices.type,parentSchema:schema12.properties.devices,data:data161};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data.logging !== undefined){
let data163 = data.logging;
if(data163 && typeof data163 == "object" && !Array.isArray(data163)){
for(const key26 in data163){
if(!(((key26 === "driver") || (key26 === "options")) || (pattern0.test(key26)))){
const err298 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.logging,data:data163};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data163.driver !== undefined){
let data164 = data163.driver;
if(!((data164 === "json-file") || (data164 === "local"))){
const err299 = {instancePath:instancePath+"/logging/driver",schemaPath:"#/properties/logging/properties/driver/enum",keyword:"enum",params:{allowedValues: schema12.properties.logging.properties.driver.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.logging.properties.driver.enum,parentSchema:schema12.properties.logging.properties.driver,data:data164};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data163.options !== undefined){
let data165 = data163.options;
if(data165 && typeof data165 == "object" && !Array.isArray(data165)){
for(const key27 in data165){
if(!(((key27 === "max-size") || (key27 === "max-file")) || (pattern0.test(key27)))){
const err300 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.logging.properties.options,data:data165};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data165["max-size"] !== undefined){
let data166 = data165["max-size"];
if((typeof data166 !== "string") && (!(((typeof data166 == "number") && (!(data166 % 1) && !isNaN(data166))) && (isFinite(data166))))){
const err301 = {instancePath:instancePath+"/logging/options/max-size",schemaPath:"#/properties/logging/properties/options/properties/max-size/type",keyword:"type",params:{type: schema12.properties.logging.properties.options.properties["max-size"].type},message:"must be string,integer",schema:schema12.properties.logging.properties.options.properties["max-size"].type,parentSchema:schema12.properties.logging.properties.options.properties["max-size"],data:data166};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if((typeof data166 == "number") && (isFinite(data166))){
if(data166 < 1 || isNaN(data166)){
const err302 = {instancePath:instancePath+"/logging/options/max-size",schemaPath:"#/properties/logging/properties/options/properties/max-size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.logging.properties.options.properties["max-size"],data:data166};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(typeof data166 === "string"){
if(!pattern23.test(data166)){
const err303 = {instancePath:instancePath+"/logging/options/max-size",schemaPath:"#/properties/logging/properties/options/properties/max-size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$",parentSchema:schema12.properties.logging.properties.options.properties["max-size"],data:data166};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
}
if(data165["max-file"] !== undefined){
let data167 = data165["max-file"];
if((typeof data167 !== "string") && (!(((typeof data167 == "number") && (!(data167 % 1) && !isNaN(data167))) && (isFinite(data167))))){
const err304 = {instancePath:instancePath+"/logging/options/max-file",schemaPath:"#/properties/logging/properties/options/properties/max-file/type",keyword:"type",params:{type: schema12.properties.logging.properties.options.properties["max-file"].type},message:"must be string,integer",schema:schema12.properties.logging.properties.options.properties["max-file"].type,parentSchema:schema12.properties.logging.properties.options.properties["max-file"],data:data167};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
if((typeof data167 == "number") && (isFinite(data167))){
if(data167 < 1 || isNaN(data167)){
const err305 = {instancePath:instancePath+"/logging/options/max-file",schemaPath:"#/properties/logging/properties/options/properties/max-file/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.logging.properties.options.properties["max-file"],data:data167};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(typeof data167 === "string"){
if(!pattern77.test(data167)){
const err306 = {instancePath:instancePath+"/logging/options/max-file",schemaPath:"#/properties/logging/properties/options/properties/max-file/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*$"},message:"must match pattern \""+"^[1-9][0-9]*$"+"\"",schema:"^[1-9][0-9]*$",parentSchema:schema12.properties.logging.properties.options.properties["max-file"],data:data167};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
}
}
else {
const err307 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.logging.properties.options.type,parentSchema:schema12.properties.logging.properties.options,data:data165};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
}
else {
const err308 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.logging.type,parentSchema:schema12.properties.logging,data:data163};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
if(data.mem_limit !== undefined){
let data168 = data.mem_limit;
if((!(((typeof data168 == "number") && (!(data168 % 1) && !isNaN(data168))) && (isFinite(data168)))) && (typeof data168 !== "string")){
const err309 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/type",keyword:"type",params:{type: schema12.properties.mem_limit.type},message:"must be integer,string",schema:schema12.properties.mem_limit.type,parentSchema:schema12.properties.mem_limit,data:data168};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if((typeof data168 == "number") && (isFinite(data168))){
if(data168 < 1 || isNaN(data168)){
const err310 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.mem_limit,data:data168};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(typeof data168 === "string"){
if(!pattern23.test(data168)){
const err311 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$",parentSchema:schema12.properties.mem_limit,data:data168};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
}
if(data.mem_reservation !== undefined){
let data169 = data.mem_reservation;
if((!(((typeof data169 == "number") && (!(data169 % 1) && !isNaN(data169))) && (isFinite(data169)))) && (typeof data169 !== "string")){
const err312 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/properties/mem_reservation/type",keyword:"type",params:{type: schema12.properties.mem_reservation.type},message:"must be integer,string",schema:schema12.properties.mem_reservation.type,parentSchema:schema12.properties.mem_reservation,data:data169};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
if((typeof data169 == "number") && (isFinite(data169))){
if(data169 < 1 || isNaN(data169)){
const err313 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/properties/mem_reservation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.mem_reservation,data:data169};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(typeof data169 === "string"){
if(!pattern23.test(data169)){
const err314 = {instancePath:instancePath+"/mem_reservation",schemaPath:"#/properties/mem_reservation/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$",parentSchema:schema12.properties.mem_reservation,data:data169};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
}
if(data.memswap_limit !== undefined){
let data170 = data.memswap_limit;
if((!(((typeof data170 == "number") && (!(data170 % 1) && !isNaN(data170))) && (isFinite(data170)))) && (typeof data170 !== "string")){
const err315 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/type",keyword:"type",params:{type: schema12.properties.memswap_limit.type},message:"must be integer,string",schema:schema12.properties.memswap_limit.type,parentSchema:schema12.properties.memswap_limit,data:data170};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
if((typeof data170 == "number") && (isFinite(data170))){
if(data170 < -1 || isNaN(data170)){
const err316 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.memswap_limit,data:data170};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
if(typeof data170 === "string"){
if(!pattern80.test(data170)){
const err317 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?|-1)$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?|-1)$"+"\"",schema:"^([0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?|-1)$",parentSchema:schema12.properties.memswap_limit,data:data170};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
}
if(data.cpus !== undefined){
let data171 = data.cpus;
if((!((typeof data171 == "number") && (isFinite(data171)))) && (typeof data171 !== "string")){
const err318 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: schema12.properties.cpus.type},message:"must be number,string",schema:schema12.properties.cpus.type,parentSchema:schema12.properties.cpus,data:data171};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
if((typeof data171 == "number") && (isFinite(data171))){
if(data171 <= 0 || isNaN(data171)){
const err319 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema12.properties.cpus,data:data171};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(typeof data171 === "string"){
if(!pattern81.test(data171)){
const err320 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/pattern",keyword:"pattern",params:{pattern: "^[0-9]*\\.?[0-9]+$"},message:"must match pattern \""+"^[0-9]*\\.?[0-9]+$"+"\"",schema:"^[0-9]*\\.?[0-9]+$",parentSchema:schema12.properties.cpus,data:data171};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
}
if(data.cpu_shares !== undefined){
let data172 = data.cpu_shares;
if(!(((typeof data172 == "number") && (!(data172 % 1) && !isNaN(data172))) && (isFinite(data172)))){
const err321 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.cpu_shares.type,parentSchema:schema12.properties.cpu_shares,data:data172};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
if((typeof data172 == "number") && (isFinite(data172))){
if(data172 > 262144 || isNaN(data172)){
const err322 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/maximum",keyword:"maximum",params:{comparison: "<=", limit: 262144},message:"must be <= 262144",schema:262144,parentSchema:schema12.properties.cpu_shares,data:data172};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(data172 < 2 || isNaN(data172)){
const err323 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema12.properties.cpu_shares,data:data172};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
}
if(data.pids_limit !== undefined){
let data173 = data.pids_limit;
if(!(((typeof data173 == "number") && (!(data173 % 1) && !isNaN(data173))) && (isFinite(data173)))){
const err324 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.pids_limit.type,parentSchema:schema12.properties.pids_limit,data:data173};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
const _errs399 = errors;
const _errs400 = errors;
if(0 !== data173){
const err325 = {};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
var valid129 = _errs400 === errors;
if(valid129){
const err326 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.pids_limit.not,parentSchema:schema12.properties.pids_limit,data:data173};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
else {
errors = _errs399;
if(vErrors !== null){
if(_errs399){
vErrors.length = _errs399;
}
else {
vErrors = null;
}
}
}
if((typeof data173 == "number") && (isFinite(data173))){
if(data173 < -1 || isNaN(data173)){
const err327 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.pids_limit,data:data173};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
}
if(data.deploy !== undefined){
let data174 = data.deploy;
if(data174 && typeof data174 == "object" && !Array.isArray(data174)){
for(const key28 in data174){
if(!(((key28 === "replicas") || (key28 === "resources")) || (pattern0.test(key28)))){
const err328 = {instancePath:instancePath+"/deploy",schemaPath:"#/properties/deploy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.deploy,data:data174};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data174.replicas !== undefined){
let data175 = data174.replicas;
if(!(((typeof data175 == "number") && (!(data175 % 1) && !isNaN(data175))) && (isFinite(data175)))){
const err329 = {instancePath:instancePath+"/deploy/replicas",schemaPath:"#/properties/deploy/properties/replicas/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.deploy.properties.replicas.type,parentSchema:schema12.properties.deploy.properties.replicas,data:data175};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
if((typeof data175 == "number") && (isFinite(data175))){
if(data175 < 0 || isNaN(data175)){
const err330 = {instancePath:instancePath+"/deploy/replicas",schemaPath:"#/properties/deploy/properties/replicas/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.deploy.properties.replicas,data:data175};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
}
if(data174.resources !== undefined){
let data176 = data174.resources;
if(data176 && typeof data176 == "object" && !Array.isArray(data176)){
for(const key29 in data176){
if(!(((key29 === "reservations") || (key29 === "limits")) || (pattern0.test(key29)))){
const err331 = {instancePath:instancePath+"/deploy/resources",schemaPath:"#/properties/deploy/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.deploy.properties.resources,data:data176};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
if(data176.reservations !== undefined){
let data177 = data176.reservations;
if(data177 && typeof data177 == "object" && !Array.isArray(data177)){
for(const key30 in data177){
if(!(((key30 === "cpus") || (key30 === "memory")) || (pattern0.test(key30)))){
const err332 = {instancePath:instancePath+"/deploy/resources/reservations",schemaPath:"#/properties/deploy/properties/resources/properties/reservations/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.deploy.properties.resources.properties.reservations,data:data177};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
if(data177.cpus !== undefined){
let data178 = data177.cpus;
if((!((typeof data178 == "number") && (isFinite(data178)))) && (typeof data178 !== "string")){
const err333 = {instancePath:instancePath+"/deploy/resources/reservations/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/reservations/properties/cpus/type",keyword:"type",params:{type: schema12.properties.deploy.properties.resources.properties.reservations.properties.cpus.type},message:"must be number,string",schema:schema12.properties.deploy.properties.resources.properties.reservations.properties.cpus.type,parentSchema:schema12.properties.deploy.properties.resources.properties.reservations.properties.cpus,data:data178};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
if((typeof data178 == "number") && (isFinite(data178))){
if(data178 <= 0 || isNaN(data178)){
const err334 = {instancePath:instancePath+"/deploy/resources/reservations/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/reservations/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema12.properties.deploy.properties.resources.properties.reservations.properties.cpus,data:data178};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(typeof data178 === "string"){
if(!pattern81.test(data178)){
const err335 = {instancePath:instancePath+"/deploy/resources/reservations/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/reservations/properties/cpus/pattern",keyword:"pattern",params:{pattern: "^[0-9]*\\.?[0-9]+$"},message:"must match pattern \""+"^[0-9]*\\.?[0-9]+$"+"\"",schema:"^[0-9]*\\.?[0-9]+$",parentSchema:schema12.properties.deploy.properties.resources.properties.reservations.properties.cpus,data:data178};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
}
if(data177.memory !== undefined){
let data179 = data177.memory;
if((!(((typeof data179 == "number") && (!(data179 % 1) && !isNaN(data179))) && (isFinite(data179)))) && (typeof data179 !== "string")){
const err336 = {instancePath:instancePath+"/deploy/resources/reservations/memory",schemaPath:"#/properties/deploy/properties/resources/properties/reservations/properties/memory/type",keyword:"type",params:{type: schema12.properties.deploy.properties.resources.properties.reservations.properties.memory.type},message:"must be integer,string",schema:schema12.properties.deploy.properties.resources.properties.reservations.properties.memory.type,parentSchema:schema12.properties.deploy.properties.resources.properties.reservations.properties.memory,data:data179};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if((typeof data179 == "number") && (isFinite(data179))){
if(data179 < 1 || isNaN(data179)){
const err337 = {instancePath:instancePath+"/deploy/resources/reservations/memory",schemaPath:"#/properties/deploy/properties/resources/properties/reservations/properties/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.deploy.properties.resources.properties.reservations.properties.memory,data:data179};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(typeof data179 === "string"){
if(!pattern23.test(data179)){
const err338 = {instancePath:instancePath+"/deploy/resources/reservations/memory",schemaPath:"#/properties/deploy/properties/resources/properties/reservations/properties/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$",parentSchema:schema12.properties.deploy.properties.resources.properties.reservations.properties.memory,data:data179};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
}
}
else {
const err339 = {instancePath:instancePath+"/deploy/resources/reservations",schemaPath:"#/properties/deploy/properties/resources/properties/reservations/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.deploy.properties.resources.properties.reservations.type,parentSchema:schema12.properties.deploy.properties.resources.properties.reservations,data:data177};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data176.limits !== undefined){
let data180 = data176.limits;
if(data180 && typeof data180 == "object" && !Array.isArray(data180)){
for(const key31 in data180){
if(!((((key31 === "cpus") || (key31 === "memory")) || (key31 === "pids")) || (pattern0.test(key31)))){
const err340 = {instancePath:instancePath+"/deploy/resources/limits",schemaPath:"#/properties/deploy/properties/resources/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.deploy.properties.resources.properties.limits,data:data180};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data180.cpus !== undefined){
let data181 = data180.cpus;
if((!((typeof data181 == "number") && (isFinite(data181)))) && (typeof data181 !== "string")){
const err341 = {instancePath:instancePath+"/deploy/resources/limits/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema12.properties.deploy.properties.resources.properties.limits.properties.cpus.type},message:"must be number,string",schema:schema12.properties.deploy.properties.resources.properties.limits.properties.cpus.type,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.cpus,data:data181};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if((typeof data181 == "number") && (isFinite(data181))){
if(data181 <= 0 || isNaN(data181)){
const err342 = {instancePath:instancePath+"/deploy/resources/limits/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.cpus,data:data181};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
if(typeof data181 === "string"){
if(!pattern81.test(data181)){
const err343 = {instancePath:instancePath+"/deploy/resources/limits/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/cpus/pattern",keyword:"pattern",params:{pattern: "^[0-9]*\\.?[0-9]+$"},message:"must match pattern \""+"^[0-9]*\\.?[0-9]+$"+"\"",schema:"^[0-9]*\\.?[0-9]+$",parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.cpus,data:data181};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
}
if(data180.memory !== undefined){
let data182 = data180.memory;
if((!(((typeof data182 == "number") && (!(data182 % 1) && !isNaN(data182))) && (isFinite(data182)))) && (typeof data182 !== "string")){
const err344 = {instancePath:instancePath+"/deploy/resources/limits/memory",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/memory/type",keyword:"type",params:{type: schema12.properties.deploy.properties.resources.properties.limits.properties.memory.type},message:"must be integer,string",schema:schema12.properties.deploy.properties.resources.properties.limits.properties.memory.type,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.memory,data:data182};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
if((typeof data182 == "number") && (isFinite(data182))){
if(data182 < 1 || isNaN(data182)){
const err345 = {instancePath:instancePath+"/deploy/resources/limits/memory",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.memory,data:data182};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
if(typeof data182 === "string"){
if(!pattern23.test(data182)){
const err346 = {instancePath:instancePath+"/deploy/resources/limits/memory",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$"+"\"",schema:"^[0-9]+(\\.[0-9]+)? ?([kKmMgGtTpP])?[iI]?[bB]?$",parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.memory,data:data182};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
}
if(data180.pids !== undefined){
let data183 = data180.pids;
if(!(((typeof data183 == "number") && (!(data183 % 1) && !isNaN(data183))) && (isFinite(data183)))){
const err347 = {instancePath:instancePath+"/deploy/resources/limits/pids",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.deploy.properties.resources.properties.limits.properties.pids.type,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.pids,data:data183};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
if((typeof data183 == "number") && (isFinite(data183))){
if(data183 < 1 || isNaN(data183)){
const err348 = {instancePath:instancePath+"/deploy/resources/limits/pids",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.pids,data:data183};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
}
}
else {
const err349 = {instancePath:instancePath+"/deploy/resources/limits",schemaPath:"#/properties/deploy/properties/resources/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.deploy.properties.resources.properties.limits.type,parentSchema:schema12.properties.deploy.properties.resources.properties.limits,data:data180};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
}
else {
const err350 = {instancePath:instancePath+"/deploy/resources",schemaPath:"#/properties/deploy/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.deploy.properties.resources.type,parentSchema:schema12.properties.deploy.properties.resources,data:data176};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
}
else {
const err351 = {instancePath:instancePath+"/deploy",schemaPath:"#/properties/deploy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.deploy.type,parentSchema:schema12.properties.deploy,data:data174};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
}
}
else {
const err352 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://github.com/dabba/dabba/schema/dabba.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.services === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((((key0 === "name") || (key0 === "version")) || (key0 === "include")) || (key0 === "services")) || (key0 === "volumes")) || (key0 === "networks")) || (key0 === "secrets")) || (key0 === "configs")) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(!pattern1.test(data0)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\"",schema:"^[a-z0-9][a-z0-9_-]*$",parentSchema:schema11.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.name.type,parentSchema:schema11.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if((typeof data1 !== "string") && (!((typeof data1 == "number") && (isFinite(data1))))){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: schema11.properties.version.type},message:"must be string,number",schema:schema11.properties.version.type,parentSchema:schema11.properties.version,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.include !== undefined){
let data2 = data.include;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
let valid3 = false;
let passing0 = null;
const _errs10 = errors;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.include.items.oneOf[0].type,parentSchema:schema11.properties.include.items.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs10 === errors;
if(_valid0){
valid3 = true;
passing0 = 0;
}
const _errs12 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.path === undefined){
const err6 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf/1/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema11.properties.include.items.oneOf[1].required,parentSchema:schema11.properties.include.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "path") || (key1 === "project_directory")) || (key1 === "env_file")) || (pattern0.test(key1)))){
const err7 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.include.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.path !== undefined){
let data4 = data3.path;
const _errs16 = errors;
let valid5 = false;
let passing1 = null;
const _errs17 = errors;
if(typeof data4 !== "string"){
const err8 = {instancePath:instancePath+"/include/" + i0+"/path",schemaPath:"#/properties/include/items/oneOf/1/properties/path/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.include.items.oneOf[1].properties.path.oneOf[0].type,parentSchema:schema11.properties.include.items.oneOf[1].properties.path.oneOf[0],data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid1 = _errs17 === errors;
if(_valid1){
valid5 = true;
passing1 = 0;
}
const _errs19 = errors;
if(Array.isArray(data4)){
if(data4.length < 1){
const err9 = {instancePath:instancePath+"/include/" + i0+"/path",schemaPath:"#/properties/include/items/oneOf/1/properties/path/oneOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.include.items.oneOf[1].properties.path.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/include/" + i0+"/path/" + i1,schemaPath:"#/properties/include/items/oneOf/1/properties/path/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.include.items.oneOf[1].properties.path.oneOf[1].items.type,parentSchema:schema11.properties.include.items.oneOf[1].properties.path.oneOf[1].items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/include/" + i0+"/path",schemaPath:"#/properties/include/items/oneOf/1/properties/path/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.include.items.oneOf[1].properties.path.oneOf[1].type,parentSchema:schema11.properties.include.items.oneOf[1].properties.path.oneOf[1],data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid1 = _errs19 === errors;
if(_valid1 && valid5){
valid5 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid5 = true;
passing1 = 1;
}
}
if(!valid5){
const err12 = {instancePath:instancePath+"/include/" + i0+"/path",schemaPath:"#/properties/include/items/oneOf/1/properties/path/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema11.properties.include.items.oneOf[1].properties.path.oneOf,parentSchema:schema11.properties.include.items.oneOf[1].properties.path,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data3.project_directory !== undefined){
let data6 = data3.project_directory;
if(typeof data6 !== "string"){
const err13 = {instancePath:instancePath+"/include/" + i0+"/project_directory",schemaPath:"#/properties/include/items/oneOf/1/properties/project_directory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.include.items.oneOf[1].properties.project_directory.type,parentSchema:schema11.properties.include.items.oneOf[1].properties.project_directory,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.env_file !== undefined){
let data7 = data3.env_file;
const _errs26 = errors;
let valid8 = false;
let passing2 = null;
const _errs27 = errors;
if(typeof data7 !== "string"){
const err14 = {instancePath:instancePath+"/include/" + i0+"/env_file",schemaPath:"#/properties/include/items/oneOf/1/properties/env_file/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.include.items.oneOf[1].properties.env_file.oneOf[0].type,parentSchema:schema11.properties.include.items.oneOf[1].properties.env_file.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid2 = _errs27 === errors;
if(_valid2){
valid8 = true;
passing2 = 0;
}
const _errs29 = errors;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(typeof data8 !== "string"){
const err15 = {instancePath:instancePath+"/include/" + i0+"/env_file/" + i2,schemaPath:"#/properties/include/items/oneOf/1/properties/env_file/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.include.items.oneOf[1].properties.env_file.oneOf[1].items.type,parentSchema:schema11.properties.include.items.oneOf[1].properties.env_file.oneOf[1].items,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/include/" + i0+"/env_file",schemaPath:"#/properties/include/items/oneOf/1/properties/env_file/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.include.items.oneOf[1].properties.env_file.oneOf[1].type,parentSchema:schema11.properties.include.items.oneOf[1].properties.env_file.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid2 = _errs29 === errors;
if(_valid2 && valid8){
valid8 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid8 = true;
passing2 = 1;
}
}
if(!valid8){
const err17 = {instancePath:instancePath+"/include/" + i0+"/env_file",schemaPath:"#/properties/include/items/oneOf/1/properties/env_file/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema11.properties.include.items.oneOf[1].properties.env_file.oneOf,parentSchema:schema11.properties.include.items.oneOf[1].properties.env_file,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.include.items.oneOf[1].type,parentSchema:schema11.properties.include.items.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs12 === errors;
if(_valid0 && valid3){
valid3 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid3 = true;
passing0 = 1;
}
}
if(!valid3){
const err19 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/properties/include/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema11.properties.include.items.oneOf,parentSchema:schema11.properties.include.items,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/include",schemaPath:"#/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.include.type,parentSchema:schema11.properties.include,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.services !== undefined){
let data9 = data.services;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(validate11(data9[key2], {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.services.type,parentSchema:schema11.properties.services,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.volumes !== undefined){
let data11 = data.volumes;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key3 in data11){
let data12 = data11[key3];
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
const err22 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/type",keyword:"type",params:{type: schema19.type},message:"must be object,null",schema:schema19.type,parentSchema:schema19,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
if(!(((key4 === "driver") || (key4 === "labels")) || (pattern0.test(key4)))){
const err23 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.driver !== undefined){
let data13 = data12.driver;
if("local" !== data13){
const err24 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver",schemaPath:"#/definitions/volume/properties/driver/const",keyword:"const",params:{allowedValue: "local"},message:"must be equal to constant",schema:"local",parentSchema:schema19.properties.driver,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data12.labels !== undefined){
let data14 = data12.labels;
if(!data14 || typeof data14 != "object"){
const err25 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/volume/properties/labels/type",keyword:"type",params:{type: schema19.properties.labels.type},message:"must be object,array",schema:schema19.properties.labels.type,parentSchema:schema19.properties.labels,data:data14};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
if(typeof data15 === "string"){
if(!pattern11.test(data15)){
const err26 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i3,schemaPath:"#/definitions/volume/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema19.properties.labels.items,data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i3,schemaPath:"#/definitions/volume/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.labels.items.type,parentSchema:schema19.properties.labels.items,data:data15};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let i4 = data14.length;
let j0;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data14[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err28 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/volume/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema19.properties.labels,data:data14};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key5 in data14){
let data16 = data14[key5];
if((((typeof data16 !== "string") && (!((typeof data16 == "number") && (isFinite(data16))))) && (typeof data16 !== "boolean")) && (data16 !== null)){
const err29 = {instancePath:instancePath+"/volumes/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema19.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema19.properties.labels.additionalProperties.type,parentSchema:schema19.properties.labels.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.volumes.type,parentSchema:schema11.properties.volumes,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.networks !== undefined){
let data17 = data.networks;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key6 in data17){
let data18 = data17[key6];
if((!(data18 && typeof data18 == "object" && !Array.isArray(data18))) && (data18 !== null)){
const err31 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/type",keyword:"type",params:{type: schema20.type},message:"must be object,null",schema:schema20.type,parentSchema:schema20,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key7 in data18){
if(!((func2.call(schema20.properties, key7)) || (pattern0.test(key7)))){
const err32 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data18};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data18.name !== undefined){
let data19 = data18.name;
if(typeof data19 === "string"){
if(!pattern93.test(data19)){
const err33 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/network/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema20.properties.name,data:data19};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/network/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.name.type,parentSchema:schema20.properties.name,data:data19};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data18.external !== undefined){
let data20 = data18.external;
const _errs62 = errors;
let valid22 = true;
const _errs63 = errors;
if(!(data20 && typeof data20 == "object" && !Array.isArray(data20))){
const err35 = {};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid3 = _errs63 === errors;
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid3){
const _errs65 = errors;
const err36 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.properties.external.then.not,parentSchema:schema20.properties.external.then,data:data20};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
var _valid3 = _errs65 === errors;
valid22 = _valid3;
ifClause0 = "then";
}
else {
const _errs67 = errors;
if(typeof data20 !== "boolean"){
const err37 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/else/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.external.else.type,parentSchema:schema20.properties.external.else,data:data20};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid3 = _errs67 === errors;
valid22 = _valid3;
ifClause0 = "else";
}
if(!valid22){
const err38 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema20.properties.external.if,parentSchema:schema20.properties.external,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data18.internal !== undefined){
let data21 = data18.internal;
if(typeof data21 !== "boolean"){
const err39 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/internal",schemaPath:"#/definitions/network/properties/internal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.internal.type,parentSchema:schema20.properties.internal,data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data18.driver !== undefined){
let data22 = data18.driver;
if(!(data22 === "bridge")){
const err40 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver",schemaPath:"#/definitions/network/properties/driver/enum",keyword:"enum",params:{allowedValues: schema20.properties.driver.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.driver.enum,parentSchema:schema20.properties.driver,data:data22};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data18.driver_opts !== undefined){
const err41 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts",schemaPath:"#/definitions/network/properties/driver_opts/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.properties.driver_opts.not,parentSchema:schema20.properties.driver_opts,data:data18.driver_opts};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data18.attachable !== undefined){
let data24 = data18.attachable;
if(typeof data24 !== "boolean"){
const err42 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/attachable",schemaPath:"#/definitions/network/properties/attachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.attachable.type,parentSchema:schema20.properties.attachable,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data18.enable_ipv6 !== undefined){
let data25 = data18.enable_ipv6;
if(false !== data25){
const err43 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/enable_ipv6",schemaPath:"#/definitions/network/properties/enable_ipv6/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema20.properties.enable_ipv6,data:data25};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data18.ipam !== undefined){
let data26 = data18.ipam;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key8 in data26){
if(!(((key8 === "driver") || (key8 === "config")) || (pattern0.test(key8)))){
const err44 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam",schemaPath:"#/definitions/network/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.ipam,data:data26};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data26.driver !== undefined){
let data27 = data26.driver;
if("default" !== data27){
const err45 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/driver",schemaPath:"#/definitions/network/properties/ipam/properties/driver/const",keyword:"const",params:{allowedValue: "default"},message:"must be equal to constant",schema:"default",parentSchema:schema20.properties.ipam.properties.driver,data:data27};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data26.config !== undefined){
let data28 = data26.config;
if(Array.isArray(data28)){
if(data28.length > 1){
const err46 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config",schemaPath:"#/definitions/network/properties/ipam/properties/config/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema20.properties.ipam.properties.config,data:data28};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len4 = data28.length;
for(let i5=0; i5<len4; i5++){
let data29 = data28[i5];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key9 in data29){
if(!((((key9 === "subnet") || (key9 === "gateway")) || (key9 === "ip_range")) || (pattern0.test(key9)))){
const err47 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i5,schemaPath:"#/definitions/network/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.ipam.properties.config.items,data:data29};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data29.subnet !== undefined){
let data30 = data29.subnet;
if(typeof data30 === "string"){
if(!pattern96.test(data30)){
const err48 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i5+"/subnet",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/subnet/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema20.properties.ipam.properties.config.items.properties.subnet,data:data30};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i5+"/subnet",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipam.properties.config.items.properties.subnet.type,parentSchema:schema20.properties.ipam.properties.config.items.properties.subnet,data:data30};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data29.gateway !== undefined){
let data31 = data29.gateway;
if(typeof data31 === "string"){
if(!pattern49.test(data31)){
const err50 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i5+"/gateway",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/gateway/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema20.properties.ipam.properties.config.items.properties.gateway,data:data31};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i5+"/gateway",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipam.properties.config.items.properties.gateway.type,parentSchema:schema20.properties.ipam.properties.config.items.properties.gateway,data:data31};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data29.ip_range !== undefined){
let data32 = data29.ip_range;
if(typeof data32 === "string"){
if(!pattern96.test(data32)){
const err52 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i5+"/ip_range",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/ip_range/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema20.properties.ipam.properties.config.items.properties.ip_range,data:data32};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i5+"/ip_range",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipam.properties.config.items.properties.ip_range.type,parentSchema:schema20.properties.ipam.properties.config.items.properties.ip_range,data:data32};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i5,schemaPath:"#/definitions/network/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.ipam.properties.config.items.type,parentSchema:schema20.properties.ipam.properties.config.items,data:data29};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config",schemaPath:"#/definitions/network/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.ipam.properties.config.type,parentSchema:schema20.properties.ipam.properties.config,data:data28};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam",schemaPath:"#/definitions/network/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.ipam.type,parentSchema:schema20.properties.ipam,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data18.labels !== undefined){
let data33 = data18.labels;
if(!data33 || typeof data33 != "object"){
const err57 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/network/properties/labels/type",keyword:"type",params:{type: schema20.properties.labels.type},message:"must be object,array",schema:schema20.properties.labels.type,parentSchema:schema20.properties.labels,data:data33};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(Array.isArray(data33)){
const len5 = data33.length;
for(let i6=0; i6<len5; i6++){
let data34 = data33[i6];
if(typeof data34 === "string"){
if(!pattern11.test(data34)){
const err58 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i6,schemaPath:"#/definitions/network/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema20.properties.labels.items,data:data34};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i6,schemaPath:"#/definitions/network/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.labels.items.type,parentSchema:schema20.properties.labels.items,data:data34};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
let i7 = data33.length;
let j1;
if(i7 > 1){
const indices1 = {};
for(;i7--;){
let item1 = data33[i7];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err60 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/network/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i7+" are identical)",schema:true,parentSchema:schema20.properties.labels,data:data33};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
break;
}
indices1[item1] = i7;
}
}
}
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key10 in data33){
let data35 = data33[key10];
if((((typeof data35 !== "string") && (!((typeof data35 == "number") && (isFinite(data35))))) && (typeof data35 !== "boolean")) && (data35 !== null)){
const err61 = {instancePath:instancePath+"/networks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema20.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema20.properties.labels.additionalProperties.type,parentSchema:schema20.properties.labels.additionalProperties,data:data35};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
}
}
}
}
else {
const err62 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.networks.type,parentSchema:schema11.properties.networks,data:data17};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.secrets !== undefined){
let data36 = data.secrets;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key11 in data36){
const _errs101 = errors;
if(typeof key11 === "string"){
if(!pattern57.test(key11)){
const err63 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema11.properties.secrets.propertyNames,data:key11,propertyName:key11};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
var valid31 = _errs101 === errors;
if(!valid31){
const err64 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/propertyNames",keyword:"propertyNames",params:{propertyName: key11},message:"property name must be valid",schema:schema11.properties.secrets.propertyNames,parentSchema:schema11.properties.secrets,data:data36};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
for(const key12 in data36){
let data37 = data36[key12];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key13 in data37){
if(!((((((key13 === "file") || (key13 === "environment")) || (key13 === "content")) || (key13 === "external")) || (key13 === "name")) || (pattern0.test(key13)))){
const err65 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/fileSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data37};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data37.file !== undefined){
let data38 = data37.file;
if(typeof data38 === "string"){
if(!pattern7.test(data38)){
const err66 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/fileSource/properties/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21.properties.file,data:data38};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/fileSource/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.file.type,parentSchema:schema21.properties.file,data:data38};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data37.environment !== undefined){
let data39 = data37.environment;
if(typeof data39 === "string"){
if(!pattern103.test(data39)){
const err68 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/environment",schemaPath:"#/definitions/fileSource/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema21.properties.environment,data:data39};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/environment",schemaPath:"#/definitions/fileSource/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.environment.type,parentSchema:schema21.properties.environment,data:data39};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data37.content !== undefined){
let data40 = data37.content;
if(typeof data40 !== "string"){
const err70 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/content",schemaPath:"#/definitions/fileSource/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.content.type,parentSchema:schema21.properties.content,data:data40};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data37.external !== undefined){
const err71 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/fileSource/properties/external/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema21.properties.external.not,parentSchema:schema21.properties.external,data:data37.external};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data37.name !== undefined){
const err72 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/fileSource/properties/name/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema21.properties.name.not,parentSchema:schema21.properties.name,data:data37.name};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/secrets/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/fileSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data37};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.type,parentSchema:schema11.properties.secrets,data:data36};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.configs !== undefined){
let data43 = data.configs;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
for(const key14 in data43){
const _errs119 = errors;
if(typeof key14 === "string"){
if(!pattern57.test(key14)){
const err75 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema11.properties.configs.propertyNames,data:key14,propertyName:key14};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
var valid35 = _errs119 === errors;
if(!valid35){
const err76 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/propertyNames",keyword:"propertyNames",params:{propertyName: key14},message:"property name must be valid",schema:schema11.properties.configs.propertyNames,parentSchema:schema11.properties.configs,data:data43};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
for(const key15 in data43){
let data44 = data43[key15];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
for(const key16 in data44){
if(!((((((key16 === "file") || (key16 === "environment")) || (key16 === "content")) || (key16 === "external")) || (key16 === "name")) || (pattern0.test(key16)))){
const err77 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/fileSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data44};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data44.file !== undefined){
let data45 = data44.file;
if(typeof data45 === "string"){
if(!pattern7.test(data45)){
const err78 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/fileSource/properties/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21.properties.file,data:data45};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/fileSource/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.file.type,parentSchema:schema21.properties.file,data:data45};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data44.environment !== undefined){
let data46 = data44.environment;
if(typeof data46 === "string"){
if(!pattern103.test(data46)){
const err80 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/environment",schemaPath:"#/definitions/fileSource/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema21.properties.environment,data:data46};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/environment",schemaPath:"#/definitions/fileSource/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.environment.type,parentSchema:schema21.properties.environment,data:data46};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data44.content !== undefined){
let data47 = data44.content;
if(typeof data47 !== "string"){
const err82 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/content",schemaPath:"#/definitions/fileSource/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.content.type,parentSchema:schema21.properties.content,data:data47};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data44.external !== undefined){
const err83 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/fileSource/properties/external/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema21.properties.external.not,parentSchema:schema21.properties.external,data:data44.external};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data44.name !== undefined){
const err84 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/fileSource/properties/name/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema21.properties.name.not,parentSchema:schema21.properties.name,data:data44.name};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/configs/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/fileSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data44};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.configs.type,parentSchema:schema11.properties.configs,data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

