/* eslint-disable */
// @ts-nocheck
// Generated from schema/dabba.schema.json by scripts/build-schema-validator.mjs: do not edit.

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/dabba/dabba/schema/dabba.schema.json","title":"dabba.yaml","description":"A dabba project: the subset of the Compose Specification that dabba runs without Docker, plus dabba's own per-service keys net and fakeroot.","type":"object","required":["services"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","x-error":"{value} is not a project name (expected lowercase letters, digits, _ and -, starting with a letter or digit)","description":"Project name. Default: the project folder's name, lowercased, keeping only a-z, 0-9, _ and -."},"version":{"type":["string","number"],"description":"Obsolete, as in compose: accepted and ignored."},"services":{"type":"object","description":"The services (containers) of the project, by name. A service's name is also the name of its folder under .dabba/.","additionalProperties":{"$ref":"#/definitions/service"}},"volumes":{"type":"object","description":"Named volumes that services mount with `NAME:/path`. Each lives in .dabba/volumes/NAME/ and survives re-creating the service.","additionalProperties":{"$ref":"#/definitions/volume"}},"networks":{"type":"object","description":"Networks services join, by key (services name them under networks:). Every service without networks: or network_mode: joins default, the project's own network; an entry default: here customises it. A service reaches by name (service name, container_name, aliases) only the services that share one of its networks.","additionalProperties":{"$ref":"#/definitions/network"}}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba, useful as a YAML anchor to reuse."}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"One container: the image it runs and how.","properties":{"image":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image (expected a reference such as busybox or ghcr.io/o/r:tag, or oci:DIR, oci-archive:FILE, docker-archive:FILE)","description":"The image to run: a registry reference (busybox, ghcr.io/o/r:tag, r@sha256:...) or a local source oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REPO:TAG] (relative paths from the project folder). Required unless build: is set; beside build: it names the built image."},"build":{"type":["string","object"],"pattern":"\\S","x-error":"a build context must not be empty","description":"Build the image with buildah (rootless, daemonless) from a Dockerfile: a context folder (short syntax), or the long syntax below. The result is named by image:, else PROJECT-SERVICE.","properties":{"context":{"type":"string","pattern":"\\S","x-error":"a build context must not be empty","description":"The folder sent to the build, relative to the project folder (default .). A git URL or - is not supported."},"dockerfile":{"type":"string","pattern":"\\S","x-error":"a Dockerfile path must not be empty","description":"The Dockerfile, relative to the context (default Dockerfile, else Containerfile)."},"dockerfile_inline":{"type":"string","description":"The Dockerfile's text, instead of a file."},"args":{"type":["object","array"],"description":"Build arguments (ARG): a mapping or a list of KEY=VALUE; a bare KEY takes its value from the environment, and is left out when unset.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a build argument (expected KEY=VALUE or KEY)","description":"KEY=VALUE or KEY."}},"target":{"type":"string","pattern":"\\S","x-error":"a target must not be empty","description":"The stage of a multi-stage Dockerfile to build (default the last)."},"labels":{"type":["object","array"],"description":"Labels set on the built image: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."}},"network":{"enum":["default","none","host"],"description":"Network of RUN steps: default (also host): the host's network. none is refused: dabba builds with buildah's chroot isolation, whose RUN steps always share the host's network."},"extra_hosts":{"type":["array","object"],"description":"Entries added to /etc/hosts of RUN steps: HOST:IP (or HOST=IP) items, or a mapping of HOST to IP.","items":{"type":"string","pattern":"^[^:=\\s]+[:=]\\S+$","x-error":"{value} is not a host entry (expected HOST:IP or HOST=IP)","description":"HOST:IP or HOST=IP."},"additionalProperties":{"type":"string","description":"The address."}},"cache_from":{"type":"array","items":{"type":"string"},"description":"Accepted for compatibility: build steps are always cached locally, in dabba's own buildah storage; remote caches (type=registry, …) are refused."},"platforms":{"type":"array","items":{"type":"string"},"description":"Only this host's platform can be built (no emulation); any other is refused."},"pull":{"type":"boolean","description":"Fetch the FROM images again (their tags re-resolved) before building. Default false: FROM images dabba has are used as they are."},"no_cache":{"type":"boolean","description":"Run every step again, without the build cache. Default false."},"tags":{"type":"array","items":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image name"},"description":"More names for the built image in dabba's store."},"secrets":{"not":{},"x-error":"build secrets are not supported yet","description":"Not supported yet."},"ssh":{"not":{},"x-error":"build ssh forwarding is not supported","description":"Not supported."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"command":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Cmd. A string is split into words as a shell would (quotes respected, no variable expansion); a list is used as is."},"entrypoint":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Entrypoint and clears its Cmd. A string is split as a shell would; a list is used as is; [] removes the entrypoint."},"working_dir":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected a folder inside the container, starting with /)","description":"The folder the command starts in (absolute, inside the container); created if missing. Default: the image's WorkingDir."},"environment":{"type":["object","array"],"description":"Environment variables: a mapping KEY: value, or a list of KEY=VALUE. A bare KEY (or KEY: with no value) takes the value from dabba's own environment. Wins over env_file.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not an environment entry (expected KEY=VALUE or KEY)","description":"KEY=VALUE, or KEY to take the value from dabba's environment."},"uniqueItems":true},"env_file":{"type":["string","array"],"description":"Files of KEY=VALUE lines (relative to the project folder) loaded into the environment, in order; environment: wins over them.","items":{"type":["string","object"],"description":"A file path, or {path, required}.","required":["path"],"properties":{"path":{"type":"string","description":"The file, relative to the project folder."},"required":{"type":"boolean","description":"false: a missing file is skipped instead of an error. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"volumes":{"type":"array","description":"Mounts: short syntax HOST:CONTAINER[:ro|:rw] (HOST starts with ., / or ~), NAME:CONTAINER[:ro|:rw] for a named volume, or a bare CONTAINER path for an anonymous volume; or the long syntax mapping.","items":{"type":["string","object"],"description":"A short-syntax string or a long-syntax mapping.","required":["type","target"],"properties":{"type":{"enum":["bind","volume","tmpfs"],"description":"bind: a host path; volume: a named (or, without source, anonymous) volume; tmpfs: a memory file system."},"source":{"type":"string","pattern":"\\S","x-error":"a source must not be empty","description":"The host path (bind, relative to the project folder) or the volume name (volume)."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the mount point inside the container, starting with /)","description":"The mount point inside the container."},"read_only":{"type":"boolean","description":"Mount read-only. Default false."},"tmpfs":{"type":"object","description":"Options of a tmpfs mount.","properties":{"size":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Maximum size in bytes, or with a unit: 64m, 1g."},"mode":{"type":"integer","minimum":0,"maximum":4095,"description":"Permission bits of the mount's root, e.g. 0o1777 (write 1023 in decimal, or an octal 0o literal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"allOf":[{"if":{"type":"object","properties":{"type":{"const":"bind"}}},"then":{"required":["source"]}},{"if":{"type":"object","properties":{"type":{"const":"tmpfs"}}},"then":{"not":{"required":["source"]},"x-error":"a tmpfs mount takes no source"}},{"if":{"type":"object","properties":{"type":{"enum":["bind","volume"]}}},"then":{"not":{"required":["tmpfs"]},"x-error":"tmpfs: options apply only to type: tmpfs"}}]}},"ports":{"type":"array","description":"Ports forwarded from the host into the container (needs net: true): short syntax [IP:]HOST:CONTAINER[/tcp|/udp], with ranges 8000-8001:80-81, or the long syntax mapping. dabba needs a host port: it does not pick random ones.","items":{"type":["string","integer","object"],"description":"A short-syntax string or a long-syntax mapping.","pattern":"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])","required":["target","published"],"properties":{"target":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the container."},"published":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?$","minimum":1,"maximum":65535,"x-error":"{value} is not a host port (expected a port or a range like 8000-8001)","description":"The port on the host (or a range, for as many consecutive target ports)."},"host_ip":{"type":"string","description":"The host address to listen on. Default 0.0.0.0 (all IPv4 addresses), as compose."},"protocol":{"enum":["tcp","udp"],"description":"tcp (default) or udp."},"mode":{"const":"host","description":"Only host mode exists without a swarm: accepted for compatibility."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-error":"{value} is not a host name (expected letters, digits and -, in dot-separated labels)","description":"The container's host name. Default: the service name."},"user":{"type":["string","integer"],"description":"The user (and group) the command runs as: NAME, UID, NAME:GROUP or UID:GID, resolved in the image's /etc/passwd and /etc/group. With fakeroot: false, that user is you (your uid and gid become its ids)."},"read_only":{"type":"boolean","description":"Mount the container's root file system read-only (volumes and tmpfs stay writable). Default false."},"tmpfs":{"type":["string","array"],"pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","items":{"type":"string","pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","description":"A path inside the container."},"description":"Paths inside the container mounted as empty memory file systems."},"platform":{"type":"string","pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$","x-error":"{value} is not a platform (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)","description":"The platform to pick from a multi-platform image, OS/ARCH[/VARIANT]. Default: this host's."},"pull_policy":{"enum":["missing","if_not_present","always","never","build"],"description":"missing (default; also if_not_present): pull (or, with build:, build) only when the image is not in the store; always: re-resolve the tag on every up; never: use only what is stored; build: build the image (build: needed) on every up."},"depends_on":{"type":["array","object"],"description":"Services started before this one: a list of names (condition service_started), or a mapping of name to {condition, restart, required}.","items":{"type":"string","description":"A service name."},"uniqueItems":true,"additionalProperties":{"type":"object","description":"How this service waits for the other one.","required":["condition"],"properties":{"condition":{"enum":["service_started","service_healthy","service_completed_successfully"],"description":"service_started: it has started; service_healthy: its healthcheck passes; service_completed_successfully: it has exited with code 0."},"restart":{"type":"boolean","description":"Restart this service when the dependency is restarted. Default false."},"required":{"type":"boolean","description":"false: a dependency that cannot be started is skipped with a warning. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"restart":{"type":"string","pattern":"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$","x-error":"{value} is not a restart policy (expected no, always, on-failure[:N] or unless-stopped)","description":"When to restart the container after it exits: no (default), always, on-failure[:N] (at most N times), unless-stopped."},"healthcheck":{"type":"object","description":"A command run inside the container to tell whether it is healthy (used by depends_on condition service_healthy).","properties":{"test":{"type":["string","array"],"description":"A string runs through /bin/sh -c; a list is [\"CMD\", argv...], [\"CMD-SHELL\", command] or [\"NONE\"].","items":[{"enum":["CMD","CMD-SHELL","NONE"],"description":"The form of the test."}],"additionalItems":{"type":"string","description":"An argument, or the shell command for CMD-SHELL."},"minItems":1},"interval":{"$ref":"#/definitions/duration","description":"Time between checks, e.g. 30s, 1m30s. Default 30s."},"timeout":{"$ref":"#/definitions/duration","description":"How long one check may take before it counts as failed. Default 30s."},"retries":{"type":"integer","minimum":0,"description":"Consecutive failures before the container is unhealthy. Default 3."},"start_period":{"$ref":"#/definitions/duration","description":"Time after start during which failures do not count. Default 0s."},"disable":{"type":"boolean","description":"true: no healthcheck."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"stop_signal":{"type":"string","pattern":"^(SIG)?[A-Z][A-Z0-9+-]*$","x-error":"{value} is not a signal name (expected e.g. SIGTERM or SIGQUIT)","description":"The signal that asks the container to stop. Default: the image's StopSignal, else SIGTERM."},"stop_grace_period":{"$ref":"#/definitions/duration","description":"How long to wait after stop_signal before SIGKILL, e.g. 10s, 1m30s. Default 10s."},"init":{"type":"boolean","description":"Run a minimal init as PID 1 that forwards signals and reaps zombies. Default false."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true},"develop":{"type":"object","description":"Development mode, used by dabba up --watch.","properties":{"watch":{"type":"array","description":"Host paths that dabba up --watch watches, and what a change does.","items":{"type":"object","description":"One watched path.","required":["path","action"],"properties":{"path":{"type":"string","pattern":"\\S","x-error":"a path must not be empty","description":"The host path to watch, relative to the project folder."},"action":{"enum":["restart","sync+restart","sync","rebuild"],"description":"restart: restart the service; sync: copy changed files to target; sync+restart: copy, then restart; rebuild: build the image again (the service needs build:) and recreate the service when it changed."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the path inside the container that files are synced to)","description":"For sync actions: where the files go inside the container."},"ignore":{"type":"array","items":{"type":"string","description":"A pattern, relative to path."},"description":"Patterns (relative to path) whose changes are ignored."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"if":{"properties":{"action":{"enum":["sync","sync+restart"]}}},"then":{"required":["target"]}}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"networks":{"type":["array","object"],"description":"The networks this service joins: a list of network keys, or a mapping of key to null or {aliases, ipv4_address, priority}. Default: [default]. Excludes network_mode.","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","x-error":"{value} is not a network key (expected letters, digits, ., _ and -)","description":"A network key."},"uniqueItems":true,"additionalProperties":{"type":["object","null"],"description":"How the service joins this network (null: with its names only).","properties":{"aliases":{"type":"array","uniqueItems":true,"description":"Further host names of the service on this network.","items":{"type":"string","pattern":"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$","x-error":"{value} is not a host name (expected letters, digits, ., _ and -)","description":"A host name."}},"ipv4_address":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"A fixed IPv4 address, inside the network's ipam subnet (which it then needs), not its network, first or broadcast address."},"ipv6_address":{"not":{},"x-error":"dabba's networks are IPv4 only: remove ipv6_address","description":"Refused: dabba's networks are IPv4 only."},"link_local_ips":{"not":{},"x-error":"link-local addresses are not supported: remove link_local_ips","description":"Refused: link-local addresses are not supported."},"mac_address":{"not":{},"x-error":"dabba does not set MAC addresses: remove mac_address","description":"Refused: dabba does not set MAC addresses."},"priority":{"type":"integer","description":"Networks are joined in order of priority, higher first, then by key. Default 0."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"network_mode":{"type":"string","pattern":"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$","x-error":"{value} is not a network mode (expected none, host, bridge or service:NAME)","description":"none: loopback only (as net: false); host: the host's network, nothing isolated; service:NAME: share that service's network (reach it on 127.0.0.1; started after it); bridge: the project's default network. container:NAME is refused (dabba knows only this project's services). Excludes networks:."},"container_name":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a container name (expected letters, digits, _, . and -, starting with a letter or digit, at least 2 characters)","description":"A further name by which services on a shared network reach this one; unique in the project."},"links":{"type":"array","uniqueItems":true,"description":"SERVICE or SERVICE:ALIAS: reach SERVICE (which must share a network with this one) also as ALIAS; started after it.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$","x-error":"{value} is not a link (expected SERVICE or SERVICE:ALIAS)","description":"SERVICE or SERVICE:ALIAS."}},"extra_hosts":{"type":["array","object"],"description":"Lines added to the container's /etc/hosts: a list of NAME:IP or NAME=IP (NAME=::1 or NAME:::1 for IPv6; several IPs separated by commas), or a mapping NAME: IP. The IP host-gateway stands for the address at which the container reaches the host.","items":{"type":"string","description":"NAME=IP or NAME:IP."},"uniqueItems":true,"additionalProperties":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"An IP address, or a list of them."}},"dns":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"Name servers written into the container's /etc/resolv.conf: an IP address or a list."},"dns_search":{"type":["string","array"],"items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"A domain."},"pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"Search domains written into /etc/resolv.conf: a domain or a list."},"dns_opt":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(:[0-9]+)?$","x-error":"{value} is not a resolver option (expected e.g. ndots:2 or edns0)","description":"A resolv.conf option."},"description":"Resolver options written into /etc/resolv.conf (options line), e.g. ndots:2."},"expose":{"type":"array","uniqueItems":true,"items":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port (expected PORT or START-END, optionally /tcp or /udp)","description":"A port or range."},"description":"Ports other services use, not published on the host: documentation on a shared network, as in compose (every port of a service is reachable from services sharing a network)."},"net":{"type":"boolean","description":"dabba: true (default) gives the container its network (the project's networks, or network_mode); false leaves it loopback only (no ports), as network_mode: none."},"fakeroot":{"type":"boolean","description":"dabba: true (default): the container's root (uid and gid 0) is you, and the command runs as user:, else the image's User, else root, as docker does. false: you are not root inside; the command runs with your own uid and gid, or with user: as that user, whose ids your uid and gid become (podman's keep-id), so files it writes to bind mounts are yours. Run as root, containers always get an unprivileged id range and false changes nothing."}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba."}},"additionalProperties":false},"volume":{"type":["object","null"],"description":"A named volume: the folder .dabba/volumes/NAME/ (NAME is its key), kept across re-creating services and removed by dabba down -v.","properties":{"driver":{"const":"local","description":"Only local: accepted for compatibility."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"network":{"type":["object","null"],"description":"A network: a virtual IPv4 network on this machine that services of the project (and, when external, of other projects) join.","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-error":"{value} is not a network name (expected letters, digits, _, . and -, starting with a letter or digit)","description":"Its name on this machine. Default: PROJECT_KEY, or for an external network the key."},"external":{"description":"true: a network shared by the projects on this machine that name it (by name:), made by the first that uses it and kept while a member runs.","if":{"type":"object"},"then":{"not":{},"x-error":"external: {name: ...} is compose's old form: write name: NAME and external: true"},"else":{"type":"boolean"}},"internal":{"type":"boolean","description":"true: no egress: members reach each other only. Default false."},"driver":{"enum":["bridge"],"x-error":"{value} is not supported: dabba's networks are bridges (overlay needs a swarm, macvlan/ipvlan host privileges; for host or none use network_mode: on the service)","description":"Only bridge (the default): accepted for compatibility."},"driver_opts":{"not":{},"x-error":"driver_opts are Docker bridge driver settings that dabba's network does not have: remove them","description":"Refused: dabba's bridge has no driver options."},"attachable":{"type":"boolean","description":"Accepted and ignored: any service may join."},"enable_ipv6":{"const":false,"x-error":"dabba's networks are IPv4 only: remove enable_ipv6 or set it false","description":"Only false: dabba's networks are IPv4 only."},"ipam":{"type":"object","description":"Address management: only the subnet is used.","properties":{"driver":{"const":"default","description":"Only default: accepted for compatibility."},"config":{"type":"array","maxItems":1,"x-error":"one subnet at most: dabba's networks are IPv4 only","description":"At most one entry: the network's IPv4 subnet.","items":{"type":"object","description":"An address block.","properties":{"subnet":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet (expected e.g. 172.28.0.0/16)","description":"The network's IPv4 subnet in CIDR form (prefix 8 to 30), e.g. 172.28.0.0/16. Default: dabba picks a free one."},"gateway":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"Accepted and ignored: dabba chooses the gateway."},"ip_range":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet","description":"Accepted and ignored: addresses are taken from the whole subnet."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","x-error":"{value} is not a duration (expected e.g. 10s, 1m30s, 500ms)","description":"A duration: numbers with units h, m, s, ms, us, ns, e.g. 1m30s."}}};
const schema17 = {"type":["object","null"],"description":"A named volume: the folder .dabba/volumes/NAME/ (NAME is its key), kept across re-creating services and removed by dabba down -v.","properties":{"driver":{"const":"local","description":"Only local: accepted for compatibility."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const schema18 = {"type":["object","null"],"description":"A network: a virtual IPv4 network on this machine that services of the project (and, when external, of other projects) join.","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-error":"{value} is not a network name (expected letters, digits, _, . and -, starting with a letter or digit)","description":"Its name on this machine. Default: PROJECT_KEY, or for an external network the key."},"external":{"description":"true: a network shared by the projects on this machine that name it (by name:), made by the first that uses it and kept while a member runs.","if":{"type":"object"},"then":{"not":{},"x-error":"external: {name: ...} is compose's old form: write name: NAME and external: true"},"else":{"type":"boolean"}},"internal":{"type":"boolean","description":"true: no egress: members reach each other only. Default false."},"driver":{"enum":["bridge"],"x-error":"{value} is not supported: dabba's networks are bridges (overlay needs a swarm, macvlan/ipvlan host privileges; for host or none use network_mode: on the service)","description":"Only bridge (the default): accepted for compatibility."},"driver_opts":{"not":{},"x-error":"driver_opts are Docker bridge driver settings that dabba's network does not have: remove them","description":"Refused: dabba's bridge has no driver options."},"attachable":{"type":"boolean","description":"Accepted and ignored: any service may join."},"enable_ipv6":{"const":false,"x-error":"dabba's networks are IPv4 only: remove enable_ipv6 or set it false","description":"Only false: dabba's networks are IPv4 only."},"ipam":{"type":"object","description":"Address management: only the subnet is used.","properties":{"driver":{"const":"default","description":"Only default: accepted for compatibility."},"config":{"type":"array","maxItems":1,"x-error":"one subnet at most: dabba's networks are IPv4 only","description":"At most one entry: the network's IPv4 subnet.","items":{"type":"object","description":"An address block.","properties":{"subnet":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet (expected e.g. 172.28.0.0/16)","description":"The network's IPv4 subnet in CIDR form (prefix 8 to 30), e.g. 172.28.0.0/16. Default: dabba picks a free one."},"gateway":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"Accepted and ignored: dabba chooses the gateway."},"ip_range":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet","description":"Accepted and ignored: addresses are taken from the whole subnet."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern8 = new RegExp("^[^=]+", "u");
const pattern55 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern58 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", "u");
const pattern44 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", "u");
const schema12 = {"type":"object","description":"One container: the image it runs and how.","properties":{"image":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image (expected a reference such as busybox or ghcr.io/o/r:tag, or oci:DIR, oci-archive:FILE, docker-archive:FILE)","description":"The image to run: a registry reference (busybox, ghcr.io/o/r:tag, r@sha256:...) or a local source oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REPO:TAG] (relative paths from the project folder). Required unless build: is set; beside build: it names the built image."},"build":{"type":["string","object"],"pattern":"\\S","x-error":"a build context must not be empty","description":"Build the image with buildah (rootless, daemonless) from a Dockerfile: a context folder (short syntax), or the long syntax below. The result is named by image:, else PROJECT-SERVICE.","properties":{"context":{"type":"string","pattern":"\\S","x-error":"a build context must not be empty","description":"The folder sent to the build, relative to the project folder (default .). A git URL or - is not supported."},"dockerfile":{"type":"string","pattern":"\\S","x-error":"a Dockerfile path must not be empty","description":"The Dockerfile, relative to the context (default Dockerfile, else Containerfile)."},"dockerfile_inline":{"type":"string","description":"The Dockerfile's text, instead of a file."},"args":{"type":["object","array"],"description":"Build arguments (ARG): a mapping or a list of KEY=VALUE; a bare KEY takes its value from the environment, and is left out when unset.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a build argument (expected KEY=VALUE or KEY)","description":"KEY=VALUE or KEY."}},"target":{"type":"string","pattern":"\\S","x-error":"a target must not be empty","description":"The stage of a multi-stage Dockerfile to build (default the last)."},"labels":{"type":["object","array"],"description":"Labels set on the built image: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."}},"network":{"enum":["default","none","host"],"description":"Network of RUN steps: default (also host): the host's network. none is refused: dabba builds with buildah's chroot isolation, whose RUN steps always share the host's network."},"extra_hosts":{"type":["array","object"],"description":"Entries added to /etc/hosts of RUN steps: HOST:IP (or HOST=IP) items, or a mapping of HOST to IP.","items":{"type":"string","pattern":"^[^:=\\s]+[:=]\\S+$","x-error":"{value} is not a host entry (expected HOST:IP or HOST=IP)","description":"HOST:IP or HOST=IP."},"additionalProperties":{"type":"string","description":"The address."}},"cache_from":{"type":"array","items":{"type":"string"},"description":"Accepted for compatibility: build steps are always cached locally, in dabba's own buildah storage; remote caches (type=registry, …) are refused."},"platforms":{"type":"array","items":{"type":"string"},"description":"Only this host's platform can be built (no emulation); any other is refused."},"pull":{"type":"boolean","description":"Fetch the FROM images again (their tags re-resolved) before building. Default false: FROM images dabba has are used as they are."},"no_cache":{"type":"boolean","description":"Run every step again, without the build cache. Default false."},"tags":{"type":"array","items":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image name"},"description":"More names for the built image in dabba's store."},"secrets":{"not":{},"x-error":"build secrets are not supported yet","description":"Not supported yet."},"ssh":{"not":{},"x-error":"build ssh forwarding is not supported","description":"Not supported."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"command":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Cmd. A string is split into words as a shell would (quotes respected, no variable expansion); a list is used as is."},"entrypoint":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Entrypoint and clears its Cmd. A string is split as a shell would; a list is used as is; [] removes the entrypoint."},"working_dir":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected a folder inside the container, starting with /)","description":"The folder the command starts in (absolute, inside the container); created if missing. Default: the image's WorkingDir."},"environment":{"type":["object","array"],"description":"Environment variables: a mapping KEY: value, or a list of KEY=VALUE. A bare KEY (or KEY: with no value) takes the value from dabba's own environment. Wins over env_file.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not an environment entry (expected KEY=VALUE or KEY)","description":"KEY=VALUE, or KEY to take the value from dabba's environment."},"uniqueItems":true},"env_file":{"type":["string","array"],"description":"Files of KEY=VALUE lines (relative to the project folder) loaded into the environment, in order; environment: wins over them.","items":{"type":["string","object"],"description":"A file path, or {path, required}.","required":["path"],"properties":{"path":{"type":"string","description":"The file, relative to the project folder."},"required":{"type":"boolean","description":"false: a missing file is skipped instead of an error. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"volumes":{"type":"array","description":"Mounts: short syntax HOST:CONTAINER[:ro|:rw] (HOST starts with ., / or ~), NAME:CONTAINER[:ro|:rw] for a named volume, or a bare CONTAINER path for an anonymous volume; or the long syntax mapping.","items":{"type":["string","object"],"description":"A short-syntax string or a long-syntax mapping.","required":["type","target"],"properties":{"type":{"enum":["bind","volume","tmpfs"],"description":"bind: a host path; volume: a named (or, without source, anonymous) volume; tmpfs: a memory file system."},"source":{"type":"string","pattern":"\\S","x-error":"a source must not be empty","description":"The host path (bind, relative to the project folder) or the volume name (volume)."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the mount point inside the container, starting with /)","description":"The mount point inside the container."},"read_only":{"type":"boolean","description":"Mount read-only. Default false."},"tmpfs":{"type":"object","description":"Options of a tmpfs mount.","properties":{"size":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Maximum size in bytes, or with a unit: 64m, 1g."},"mode":{"type":"integer","minimum":0,"maximum":4095,"description":"Permission bits of the mount's root, e.g. 0o1777 (write 1023 in decimal, or an octal 0o literal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"allOf":[{"if":{"type":"object","properties":{"type":{"const":"bind"}}},"then":{"required":["source"]}},{"if":{"type":"object","properties":{"type":{"const":"tmpfs"}}},"then":{"not":{"required":["source"]},"x-error":"a tmpfs mount takes no source"}},{"if":{"type":"object","properties":{"type":{"enum":["bind","volume"]}}},"then":{"not":{"required":["tmpfs"]},"x-error":"tmpfs: options apply only to type: tmpfs"}}]}},"ports":{"type":"array","description":"Ports forwarded from the host into the container (needs net: true): short syntax [IP:]HOST:CONTAINER[/tcp|/udp], with ranges 8000-8001:80-81, or the long syntax mapping. dabba needs a host port: it does not pick random ones.","items":{"type":["string","integer","object"],"description":"A short-syntax string or a long-syntax mapping.","pattern":"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])","required":["target","published"],"properties":{"target":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the container."},"published":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?$","minimum":1,"maximum":65535,"x-error":"{value} is not a host port (expected a port or a range like 8000-8001)","description":"The port on the host (or a range, for as many consecutive target ports)."},"host_ip":{"type":"string","description":"The host address to listen on. Default 0.0.0.0 (all IPv4 addresses), as compose."},"protocol":{"enum":["tcp","udp"],"description":"tcp (default) or udp."},"mode":{"const":"host","description":"Only host mode exists without a swarm: accepted for compatibility."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-error":"{value} is not a host name (expected letters, digits and -, in dot-separated labels)","description":"The container's host name. Default: the service name."},"user":{"type":["string","integer"],"description":"The user (and group) the command runs as: NAME, UID, NAME:GROUP or UID:GID, resolved in the image's /etc/passwd and /etc/group. With fakeroot: false, that user is you (your uid and gid become its ids)."},"read_only":{"type":"boolean","description":"Mount the container's root file system read-only (volumes and tmpfs stay writable). Default false."},"tmpfs":{"type":["string","array"],"pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","items":{"type":"string","pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","description":"A path inside the container."},"description":"Paths inside the container mounted as empty memory file systems."},"platform":{"type":"string","pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$","x-error":"{value} is not a platform (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)","description":"The platform to pick from a multi-platform image, OS/ARCH[/VARIANT]. Default: this host's."},"pull_policy":{"enum":["missing","if_not_present","always","never","build"],"description":"missing (default; also if_not_present): pull (or, with build:, build) only when the image is not in the store; always: re-resolve the tag on every up; never: use only what is stored; build: build the image (build: needed) on every up."},"depends_on":{"type":["array","object"],"description":"Services started before this one: a list of names (condition service_started), or a mapping of name to {condition, restart, required}.","items":{"type":"string","description":"A service name."},"uniqueItems":true,"additionalProperties":{"type":"object","description":"How this service waits for the other one.","required":["condition"],"properties":{"condition":{"enum":["service_started","service_healthy","service_completed_successfully"],"description":"service_started: it has started; service_healthy: its healthcheck passes; service_completed_successfully: it has exited with code 0."},"restart":{"type":"boolean","description":"Restart this service when the dependency is restarted. Default false."},"required":{"type":"boolean","description":"false: a dependency that cannot be started is skipped with a warning. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"restart":{"type":"string","pattern":"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$","x-error":"{value} is not a restart policy (expected no, always, on-failure[:N] or unless-stopped)","description":"When to restart the container after it exits: no (default), always, on-failure[:N] (at most N times), unless-stopped."},"healthcheck":{"type":"object","description":"A command run inside the container to tell whether it is healthy (used by depends_on condition service_healthy).","properties":{"test":{"type":["string","array"],"description":"A string runs through /bin/sh -c; a list is [\"CMD\", argv...], [\"CMD-SHELL\", command] or [\"NONE\"].","items":[{"enum":["CMD","CMD-SHELL","NONE"],"description":"The form of the test."}],"additionalItems":{"type":"string","description":"An argument, or the shell command for CMD-SHELL."},"minItems":1},"interval":{"$ref":"#/definitions/duration","description":"Time between checks, e.g. 30s, 1m30s. Default 30s."},"timeout":{"$ref":"#/definitions/duration","description":"How long one check may take before it counts as failed. Default 30s."},"retries":{"type":"integer","minimum":0,"description":"Consecutive failures before the container is unhealthy. Default 3."},"start_period":{"$ref":"#/definitions/duration","description":"Time after start during which failures do not count. Default 0s."},"disable":{"type":"boolean","description":"true: no healthcheck."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"stop_signal":{"type":"string","pattern":"^(SIG)?[A-Z][A-Z0-9+-]*$","x-error":"{value} is not a signal name (expected e.g. SIGTERM or SIGQUIT)","description":"The signal that asks the container to stop. Default: the image's StopSignal, else SIGTERM."},"stop_grace_period":{"$ref":"#/definitions/duration","description":"How long to wait after stop_signal before SIGKILL, e.g. 10s, 1m30s. Default 10s."},"init":{"type":"boolean","description":"Run a minimal init as PID 1 that forwards signals and reaps zombies. Default false."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true},"develop":{"type":"object","description":"Development mode, used by dabba up --watch.","properties":{"watch":{"type":"array","description":"Host paths that dabba up --watch watches, and what a change does.","items":{"type":"object","description":"One watched path.","required":["path","action"],"properties":{"path":{"type":"string","pattern":"\\S","x-error":"a path must not be empty","description":"The host path to watch, relative to the project folder."},"action":{"enum":["restart","sync+restart","sync","rebuild"],"description":"restart: restart the service; sync: copy changed files to target; sync+restart: copy, then restart; rebuild: build the image again (the service needs build:) and recreate the service when it changed."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the path inside the container that files are synced to)","description":"For sync actions: where the files go inside the container."},"ignore":{"type":"array","items":{"type":"string","description":"A pattern, relative to path."},"description":"Patterns (relative to path) whose changes are ignored."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"if":{"properties":{"action":{"enum":["sync","sync+restart"]}}},"then":{"required":["target"]}}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"networks":{"type":["array","object"],"description":"The networks this service joins: a list of network keys, or a mapping of key to null or {aliases, ipv4_address, priority}. Default: [default]. Excludes network_mode.","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","x-error":"{value} is not a network key (expected letters, digits, ., _ and -)","description":"A network key."},"uniqueItems":true,"additionalProperties":{"type":["object","null"],"description":"How the service joins this network (null: with its names only).","properties":{"aliases":{"type":"array","uniqueItems":true,"description":"Further host names of the service on this network.","items":{"type":"string","pattern":"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$","x-error":"{value} is not a host name (expected letters, digits, ., _ and -)","description":"A host name."}},"ipv4_address":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"A fixed IPv4 address, inside the network's ipam subnet (which it then needs), not its network, first or broadcast address."},"ipv6_address":{"not":{},"x-error":"dabba's networks are IPv4 only: remove ipv6_address","description":"Refused: dabba's networks are IPv4 only."},"link_local_ips":{"not":{},"x-error":"link-local addresses are not supported: remove link_local_ips","description":"Refused: link-local addresses are not supported."},"mac_address":{"not":{},"x-error":"dabba does not set MAC addresses: remove mac_address","description":"Refused: dabba does not set MAC addresses."},"priority":{"type":"integer","description":"Networks are joined in order of priority, higher first, then by key. Default 0."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"network_mode":{"type":"string","pattern":"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$","x-error":"{value} is not a network mode (expected none, host, bridge or service:NAME)","description":"none: loopback only (as net: false); host: the host's network, nothing isolated; service:NAME: share that service's network (reach it on 127.0.0.1; started after it); bridge: the project's default network. container:NAME is refused (dabba knows only this project's services). Excludes networks:."},"container_name":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a container name (expected letters, digits, _, . and -, starting with a letter or digit, at least 2 characters)","description":"A further name by which services on a shared network reach this one; unique in the project."},"links":{"type":"array","uniqueItems":true,"description":"SERVICE or SERVICE:ALIAS: reach SERVICE (which must share a network with this one) also as ALIAS; started after it.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$","x-error":"{value} is not a link (expected SERVICE or SERVICE:ALIAS)","description":"SERVICE or SERVICE:ALIAS."}},"extra_hosts":{"type":["array","object"],"description":"Lines added to the container's /etc/hosts: a list of NAME:IP or NAME=IP (NAME=::1 or NAME:::1 for IPv6; several IPs separated by commas), or a mapping NAME: IP. The IP host-gateway stands for the address at which the container reaches the host.","items":{"type":"string","description":"NAME=IP or NAME:IP."},"uniqueItems":true,"additionalProperties":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"An IP address, or a list of them."}},"dns":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"Name servers written into the container's /etc/resolv.conf: an IP address or a list."},"dns_search":{"type":["string","array"],"items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"A domain."},"pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"Search domains written into /etc/resolv.conf: a domain or a list."},"dns_opt":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(:[0-9]+)?$","x-error":"{value} is not a resolver option (expected e.g. ndots:2 or edns0)","description":"A resolv.conf option."},"description":"Resolver options written into /etc/resolv.conf (options line), e.g. ndots:2."},"expose":{"type":"array","uniqueItems":true,"items":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port (expected PORT or START-END, optionally /tcp or /udp)","description":"A port or range."},"description":"Ports other services use, not published on the host: documentation on a shared network, as in compose (every port of a service is reachable from services sharing a network)."},"net":{"type":"boolean","description":"dabba: true (default) gives the container its network (the project's networks, or network_mode); false leaves it loopback only (no ports), as network_mode: none."},"fakeroot":{"type":"boolean","description":"dabba: true (default): the container's root (uid and gid 0) is you, and the command runs as user:, else the image's User, else root, as docker does. false: you are not root inside; the command runs with your own uid and gid, or with user: as that user, whose ids your uid and gid become (podman's keep-id), so files it writes to bind mounts are yours. Run as root, containers always get an unprivileged id range and false changes nothing."}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba."}},"additionalProperties":false};
const schema13 = {"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","x-error":"{value} is not a duration (expected e.g. 10s, 1m30s, 500ms)","description":"A duration: numbers with units h, m, s, ms, us, ns, e.g. 1m30s."};
const func2 = Object.prototype.hasOwnProperty;
const pattern3 = new RegExp("^\\S+$", "u");
const pattern4 = new RegExp("\\S", "u");
const pattern11 = new RegExp("^[^:=\\s]+[:=]\\S+$", "u");
const pattern13 = new RegExp("^/", "u");
const pattern20 = new RegExp("^[0-9]+([kmgKMG][bB]?|[bB])?$", "u");
const pattern21 = new RegExp("^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$", "u");
const pattern23 = new RegExp("^[0-9]+(-[0-9]+)?$", "u");
const pattern24 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");
const pattern25 = new RegExp("^/[^:]*$", "u");
const pattern27 = new RegExp("^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$", "u");
const pattern29 = new RegExp("^(no|always|unless-stopped|on-failure(:[0-9]+)?)$", "u");
const pattern31 = new RegExp("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$", "u");
const pattern34 = new RegExp("^(SIG)?[A-Z][A-Z0-9+-]*$", "u");
const pattern41 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern43 = new RegExp("^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$", "u");
const pattern45 = new RegExp("^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$", "u");
const pattern46 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "u");
const pattern47 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$", "u");
const pattern48 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const pattern50 = new RegExp("^[A-Za-z0-9_-]+(:[0-9]+)?$", "u");
const pattern51 = new RegExp("^[0-9]+(-[0-9]+)?(/(tcp|udp))?$", "u");

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
if(!pattern3.test(data0)){
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
if(data.build !== undefined){
let data1 = data.build;
if((typeof data1 !== "string") && (!(data1 && typeof data1 == "object" && !Array.isArray(data1)))){
const err3 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/type",keyword:"type",params:{type: schema12.properties.build.type},message:"must be string,object",schema:schema12.properties.build.type,parentSchema:schema12.properties.build,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.build,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!((func2.call(schema12.properties.build.properties, key1)) || (pattern0.test(key1)))){
const err5 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.build,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.context !== undefined){
let data2 = data1.context;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err6 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/properties/context/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.build.properties.context,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/build/context",schemaPath:"#/properties/build/properties/context/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.context.type,parentSchema:schema12.properties.build.properties.context,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.dockerfile !== undefined){
let data3 = data1.dockerfile;
if(typeof data3 === "string"){
if(!pattern4.test(data3)){
const err8 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/properties/dockerfile/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.build.properties.dockerfile,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/build/dockerfile",schemaPath:"#/properties/build/properties/dockerfile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.dockerfile.type,parentSchema:schema12.properties.build.properties.dockerfile,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.dockerfile_inline !== undefined){
let data4 = data1.dockerfile_inline;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/build/dockerfile_inline",schemaPath:"#/properties/build/properties/dockerfile_inline/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.dockerfile_inline.type,parentSchema:schema12.properties.build.properties.dockerfile_inline,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.args !== undefined){
let data5 = data1.args;
if(!data5 || typeof data5 != "object"){
const err11 = {instancePath:instancePath+"/build/args",schemaPath:"#/properties/build/properties/args/type",keyword:"type",params:{type: schema12.properties.build.properties.args.type},message:"must be object,array",schema:schema12.properties.build.properties.args.type,parentSchema:schema12.properties.build.properties.args,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err12 = {instancePath:instancePath+"/build/args/" + i0,schemaPath:"#/properties/build/properties/args/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.build.properties.args.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/build/args/" + i0,schemaPath:"#/properties/build/properties/args/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.args.items.type,parentSchema:schema12.properties.build.properties.args.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
let data7 = data5[key2];
if((((typeof data7 !== "string") && (!((typeof data7 == "number") && (isFinite(data7))))) && (typeof data7 !== "boolean")) && (data7 !== null)){
const err14 = {instancePath:instancePath+"/build/args/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/build/properties/args/additionalProperties/type",keyword:"type",params:{type: schema12.properties.build.properties.args.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.build.properties.args.additionalProperties.type,parentSchema:schema12.properties.build.properties.args.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
if(data1.target !== undefined){
let data8 = data1.target;
if(typeof data8 === "string"){
if(!pattern4.test(data8)){
const err15 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/properties/target/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.build.properties.target,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/build/target",schemaPath:"#/properties/build/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.target.type,parentSchema:schema12.properties.build.properties.target,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data1.labels !== undefined){
let data9 = data1.labels;
if(!data9 || typeof data9 != "object"){
const err17 = {instancePath:instancePath+"/build/labels",schemaPath:"#/properties/build/properties/labels/type",keyword:"type",params:{type: schema12.properties.build.properties.labels.type},message:"must be object,array",schema:schema12.properties.build.properties.labels.type,parentSchema:schema12.properties.build.properties.labels,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(!pattern8.test(data10)){
const err18 = {instancePath:instancePath+"/build/labels/" + i1,schemaPath:"#/properties/build/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.build.properties.labels.items,data:data10};
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
const err19 = {instancePath:instancePath+"/build/labels/" + i1,schemaPath:"#/properties/build/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.labels.items.type,parentSchema:schema12.properties.build.properties.labels.items,data:data10};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key3 in data9){
let data11 = data9[key3];
if((((typeof data11 !== "string") && (!((typeof data11 == "number") && (isFinite(data11))))) && (typeof data11 !== "boolean")) && (data11 !== null)){
const err20 = {instancePath:instancePath+"/build/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/build/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema12.properties.build.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.build.properties.labels.additionalProperties.type,parentSchema:schema12.properties.build.properties.labels.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
if(data1.network !== undefined){
let data12 = data1.network;
if(!(((data12 === "default") || (data12 === "none")) || (data12 === "host"))){
const err21 = {instancePath:instancePath+"/build/network",schemaPath:"#/properties/build/properties/network/enum",keyword:"enum",params:{allowedValues: schema12.properties.build.properties.network.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.build.properties.network.enum,parentSchema:schema12.properties.build.properties.network,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.extra_hosts !== undefined){
let data13 = data1.extra_hosts;
if(!data13 || typeof data13 != "object"){
const err22 = {instancePath:instancePath+"/build/extra_hosts",schemaPath:"#/properties/build/properties/extra_hosts/type",keyword:"type",params:{type: schema12.properties.build.properties.extra_hosts.type},message:"must be array,object",schema:schema12.properties.build.properties.extra_hosts.type,parentSchema:schema12.properties.build.properties.extra_hosts,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(Array.isArray(data13)){
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(typeof data14 === "string"){
if(!pattern11.test(data14)){
const err23 = {instancePath:instancePath+"/build/extra_hosts/" + i2,schemaPath:"#/properties/build/properties/extra_hosts/items/pattern",keyword:"pattern",params:{pattern: "^[^:=\\s]+[:=]\\S+$"},message:"must match pattern \""+"^[^:=\\s]+[:=]\\S+$"+"\"",schema:"^[^:=\\s]+[:=]\\S+$",parentSchema:schema12.properties.build.properties.extra_hosts.items,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/build/extra_hosts/" + i2,schemaPath:"#/properties/build/properties/extra_hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.extra_hosts.items.type,parentSchema:schema12.properties.build.properties.extra_hosts.items,data:data14};
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
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key4 in data13){
let data15 = data13[key4];
if(typeof data15 !== "string"){
const err25 = {instancePath:instancePath+"/build/extra_hosts/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/build/properties/extra_hosts/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.extra_hosts.additionalProperties.type,parentSchema:schema12.properties.build.properties.extra_hosts.additionalProperties,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
if(data1.cache_from !== undefined){
let data16 = data1.cache_from;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
if(typeof data17 !== "string"){
const err26 = {instancePath:instancePath+"/build/cache_from/" + i3,schemaPath:"#/properties/build/properties/cache_from/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.cache_from.items.type,parentSchema:schema12.properties.build.properties.cache_from.items,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/build/cache_from",schemaPath:"#/properties/build/properties/cache_from/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.build.properties.cache_from.type,parentSchema:schema12.properties.build.properties.cache_from,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data1.platforms !== undefined){
let data18 = data1.platforms;
if(Array.isArray(data18)){
const len4 = data18.length;
for(let i4=0; i4<len4; i4++){
let data19 = data18[i4];
if(typeof data19 !== "string"){
const err28 = {instancePath:instancePath+"/build/platforms/" + i4,schemaPath:"#/properties/build/properties/platforms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.platforms.items.type,parentSchema:schema12.properties.build.properties.platforms.items,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/build/platforms",schemaPath:"#/properties/build/properties/platforms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.build.properties.platforms.type,parentSchema:schema12.properties.build.properties.platforms,data:data18};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data1.pull !== undefined){
let data20 = data1.pull;
if(typeof data20 !== "boolean"){
const err30 = {instancePath:instancePath+"/build/pull",schemaPath:"#/properties/build/properties/pull/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.build.properties.pull.type,parentSchema:schema12.properties.build.properties.pull,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data1.no_cache !== undefined){
let data21 = data1.no_cache;
if(typeof data21 !== "boolean"){
const err31 = {instancePath:instancePath+"/build/no_cache",schemaPath:"#/properties/build/properties/no_cache/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.build.properties.no_cache.type,parentSchema:schema12.properties.build.properties.no_cache,data:data21};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data1.tags !== undefined){
let data22 = data1.tags;
if(Array.isArray(data22)){
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
let data23 = data22[i5];
if(typeof data23 === "string"){
if(!pattern3.test(data23)){
const err32 = {instancePath:instancePath+"/build/tags/" + i5,schemaPath:"#/properties/build/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema12.properties.build.properties.tags.items,data:data23};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/build/tags/" + i5,schemaPath:"#/properties/build/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.build.properties.tags.items.type,parentSchema:schema12.properties.build.properties.tags.items,data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/build/tags",schemaPath:"#/properties/build/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.build.properties.tags.type,parentSchema:schema12.properties.build.properties.tags,data:data22};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data1.secrets !== undefined){
const err35 = {instancePath:instancePath+"/build/secrets",schemaPath:"#/properties/build/properties/secrets/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.build.properties.secrets.not,parentSchema:schema12.properties.build.properties.secrets,data:data1.secrets};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data1.ssh !== undefined){
const err36 = {instancePath:instancePath+"/build/ssh",schemaPath:"#/properties/build/properties/ssh/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.build.properties.ssh.not,parentSchema:schema12.properties.build.properties.ssh,data:data1.ssh};
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
if(data.command !== undefined){
let data26 = data.command;
if((typeof data26 !== "string") && (!(Array.isArray(data26)))){
const err37 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: schema12.properties.command.type},message:"must be string,array",schema:schema12.properties.command.type,parentSchema:schema12.properties.command,data:data26};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(Array.isArray(data26)){
const len6 = data26.length;
for(let i6=0; i6<len6; i6++){
let data27 = data26[i6];
if(typeof data27 !== "string"){
const err38 = {instancePath:instancePath+"/command/" + i6,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.command.items.type,parentSchema:schema12.properties.command.items,data:data27};
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
}
if(data.entrypoint !== undefined){
let data28 = data.entrypoint;
if((typeof data28 !== "string") && (!(Array.isArray(data28)))){
const err39 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/properties/entrypoint/type",keyword:"type",params:{type: schema12.properties.entrypoint.type},message:"must be string,array",schema:schema12.properties.entrypoint.type,parentSchema:schema12.properties.entrypoint,data:data28};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(Array.isArray(data28)){
const len7 = data28.length;
for(let i7=0; i7<len7; i7++){
let data29 = data28[i7];
if(typeof data29 !== "string"){
const err40 = {instancePath:instancePath+"/entrypoint/" + i7,schemaPath:"#/properties/entrypoint/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.entrypoint.items.type,parentSchema:schema12.properties.entrypoint.items,data:data29};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
if(data.working_dir !== undefined){
let data30 = data.working_dir;
if(typeof data30 === "string"){
if(!pattern13.test(data30)){
const err41 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.working_dir,data:data30};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.working_dir.type,parentSchema:schema12.properties.working_dir,data:data30};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.environment !== undefined){
let data31 = data.environment;
if(!data31 || typeof data31 != "object"){
const err43 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: schema12.properties.environment.type},message:"must be object,array",schema:schema12.properties.environment.type,parentSchema:schema12.properties.environment,data:data31};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(Array.isArray(data31)){
const len8 = data31.length;
for(let i8=0; i8<len8; i8++){
let data32 = data31[i8];
if(typeof data32 === "string"){
if(!pattern8.test(data32)){
const err44 = {instancePath:instancePath+"/environment/" + i8,schemaPath:"#/properties/environment/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.environment.items,data:data32};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/environment/" + i8,schemaPath:"#/properties/environment/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.environment.items.type,parentSchema:schema12.properties.environment.items,data:data32};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
let i9 = data31.length;
let j0;
if(i9 > 1){
const indices0 = {};
for(;i9--;){
let item0 = data31[i9];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err46 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i9+" are identical)",schema:true,parentSchema:schema12.properties.environment,data:data31};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
break;
}
indices0[item0] = i9;
}
}
}
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key5 in data31){
let data33 = data31[key5];
if((((typeof data33 !== "string") && (!((typeof data33 == "number") && (isFinite(data33))))) && (typeof data33 !== "boolean")) && (data33 !== null)){
const err47 = {instancePath:instancePath+"/environment/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/additionalProperties/type",keyword:"type",params:{type: schema12.properties.environment.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.environment.additionalProperties.type,parentSchema:schema12.properties.environment.additionalProperties,data:data33};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
if(data.env_file !== undefined){
let data34 = data.env_file;
if((typeof data34 !== "string") && (!(Array.isArray(data34)))){
const err48 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/type",keyword:"type",params:{type: schema12.properties.env_file.type},message:"must be string,array",schema:schema12.properties.env_file.type,parentSchema:schema12.properties.env_file,data:data34};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(Array.isArray(data34)){
const len9 = data34.length;
for(let i10=0; i10<len9; i10++){
let data35 = data34[i10];
if((typeof data35 !== "string") && (!(data35 && typeof data35 == "object" && !Array.isArray(data35)))){
const err49 = {instancePath:instancePath+"/env_file/" + i10,schemaPath:"#/properties/env_file/items/type",keyword:"type",params:{type: schema12.properties.env_file.items.type},message:"must be string,object",schema:schema12.properties.env_file.items.type,parentSchema:schema12.properties.env_file.items,data:data35};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.path === undefined){
const err50 = {instancePath:instancePath+"/env_file/" + i10,schemaPath:"#/properties/env_file/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.env_file.items.required,parentSchema:schema12.properties.env_file.items,data:data35};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key6 in data35){
if(!(((key6 === "path") || (key6 === "required")) || (pattern0.test(key6)))){
const err51 = {instancePath:instancePath+"/env_file/" + i10,schemaPath:"#/properties/env_file/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.env_file.items,data:data35};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data35.path !== undefined){
let data36 = data35.path;
if(typeof data36 !== "string"){
const err52 = {instancePath:instancePath+"/env_file/" + i10+"/path",schemaPath:"#/properties/env_file/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.env_file.items.properties.path.type,parentSchema:schema12.properties.env_file.items.properties.path,data:data36};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data35.required !== undefined){
let data37 = data35.required;
if(typeof data37 !== "boolean"){
const err53 = {instancePath:instancePath+"/env_file/" + i10+"/required",schemaPath:"#/properties/env_file/items/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.env_file.items.properties.required.type,parentSchema:schema12.properties.env_file.items.properties.required,data:data37};
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
}
}
}
if(data.volumes !== undefined){
let data38 = data.volumes;
if(Array.isArray(data38)){
const len10 = data38.length;
for(let i11=0; i11<len10; i11++){
let data39 = data38[i11];
if((typeof data39 !== "string") && (!(data39 && typeof data39 == "object" && !Array.isArray(data39)))){
const err54 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/type",keyword:"type",params:{type: schema12.properties.volumes.items.type},message:"must be string,object",schema:schema12.properties.volumes.items.type,parentSchema:schema12.properties.volumes.items,data:data39};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const _errs88 = errors;
let valid31 = true;
const _errs89 = errors;
if(errors === _errs89){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.type !== undefined){
if("bind" !== data39.type){
const err55 = {};
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
const err56 = {};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
var _valid0 = _errs89 === errors;
errors = _errs88;
if(vErrors !== null){
if(_errs88){
vErrors.length = _errs88;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs92 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.source === undefined){
const err57 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema12.properties.volumes.items.allOf[0].then.required,parentSchema:schema12.properties.volumes.items.allOf[0].then,data:data39};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
var _valid0 = _errs92 === errors;
valid31 = _valid0;
}
if(!valid31){
const err58 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[0].if,parentSchema:schema12.properties.volumes.items.allOf[0],data:data39};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const _errs94 = errors;
let valid33 = true;
const _errs95 = errors;
if(errors === _errs95){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.type !== undefined){
if("tmpfs" !== data39.type){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
var _valid1 = _errs95 === errors;
errors = _errs94;
if(vErrors !== null){
if(_errs94){
vErrors.length = _errs94;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs98 = errors;
const _errs99 = errors;
const _errs100 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
let missing0;
if((data39.source === undefined) && (missing0 = "source")){
const err61 = {};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
var valid35 = _errs100 === errors;
if(valid35){
const err62 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/allOf/1/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.volumes.items.allOf[1].then.not,parentSchema:schema12.properties.volumes.items.allOf[1].then,data:data39};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
errors = _errs99;
if(vErrors !== null){
if(_errs99){
vErrors.length = _errs99;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs98 === errors;
valid33 = _valid1;
}
if(!valid33){
const err63 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[1].if,parentSchema:schema12.properties.volumes.items.allOf[1],data:data39};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
const _errs102 = errors;
let valid36 = true;
const _errs103 = errors;
if(errors === _errs103){
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.type !== undefined){
let data42 = data39.type;
if(!((data42 === "bind") || (data42 === "volume"))){
const err64 = {};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
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
var _valid2 = _errs103 === errors;
errors = _errs102;
if(vErrors !== null){
if(_errs102){
vErrors.length = _errs102;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs106 = errors;
const _errs107 = errors;
const _errs108 = errors;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
let missing1;
if((data39.tmpfs === undefined) && (missing1 = "tmpfs")){
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
var valid38 = _errs108 === errors;
if(valid38){
const err67 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/allOf/2/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.volumes.items.allOf[2].then.not,parentSchema:schema12.properties.volumes.items.allOf[2].then,data:data39};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
else {
errors = _errs107;
if(vErrors !== null){
if(_errs107){
vErrors.length = _errs107;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs106 === errors;
valid36 = _valid2;
}
if(!valid36){
const err68 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[2].if,parentSchema:schema12.properties.volumes.items.allOf[2],data:data39};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
if(data39.type === undefined){
const err69 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.properties.volumes.items.required,parentSchema:schema12.properties.volumes.items,data:data39};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data39.target === undefined){
const err70 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.volumes.items.required,parentSchema:schema12.properties.volumes.items,data:data39};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key7 in data39){
if(!((((((key7 === "type") || (key7 === "source")) || (key7 === "target")) || (key7 === "read_only")) || (key7 === "tmpfs")) || (pattern0.test(key7)))){
const err71 = {instancePath:instancePath+"/volumes/" + i11,schemaPath:"#/properties/volumes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volumes.items,data:data39};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data39.type !== undefined){
let data43 = data39.type;
if(!(((data43 === "bind") || (data43 === "volume")) || (data43 === "tmpfs"))){
const err72 = {instancePath:instancePath+"/volumes/" + i11+"/type",schemaPath:"#/properties/volumes/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.volumes.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.volumes.items.properties.type.enum,parentSchema:schema12.properties.volumes.items.properties.type,data:data43};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data39.source !== undefined){
let data44 = data39.source;
if(typeof data44 === "string"){
if(!pattern4.test(data44)){
const err73 = {instancePath:instancePath+"/volumes/" + i11+"/source",schemaPath:"#/properties/volumes/items/properties/source/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.volumes.items.properties.source,data:data44};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/volumes/" + i11+"/source",schemaPath:"#/properties/volumes/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.volumes.items.properties.source.type,parentSchema:schema12.properties.volumes.items.properties.source,data:data44};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data39.target !== undefined){
let data45 = data39.target;
if(typeof data45 === "string"){
if(!pattern13.test(data45)){
const err75 = {instancePath:instancePath+"/volumes/" + i11+"/target",schemaPath:"#/properties/volumes/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.volumes.items.properties.target,data:data45};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/volumes/" + i11+"/target",schemaPath:"#/properties/volumes/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.volumes.items.properties.target.type,parentSchema:schema12.properties.volumes.items.properties.target,data:data45};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data39.read_only !== undefined){
let data46 = data39.read_only;
if(typeof data46 !== "boolean"){
const err77 = {instancePath:instancePath+"/volumes/" + i11+"/read_only",schemaPath:"#/properties/volumes/items/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.volumes.items.properties.read_only.type,parentSchema:schema12.properties.volumes.items.properties.read_only,data:data46};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data39.tmpfs !== undefined){
let data47 = data39.tmpfs;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key8 in data47){
if(!(((key8 === "size") || (key8 === "mode")) || (pattern0.test(key8)))){
const err78 = {instancePath:instancePath+"/volumes/" + i11+"/tmpfs",schemaPath:"#/properties/volumes/items/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volumes.items.properties.tmpfs,data:data47};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data47.size !== undefined){
let data48 = data47.size;
if((!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))) && (typeof data48 !== "string")){
const err79 = {instancePath:instancePath+"/volumes/" + i11+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/type",keyword:"type",params:{type: schema12.properties.volumes.items.properties.tmpfs.properties.size.type},message:"must be integer,string",schema:schema12.properties.volumes.items.properties.tmpfs.properties.size.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data48};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err80 = {instancePath:instancePath+"/volumes/" + i11+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data48};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(typeof data48 === "string"){
if(!pattern20.test(data48)){
const err81 = {instancePath:instancePath+"/volumes/" + i11+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+([kmgKMG][bB]?|[bB])?$"},message:"must match pattern \""+"^[0-9]+([kmgKMG][bB]?|[bB])?$"+"\"",schema:"^[0-9]+([kmgKMG][bB]?|[bB])?$",parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data48};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data47.mode !== undefined){
let data49 = data47.mode;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
const err82 = {instancePath:instancePath+"/volumes/" + i11+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.volumes.items.properties.tmpfs.properties.mode.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data49};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 4095 || isNaN(data49)){
const err83 = {instancePath:instancePath+"/volumes/" + i11+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095},message:"must be <= 4095",schema:4095,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data49};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data49 < 0 || isNaN(data49)){
const err84 = {instancePath:instancePath+"/volumes/" + i11+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data49};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
}
else {
const err85 = {instancePath:instancePath+"/volumes/" + i11+"/tmpfs",schemaPath:"#/properties/volumes/items/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.volumes.items.properties.tmpfs.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs,data:data47};
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
}
}
else {
const err86 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.volumes.type,parentSchema:schema12.properties.volumes,data:data38};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data.ports !== undefined){
let data50 = data.ports;
if(Array.isArray(data50)){
const len11 = data50.length;
for(let i12=0; i12<len11; i12++){
let data51 = data50[i12];
if(((typeof data51 !== "string") && (!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51))))) && (!(data51 && typeof data51 == "object" && !Array.isArray(data51)))){
const err87 = {instancePath:instancePath+"/ports/" + i12,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: schema12.properties.ports.items.type},message:"must be string,integer,object",schema:schema12.properties.ports.items.type,parentSchema:schema12.properties.ports.items,data:data51};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(typeof data51 === "string"){
if(!pattern21.test(data51)){
const err88 = {instancePath:instancePath+"/ports/" + i12,schemaPath:"#/properties/ports/items/pattern",keyword:"pattern",params:{pattern: "^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$"},message:"must match pattern \""+"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$"+"\"",schema:"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$",parentSchema:schema12.properties.ports.items,data:data51};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.target === undefined){
const err89 = {instancePath:instancePath+"/ports/" + i12,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.ports.items.required,parentSchema:schema12.properties.ports.items,data:data51};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data51.published === undefined){
const err90 = {instancePath:instancePath+"/ports/" + i12,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'",schema:schema12.properties.ports.items.required,parentSchema:schema12.properties.ports.items,data:data51};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
for(const key9 in data51){
if(!((((((key9 === "target") || (key9 === "published")) || (key9 === "host_ip")) || (key9 === "protocol")) || (key9 === "mode")) || (pattern0.test(key9)))){
const err91 = {instancePath:instancePath+"/ports/" + i12,schemaPath:"#/properties/ports/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.ports.items,data:data51};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data51.target !== undefined){
let data52 = data51.target;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err92 = {instancePath:instancePath+"/ports/" + i12+"/target",schemaPath:"#/properties/ports/items/properties/target/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ports.items.properties.target.type,parentSchema:schema12.properties.ports.items.properties.target,data:data52};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 > 65535 || isNaN(data52)){
const err93 = {instancePath:instancePath+"/ports/" + i12+"/target",schemaPath:"#/properties/ports/items/properties/target/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.ports.items.properties.target,data:data52};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data52 < 1 || isNaN(data52)){
const err94 = {instancePath:instancePath+"/ports/" + i12+"/target",schemaPath:"#/properties/ports/items/properties/target/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.ports.items.properties.target,data:data52};
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
if(data51.published !== undefined){
let data53 = data51.published;
if((typeof data53 !== "string") && (!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53))))){
const err95 = {instancePath:instancePath+"/ports/" + i12+"/published",schemaPath:"#/properties/ports/items/properties/published/type",keyword:"type",params:{type: schema12.properties.ports.items.properties.published.type},message:"must be string,integer",schema:schema12.properties.ports.items.properties.published.type,parentSchema:schema12.properties.ports.items.properties.published,data:data53};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 > 65535 || isNaN(data53)){
const err96 = {instancePath:instancePath+"/ports/" + i12+"/published",schemaPath:"#/properties/ports/items/properties/published/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.ports.items.properties.published,data:data53};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data53 < 1 || isNaN(data53)){
const err97 = {instancePath:instancePath+"/ports/" + i12+"/published",schemaPath:"#/properties/ports/items/properties/published/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.ports.items.properties.published,data:data53};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(typeof data53 === "string"){
if(!pattern23.test(data53)){
const err98 = {instancePath:instancePath+"/ports/" + i12+"/published",schemaPath:"#/properties/ports/items/properties/published/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(-[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(-[0-9]+)?$"+"\"",schema:"^[0-9]+(-[0-9]+)?$",parentSchema:schema12.properties.ports.items.properties.published,data:data53};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
if(data51.host_ip !== undefined){
let data54 = data51.host_ip;
if(typeof data54 !== "string"){
const err99 = {instancePath:instancePath+"/ports/" + i12+"/host_ip",schemaPath:"#/properties/ports/items/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.ports.items.properties.host_ip.type,parentSchema:schema12.properties.ports.items.properties.host_ip,data:data54};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data51.protocol !== undefined){
let data55 = data51.protocol;
if(!((data55 === "tcp") || (data55 === "udp"))){
const err100 = {instancePath:instancePath+"/ports/" + i12+"/protocol",schemaPath:"#/properties/ports/items/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema12.properties.ports.items.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.ports.items.properties.protocol.enum,parentSchema:schema12.properties.ports.items.properties.protocol,data:data55};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data51.mode !== undefined){
let data56 = data51.mode;
if("host" !== data56){
const err101 = {instancePath:instancePath+"/ports/" + i12+"/mode",schemaPath:"#/properties/ports/items/properties/mode/const",keyword:"const",params:{allowedValue: "host"},message:"must be equal to constant",schema:"host",parentSchema:schema12.properties.ports.items.properties.mode,data:data56};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
}
}
else {
const err102 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.ports.type,parentSchema:schema12.properties.ports,data:data50};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data.hostname !== undefined){
let data57 = data.hostname;
if(typeof data57 === "string"){
if(!pattern24.test(data57)){
const err103 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",parentSchema:schema12.properties.hostname,data:data57};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.hostname.type,parentSchema:schema12.properties.hostname,data:data57};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data.user !== undefined){
let data58 = data.user;
if((typeof data58 !== "string") && (!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58))))){
const err105 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: schema12.properties.user.type},message:"must be string,integer",schema:schema12.properties.user.type,parentSchema:schema12.properties.user,data:data58};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data.read_only !== undefined){
let data59 = data.read_only;
if(typeof data59 !== "boolean"){
const err106 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.read_only.type,parentSchema:schema12.properties.read_only,data:data59};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data60 = data.tmpfs;
if((typeof data60 !== "string") && (!(Array.isArray(data60)))){
const err107 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/type",keyword:"type",params:{type: schema12.properties.tmpfs.type},message:"must be string,array",schema:schema12.properties.tmpfs.type,parentSchema:schema12.properties.tmpfs,data:data60};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(typeof data60 === "string"){
if(!pattern25.test(data60)){
const err108 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/pattern",keyword:"pattern",params:{pattern: "^/[^:]*$"},message:"must match pattern \""+"^/[^:]*$"+"\"",schema:"^/[^:]*$",parentSchema:schema12.properties.tmpfs,data:data60};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(Array.isArray(data60)){
const len12 = data60.length;
for(let i13=0; i13<len12; i13++){
let data61 = data60[i13];
if(typeof data61 === "string"){
if(!pattern25.test(data61)){
const err109 = {instancePath:instancePath+"/tmpfs/" + i13,schemaPath:"#/properties/tmpfs/items/pattern",keyword:"pattern",params:{pattern: "^/[^:]*$"},message:"must match pattern \""+"^/[^:]*$"+"\"",schema:"^/[^:]*$",parentSchema:schema12.properties.tmpfs.items,data:data61};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/tmpfs/" + i13,schemaPath:"#/properties/tmpfs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.tmpfs.items.type,parentSchema:schema12.properties.tmpfs.items,data:data61};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
}
if(data.platform !== undefined){
let data62 = data.platform;
if(typeof data62 === "string"){
if(!pattern27.test(data62)){
const err111 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"},message:"must match pattern \""+"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"+"\"",schema:"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$",parentSchema:schema12.properties.platform,data:data62};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platform.type,parentSchema:schema12.properties.platform,data:data62};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.pull_policy !== undefined){
let data63 = data.pull_policy;
if(!(((((data63 === "missing") || (data63 === "if_not_present")) || (data63 === "always")) || (data63 === "never")) || (data63 === "build"))){
const err113 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/enum",keyword:"enum",params:{allowedValues: schema12.properties.pull_policy.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.pull_policy.enum,parentSchema:schema12.properties.pull_policy,data:data63};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data64 = data.depends_on;
if(!data64 || typeof data64 != "object"){
const err114 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: schema12.properties.depends_on.type},message:"must be array,object",schema:schema12.properties.depends_on.type,parentSchema:schema12.properties.depends_on,data:data64};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(Array.isArray(data64)){
const len13 = data64.length;
for(let i14=0; i14<len13; i14++){
let data65 = data64[i14];
if(typeof data65 !== "string"){
const err115 = {instancePath:instancePath+"/depends_on/" + i14,schemaPath:"#/properties/depends_on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.depends_on.items.type,parentSchema:schema12.properties.depends_on.items,data:data65};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
let i15 = data64.length;
let j1;
if(i15 > 1){
const indices1 = {};
for(;i15--;){
let item1 = data64[i15];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err116 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/uniqueItems",keyword:"uniqueItems",params:{i: i15, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i15+" are identical)",schema:true,parentSchema:schema12.properties.depends_on,data:data64};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
break;
}
indices1[item1] = i15;
}
}
}
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key10 in data64){
let data66 = data64[key10];
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.condition === undefined){
const err117 = {instancePath:instancePath+"/depends_on/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'",schema:schema12.properties.depends_on.additionalProperties.required,parentSchema:schema12.properties.depends_on.additionalProperties,data:data66};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key11 in data66){
if(!((((key11 === "condition") || (key11 === "restart")) || (key11 === "required")) || (pattern0.test(key11)))){
const err118 = {instancePath:instancePath+"/depends_on/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.depends_on.additionalProperties,data:data66};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data66.condition !== undefined){
let data67 = data66.condition;
if(!(((data67 === "service_started") || (data67 === "service_healthy")) || (data67 === "service_completed_successfully"))){
const err119 = {instancePath:instancePath+"/depends_on/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/additionalProperties/properties/condition/enum",keyword:"enum",params:{allowedValues: schema12.properties.depends_on.additionalProperties.properties.condition.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.depends_on.additionalProperties.properties.condition.enum,parentSchema:schema12.properties.depends_on.additionalProperties.properties.condition,data:data67};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data66.restart !== undefined){
let data68 = data66.restart;
if(typeof data68 !== "boolean"){
const err120 = {instancePath:instancePath+"/depends_on/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/additionalProperties/properties/restart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.depends_on.additionalProperties.properties.restart.type,parentSchema:schema12.properties.depends_on.additionalProperties.properties.restart,data:data68};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data66.required !== undefined){
let data69 = data66.required;
if(typeof data69 !== "boolean"){
const err121 = {instancePath:instancePath+"/depends_on/" + key10.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.depends_on.additionalProperties.properties.required.type,parentSchema:schema12.properties.depends_on.additionalProperties.properties.required,data:data69};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/depends_on/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.depends_on.additionalProperties.type,parentSchema:schema12.properties.depends_on.additionalProperties,data:data66};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
}
if(data.restart !== undefined){
let data70 = data.restart;
if(typeof data70 === "string"){
if(!pattern29.test(data70)){
const err123 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/pattern",keyword:"pattern",params:{pattern: "^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"},message:"must match pattern \""+"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"+"\"",schema:"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$",parentSchema:schema12.properties.restart,data:data70};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.restart.type,parentSchema:schema12.properties.restart,data:data70};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data.healthcheck !== undefined){
let data71 = data.healthcheck;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
for(const key12 in data71){
if(!(((((((key12 === "test") || (key12 === "interval")) || (key12 === "timeout")) || (key12 === "retries")) || (key12 === "start_period")) || (key12 === "disable")) || (pattern0.test(key12)))){
const err125 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/properties/healthcheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.healthcheck,data:data71};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data71.test !== undefined){
let data72 = data71.test;
if((typeof data72 !== "string") && (!(Array.isArray(data72)))){
const err126 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/properties/healthcheck/properties/test/type",keyword:"type",params:{type: schema12.properties.healthcheck.properties.test.type},message:"must be string,array",schema:schema12.properties.healthcheck.properties.test.type,parentSchema:schema12.properties.healthcheck.properties.test,data:data72};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(Array.isArray(data72)){
if(data72.length < 1){
const err127 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/properties/healthcheck/properties/test/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.healthcheck.properties.test,data:data72};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
const len14 = data72.length;
var valid52 = len14 <= 1;
if(!valid52){
for(let i16=1; i16<len14; i16++){
let data73 = data72[i16];
const _errs170 = errors;
if(typeof data73 !== "string"){
const err128 = {instancePath:instancePath+"/healthcheck/test/" + i16,schemaPath:"#/properties/healthcheck/properties/test/additionalItems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.healthcheck.properties.test.additionalItems.type,parentSchema:schema12.properties.healthcheck.properties.test.additionalItems,data:data73};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
var valid52 = _errs170 === errors;
}
}
const len15 = data72.length;
if(len15 > 0){
let data74 = data72[0];
if(!(((data74 === "CMD") || (data74 === "CMD-SHELL")) || (data74 === "NONE"))){
const err129 = {instancePath:instancePath+"/healthcheck/test/0",schemaPath:"#/properties/healthcheck/properties/test/items/0/enum",keyword:"enum",params:{allowedValues: schema12.properties.healthcheck.properties.test.items[0].enum},message:"must be equal to one of the allowed values",schema:schema12.properties.healthcheck.properties.test.items[0].enum,parentSchema:schema12.properties.healthcheck.properties.test.items[0],data:data74};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
}
if(data71.interval !== undefined){
let data75 = data71.interval;
if(typeof data75 === "string"){
if(!pattern31.test(data75)){
const err130 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data75};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
else {
const err131 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data75};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data71.timeout !== undefined){
let data76 = data71.timeout;
if(typeof data76 === "string"){
if(!pattern31.test(data76)){
const err132 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data76};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data76};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data71.retries !== undefined){
let data77 = data71.retries;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
const err134 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/properties/healthcheck/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.healthcheck.properties.retries.type,parentSchema:schema12.properties.healthcheck.properties.retries,data:data77};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 < 0 || isNaN(data77)){
const err135 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/properties/healthcheck/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.healthcheck.properties.retries,data:data77};
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
if(data71.start_period !== undefined){
let data78 = data71.start_period;
if(typeof data78 === "string"){
if(!pattern31.test(data78)){
const err136 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data78};
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
const err137 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data78};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data71.disable !== undefined){
let data79 = data71.disable;
if(typeof data79 !== "boolean"){
const err138 = {instancePath:instancePath+"/healthcheck/disable",schemaPath:"#/properties/healthcheck/properties/disable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.healthcheck.properties.disable.type,parentSchema:schema12.properties.healthcheck.properties.disable,data:data79};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
}
else {
const err139 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/properties/healthcheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.healthcheck.type,parentSchema:schema12.properties.healthcheck,data:data71};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data80 = data.stop_signal;
if(typeof data80 === "string"){
if(!pattern34.test(data80)){
const err140 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/pattern",keyword:"pattern",params:{pattern: "^(SIG)?[A-Z][A-Z0-9+-]*$"},message:"must match pattern \""+"^(SIG)?[A-Z][A-Z0-9+-]*$"+"\"",schema:"^(SIG)?[A-Z][A-Z0-9+-]*$",parentSchema:schema12.properties.stop_signal,data:data80};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.stop_signal.type,parentSchema:schema12.properties.stop_signal,data:data80};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data81 = data.stop_grace_period;
if(typeof data81 === "string"){
if(!pattern31.test(data81)){
const err142 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data81};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data81};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data.init !== undefined){
let data82 = data.init;
if(typeof data82 !== "boolean"){
const err144 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.init.type,parentSchema:schema12.properties.init,data:data82};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data.labels !== undefined){
let data83 = data.labels;
if(!data83 || typeof data83 != "object"){
const err145 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: schema12.properties.labels.type},message:"must be object,array",schema:schema12.properties.labels.type,parentSchema:schema12.properties.labels,data:data83};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(Array.isArray(data83)){
const len16 = data83.length;
for(let i17=0; i17<len16; i17++){
let data84 = data83[i17];
if(typeof data84 === "string"){
if(!pattern8.test(data84)){
const err146 = {instancePath:instancePath+"/labels/" + i17,schemaPath:"#/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.labels.items,data:data84};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
else {
const err147 = {instancePath:instancePath+"/labels/" + i17,schemaPath:"#/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.labels.items.type,parentSchema:schema12.properties.labels.items,data:data84};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
let i18 = data83.length;
let j2;
if(i18 > 1){
const indices2 = {};
for(;i18--;){
let item2 = data83[i18];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err148 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i18+" are identical)",schema:true,parentSchema:schema12.properties.labels,data:data83};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
break;
}
indices2[item2] = i18;
}
}
}
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
for(const key13 in data83){
let data85 = data83[key13];
if((((typeof data85 !== "string") && (!((typeof data85 == "number") && (isFinite(data85))))) && (typeof data85 !== "boolean")) && (data85 !== null)){
const err149 = {instancePath:instancePath+"/labels/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema12.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.labels.additionalProperties.type,parentSchema:schema12.properties.labels.additionalProperties,data:data85};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
}
if(data.develop !== undefined){
let data86 = data.develop;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
for(const key14 in data86){
if(!((key14 === "watch") || (pattern0.test(key14)))){
const err150 = {instancePath:instancePath+"/develop",schemaPath:"#/properties/develop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.develop,data:data86};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data86.watch !== undefined){
let data87 = data86.watch;
if(Array.isArray(data87)){
const len17 = data87.length;
for(let i19=0; i19<len17; i19++){
let data88 = data87[i19];
const _errs207 = errors;
let valid65 = true;
const _errs208 = errors;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.action !== undefined){
let data89 = data88.action;
if(!((data89 === "sync") || (data89 === "sync+restart"))){
const err151 = {};
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
var _valid3 = _errs208 === errors;
errors = _errs207;
if(vErrors !== null){
if(_errs207){
vErrors.length = _errs207;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs210 = errors;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.target === undefined){
const err152 = {instancePath:instancePath+"/develop/watch/" + i19,schemaPath:"#/properties/develop/properties/watch/items/then/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.develop.properties.watch.items.then.required,parentSchema:schema12.properties.develop.properties.watch.items.then,data:data88};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
var _valid3 = _errs210 === errors;
valid65 = _valid3;
}
if(!valid65){
const err153 = {instancePath:instancePath+"/develop/watch/" + i19,schemaPath:"#/properties/develop/properties/watch/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.develop.properties.watch.items.if,parentSchema:schema12.properties.develop.properties.watch.items,data:data88};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.path === undefined){
const err154 = {instancePath:instancePath+"/develop/watch/" + i19,schemaPath:"#/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.develop.properties.watch.items.required,parentSchema:schema12.properties.develop.properties.watch.items,data:data88};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if(data88.action === undefined){
const err155 = {instancePath:instancePath+"/develop/watch/" + i19,schemaPath:"#/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema12.properties.develop.properties.watch.items.required,parentSchema:schema12.properties.develop.properties.watch.items,data:data88};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
for(const key15 in data88){
if(!(((((key15 === "path") || (key15 === "action")) || (key15 === "target")) || (key15 === "ignore")) || (pattern0.test(key15)))){
const err156 = {instancePath:instancePath+"/develop/watch/" + i19,schemaPath:"#/properties/develop/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.develop.properties.watch.items,data:data88};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data88.path !== undefined){
let data90 = data88.path;
if(typeof data90 === "string"){
if(!pattern4.test(data90)){
const err157 = {instancePath:instancePath+"/develop/watch/" + i19+"/path",schemaPath:"#/properties/develop/properties/watch/items/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.develop.properties.watch.items.properties.path,data:data90};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/develop/watch/" + i19+"/path",schemaPath:"#/properties/develop/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.path.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.path,data:data90};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data88.action !== undefined){
let data91 = data88.action;
if(!((((data91 === "restart") || (data91 === "sync+restart")) || (data91 === "sync")) || (data91 === "rebuild"))){
const err159 = {instancePath:instancePath+"/develop/watch/" + i19+"/action",schemaPath:"#/properties/develop/properties/watch/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema12.properties.develop.properties.watch.items.properties.action.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.develop.properties.watch.items.properties.action.enum,parentSchema:schema12.properties.develop.properties.watch.items.properties.action,data:data91};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data88.target !== undefined){
let data92 = data88.target;
if(typeof data92 === "string"){
if(!pattern13.test(data92)){
const err160 = {instancePath:instancePath+"/develop/watch/" + i19+"/target",schemaPath:"#/properties/develop/properties/watch/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.develop.properties.watch.items.properties.target,data:data92};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/develop/watch/" + i19+"/target",schemaPath:"#/properties/develop/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.target.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.target,data:data92};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
if(data88.ignore !== undefined){
let data93 = data88.ignore;
if(Array.isArray(data93)){
const len18 = data93.length;
for(let i20=0; i20<len18; i20++){
let data94 = data93[i20];
if(typeof data94 !== "string"){
const err162 = {instancePath:instancePath+"/develop/watch/" + i19+"/ignore/" + i20,schemaPath:"#/properties/develop/properties/watch/items/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.ignore.items.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.ignore.items,data:data94};
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
else {
const err163 = {instancePath:instancePath+"/develop/watch/" + i19+"/ignore",schemaPath:"#/properties/develop/properties/watch/items/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.develop.properties.watch.items.properties.ignore.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.ignore,data:data93};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
}
else {
const err164 = {instancePath:instancePath+"/develop/watch/" + i19,schemaPath:"#/properties/develop/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.develop.properties.watch.items.type,parentSchema:schema12.properties.develop.properties.watch.items,data:data88};
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
else {
const err165 = {instancePath:instancePath+"/develop/watch",schemaPath:"#/properties/develop/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.develop.properties.watch.type,parentSchema:schema12.properties.develop.properties.watch,data:data87};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
}
else {
const err166 = {instancePath:instancePath+"/develop",schemaPath:"#/properties/develop/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.develop.type,parentSchema:schema12.properties.develop,data:data86};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data.networks !== undefined){
let data95 = data.networks;
if(!data95 || typeof data95 != "object"){
const err167 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: schema12.properties.networks.type},message:"must be array,object",schema:schema12.properties.networks.type,parentSchema:schema12.properties.networks,data:data95};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(Array.isArray(data95)){
const len19 = data95.length;
for(let i21=0; i21<len19; i21++){
let data96 = data95[i21];
if(typeof data96 === "string"){
if(!pattern41.test(data96)){
const err168 = {instancePath:instancePath+"/networks/" + i21,schemaPath:"#/properties/networks/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema12.properties.networks.items,data:data96};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/networks/" + i21,schemaPath:"#/properties/networks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.items.type,parentSchema:schema12.properties.networks.items,data:data96};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
let i22 = data95.length;
let j3;
if(i22 > 1){
const indices3 = {};
for(;i22--;){
let item3 = data95[i22];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err170 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/uniqueItems",keyword:"uniqueItems",params:{i: i22, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i22+" are identical)",schema:true,parentSchema:schema12.properties.networks,data:data95};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
break;
}
indices3[item3] = i22;
}
}
}
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key16 in data95){
let data97 = data95[key16];
if((!(data97 && typeof data97 == "object" && !Array.isArray(data97))) && (data97 !== null)){
const err171 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/additionalProperties/type",keyword:"type",params:{type: schema12.properties.networks.additionalProperties.type},message:"must be object,null",schema:schema12.properties.networks.additionalProperties.type,parentSchema:schema12.properties.networks.additionalProperties,data:data97};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
for(const key17 in data97){
if(!(((((((key17 === "aliases") || (key17 === "ipv4_address")) || (key17 === "ipv6_address")) || (key17 === "link_local_ips")) || (key17 === "mac_address")) || (key17 === "priority")) || (pattern0.test(key17)))){
const err172 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.networks.additionalProperties,data:data97};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
if(data97.aliases !== undefined){
let data98 = data97.aliases;
if(Array.isArray(data98)){
const len20 = data98.length;
for(let i23=0; i23<len20; i23++){
let data99 = data98[i23];
if(typeof data99 === "string"){
if(!pattern43.test(data99)){
const err173 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + i23,schemaPath:"#/properties/networks/additionalProperties/properties/aliases/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$"},message:"must match pattern \""+"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$"+"\"",schema:"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$",parentSchema:schema12.properties.networks.additionalProperties.properties.aliases.items,data:data99};
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
const err174 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + i23,schemaPath:"#/properties/networks/additionalProperties/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.additionalProperties.properties.aliases.items.type,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases.items,data:data99};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
let i24 = data98.length;
let j4;
if(i24 > 1){
const indices4 = {};
for(;i24--;){
let item4 = data98[i24];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err175 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/properties/networks/additionalProperties/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i24, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i24+" are identical)",schema:true,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases,data:data98};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
break;
}
indices4[item4] = i24;
}
}
}
else {
const err176 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/properties/networks/additionalProperties/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.networks.additionalProperties.properties.aliases.type,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases,data:data98};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data97.ipv4_address !== undefined){
let data100 = data97.ipv4_address;
if(typeof data100 === "string"){
if(!pattern44.test(data100)){
const err177 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv4_address/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema12.properties.networks.additionalProperties.properties.ipv4_address,data:data100};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
else {
const err178 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.additionalProperties.properties.ipv4_address.type,parentSchema:schema12.properties.networks.additionalProperties.properties.ipv4_address,data:data100};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
if(data97.ipv6_address !== undefined){
const err179 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv6_address/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.ipv6_address.not,parentSchema:schema12.properties.networks.additionalProperties.properties.ipv6_address,data:data97.ipv6_address};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data97.link_local_ips !== undefined){
const err180 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",schemaPath:"#/properties/networks/additionalProperties/properties/link_local_ips/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.link_local_ips.not,parentSchema:schema12.properties.networks.additionalProperties.properties.link_local_ips,data:data97.link_local_ips};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data97.mac_address !== undefined){
const err181 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/mac_address",schemaPath:"#/properties/networks/additionalProperties/properties/mac_address/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.mac_address.not,parentSchema:schema12.properties.networks.additionalProperties.properties.mac_address,data:data97.mac_address};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(data97.priority !== undefined){
let data104 = data97.priority;
if(!(((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104))) && (isFinite(data104)))){
const err182 = {instancePath:instancePath+"/networks/" + key16.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/additionalProperties/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.networks.additionalProperties.properties.priority.type,parentSchema:schema12.properties.networks.additionalProperties.properties.priority,data:data104};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
}
}
}
if(data.network_mode !== undefined){
let data105 = data.network_mode;
if(typeof data105 === "string"){
if(!pattern45.test(data105)){
const err183 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/pattern",keyword:"pattern",params:{pattern: "^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$"},message:"must match pattern \""+"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$"+"\"",schema:"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$",parentSchema:schema12.properties.network_mode,data:data105};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
else {
const err184 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.network_mode.type,parentSchema:schema12.properties.network_mode,data:data105};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data.container_name !== undefined){
let data106 = data.container_name;
if(typeof data106 === "string"){
if(!pattern46.test(data106)){
const err185 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$",parentSchema:schema12.properties.container_name,data:data106};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
else {
const err186 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.container_name.type,parentSchema:schema12.properties.container_name,data:data106};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
if(data.links !== undefined){
let data107 = data.links;
if(Array.isArray(data107)){
const len21 = data107.length;
for(let i25=0; i25<len21; i25++){
let data108 = data107[i25];
if(typeof data108 === "string"){
if(!pattern47.test(data108)){
const err187 = {instancePath:instancePath+"/links/" + i25,schemaPath:"#/properties/links/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$",parentSchema:schema12.properties.links.items,data:data108};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/links/" + i25,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.links.items.type,parentSchema:schema12.properties.links.items,data:data108};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
let i26 = data107.length;
let j5;
if(i26 > 1){
const indices5 = {};
for(;i26--;){
let item5 = data107[i26];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err189 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i26, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i26+" are identical)",schema:true,parentSchema:schema12.properties.links,data:data107};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
break;
}
indices5[item5] = i26;
}
}
}
else {
const err190 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.links.type,parentSchema:schema12.properties.links,data:data107};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data.extra_hosts !== undefined){
let data109 = data.extra_hosts;
if(!data109 || typeof data109 != "object"){
const err191 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/type",keyword:"type",params:{type: schema12.properties.extra_hosts.type},message:"must be array,object",schema:schema12.properties.extra_hosts.type,parentSchema:schema12.properties.extra_hosts,data:data109};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(Array.isArray(data109)){
const len22 = data109.length;
for(let i27=0; i27<len22; i27++){
let data110 = data109[i27];
if(typeof data110 !== "string"){
const err192 = {instancePath:instancePath+"/extra_hosts/" + i27,schemaPath:"#/properties/extra_hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extra_hosts.items.type,parentSchema:schema12.properties.extra_hosts.items,data:data110};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
let i28 = data109.length;
let j6;
if(i28 > 1){
const indices6 = {};
for(;i28--;){
let item6 = data109[i28];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err193 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/uniqueItems",keyword:"uniqueItems",params:{i: i28, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i28+" are identical)",schema:true,parentSchema:schema12.properties.extra_hosts,data:data109};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
break;
}
indices6[item6] = i28;
}
}
}
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
for(const key18 in data109){
let data111 = data109[key18];
if((typeof data111 !== "string") && (!(Array.isArray(data111)))){
const err194 = {instancePath:instancePath+"/extra_hosts/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_hosts/additionalProperties/type",keyword:"type",params:{type: schema12.properties.extra_hosts.additionalProperties.type},message:"must be string,array",schema:schema12.properties.extra_hosts.additionalProperties.type,parentSchema:schema12.properties.extra_hosts.additionalProperties,data:data111};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(Array.isArray(data111)){
const len23 = data111.length;
for(let i29=0; i29<len23; i29++){
let data112 = data111[i29];
if(typeof data112 !== "string"){
const err195 = {instancePath:instancePath+"/extra_hosts/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i29,schemaPath:"#/properties/extra_hosts/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extra_hosts.additionalProperties.items.type,parentSchema:schema12.properties.extra_hosts.additionalProperties.items,data:data112};
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
if(data.dns !== undefined){
let data113 = data.dns;
if((typeof data113 !== "string") && (!(Array.isArray(data113)))){
const err196 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/type",keyword:"type",params:{type: schema12.properties.dns.type},message:"must be string,array",schema:schema12.properties.dns.type,parentSchema:schema12.properties.dns,data:data113};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(Array.isArray(data113)){
const len24 = data113.length;
for(let i30=0; i30<len24; i30++){
let data114 = data113[i30];
if(typeof data114 !== "string"){
const err197 = {instancePath:instancePath+"/dns/" + i30,schemaPath:"#/properties/dns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns.items.type,parentSchema:schema12.properties.dns.items,data:data114};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
}
}
if(data.dns_search !== undefined){
let data115 = data.dns_search;
if((typeof data115 !== "string") && (!(Array.isArray(data115)))){
const err198 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/type",keyword:"type",params:{type: schema12.properties.dns_search.type},message:"must be string,array",schema:schema12.properties.dns_search.type,parentSchema:schema12.properties.dns_search,data:data115};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(typeof data115 === "string"){
if(!pattern48.test(data115)){
const err199 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema12.properties.dns_search,data:data115};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(Array.isArray(data115)){
const len25 = data115.length;
for(let i31=0; i31<len25; i31++){
let data116 = data115[i31];
if(typeof data116 === "string"){
if(!pattern48.test(data116)){
const err200 = {instancePath:instancePath+"/dns_search/" + i31,schemaPath:"#/properties/dns_search/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema12.properties.dns_search.items,data:data116};
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
const err201 = {instancePath:instancePath+"/dns_search/" + i31,schemaPath:"#/properties/dns_search/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns_search.items.type,parentSchema:schema12.properties.dns_search.items,data:data116};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
}
}
if(data.dns_opt !== undefined){
let data117 = data.dns_opt;
if(Array.isArray(data117)){
const len26 = data117.length;
for(let i32=0; i32<len26; i32++){
let data118 = data117[i32];
if(typeof data118 === "string"){
if(!pattern50.test(data118)){
const err202 = {instancePath:instancePath+"/dns_opt/" + i32,schemaPath:"#/properties/dns_opt/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(:[0-9]+)?$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(:[0-9]+)?$"+"\"",schema:"^[A-Za-z0-9_-]+(:[0-9]+)?$",parentSchema:schema12.properties.dns_opt.items,data:data118};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
else {
const err203 = {instancePath:instancePath+"/dns_opt/" + i32,schemaPath:"#/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns_opt.items.type,parentSchema:schema12.properties.dns_opt.items,data:data118};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
let i33 = data117.length;
let j7;
if(i33 > 1){
const indices7 = {};
for(;i33--;){
let item7 = data117[i33];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err204 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i33+" are identical)",schema:true,parentSchema:schema12.properties.dns_opt,data:data117};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
break;
}
indices7[item7] = i33;
}
}
}
else {
const err205 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.dns_opt.type,parentSchema:schema12.properties.dns_opt,data:data117};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data.expose !== undefined){
let data119 = data.expose;
if(Array.isArray(data119)){
const len27 = data119.length;
for(let i34=0; i34<len27; i34++){
let data120 = data119[i34];
if((typeof data120 !== "string") && (!(((typeof data120 == "number") && (!(data120 % 1) && !isNaN(data120))) && (isFinite(data120))))){
const err206 = {instancePath:instancePath+"/expose/" + i34,schemaPath:"#/properties/expose/items/type",keyword:"type",params:{type: schema12.properties.expose.items.type},message:"must be string,integer",schema:schema12.properties.expose.items.type,parentSchema:schema12.properties.expose.items,data:data120};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(typeof data120 === "string"){
if(!pattern51.test(data120)){
const err207 = {instancePath:instancePath+"/expose/" + i34,schemaPath:"#/properties/expose/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(-[0-9]+)?(/(tcp|udp))?$"},message:"must match pattern \""+"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$"+"\"",schema:"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$",parentSchema:schema12.properties.expose.items,data:data120};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
}
let i35 = data119.length;
let j8;
if(i35 > 1){
const indices8 = {};
for(;i35--;){
let item8 = data119[i35];
if((typeof item8 !== "string") && (!(((typeof item8 == "number") && (!(item8 % 1) && !isNaN(item8))) && (isFinite(item8))))){
continue;
}
if(typeof item8 == "string"){
item8 += "_";
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err208 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i35+" are identical)",schema:true,parentSchema:schema12.properties.expose,data:data119};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
break;
}
indices8[item8] = i35;
}
}
}
else {
const err209 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.expose.type,parentSchema:schema12.properties.expose,data:data119};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data.net !== undefined){
let data121 = data.net;
if(typeof data121 !== "boolean"){
const err210 = {instancePath:instancePath+"/net",schemaPath:"#/properties/net/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.net.type,parentSchema:schema12.properties.net,data:data121};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data.fakeroot !== undefined){
let data122 = data.fakeroot;
if(typeof data122 !== "boolean"){
const err211 = {instancePath:instancePath+"/fakeroot",schemaPath:"#/properties/fakeroot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.fakeroot.type,parentSchema:schema12.properties.fakeroot,data:data122};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
}
else {
const err212 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
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
if(!((((((key0 === "name") || (key0 === "version")) || (key0 === "services")) || (key0 === "volumes")) || (key0 === "networks")) || (pattern0.test(key0)))){
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
if(data.services !== undefined){
let data2 = data.services;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(validate11(data2[key1], {instancePath:instancePath+"/services/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.services.type,parentSchema:schema11.properties.services,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.volumes !== undefined){
let data4 = data.volumes;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
let data5 = data4[key2];
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
const err6 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/type",keyword:"type",params:{type: schema17.type},message:"must be object,null",schema:schema17.type,parentSchema:schema17,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(((key3 === "driver") || (key3 === "labels")) || (pattern0.test(key3)))){
const err7 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data5.driver !== undefined){
let data6 = data5.driver;
if("local" !== data6){
const err8 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver",schemaPath:"#/definitions/volume/properties/driver/const",keyword:"const",params:{allowedValue: "local"},message:"must be equal to constant",schema:"local",parentSchema:schema17.properties.driver,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data5.labels !== undefined){
let data7 = data5.labels;
if(!data7 || typeof data7 != "object"){
const err9 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/volume/properties/labels/type",keyword:"type",params:{type: schema17.properties.labels.type},message:"must be object,array",schema:schema17.properties.labels.type,parentSchema:schema17.properties.labels,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(!pattern8.test(data8)){
const err10 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i0,schemaPath:"#/definitions/volume/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema17.properties.labels.items,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i0,schemaPath:"#/definitions/volume/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.labels.items.type,parentSchema:schema17.properties.labels.items,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err12 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/volume/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema17.properties.labels,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key4 in data7){
let data9 = data7[key4];
if((((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")) && (data9 !== null)){
const err13 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema17.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema17.properties.labels.additionalProperties.type,parentSchema:schema17.properties.labels.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
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
const err14 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.volumes.type,parentSchema:schema11.properties.volumes,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.networks !== undefined){
let data10 = data.networks;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key5 in data10){
let data11 = data10[key5];
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
const err15 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/type",keyword:"type",params:{type: schema18.type},message:"must be object,null",schema:schema18.type,parentSchema:schema18,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key6 in data11){
if(!((func2.call(schema18.properties, key6)) || (pattern0.test(key6)))){
const err16 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data11.name !== undefined){
let data12 = data11.name;
if(typeof data12 === "string"){
if(!pattern55.test(data12)){
const err17 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/network/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema18.properties.name,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/network/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.name.type,parentSchema:schema18.properties.name,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data11.external !== undefined){
let data13 = data11.external;
const _errs35 = errors;
let valid12 = true;
const _errs36 = errors;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err19 = {};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs36 === errors;
errors = _errs35;
if(vErrors !== null){
if(_errs35){
vErrors.length = _errs35;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs38 = errors;
const err20 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.properties.external.then.not,parentSchema:schema18.properties.external.then,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
var _valid0 = _errs38 === errors;
valid12 = _valid0;
ifClause0 = "then";
}
else {
const _errs40 = errors;
if(typeof data13 !== "boolean"){
const err21 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/else/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.external.else.type,parentSchema:schema18.properties.external.else,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs40 === errors;
valid12 = _valid0;
ifClause0 = "else";
}
if(!valid12){
const err22 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema18.properties.external.if,parentSchema:schema18.properties.external,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data11.internal !== undefined){
let data14 = data11.internal;
if(typeof data14 !== "boolean"){
const err23 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/internal",schemaPath:"#/definitions/network/properties/internal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.internal.type,parentSchema:schema18.properties.internal,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data11.driver !== undefined){
let data15 = data11.driver;
if(!(data15 === "bridge")){
const err24 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver",schemaPath:"#/definitions/network/properties/driver/enum",keyword:"enum",params:{allowedValues: schema18.properties.driver.enum},message:"must be equal to one of the allowed values",schema:schema18.properties.driver.enum,parentSchema:schema18.properties.driver,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data11.driver_opts !== undefined){
const err25 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts",schemaPath:"#/definitions/network/properties/driver_opts/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema18.properties.driver_opts.not,parentSchema:schema18.properties.driver_opts,data:data11.driver_opts};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11.attachable !== undefined){
let data17 = data11.attachable;
if(typeof data17 !== "boolean"){
const err26 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/attachable",schemaPath:"#/definitions/network/properties/attachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.attachable.type,parentSchema:schema18.properties.attachable,data:data17};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data11.enable_ipv6 !== undefined){
let data18 = data11.enable_ipv6;
if(false !== data18){
const err27 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/enable_ipv6",schemaPath:"#/definitions/network/properties/enable_ipv6/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema18.properties.enable_ipv6,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data11.ipam !== undefined){
let data19 = data11.ipam;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key7 in data19){
if(!(((key7 === "driver") || (key7 === "config")) || (pattern0.test(key7)))){
const err28 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam",schemaPath:"#/definitions/network/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema18.properties.ipam,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data19.driver !== undefined){
let data20 = data19.driver;
if("default" !== data20){
const err29 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/driver",schemaPath:"#/definitions/network/properties/ipam/properties/driver/const",keyword:"const",params:{allowedValue: "default"},message:"must be equal to constant",schema:"default",parentSchema:schema18.properties.ipam.properties.driver,data:data20};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data19.config !== undefined){
let data21 = data19.config;
if(Array.isArray(data21)){
if(data21.length > 1){
const err30 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config",schemaPath:"#/definitions/network/properties/ipam/properties/config/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema18.properties.ipam.properties.config,data:data21};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len1 = data21.length;
for(let i2=0; i2<len1; i2++){
let data22 = data21[i2];
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key8 in data22){
if(!((((key8 === "subnet") || (key8 === "gateway")) || (key8 === "ip_range")) || (pattern0.test(key8)))){
const err31 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2,schemaPath:"#/definitions/network/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema18.properties.ipam.properties.config.items,data:data22};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data22.subnet !== undefined){
let data23 = data22.subnet;
if(typeof data23 === "string"){
if(!pattern58.test(data23)){
const err32 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/subnet",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/subnet/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema18.properties.ipam.properties.config.items.properties.subnet,data:data23};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/subnet",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.ipam.properties.config.items.properties.subnet.type,parentSchema:schema18.properties.ipam.properties.config.items.properties.subnet,data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data22.gateway !== undefined){
let data24 = data22.gateway;
if(typeof data24 === "string"){
if(!pattern44.test(data24)){
const err34 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/gateway",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/gateway/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema18.properties.ipam.properties.config.items.properties.gateway,data:data24};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/gateway",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.ipam.properties.config.items.properties.gateway.type,parentSchema:schema18.properties.ipam.properties.config.items.properties.gateway,data:data24};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data22.ip_range !== undefined){
let data25 = data22.ip_range;
if(typeof data25 === "string"){
if(!pattern58.test(data25)){
const err36 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/ip_range",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/ip_range/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema18.properties.ipam.properties.config.items.properties.ip_range,data:data25};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/ip_range",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.ipam.properties.config.items.properties.ip_range.type,parentSchema:schema18.properties.ipam.properties.config.items.properties.ip_range,data:data25};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2,schemaPath:"#/definitions/network/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.ipam.properties.config.items.type,parentSchema:schema18.properties.ipam.properties.config.items,data:data22};
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
const err39 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config",schemaPath:"#/definitions/network/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.ipam.properties.config.type,parentSchema:schema18.properties.ipam.properties.config,data:data21};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam",schemaPath:"#/definitions/network/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.properties.ipam.type,parentSchema:schema18.properties.ipam,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.labels !== undefined){
let data26 = data11.labels;
if(!data26 || typeof data26 != "object"){
const err41 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/network/properties/labels/type",keyword:"type",params:{type: schema18.properties.labels.type},message:"must be object,array",schema:schema18.properties.labels.type,parentSchema:schema18.properties.labels,data:data26};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(Array.isArray(data26)){
const len2 = data26.length;
for(let i3=0; i3<len2; i3++){
let data27 = data26[i3];
if(typeof data27 === "string"){
if(!pattern8.test(data27)){
const err42 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i3,schemaPath:"#/definitions/network/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema18.properties.labels.items,data:data27};
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
const err43 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i3,schemaPath:"#/definitions/network/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.labels.items.type,parentSchema:schema18.properties.labels.items,data:data27};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i4 = data26.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data26[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err44 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/network/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema18.properties.labels,data:data26};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key9 in data26){
let data28 = data26[key9];
if((((typeof data28 !== "string") && (!((typeof data28 == "number") && (isFinite(data28))))) && (typeof data28 !== "boolean")) && (data28 !== null)){
const err45 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema18.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema18.properties.labels.additionalProperties.type,parentSchema:schema18.properties.labels.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
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
const err46 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.networks.type,parentSchema:schema11.properties.networks,data:data10};
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
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

