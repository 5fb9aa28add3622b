/* eslint-disable */
// @ts-nocheck
// Generated from schema/dabba.schema.json by scripts/build-schema-validator.mjs: do not edit.

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/dabba/dabba/schema/dabba.schema.json","title":"dabba.yaml","description":"A dabba project: the subset of the Compose Specification that dabba runs without Docker, plus dabba's own per-service keys net and fakeroot.","type":"object","required":["services"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","x-error":"{value} is not a project name (expected lowercase letters, digits, _ and -, starting with a letter or digit)","description":"Project name. Default: the project folder's name, lowercased, keeping only a-z, 0-9, _ and -."},"version":{"type":["string","number"],"description":"Obsolete, as in compose: accepted and ignored."},"services":{"type":"object","description":"The services (containers) of the project, by name. A service's name is also the name of its folder under .dabba/.","additionalProperties":{"$ref":"#/definitions/service"}},"volumes":{"type":"object","description":"Named volumes that services mount with `NAME:/path`. Each lives in .dabba/volumes/NAME/ and survives re-creating the service.","additionalProperties":{"$ref":"#/definitions/volume"}},"networks":{"type":"object","description":"Networks services join, by key (services name them under networks:). Every service without networks: or network_mode: joins default, the project's own network; an entry default: here customises it. A service reaches by name (service name, container_name, aliases) only the services that share one of its networks.","additionalProperties":{"$ref":"#/definitions/network"}},"secrets":{"type":"object","description":"Secrets that services list under secrets:, by name: file: (a host file, relative to the project folder) or environment: (a variable of dabba's environment or .env).","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","x-error":"{value} is not a secret name (expected letters, digits, _, . and -)"},"additionalProperties":{"$ref":"#/definitions/fileSource"}},"configs":{"type":"object","description":"Configs that services list under configs:, by name: file:, environment: or content: (the text itself, interpolated).","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","x-error":"{value} is not a config name (expected letters, digits, _, . and -)"},"additionalProperties":{"$ref":"#/definitions/fileSource"}}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba, useful as a YAML anchor to reuse."}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"One container: the image it runs and how.","required":["image"],"properties":{"image":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image (expected a reference such as busybox or ghcr.io/o/r:tag, or oci:DIR, oci-archive:FILE, docker-archive:FILE)","description":"The image to run: a registry reference (busybox, ghcr.io/o/r:tag, r@sha256:...) or a local source oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REPO:TAG] (relative paths from the project folder)."},"build":{"not":{},"x-error":"dabba runs prebuilt images: build the image elsewhere and set image:","description":"Not supported: dabba runs prebuilt images; build the image elsewhere and set image:."},"command":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Cmd. A string is split into words as a shell would (quotes respected, no variable expansion); a list is used as is."},"entrypoint":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Entrypoint and clears its Cmd. A string is split as a shell would; a list is used as is; [] removes the entrypoint."},"working_dir":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected a folder inside the container, starting with /)","description":"The folder the command starts in (absolute, inside the container); created if missing. Default: the image's WorkingDir."},"environment":{"type":["object","array"],"description":"Environment variables: a mapping KEY: value, or a list of KEY=VALUE. A bare KEY (or KEY: with no value) takes the value from dabba's own environment. Wins over env_file.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not an environment entry (expected KEY=VALUE or KEY)","description":"KEY=VALUE, or KEY to take the value from dabba's environment."},"uniqueItems":true},"env_file":{"type":["string","array"],"description":"Files of KEY=VALUE lines (relative to the project folder) loaded into the environment, in order; environment: wins over them.","items":{"type":["string","object"],"description":"A file path, or {path, required}.","required":["path"],"properties":{"path":{"type":"string","description":"The file, relative to the project folder."},"required":{"type":"boolean","description":"false: a missing file is skipped instead of an error. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"volumes":{"type":"array","description":"Mounts: short syntax HOST:CONTAINER[:ro|:rw] (HOST starts with ., / or ~), NAME:CONTAINER[:ro|:rw] for a named volume, or a bare CONTAINER path for an anonymous volume; or the long syntax mapping.","items":{"type":["string","object"],"description":"A short-syntax string or a long-syntax mapping.","required":["type","target"],"properties":{"type":{"enum":["bind","volume","tmpfs"],"description":"bind: a host path; volume: a named (or, without source, anonymous) volume; tmpfs: a memory file system."},"source":{"type":"string","pattern":"\\S","x-error":"a source must not be empty","description":"The host path (bind, relative to the project folder) or the volume name (volume)."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the mount point inside the container, starting with /)","description":"The mount point inside the container."},"read_only":{"type":"boolean","description":"Mount read-only. Default false."},"tmpfs":{"type":"object","description":"Options of a tmpfs mount.","properties":{"size":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Maximum size in bytes, or with a unit: 64m, 1g."},"mode":{"type":"integer","minimum":0,"maximum":4095,"description":"Permission bits of the mount's root, e.g. 0o1777 (write 1023 in decimal, or an octal 0o literal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"allOf":[{"if":{"type":"object","properties":{"type":{"const":"bind"}}},"then":{"required":["source"]}},{"if":{"type":"object","properties":{"type":{"const":"tmpfs"}}},"then":{"not":{"required":["source"]},"x-error":"a tmpfs mount takes no source"}},{"if":{"type":"object","properties":{"type":{"enum":["bind","volume"]}}},"then":{"not":{"required":["tmpfs"]},"x-error":"tmpfs: options apply only to type: tmpfs"}}]}},"ports":{"type":"array","description":"Ports forwarded from the host into the container (needs net: true): short syntax [IP:]HOST:CONTAINER[/tcp|/udp], with ranges 8000-8001:80-81, or the long syntax mapping. dabba needs a host port: it does not pick random ones.","items":{"type":["string","integer","object"],"description":"A short-syntax string or a long-syntax mapping.","pattern":"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])","if":{"type":"string","pattern":"^[^\\[]*:[^\\]]*:[^\\]]*:"},"then":{"pattern":"^\\[","x-error":"{value}: an IPv6 host address goes in brackets, as in [::1]:8080:80"},"required":["target","published"],"properties":{"target":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the container."},"published":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?$","minimum":1,"maximum":65535,"x-error":"{value} is not a host port (expected a port or a range like 8000-8001)","description":"The port on the host (or a range, for as many consecutive target ports)."},"host_ip":{"type":"string","description":"The host address to listen on. Default 0.0.0.0 (all IPv4 addresses), as compose."},"protocol":{"enum":["tcp","udp"],"description":"tcp (default) or udp."},"mode":{"enum":["host","ingress"],"description":"host, or ingress as compose's own config output writes it: without a swarm both mean the host's port."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-error":"{value} is not a host name (expected letters, digits and -, in dot-separated labels)","description":"The container's host name. Default: the service name."},"user":{"type":["string","integer"],"description":"The user (and group) the command runs as: NAME, UID, NAME:GROUP or UID:GID, resolved in the image's /etc/passwd and /etc/group. With fakeroot: false, that user is you (your uid and gid become its ids)."},"read_only":{"type":"boolean","description":"Mount the container's root file system read-only (volumes and tmpfs stay writable). Default false."},"tmpfs":{"type":["string","array"],"pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","items":{"type":"string","pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","description":"A path inside the container."},"description":"Paths inside the container mounted as empty memory file systems."},"platform":{"type":"string","pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$","x-error":"{value} is not a platform (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)","description":"The platform to pick from a multi-platform image, OS/ARCH[/VARIANT]. Default: this host's."},"pull_policy":{"enum":["missing","if_not_present","always","never"],"description":"missing (default; also if_not_present): pull only when the image is not in the store; always: re-resolve the tag on every up; never: use only what is stored."},"depends_on":{"type":["array","object"],"description":"Services started before this one: a list of names (condition service_started), or a mapping of name to {condition, restart, required}.","items":{"type":"string","description":"A service name."},"uniqueItems":true,"additionalProperties":{"type":"object","description":"How this service waits for the other one.","required":["condition"],"properties":{"condition":{"enum":["service_started","service_healthy","service_completed_successfully"],"description":"service_started: it has started; service_healthy: its healthcheck passes; service_completed_successfully: it has exited with code 0."},"restart":{"type":"boolean","description":"Restart this service when the dependency is restarted. Default false."},"required":{"type":"boolean","description":"false: a dependency that cannot be started is skipped with a warning. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"restart":{"type":"string","pattern":"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$","x-error":"{value} is not a restart policy (expected no, always, on-failure[:N] or unless-stopped)","description":"When to restart the container after it exits: no (default), always, on-failure[:N] (at most N times), unless-stopped."},"healthcheck":{"type":"object","description":"A command run inside the container to tell whether it is healthy (used by depends_on condition service_healthy).","properties":{"test":{"type":["string","array"],"description":"A string runs through /bin/sh -c; a list is [\"CMD\", argv...], [\"CMD-SHELL\", command] or [\"NONE\"].","items":[{"enum":["CMD","CMD-SHELL","NONE"],"description":"The form of the test."}],"additionalItems":{"type":"string","description":"An argument, or the shell command for CMD-SHELL."},"minItems":1},"interval":{"$ref":"#/definitions/duration","description":"Time between checks, e.g. 30s, 1m30s. Default 30s."},"timeout":{"$ref":"#/definitions/duration","description":"How long one check may take before it counts as failed. Default 30s."},"retries":{"type":"integer","minimum":0,"description":"Consecutive failures before the container is unhealthy. Default 3."},"start_period":{"$ref":"#/definitions/duration","description":"Time after start during which failures do not count. Default 0s."},"disable":{"type":"boolean","description":"true: no healthcheck."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"stop_signal":{"type":"string","pattern":"^(SIG)?[A-Z][A-Z0-9+-]*$","x-error":"{value} is not a signal name (expected e.g. SIGTERM or SIGQUIT)","description":"The signal that asks the container to stop. Default: the image's StopSignal, else SIGTERM."},"stop_grace_period":{"$ref":"#/definitions/duration","description":"How long to wait after stop_signal before SIGKILL, e.g. 10s, 1m30s. Default 10s."},"init":{"type":"boolean","description":"Run a minimal init as PID 1 that forwards signals and reaps zombies. Default false."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true},"develop":{"type":"object","description":"Development mode, used by dabba up --watch.","properties":{"watch":{"type":"array","description":"Host paths that dabba up --watch watches, and what a change does.","items":{"type":"object","description":"One watched path.","required":["path","action"],"properties":{"path":{"type":"string","pattern":"\\S","x-error":"a path must not be empty","description":"The host path to watch, relative to the project folder."},"action":{"enum":["restart","sync+restart","sync"],"description":"restart: restart the service; sync: copy changed files to target; sync+restart: copy, then restart."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the path inside the container that files are synced to)","description":"For sync actions: where the files go inside the container."},"ignore":{"type":"array","items":{"type":"string","description":"A pattern, relative to path."},"description":"Patterns (relative to path) whose changes are ignored."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"if":{"properties":{"action":{"enum":["sync","sync+restart"]}}},"then":{"required":["target"]}}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"networks":{"type":["array","object"],"description":"The networks this service joins: a list of network keys, or a mapping of key to null or {aliases, ipv4_address, priority}. Default: [default]. Excludes network_mode.","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","x-error":"{value} is not a network key (expected letters, digits, ., _ and -)","description":"A network key."},"uniqueItems":true,"additionalProperties":{"type":["object","null"],"description":"How the service joins this network (null: with its names only).","properties":{"aliases":{"type":"array","uniqueItems":true,"description":"Further host names of the service on this network.","items":{"type":"string","pattern":"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$","x-error":"{value} is not a host name (expected letters, digits, ., _ and -)","description":"A host name."}},"ipv4_address":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"A fixed IPv4 address, inside the network's ipam subnet (which it then needs), not its network, first or broadcast address."},"ipv6_address":{"not":{},"x-error":"dabba's networks are IPv4 only: remove ipv6_address","description":"Refused: dabba's networks are IPv4 only."},"link_local_ips":{"not":{},"x-error":"link-local addresses are not supported: remove link_local_ips","description":"Refused: link-local addresses are not supported."},"mac_address":{"not":{},"x-error":"dabba does not set MAC addresses: remove mac_address","description":"Refused: dabba does not set MAC addresses."},"priority":{"type":"integer","description":"Networks are joined in order of priority, higher first, then by key. Default 0."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"network_mode":{"type":"string","pattern":"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$","x-error":"{value} is not a network mode (expected none, host, bridge or service:NAME)","description":"none: loopback only (as net: false); host: the host's network, nothing isolated; service:NAME: share that service's network (reach it on 127.0.0.1; started after it); bridge: the project's default network. container:NAME is refused (dabba knows only this project's services). Excludes networks:."},"container_name":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a container name (expected letters, digits, _, . and -, starting with a letter or digit, at least 2 characters)","description":"A further name by which services on a shared network reach this one; unique in the project."},"links":{"type":"array","uniqueItems":true,"description":"SERVICE or SERVICE:ALIAS: reach SERVICE (which must share a network with this one) also as ALIAS; started after it.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$","x-error":"{value} is not a link (expected SERVICE or SERVICE:ALIAS)","description":"SERVICE or SERVICE:ALIAS."}},"extra_hosts":{"type":["array","object"],"description":"Lines added to the container's /etc/hosts: a list of NAME:IP or NAME=IP (NAME=::1 or NAME:::1 for IPv6; several IPs separated by commas), or a mapping NAME: IP. The IP host-gateway stands for the address at which the container reaches the host.","items":{"type":"string","description":"NAME=IP or NAME:IP."},"uniqueItems":true,"additionalProperties":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"An IP address, or a list of them."}},"dns":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"Name servers written into the container's /etc/resolv.conf: an IP address or a list."},"dns_search":{"type":["string","array"],"items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"A domain."},"pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"Search domains written into /etc/resolv.conf: a domain or a list."},"dns_opt":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(:[0-9]+)?$","x-error":"{value} is not a resolver option (expected e.g. ndots:2 or edns0)","description":"A resolv.conf option."},"description":"Resolver options written into /etc/resolv.conf (options line), e.g. ndots:2."},"expose":{"type":"array","uniqueItems":true,"items":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port (expected PORT or START-END, optionally /tcp or /udp)","description":"A port or range."},"description":"Ports other services use, not published on the host: documentation on a shared network, as in compose (every port of a service is reachable from services sharing a network)."},"net":{"type":"boolean","description":"dabba: true (default) gives the container its network (the project's networks, or network_mode); false leaves it loopback only (no ports), as network_mode: none."},"fakeroot":{"type":"boolean","description":"dabba: true (default): the container's root (uid and gid 0) is you, and the command runs as user:, else the image's User, else root, as docker does. false: you are not root inside; the command runs with your own uid and gid, or with user: as that user, whose ids your uid and gid become (podman's keep-id), so files it writes to bind mounts are yours. Run as root, containers always get an unprivileged id range and false changes nothing."},"secrets":{"type":"array","description":"Secrets (from the top-level secrets:) the container reads as files: short syntax NAME (at /run/secrets/NAME), or the long syntax mapping. Each is a copy made when the container starts, bound read-only.","items":{"$ref":"#/definitions/fileUse"}},"configs":{"type":"array","description":"Configs (from the top-level configs:) the container reads as files: short syntax NAME (at /NAME), or the long syntax mapping. Each is a copy made when the container starts, bound read-only.","items":{"$ref":"#/definitions/fileUse"}},"cap_add":{"type":"array","description":"Capabilities to add, e.g. NET_ADMIN or CAP_NET_ADMIN, or ALL. They are capabilities inside the container's user namespace: they act on what the container owns (its files, its network), never on the host.","items":{"type":"string","pattern":"^(CAP_)?[A-Za-z_]+$","x-error":"{value} is not a capability (expected a name like NET_ADMIN, or ALL)","description":"A capability."},"uniqueItems":true},"cap_drop":{"type":"array","description":"Capabilities to drop, e.g. NET_RAW, or ALL (then cap_add lists the only ones kept). Without cap_add/cap_drop a root process has every capability inside its user namespace; other users have none, as in docker.","items":{"type":"string","pattern":"^(CAP_)?[A-Za-z_]+$","x-error":"{value} is not a capability (expected a name like NET_RAW, or ALL)","description":"A capability."},"uniqueItems":true},"security_opt":{"type":"array","description":"Only no-new-privileges (true): every dabba container already runs with it, so it is accepted and changes nothing. Seccomp, AppArmor and SELinux profiles are refused: bubblewrap does not load them.","items":{"type":"string","pattern":"^no-new-privileges([:=]true)?$","x-error":"{value} is not supported: dabba accepts only no-new-privileges:true, which every container already has (bubblewrap loads no seccomp, AppArmor or SELinux profile)","description":"no-new-privileges:true."}},"privileged":{"const":false,"x-error":"privileged: true is not supported: a dabba container is an unprivileged user's sandbox, with every capability its user namespace allows already given to its root (use cap_add, devices or sysctls for what it needs)","description":"Only false is accepted: there is nothing more to give a rootless container (see cap_add, devices, sysctls)."},"group_add":{"not":{},"x-error":"group_add is not supported: bubblewrap cannot give the command supplementary groups (give the files the command's own group, or a mode that lets it in)","description":"Not supported: bubblewrap cannot give the command supplementary groups."},"runtime":{"not":{},"x-error":"runtime: is not supported: dabba runs every container with bubblewrap","description":"Not supported: dabba runs every container with bubblewrap."},"ulimits":{"type":"object","description":"Resource limits (rlimits) the command starts with, by name (nofile, nproc, core, memlock, stack, …): a number for both the soft and the hard limit, or {soft, hard}. Raising a hard limit above your own needs root. nproc counts the processes of the container user's host uid.","propertyNames":{"enum":["as","core","cpu","data","fsize","locks","memlock","msgqueue","nice","nofile","nproc","rss","rtprio","rttime","sigpending","stack"],"x-error":"{value} is not a resource limit (expected one of as, core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack)"},"additionalProperties":{"type":["integer","object"],"minimum":-1,"description":"The soft and hard limit (-1: unlimited), or {soft, hard}.","required":["soft","hard"],"properties":{"soft":{"type":"integer","minimum":-1,"description":"The soft limit (-1: unlimited)."},"hard":{"type":"integer","minimum":-1,"description":"The hard limit (-1: unlimited)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"shm_size":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Size of /dev/shm, in bytes or with a unit: 64m, 1g. Default: no limit of its own (the kernel's tmpfs default, half the memory), where docker gives 64m."},"tty":{"type":"boolean","description":"Give the command a terminal of its own under up (a pty; its output still goes to dabba logs, with the terminal's CRLF line ends). dabba run gives one when its own stdin and stdout are terminals, whatever this says."},"stdin_open":{"type":"boolean","description":"Accepted for compatibility: under up the command's stdin is empty (no attach); dabba run passes its stdin through."},"sysctls":{"type":["object","array"],"description":"Kernel settings of the container's network namespace (net.*), written before the command starts: a mapping or a list of NAME=VALUE. Needs net: true. Other sysctls belong to the host kernel, shared by every process, and are refused.","additionalProperties":{"type":["string","number","boolean"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+=","x-error":"{value} is not a sysctl (expected NAME=VALUE)","description":"NAME=VALUE."}},"devices":{"type":"array","description":"Host devices the container may use, as HOST[:CONTAINER[:rwm]] (e.g. /dev/fuse, /dev/kvm): bound from the host when you may open the device yourself, else refused when the container starts.","items":{"type":"string","pattern":"^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$","x-error":"{value} is not a device (expected /dev/NAME[:/dev/NAME[:rwm]])","description":"HOST[:CONTAINER[:rwm]]; the permissions are accepted, and the device node's own mode decides."},"uniqueItems":true},"logging":{"type":"object","description":"How dabba keeps the output: the drivers json-file and local both mean dabba's own rotating log (.dabba/NAME/logs/output.log), with max-size and max-file. Other drivers are refused: dabba logs is the only reader.","properties":{"driver":{"enum":["json-file","local"],"x-error":"{value} is not supported: dabba keeps every service's output in its own rotating log (use json-file or local, with max-size and max-file)","description":"json-file or local: both are dabba's own log."},"options":{"type":"object","description":"max-size (e.g. 10m, default 10m) and max-file (files kept, the current one included; default 4).","properties":{"max-size":{"type":["string","integer"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Rotate the log past this size."},"max-file":{"type":["string","integer"],"pattern":"^[1-9][0-9]*$","minimum":1,"x-error":"{value} is not a number of files (expected 1 or more)","description":"How many files to keep, the current one included."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"mem_limit":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Memory the container may use, in bytes or with a unit: 512m, 1g. Enforced when dabba runs as root (cgroup v1 here); otherwise up says it is not."},"memswap_limit":{"type":["integer","string"],"pattern":"^([0-9]+([kmgKMG][bB]?|[bB])?|-1)$","minimum":-1,"x-error":"{value} is not a size (expected bytes, a number with k, m or g, or -1 for no limit)","description":"Memory plus swap the container may use (at least mem_limit; -1: no limit), as docker. Needs mem_limit."},"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"How many CPUs' worth of time the container may use, e.g. 0.5 (a CFS quota)."},"cpu_shares":{"type":"integer","minimum":2,"maximum":262144,"description":"Relative CPU weight against other containers (default 1024)."},"pids_limit":{"type":"integer","minimum":-1,"not":{"const":0},"x-error":"0 is not a limit (expected -1 for none, or 1 or more)","description":"How many processes and threads the container may have at once (-1: no limit)."},"deploy":{"type":"object","description":"Only resources.limits (cpus, memory, pids), the same as cpus, mem_limit and pids_limit; the rest of deploy is about a swarm.","properties":{"resources":{"type":"object","description":"Resource limits.","properties":{"limits":{"type":"object","description":"As cpus, mem_limit and pids_limit (which must agree where both are given).","properties":{"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"As the service key cpus."},"memory":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"As mem_limit."},"pids":{"type":"integer","minimum":1,"description":"As pids_limit."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba."}},"additionalProperties":false},"volume":{"type":["object","null"],"description":"A named volume: the folder .dabba/volumes/NAME/ (NAME is its key), kept across re-creating services and removed by dabba down -v.","properties":{"driver":{"const":"local","description":"Only local: accepted for compatibility."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"network":{"type":["object","null"],"description":"A network: a virtual IPv4 network on this machine that services of the project (and, when external, of other projects) join.","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-error":"{value} is not a network name (expected letters, digits, _, . and -, starting with a letter or digit)","description":"Its name on this machine. Default: PROJECT_KEY, or for an external network the key."},"external":{"description":"true: a network shared by the projects on this machine that name it (by name:), made by the first that uses it and kept while a member runs.","if":{"type":"object"},"then":{"not":{},"x-error":"external: {name: ...} is compose's old form: write name: NAME and external: true"},"else":{"type":"boolean"}},"internal":{"type":"boolean","description":"true: no egress: members reach each other only. Default false."},"driver":{"enum":["bridge"],"x-error":"{value} is not supported: dabba's networks are bridges (overlay needs a swarm, macvlan/ipvlan host privileges; for host or none use network_mode: on the service)","description":"Only bridge (the default): accepted for compatibility."},"driver_opts":{"not":{},"x-error":"driver_opts are Docker bridge driver settings that dabba's network does not have: remove them","description":"Refused: dabba's bridge has no driver options."},"attachable":{"type":"boolean","description":"Accepted and ignored: any service may join."},"enable_ipv6":{"const":false,"x-error":"dabba's networks are IPv4 only: remove enable_ipv6 or set it false","description":"Only false: dabba's networks are IPv4 only."},"ipam":{"type":"object","description":"Address management: only the subnet is used.","properties":{"driver":{"const":"default","description":"Only default: accepted for compatibility."},"config":{"type":"array","maxItems":1,"x-error":"one subnet at most: dabba's networks are IPv4 only","description":"At most one entry: the network's IPv4 subnet.","items":{"type":"object","description":"An address block.","properties":{"subnet":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet (expected e.g. 172.28.0.0/16)","description":"The network's IPv4 subnet in CIDR form (prefix 8 to 30), e.g. 172.28.0.0/16. Default: dabba picks a free one."},"gateway":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"Accepted and ignored: dabba chooses the gateway."},"ip_range":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet","description":"Accepted and ignored: addresses are taken from the whole subnet."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"fileSource":{"type":"object","description":"Where a secret's or config's text comes from: exactly one of file, environment, content.","properties":{"file":{"type":"string","pattern":"\\S","x-error":"a file must not be empty","description":"A host file, relative to the project folder; copied when a container using it starts."},"environment":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","x-error":"{value} is not a variable name","description":"A variable of dabba's environment (or .env), read when the file is loaded."},"content":{"type":"string","description":"The text itself (configs only)."},"external":{"not":{},"x-error":"external secrets and configs are not supported: they live in a swarm's or an engine's store, and dabba has neither (use file: or environment:)","description":"Not supported: dabba has no store of secrets or configs besides the project."},"name":{"not":{},"x-error":"name: is not supported: a secret or config is named by its key","description":"Not supported: the key is the name."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"fileUse":{"type":["string","object"],"description":"NAME, or the long syntax mapping.","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","x-error":"{value} is not a secret or config name (expected letters, digits, _, . and -)","required":["source"],"properties":{"source":{"type":"string","description":"Its name under the top-level secrets: or configs:."},"target":{"type":"string","pattern":"^[^:]+$","x-error":"{value} is not a path","description":"Where the container sees it. A secret's relative target is under /run/secrets/; a config's default is /NAME."},"uid":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"x-error":"{value} is not a numeric user id","description":"Owner inside the container (default: container root, or, where that is not you with fakeroot: false, your own id inside). Any id the container maps can be given."},"gid":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"x-error":"{value} is not a numeric group id","description":"Group inside the container, with the same default as uid; any group id the container maps."},"mode":{"type":"integer","minimum":0,"maximum":511,"description":"Permission bits (default 0o444, as compose; write an octal 0o literal or decimal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","x-error":"{value} is not a duration (expected e.g. 10s, 1m30s, 500ms)","description":"A duration: numbers with units h, m, s, ms, us, ns, e.g. 1m30s."}}};
const schema19 = {"type":["object","null"],"description":"A named volume: the folder .dabba/volumes/NAME/ (NAME is its key), kept across re-creating services and removed by dabba down -v.","properties":{"driver":{"const":"local","description":"Only local: accepted for compatibility."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const schema20 = {"type":["object","null"],"description":"A network: a virtual IPv4 network on this machine that services of the project (and, when external, of other projects) join.","properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$","x-error":"{value} is not a network name (expected letters, digits, _, . and -, starting with a letter or digit)","description":"Its name on this machine. Default: PROJECT_KEY, or for an external network the key."},"external":{"description":"true: a network shared by the projects on this machine that name it (by name:), made by the first that uses it and kept while a member runs.","if":{"type":"object"},"then":{"not":{},"x-error":"external: {name: ...} is compose's old form: write name: NAME and external: true"},"else":{"type":"boolean"}},"internal":{"type":"boolean","description":"true: no egress: members reach each other only. Default false."},"driver":{"enum":["bridge"],"x-error":"{value} is not supported: dabba's networks are bridges (overlay needs a swarm, macvlan/ipvlan host privileges; for host or none use network_mode: on the service)","description":"Only bridge (the default): accepted for compatibility."},"driver_opts":{"not":{},"x-error":"driver_opts are Docker bridge driver settings that dabba's network does not have: remove them","description":"Refused: dabba's bridge has no driver options."},"attachable":{"type":"boolean","description":"Accepted and ignored: any service may join."},"enable_ipv6":{"const":false,"x-error":"dabba's networks are IPv4 only: remove enable_ipv6 or set it false","description":"Only false: dabba's networks are IPv4 only."},"ipam":{"type":"object","description":"Address management: only the subnet is used.","properties":{"driver":{"const":"default","description":"Only default: accepted for compatibility."},"config":{"type":"array","maxItems":1,"x-error":"one subnet at most: dabba's networks are IPv4 only","description":"At most one entry: the network's IPv4 subnet.","items":{"type":"object","description":"An address block.","properties":{"subnet":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet (expected e.g. 172.28.0.0/16)","description":"The network's IPv4 subnet in CIDR form (prefix 8 to 30), e.g. 172.28.0.0/16. Default: dabba picks a free one."},"gateway":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"Accepted and ignored: dabba chooses the gateway."},"ip_range":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$","x-error":"{value} is not an IPv4 subnet","description":"Accepted and ignored: addresses are taken from the whole subnet."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const schema21 = {"type":"object","description":"Where a secret's or config's text comes from: exactly one of file, environment, content.","properties":{"file":{"type":"string","pattern":"\\S","x-error":"a file must not be empty","description":"A host file, relative to the project folder; copied when a container using it starts."},"environment":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","x-error":"{value} is not a variable name","description":"A variable of dabba's environment (or .env), read when the file is loaded."},"content":{"type":"string","description":"The text itself (configs only)."},"external":{"not":{},"x-error":"external secrets and configs are not supported: they live in a swarm's or an engine's store, and dabba has neither (use file: or environment:)","description":"Not supported: dabba has no store of secrets or configs besides the project."},"name":{"not":{},"x-error":"name: is not supported: a secret or config is named by its key","description":"Not supported: the key is the name."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern5 = new RegExp("^[^=]+", "u");
const pattern77 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
const pattern80 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$", "u");
const pattern37 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", "u");
const pattern45 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern8 = new RegExp("\\S", "u");
const pattern87 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const schema12 = {"type":"object","description":"One container: the image it runs and how.","required":["image"],"properties":{"image":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image (expected a reference such as busybox or ghcr.io/o/r:tag, or oci:DIR, oci-archive:FILE, docker-archive:FILE)","description":"The image to run: a registry reference (busybox, ghcr.io/o/r:tag, r@sha256:...) or a local source oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REPO:TAG] (relative paths from the project folder)."},"build":{"not":{},"x-error":"dabba runs prebuilt images: build the image elsewhere and set image:","description":"Not supported: dabba runs prebuilt images; build the image elsewhere and set image:."},"command":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Cmd. A string is split into words as a shell would (quotes respected, no variable expansion); a list is used as is."},"entrypoint":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Entrypoint and clears its Cmd. A string is split as a shell would; a list is used as is; [] removes the entrypoint."},"working_dir":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected a folder inside the container, starting with /)","description":"The folder the command starts in (absolute, inside the container); created if missing. Default: the image's WorkingDir."},"environment":{"type":["object","array"],"description":"Environment variables: a mapping KEY: value, or a list of KEY=VALUE. A bare KEY (or KEY: with no value) takes the value from dabba's own environment. Wins over env_file.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not an environment entry (expected KEY=VALUE or KEY)","description":"KEY=VALUE, or KEY to take the value from dabba's environment."},"uniqueItems":true},"env_file":{"type":["string","array"],"description":"Files of KEY=VALUE lines (relative to the project folder) loaded into the environment, in order; environment: wins over them.","items":{"type":["string","object"],"description":"A file path, or {path, required}.","required":["path"],"properties":{"path":{"type":"string","description":"The file, relative to the project folder."},"required":{"type":"boolean","description":"false: a missing file is skipped instead of an error. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"volumes":{"type":"array","description":"Mounts: short syntax HOST:CONTAINER[:ro|:rw] (HOST starts with ., / or ~), NAME:CONTAINER[:ro|:rw] for a named volume, or a bare CONTAINER path for an anonymous volume; or the long syntax mapping.","items":{"type":["string","object"],"description":"A short-syntax string or a long-syntax mapping.","required":["type","target"],"properties":{"type":{"enum":["bind","volume","tmpfs"],"description":"bind: a host path; volume: a named (or, without source, anonymous) volume; tmpfs: a memory file system."},"source":{"type":"string","pattern":"\\S","x-error":"a source must not be empty","description":"The host path (bind, relative to the project folder) or the volume name (volume)."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the mount point inside the container, starting with /)","description":"The mount point inside the container."},"read_only":{"type":"boolean","description":"Mount read-only. Default false."},"tmpfs":{"type":"object","description":"Options of a tmpfs mount.","properties":{"size":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Maximum size in bytes, or with a unit: 64m, 1g."},"mode":{"type":"integer","minimum":0,"maximum":4095,"description":"Permission bits of the mount's root, e.g. 0o1777 (write 1023 in decimal, or an octal 0o literal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"allOf":[{"if":{"type":"object","properties":{"type":{"const":"bind"}}},"then":{"required":["source"]}},{"if":{"type":"object","properties":{"type":{"const":"tmpfs"}}},"then":{"not":{"required":["source"]},"x-error":"a tmpfs mount takes no source"}},{"if":{"type":"object","properties":{"type":{"enum":["bind","volume"]}}},"then":{"not":{"required":["tmpfs"]},"x-error":"tmpfs: options apply only to type: tmpfs"}}]}},"ports":{"type":"array","description":"Ports forwarded from the host into the container (needs net: true): short syntax [IP:]HOST:CONTAINER[/tcp|/udp], with ranges 8000-8001:80-81, or the long syntax mapping. dabba needs a host port: it does not pick random ones.","items":{"type":["string","integer","object"],"description":"A short-syntax string or a long-syntax mapping.","pattern":"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])","if":{"type":"string","pattern":"^[^\\[]*:[^\\]]*:[^\\]]*:"},"then":{"pattern":"^\\[","x-error":"{value}: an IPv6 host address goes in brackets, as in [::1]:8080:80"},"required":["target","published"],"properties":{"target":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the container."},"published":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?$","minimum":1,"maximum":65535,"x-error":"{value} is not a host port (expected a port or a range like 8000-8001)","description":"The port on the host (or a range, for as many consecutive target ports)."},"host_ip":{"type":"string","description":"The host address to listen on. Default 0.0.0.0 (all IPv4 addresses), as compose."},"protocol":{"enum":["tcp","udp"],"description":"tcp (default) or udp."},"mode":{"enum":["host","ingress"],"description":"host, or ingress as compose's own config output writes it: without a swarm both mean the host's port."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-error":"{value} is not a host name (expected letters, digits and -, in dot-separated labels)","description":"The container's host name. Default: the service name."},"user":{"type":["string","integer"],"description":"The user (and group) the command runs as: NAME, UID, NAME:GROUP or UID:GID, resolved in the image's /etc/passwd and /etc/group. With fakeroot: false, that user is you (your uid and gid become its ids)."},"read_only":{"type":"boolean","description":"Mount the container's root file system read-only (volumes and tmpfs stay writable). Default false."},"tmpfs":{"type":["string","array"],"pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","items":{"type":"string","pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","description":"A path inside the container."},"description":"Paths inside the container mounted as empty memory file systems."},"platform":{"type":"string","pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$","x-error":"{value} is not a platform (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)","description":"The platform to pick from a multi-platform image, OS/ARCH[/VARIANT]. Default: this host's."},"pull_policy":{"enum":["missing","if_not_present","always","never"],"description":"missing (default; also if_not_present): pull only when the image is not in the store; always: re-resolve the tag on every up; never: use only what is stored."},"depends_on":{"type":["array","object"],"description":"Services started before this one: a list of names (condition service_started), or a mapping of name to {condition, restart, required}.","items":{"type":"string","description":"A service name."},"uniqueItems":true,"additionalProperties":{"type":"object","description":"How this service waits for the other one.","required":["condition"],"properties":{"condition":{"enum":["service_started","service_healthy","service_completed_successfully"],"description":"service_started: it has started; service_healthy: its healthcheck passes; service_completed_successfully: it has exited with code 0."},"restart":{"type":"boolean","description":"Restart this service when the dependency is restarted. Default false."},"required":{"type":"boolean","description":"false: a dependency that cannot be started is skipped with a warning. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"restart":{"type":"string","pattern":"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$","x-error":"{value} is not a restart policy (expected no, always, on-failure[:N] or unless-stopped)","description":"When to restart the container after it exits: no (default), always, on-failure[:N] (at most N times), unless-stopped."},"healthcheck":{"type":"object","description":"A command run inside the container to tell whether it is healthy (used by depends_on condition service_healthy).","properties":{"test":{"type":["string","array"],"description":"A string runs through /bin/sh -c; a list is [\"CMD\", argv...], [\"CMD-SHELL\", command] or [\"NONE\"].","items":[{"enum":["CMD","CMD-SHELL","NONE"],"description":"The form of the test."}],"additionalItems":{"type":"string","description":"An argument, or the shell command for CMD-SHELL."},"minItems":1},"interval":{"$ref":"#/definitions/duration","description":"Time between checks, e.g. 30s, 1m30s. Default 30s."},"timeout":{"$ref":"#/definitions/duration","description":"How long one check may take before it counts as failed. Default 30s."},"retries":{"type":"integer","minimum":0,"description":"Consecutive failures before the container is unhealthy. Default 3."},"start_period":{"$ref":"#/definitions/duration","description":"Time after start during which failures do not count. Default 0s."},"disable":{"type":"boolean","description":"true: no healthcheck."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"stop_signal":{"type":"string","pattern":"^(SIG)?[A-Z][A-Z0-9+-]*$","x-error":"{value} is not a signal name (expected e.g. SIGTERM or SIGQUIT)","description":"The signal that asks the container to stop. Default: the image's StopSignal, else SIGTERM."},"stop_grace_period":{"$ref":"#/definitions/duration","description":"How long to wait after stop_signal before SIGKILL, e.g. 10s, 1m30s. Default 10s."},"init":{"type":"boolean","description":"Run a minimal init as PID 1 that forwards signals and reaps zombies. Default false."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true},"develop":{"type":"object","description":"Development mode, used by dabba up --watch.","properties":{"watch":{"type":"array","description":"Host paths that dabba up --watch watches, and what a change does.","items":{"type":"object","description":"One watched path.","required":["path","action"],"properties":{"path":{"type":"string","pattern":"\\S","x-error":"a path must not be empty","description":"The host path to watch, relative to the project folder."},"action":{"enum":["restart","sync+restart","sync"],"description":"restart: restart the service; sync: copy changed files to target; sync+restart: copy, then restart."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the path inside the container that files are synced to)","description":"For sync actions: where the files go inside the container."},"ignore":{"type":"array","items":{"type":"string","description":"A pattern, relative to path."},"description":"Patterns (relative to path) whose changes are ignored."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"if":{"properties":{"action":{"enum":["sync","sync+restart"]}}},"then":{"required":["target"]}}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"networks":{"type":["array","object"],"description":"The networks this service joins: a list of network keys, or a mapping of key to null or {aliases, ipv4_address, priority}. Default: [default]. Excludes network_mode.","items":{"type":"string","pattern":"^[A-Za-z0-9._-]+$","x-error":"{value} is not a network key (expected letters, digits, ., _ and -)","description":"A network key."},"uniqueItems":true,"additionalProperties":{"type":["object","null"],"description":"How the service joins this network (null: with its names only).","properties":{"aliases":{"type":"array","uniqueItems":true,"description":"Further host names of the service on this network.","items":{"type":"string","pattern":"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$","x-error":"{value} is not a host name (expected letters, digits, ., _ and -)","description":"A host name."}},"ipv4_address":{"type":"string","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$","x-error":"{value} is not an IPv4 address","description":"A fixed IPv4 address, inside the network's ipam subnet (which it then needs), not its network, first or broadcast address."},"ipv6_address":{"not":{},"x-error":"dabba's networks are IPv4 only: remove ipv6_address","description":"Refused: dabba's networks are IPv4 only."},"link_local_ips":{"not":{},"x-error":"link-local addresses are not supported: remove link_local_ips","description":"Refused: link-local addresses are not supported."},"mac_address":{"not":{},"x-error":"dabba does not set MAC addresses: remove mac_address","description":"Refused: dabba does not set MAC addresses."},"priority":{"type":"integer","description":"Networks are joined in order of priority, higher first, then by key. Default 0."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"network_mode":{"type":"string","pattern":"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$","x-error":"{value} is not a network mode (expected none, host, bridge or service:NAME)","description":"none: loopback only (as net: false); host: the host's network, nothing isolated; service:NAME: share that service's network (reach it on 127.0.0.1; started after it); bridge: the project's default network. container:NAME is refused (dabba knows only this project's services). Excludes networks:."},"container_name":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a container name (expected letters, digits, _, . and -, starting with a letter or digit, at least 2 characters)","description":"A further name by which services on a shared network reach this one; unique in the project."},"links":{"type":"array","uniqueItems":true,"description":"SERVICE or SERVICE:ALIAS: reach SERVICE (which must share a network with this one) also as ALIAS; started after it.","items":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$","x-error":"{value} is not a link (expected SERVICE or SERVICE:ALIAS)","description":"SERVICE or SERVICE:ALIAS."}},"extra_hosts":{"type":["array","object"],"description":"Lines added to the container's /etc/hosts: a list of NAME:IP or NAME=IP (NAME=::1 or NAME:::1 for IPv6; several IPs separated by commas), or a mapping NAME: IP. The IP host-gateway stands for the address at which the container reaches the host.","items":{"type":"string","description":"NAME=IP or NAME:IP."},"uniqueItems":true,"additionalProperties":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"An IP address, or a list of them."}},"dns":{"type":["string","array"],"items":{"type":"string","description":"An IP address."},"description":"Name servers written into the container's /etc/resolv.conf: an IP address or a list."},"dns_search":{"type":["string","array"],"items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"A domain."},"pattern":"^[A-Za-z0-9_.-]+$","x-error":"{value} is not a search domain","description":"Search domains written into /etc/resolv.conf: a domain or a list."},"dns_opt":{"type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9_-]+(:[0-9]+)?$","x-error":"{value} is not a resolver option (expected e.g. ndots:2 or edns0)","description":"A resolv.conf option."},"description":"Resolver options written into /etc/resolv.conf (options line), e.g. ndots:2."},"expose":{"type":"array","uniqueItems":true,"items":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port (expected PORT or START-END, optionally /tcp or /udp)","description":"A port or range."},"description":"Ports other services use, not published on the host: documentation on a shared network, as in compose (every port of a service is reachable from services sharing a network)."},"net":{"type":"boolean","description":"dabba: true (default) gives the container its network (the project's networks, or network_mode); false leaves it loopback only (no ports), as network_mode: none."},"fakeroot":{"type":"boolean","description":"dabba: true (default): the container's root (uid and gid 0) is you, and the command runs as user:, else the image's User, else root, as docker does. false: you are not root inside; the command runs with your own uid and gid, or with user: as that user, whose ids your uid and gid become (podman's keep-id), so files it writes to bind mounts are yours. Run as root, containers always get an unprivileged id range and false changes nothing."},"secrets":{"type":"array","description":"Secrets (from the top-level secrets:) the container reads as files: short syntax NAME (at /run/secrets/NAME), or the long syntax mapping. Each is a copy made when the container starts, bound read-only.","items":{"$ref":"#/definitions/fileUse"}},"configs":{"type":"array","description":"Configs (from the top-level configs:) the container reads as files: short syntax NAME (at /NAME), or the long syntax mapping. Each is a copy made when the container starts, bound read-only.","items":{"$ref":"#/definitions/fileUse"}},"cap_add":{"type":"array","description":"Capabilities to add, e.g. NET_ADMIN or CAP_NET_ADMIN, or ALL. They are capabilities inside the container's user namespace: they act on what the container owns (its files, its network), never on the host.","items":{"type":"string","pattern":"^(CAP_)?[A-Za-z_]+$","x-error":"{value} is not a capability (expected a name like NET_ADMIN, or ALL)","description":"A capability."},"uniqueItems":true},"cap_drop":{"type":"array","description":"Capabilities to drop, e.g. NET_RAW, or ALL (then cap_add lists the only ones kept). Without cap_add/cap_drop a root process has every capability inside its user namespace; other users have none, as in docker.","items":{"type":"string","pattern":"^(CAP_)?[A-Za-z_]+$","x-error":"{value} is not a capability (expected a name like NET_RAW, or ALL)","description":"A capability."},"uniqueItems":true},"security_opt":{"type":"array","description":"Only no-new-privileges (true): every dabba container already runs with it, so it is accepted and changes nothing. Seccomp, AppArmor and SELinux profiles are refused: bubblewrap does not load them.","items":{"type":"string","pattern":"^no-new-privileges([:=]true)?$","x-error":"{value} is not supported: dabba accepts only no-new-privileges:true, which every container already has (bubblewrap loads no seccomp, AppArmor or SELinux profile)","description":"no-new-privileges:true."}},"privileged":{"const":false,"x-error":"privileged: true is not supported: a dabba container is an unprivileged user's sandbox, with every capability its user namespace allows already given to its root (use cap_add, devices or sysctls for what it needs)","description":"Only false is accepted: there is nothing more to give a rootless container (see cap_add, devices, sysctls)."},"group_add":{"not":{},"x-error":"group_add is not supported: bubblewrap cannot give the command supplementary groups (give the files the command's own group, or a mode that lets it in)","description":"Not supported: bubblewrap cannot give the command supplementary groups."},"runtime":{"not":{},"x-error":"runtime: is not supported: dabba runs every container with bubblewrap","description":"Not supported: dabba runs every container with bubblewrap."},"ulimits":{"type":"object","description":"Resource limits (rlimits) the command starts with, by name (nofile, nproc, core, memlock, stack, …): a number for both the soft and the hard limit, or {soft, hard}. Raising a hard limit above your own needs root. nproc counts the processes of the container user's host uid.","propertyNames":{"enum":["as","core","cpu","data","fsize","locks","memlock","msgqueue","nice","nofile","nproc","rss","rtprio","rttime","sigpending","stack"],"x-error":"{value} is not a resource limit (expected one of as, core, cpu, data, fsize, locks, memlock, msgqueue, nice, nofile, nproc, rss, rtprio, rttime, sigpending, stack)"},"additionalProperties":{"type":["integer","object"],"minimum":-1,"description":"The soft and hard limit (-1: unlimited), or {soft, hard}.","required":["soft","hard"],"properties":{"soft":{"type":"integer","minimum":-1,"description":"The soft limit (-1: unlimited)."},"hard":{"type":"integer","minimum":-1,"description":"The hard limit (-1: unlimited)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"shm_size":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Size of /dev/shm, in bytes or with a unit: 64m, 1g. Default: no limit of its own (the kernel's tmpfs default, half the memory), where docker gives 64m."},"tty":{"type":"boolean","description":"Give the command a terminal of its own under up (a pty; its output still goes to dabba logs, with the terminal's CRLF line ends). dabba run gives one when its own stdin and stdout are terminals, whatever this says."},"stdin_open":{"type":"boolean","description":"Accepted for compatibility: under up the command's stdin is empty (no attach); dabba run passes its stdin through."},"sysctls":{"type":["object","array"],"description":"Kernel settings of the container's network namespace (net.*), written before the command starts: a mapping or a list of NAME=VALUE. Needs net: true. Other sysctls belong to the host kernel, shared by every process, and are refused.","additionalProperties":{"type":["string","number","boolean"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+=","x-error":"{value} is not a sysctl (expected NAME=VALUE)","description":"NAME=VALUE."}},"devices":{"type":"array","description":"Host devices the container may use, as HOST[:CONTAINER[:rwm]] (e.g. /dev/fuse, /dev/kvm): bound from the host when you may open the device yourself, else refused when the container starts.","items":{"type":"string","pattern":"^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$","x-error":"{value} is not a device (expected /dev/NAME[:/dev/NAME[:rwm]])","description":"HOST[:CONTAINER[:rwm]]; the permissions are accepted, and the device node's own mode decides."},"uniqueItems":true},"logging":{"type":"object","description":"How dabba keeps the output: the drivers json-file and local both mean dabba's own rotating log (.dabba/NAME/logs/output.log), with max-size and max-file. Other drivers are refused: dabba logs is the only reader.","properties":{"driver":{"enum":["json-file","local"],"x-error":"{value} is not supported: dabba keeps every service's output in its own rotating log (use json-file or local, with max-size and max-file)","description":"json-file or local: both are dabba's own log."},"options":{"type":"object","description":"max-size (e.g. 10m, default 10m) and max-file (files kept, the current one included; default 4).","properties":{"max-size":{"type":["string","integer"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Rotate the log past this size."},"max-file":{"type":["string","integer"],"pattern":"^[1-9][0-9]*$","minimum":1,"x-error":"{value} is not a number of files (expected 1 or more)","description":"How many files to keep, the current one included."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"mem_limit":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Memory the container may use, in bytes or with a unit: 512m, 1g. Enforced when dabba runs as root (cgroup v1 here); otherwise up says it is not."},"memswap_limit":{"type":["integer","string"],"pattern":"^([0-9]+([kmgKMG][bB]?|[bB])?|-1)$","minimum":-1,"x-error":"{value} is not a size (expected bytes, a number with k, m or g, or -1 for no limit)","description":"Memory plus swap the container may use (at least mem_limit; -1: no limit), as docker. Needs mem_limit."},"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"How many CPUs' worth of time the container may use, e.g. 0.5 (a CFS quota)."},"cpu_shares":{"type":"integer","minimum":2,"maximum":262144,"description":"Relative CPU weight against other containers (default 1024)."},"pids_limit":{"type":"integer","minimum":-1,"not":{"const":0},"x-error":"0 is not a limit (expected -1 for none, or 1 or more)","description":"How many processes and threads the container may have at once (-1: no limit)."},"deploy":{"type":"object","description":"Only resources.limits (cpus, memory, pids), the same as cpus, mem_limit and pids_limit; the rest of deploy is about a swarm.","properties":{"resources":{"type":"object","description":"Resource limits.","properties":{"limits":{"type":"object","description":"As cpus, mem_limit and pids_limit (which must agree where both are given).","properties":{"cpus":{"type":["number","string"],"pattern":"^[0-9]*\\.?[0-9]+$","exclusiveMinimum":0,"x-error":"{value} is not a number of CPUs (expected e.g. 0.5 or 2)","description":"As the service key cpus."},"memory":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":1,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"As mem_limit."},"pids":{"type":"integer","minimum":1,"description":"As pids_limit."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba."}},"additionalProperties":false};
const schema13 = {"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","x-error":"{value} is not a duration (expected e.g. 10s, 1m30s, 500ms)","description":"A duration: numbers with units h, m, s, ms, us, ns, e.g. 1m30s."};
const schema17 = {"type":["string","object"],"description":"NAME, or the long syntax mapping.","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","x-error":"{value} is not a secret or config name (expected letters, digits, _, . and -)","required":["source"],"properties":{"source":{"type":"string","description":"Its name under the top-level secrets: or configs:."},"target":{"type":"string","pattern":"^[^:]+$","x-error":"{value} is not a path","description":"Where the container sees it. A secret's relative target is under /run/secrets/; a config's default is /NAME."},"uid":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"x-error":"{value} is not a numeric user id","description":"Owner inside the container (default: container root, or, where that is not you with fakeroot: false, your own id inside). Any id the container maps can be given."},"gid":{"type":["string","integer"],"pattern":"^[0-9]+$","minimum":0,"x-error":"{value} is not a numeric group id","description":"Group inside the container, with the same default as uid; any group id the container maps."},"mode":{"type":"integer","minimum":0,"maximum":511,"description":"Permission bits (default 0o444, as compose; write an octal 0o literal or decimal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const pattern3 = new RegExp("^\\S+$", "u");
const pattern4 = new RegExp("^/", "u");
const pattern11 = new RegExp("^[0-9]+([kmgKMG][bB]?|[bB])?$", "u");
const pattern12 = new RegExp("^[^\\[]*:[^\\]]*:[^\\]]*:", "u");
const pattern13 = new RegExp("^\\[", "u");
const pattern14 = new RegExp("^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$", "u");
const pattern16 = new RegExp("^[0-9]+(-[0-9]+)?$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");
const pattern18 = new RegExp("^/[^:]*$", "u");
const pattern20 = new RegExp("^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$", "u");
const pattern22 = new RegExp("^(no|always|unless-stopped|on-failure(:[0-9]+)?)$", "u");
const pattern24 = new RegExp("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$", "u");
const pattern27 = new RegExp("^(SIG)?[A-Z][A-Z0-9+-]*$", "u");
const pattern34 = new RegExp("^[A-Za-z0-9._-]+$", "u");
const pattern36 = new RegExp("^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$", "u");
const pattern38 = new RegExp("^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$", "u");
const pattern39 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "u");
const pattern40 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$", "u");
const pattern41 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const pattern43 = new RegExp("^[A-Za-z0-9_-]+(:[0-9]+)?$", "u");
const pattern44 = new RegExp("^[0-9]+(-[0-9]+)?(/(tcp|udp))?$", "u");
const pattern47 = new RegExp("^[^:]+$", "u");
const pattern48 = new RegExp("^[0-9]+$", "u");
const pattern55 = new RegExp("^(CAP_)?[A-Za-z_]+$", "u");
const pattern57 = new RegExp("^no-new-privileges([:=]true)?$", "u");
const pattern60 = new RegExp("^[^=]+=", "u");
const pattern61 = new RegExp("^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$", "u");
const pattern65 = new RegExp("^[1-9][0-9]*$", "u");
const pattern67 = new RegExp("^([0-9]+([kmgKMG][bB]?|[bB])?|-1)$", "u");
const pattern68 = new RegExp("^[0-9]*\\.?[0-9]+$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.image === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'",schema:schema12.required,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((func2.call(schema12.properties, key0)) || (pattern0.test(key0)))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.image !== undefined){
let data0 = data.image;
if(typeof data0 === "string"){
if(!pattern3.test(data0)){
const err2 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/pattern",keyword:"pattern",params:{pattern: "^\\S+$"},message:"must match pattern \""+"^\\S+$"+"\"",schema:"^\\S+$",parentSchema:schema12.properties.image,data:data0};
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
const err3 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.image.type,parentSchema:schema12.properties.image,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.build !== undefined){
const err4 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.build.not,parentSchema:schema12.properties.build,data:data.build};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.command !== undefined){
let data2 = data.command;
if((typeof data2 !== "string") && (!(Array.isArray(data2)))){
const err5 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: schema12.properties.command.type},message:"must be string,array",schema:schema12.properties.command.type,parentSchema:schema12.properties.command,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/command/" + i0,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.command.items.type,parentSchema:schema12.properties.command.items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
if(data.entrypoint !== undefined){
let data4 = data.entrypoint;
if((typeof data4 !== "string") && (!(Array.isArray(data4)))){
const err7 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/properties/entrypoint/type",keyword:"type",params:{type: schema12.properties.entrypoint.type},message:"must be string,array",schema:schema12.properties.entrypoint.type,parentSchema:schema12.properties.entrypoint,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
const err8 = {instancePath:instancePath+"/entrypoint/" + i1,schemaPath:"#/properties/entrypoint/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.entrypoint.items.type,parentSchema:schema12.properties.entrypoint.items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
if(data.working_dir !== undefined){
let data6 = data.working_dir;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err9 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.working_dir,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.working_dir.type,parentSchema:schema12.properties.working_dir,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.environment !== undefined){
let data7 = data.environment;
if(!data7 || typeof data7 != "object"){
const err11 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: schema12.properties.environment.type},message:"must be object,array",schema:schema12.properties.environment.type,parentSchema:schema12.properties.environment,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
let data8 = data7[i2];
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err12 = {instancePath:instancePath+"/environment/" + i2,schemaPath:"#/properties/environment/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.environment.items,data:data8};
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
const err13 = {instancePath:instancePath+"/environment/" + i2,schemaPath:"#/properties/environment/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.environment.items.type,parentSchema:schema12.properties.environment.items,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i3 = data7.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data7[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema12.properties.environment,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
let data9 = data7[key1];
if((((typeof data9 !== "string") && (!((typeof data9 == "number") && (isFinite(data9))))) && (typeof data9 !== "boolean")) && (data9 !== null)){
const err15 = {instancePath:instancePath+"/environment/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/additionalProperties/type",keyword:"type",params:{type: schema12.properties.environment.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.environment.additionalProperties.type,parentSchema:schema12.properties.environment.additionalProperties,data:data9};
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
}
if(data.env_file !== undefined){
let data10 = data.env_file;
if((typeof data10 !== "string") && (!(Array.isArray(data10)))){
const err16 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/type",keyword:"type",params:{type: schema12.properties.env_file.type},message:"must be string,array",schema:schema12.properties.env_file.type,parentSchema:schema12.properties.env_file,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(Array.isArray(data10)){
const len3 = data10.length;
for(let i4=0; i4<len3; i4++){
let data11 = data10[i4];
if((typeof data11 !== "string") && (!(data11 && typeof data11 == "object" && !Array.isArray(data11)))){
const err17 = {instancePath:instancePath+"/env_file/" + i4,schemaPath:"#/properties/env_file/items/type",keyword:"type",params:{type: schema12.properties.env_file.items.type},message:"must be string,object",schema:schema12.properties.env_file.items.type,parentSchema:schema12.properties.env_file.items,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.path === undefined){
const err18 = {instancePath:instancePath+"/env_file/" + i4,schemaPath:"#/properties/env_file/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.env_file.items.required,parentSchema:schema12.properties.env_file.items,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data11){
if(!(((key2 === "path") || (key2 === "required")) || (pattern0.test(key2)))){
const err19 = {instancePath:instancePath+"/env_file/" + i4,schemaPath:"#/properties/env_file/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.env_file.items,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data11.path !== undefined){
let data12 = data11.path;
if(typeof data12 !== "string"){
const err20 = {instancePath:instancePath+"/env_file/" + i4+"/path",schemaPath:"#/properties/env_file/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.env_file.items.properties.path.type,parentSchema:schema12.properties.env_file.items.properties.path,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data11.required !== undefined){
let data13 = data11.required;
if(typeof data13 !== "boolean"){
const err21 = {instancePath:instancePath+"/env_file/" + i4+"/required",schemaPath:"#/properties/env_file/items/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.env_file.items.properties.required.type,parentSchema:schema12.properties.env_file.items.properties.required,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
}
}
if(data.volumes !== undefined){
let data14 = data.volumes;
if(Array.isArray(data14)){
const len4 = data14.length;
for(let i5=0; i5<len4; i5++){
let data15 = data14[i5];
if((typeof data15 !== "string") && (!(data15 && typeof data15 == "object" && !Array.isArray(data15)))){
const err22 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/type",keyword:"type",params:{type: schema12.properties.volumes.items.type},message:"must be string,object",schema:schema12.properties.volumes.items.type,parentSchema:schema12.properties.volumes.items,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const _errs37 = errors;
let valid15 = true;
const _errs38 = errors;
if(errors === _errs38){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type !== undefined){
if("bind" !== data15.type){
const err23 = {};
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
else {
const err24 = {};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var _valid0 = _errs38 === errors;
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs41 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.source === undefined){
const err25 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema12.properties.volumes.items.allOf[0].then.required,parentSchema:schema12.properties.volumes.items.allOf[0].then,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
var _valid0 = _errs41 === errors;
valid15 = _valid0;
}
if(!valid15){
const err26 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[0].if,parentSchema:schema12.properties.volumes.items.allOf[0],data:data15};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
const _errs43 = errors;
let valid17 = true;
const _errs44 = errors;
if(errors === _errs44){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type !== undefined){
if("tmpfs" !== data15.type){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid1 = _errs44 === errors;
errors = _errs43;
if(vErrors !== null){
if(_errs43){
vErrors.length = _errs43;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs47 = errors;
const _errs48 = errors;
const _errs49 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing0;
if((data15.source === undefined) && (missing0 = "source")){
const err29 = {};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var valid19 = _errs49 === errors;
if(valid19){
const err30 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/allOf/1/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.volumes.items.allOf[1].then.not,parentSchema:schema12.properties.volumes.items.allOf[1].then,data:data15};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs47 === errors;
valid17 = _valid1;
}
if(!valid17){
const err31 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[1].if,parentSchema:schema12.properties.volumes.items.allOf[1],data:data15};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs51 = errors;
let valid20 = true;
const _errs52 = errors;
if(errors === _errs52){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type !== undefined){
let data18 = data15.type;
if(!((data18 === "bind") || (data18 === "volume"))){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
var _valid2 = _errs52 === errors;
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs55 = errors;
const _errs56 = errors;
const _errs57 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
let missing1;
if((data15.tmpfs === undefined) && (missing1 = "tmpfs")){
const err34 = {};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
var valid22 = _errs57 === errors;
if(valid22){
const err35 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/allOf/2/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.volumes.items.allOf[2].then.not,parentSchema:schema12.properties.volumes.items.allOf[2].then,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs55 === errors;
valid20 = _valid2;
}
if(!valid20){
const err36 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[2].if,parentSchema:schema12.properties.volumes.items.allOf[2],data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.type === undefined){
const err37 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.properties.volumes.items.required,parentSchema:schema12.properties.volumes.items,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data15.target === undefined){
const err38 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.volumes.items.required,parentSchema:schema12.properties.volumes.items,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data15){
if(!((((((key3 === "type") || (key3 === "source")) || (key3 === "target")) || (key3 === "read_only")) || (key3 === "tmpfs")) || (pattern0.test(key3)))){
const err39 = {instancePath:instancePath+"/volumes/" + i5,schemaPath:"#/properties/volumes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volumes.items,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.type !== undefined){
let data19 = data15.type;
if(!(((data19 === "bind") || (data19 === "volume")) || (data19 === "tmpfs"))){
const err40 = {instancePath:instancePath+"/volumes/" + i5+"/type",schemaPath:"#/properties/volumes/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.volumes.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.volumes.items.properties.type.enum,parentSchema:schema12.properties.volumes.items.properties.type,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data15.source !== undefined){
let data20 = data15.source;
if(typeof data20 === "string"){
if(!pattern8.test(data20)){
const err41 = {instancePath:instancePath+"/volumes/" + i5+"/source",schemaPath:"#/properties/volumes/items/properties/source/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.volumes.items.properties.source,data:data20};
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
const err42 = {instancePath:instancePath+"/volumes/" + i5+"/source",schemaPath:"#/properties/volumes/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.volumes.items.properties.source.type,parentSchema:schema12.properties.volumes.items.properties.source,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data15.target !== undefined){
let data21 = data15.target;
if(typeof data21 === "string"){
if(!pattern4.test(data21)){
const err43 = {instancePath:instancePath+"/volumes/" + i5+"/target",schemaPath:"#/properties/volumes/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.volumes.items.properties.target,data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/volumes/" + i5+"/target",schemaPath:"#/properties/volumes/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.volumes.items.properties.target.type,parentSchema:schema12.properties.volumes.items.properties.target,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.read_only !== undefined){
let data22 = data15.read_only;
if(typeof data22 !== "boolean"){
const err45 = {instancePath:instancePath+"/volumes/" + i5+"/read_only",schemaPath:"#/properties/volumes/items/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.volumes.items.properties.read_only.type,parentSchema:schema12.properties.volumes.items.properties.read_only,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data15.tmpfs !== undefined){
let data23 = data15.tmpfs;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key4 in data23){
if(!(((key4 === "size") || (key4 === "mode")) || (pattern0.test(key4)))){
const err46 = {instancePath:instancePath+"/volumes/" + i5+"/tmpfs",schemaPath:"#/properties/volumes/items/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volumes.items.properties.tmpfs,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data23.size !== undefined){
let data24 = data23.size;
if((!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) && (typeof data24 !== "string")){
const err47 = {instancePath:instancePath+"/volumes/" + i5+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/type",keyword:"type",params:{type: schema12.properties.volumes.items.properties.tmpfs.properties.size.type},message:"must be integer,string",schema:schema12.properties.volumes.items.properties.tmpfs.properties.size.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data24};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err48 = {instancePath:instancePath+"/volumes/" + i5+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(typeof data24 === "string"){
if(!pattern11.test(data24)){
const err49 = {instancePath:instancePath+"/volumes/" + i5+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+([kmgKMG][bB]?|[bB])?$"},message:"must match pattern \""+"^[0-9]+([kmgKMG][bB]?|[bB])?$"+"\"",schema:"^[0-9]+([kmgKMG][bB]?|[bB])?$",parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data23.mode !== undefined){
let data25 = data23.mode;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
const err50 = {instancePath:instancePath+"/volumes/" + i5+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.volumes.items.properties.tmpfs.properties.mode.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data25};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 4095 || isNaN(data25)){
const err51 = {instancePath:instancePath+"/volumes/" + i5+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095},message:"must be <= 4095",schema:4095,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data25 < 0 || isNaN(data25)){
const err52 = {instancePath:instancePath+"/volumes/" + i5+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
}
else {
const err53 = {instancePath:instancePath+"/volumes/" + i5+"/tmpfs",schemaPath:"#/properties/volumes/items/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.volumes.items.properties.tmpfs.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs,data:data23};
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
else {
const err54 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.volumes.type,parentSchema:schema12.properties.volumes,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.ports !== undefined){
let data26 = data.ports;
if(Array.isArray(data26)){
const len5 = data26.length;
for(let i6=0; i6<len5; i6++){
let data27 = data26[i6];
if(((typeof data27 !== "string") && (!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27))))) && (!(data27 && typeof data27 == "object" && !Array.isArray(data27)))){
const err55 = {instancePath:instancePath+"/ports/" + i6,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: schema12.properties.ports.items.type},message:"must be string,integer,object",schema:schema12.properties.ports.items.type,parentSchema:schema12.properties.ports.items,data:data27};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const _errs77 = errors;
let valid27 = true;
const _errs78 = errors;
if(errors === _errs78){
if(typeof data27 === "string"){
if(!pattern12.test(data27)){
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
else {
const err57 = {};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
var _valid3 = _errs78 === errors;
errors = _errs77;
if(vErrors !== null){
if(_errs77){
vErrors.length = _errs77;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs80 = errors;
if(typeof data27 === "string"){
if(!pattern13.test(data27)){
const err58 = {instancePath:instancePath+"/ports/" + i6,schemaPath:"#/properties/ports/items/then/pattern",keyword:"pattern",params:{pattern: "^\\["},message:"must match pattern \""+"^\\["+"\"",schema:"^\\[",parentSchema:schema12.properties.ports.items.then,data:data27};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
var _valid3 = _errs80 === errors;
valid27 = _valid3;
}
if(!valid27){
const err59 = {instancePath:instancePath+"/ports/" + i6,schemaPath:"#/properties/ports/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.ports.items.if,parentSchema:schema12.properties.ports.items,data:data27};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data27 === "string"){
if(!pattern14.test(data27)){
const err60 = {instancePath:instancePath+"/ports/" + i6,schemaPath:"#/properties/ports/items/pattern",keyword:"pattern",params:{pattern: "^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$"},message:"must match pattern \""+"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$"+"\"",schema:"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9]+(-[0-9]+)?:[0-9]+(-[0-9]+)?(/(tcp|udp))?$",parentSchema:schema12.properties.ports.items,data:data27};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.target === undefined){
const err61 = {instancePath:instancePath+"/ports/" + i6,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.ports.items.required,parentSchema:schema12.properties.ports.items,data:data27};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data27.published === undefined){
const err62 = {instancePath:instancePath+"/ports/" + i6,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'",schema:schema12.properties.ports.items.required,parentSchema:schema12.properties.ports.items,data:data27};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key5 in data27){
if(!((((((key5 === "target") || (key5 === "published")) || (key5 === "host_ip")) || (key5 === "protocol")) || (key5 === "mode")) || (pattern0.test(key5)))){
const err63 = {instancePath:instancePath+"/ports/" + i6,schemaPath:"#/properties/ports/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.ports.items,data:data27};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data27.target !== undefined){
let data28 = data27.target;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err64 = {instancePath:instancePath+"/ports/" + i6+"/target",schemaPath:"#/properties/ports/items/properties/target/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ports.items.properties.target.type,parentSchema:schema12.properties.ports.items.properties.target,data:data28};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 65535 || isNaN(data28)){
const err65 = {instancePath:instancePath+"/ports/" + i6+"/target",schemaPath:"#/properties/ports/items/properties/target/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.ports.items.properties.target,data:data28};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data28 < 1 || isNaN(data28)){
const err66 = {instancePath:instancePath+"/ports/" + i6+"/target",schemaPath:"#/properties/ports/items/properties/target/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.ports.items.properties.target,data:data28};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data27.published !== undefined){
let data29 = data27.published;
if((typeof data29 !== "string") && (!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29))))){
const err67 = {instancePath:instancePath+"/ports/" + i6+"/published",schemaPath:"#/properties/ports/items/properties/published/type",keyword:"type",params:{type: schema12.properties.ports.items.properties.published.type},message:"must be string,integer",schema:schema12.properties.ports.items.properties.published.type,parentSchema:schema12.properties.ports.items.properties.published,data:data29};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 65535 || isNaN(data29)){
const err68 = {instancePath:instancePath+"/ports/" + i6+"/published",schemaPath:"#/properties/ports/items/properties/published/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.ports.items.properties.published,data:data29};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data29 < 1 || isNaN(data29)){
const err69 = {instancePath:instancePath+"/ports/" + i6+"/published",schemaPath:"#/properties/ports/items/properties/published/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.ports.items.properties.published,data:data29};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(typeof data29 === "string"){
if(!pattern16.test(data29)){
const err70 = {instancePath:instancePath+"/ports/" + i6+"/published",schemaPath:"#/properties/ports/items/properties/published/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(-[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(-[0-9]+)?$"+"\"",schema:"^[0-9]+(-[0-9]+)?$",parentSchema:schema12.properties.ports.items.properties.published,data:data29};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data27.host_ip !== undefined){
let data30 = data27.host_ip;
if(typeof data30 !== "string"){
const err71 = {instancePath:instancePath+"/ports/" + i6+"/host_ip",schemaPath:"#/properties/ports/items/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.ports.items.properties.host_ip.type,parentSchema:schema12.properties.ports.items.properties.host_ip,data:data30};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data27.protocol !== undefined){
let data31 = data27.protocol;
if(!((data31 === "tcp") || (data31 === "udp"))){
const err72 = {instancePath:instancePath+"/ports/" + i6+"/protocol",schemaPath:"#/properties/ports/items/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema12.properties.ports.items.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.ports.items.properties.protocol.enum,parentSchema:schema12.properties.ports.items.properties.protocol,data:data31};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data27.mode !== undefined){
let data32 = data27.mode;
if(!((data32 === "host") || (data32 === "ingress"))){
const err73 = {instancePath:instancePath+"/ports/" + i6+"/mode",schemaPath:"#/properties/ports/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema12.properties.ports.items.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.ports.items.properties.mode.enum,parentSchema:schema12.properties.ports.items.properties.mode,data:data32};
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
}
}
else {
const err74 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.ports.type,parentSchema:schema12.properties.ports,data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.hostname !== undefined){
let data33 = data.hostname;
if(typeof data33 === "string"){
if(!pattern17.test(data33)){
const err75 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",parentSchema:schema12.properties.hostname,data:data33};
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
const err76 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.hostname.type,parentSchema:schema12.properties.hostname,data:data33};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.user !== undefined){
let data34 = data.user;
if((typeof data34 !== "string") && (!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34))))){
const err77 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: schema12.properties.user.type},message:"must be string,integer",schema:schema12.properties.user.type,parentSchema:schema12.properties.user,data:data34};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.read_only !== undefined){
let data35 = data.read_only;
if(typeof data35 !== "boolean"){
const err78 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.read_only.type,parentSchema:schema12.properties.read_only,data:data35};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data36 = data.tmpfs;
if((typeof data36 !== "string") && (!(Array.isArray(data36)))){
const err79 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/type",keyword:"type",params:{type: schema12.properties.tmpfs.type},message:"must be string,array",schema:schema12.properties.tmpfs.type,parentSchema:schema12.properties.tmpfs,data:data36};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(typeof data36 === "string"){
if(!pattern18.test(data36)){
const err80 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/pattern",keyword:"pattern",params:{pattern: "^/[^:]*$"},message:"must match pattern \""+"^/[^:]*$"+"\"",schema:"^/[^:]*$",parentSchema:schema12.properties.tmpfs,data:data36};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(Array.isArray(data36)){
const len6 = data36.length;
for(let i7=0; i7<len6; i7++){
let data37 = data36[i7];
if(typeof data37 === "string"){
if(!pattern18.test(data37)){
const err81 = {instancePath:instancePath+"/tmpfs/" + i7,schemaPath:"#/properties/tmpfs/items/pattern",keyword:"pattern",params:{pattern: "^/[^:]*$"},message:"must match pattern \""+"^/[^:]*$"+"\"",schema:"^/[^:]*$",parentSchema:schema12.properties.tmpfs.items,data:data37};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/tmpfs/" + i7,schemaPath:"#/properties/tmpfs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.tmpfs.items.type,parentSchema:schema12.properties.tmpfs.items,data:data37};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
}
if(data.platform !== undefined){
let data38 = data.platform;
if(typeof data38 === "string"){
if(!pattern20.test(data38)){
const err83 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"},message:"must match pattern \""+"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"+"\"",schema:"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$",parentSchema:schema12.properties.platform,data:data38};
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
const err84 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platform.type,parentSchema:schema12.properties.platform,data:data38};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.pull_policy !== undefined){
let data39 = data.pull_policy;
if(!((((data39 === "missing") || (data39 === "if_not_present")) || (data39 === "always")) || (data39 === "never"))){
const err85 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/enum",keyword:"enum",params:{allowedValues: schema12.properties.pull_policy.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.pull_policy.enum,parentSchema:schema12.properties.pull_policy,data:data39};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data40 = data.depends_on;
if(!data40 || typeof data40 != "object"){
const err86 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: schema12.properties.depends_on.type},message:"must be array,object",schema:schema12.properties.depends_on.type,parentSchema:schema12.properties.depends_on,data:data40};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(Array.isArray(data40)){
const len7 = data40.length;
for(let i8=0; i8<len7; i8++){
let data41 = data40[i8];
if(typeof data41 !== "string"){
const err87 = {instancePath:instancePath+"/depends_on/" + i8,schemaPath:"#/properties/depends_on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.depends_on.items.type,parentSchema:schema12.properties.depends_on.items,data:data41};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
let i9 = data40.length;
let j1;
if(i9 > 1){
const indices1 = {};
for(;i9--;){
let item1 = data40[i9];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err88 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i9+" are identical)",schema:true,parentSchema:schema12.properties.depends_on,data:data40};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
break;
}
indices1[item1] = i9;
}
}
}
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key6 in data40){
let data42 = data40[key6];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.condition === undefined){
const err89 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'",schema:schema12.properties.depends_on.additionalProperties.required,parentSchema:schema12.properties.depends_on.additionalProperties,data:data42};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key7 in data42){
if(!((((key7 === "condition") || (key7 === "restart")) || (key7 === "required")) || (pattern0.test(key7)))){
const err90 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.depends_on.additionalProperties,data:data42};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data42.condition !== undefined){
let data43 = data42.condition;
if(!(((data43 === "service_started") || (data43 === "service_healthy")) || (data43 === "service_completed_successfully"))){
const err91 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/additionalProperties/properties/condition/enum",keyword:"enum",params:{allowedValues: schema12.properties.depends_on.additionalProperties.properties.condition.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.depends_on.additionalProperties.properties.condition.enum,parentSchema:schema12.properties.depends_on.additionalProperties.properties.condition,data:data43};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data42.restart !== undefined){
let data44 = data42.restart;
if(typeof data44 !== "boolean"){
const err92 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/additionalProperties/properties/restart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.depends_on.additionalProperties.properties.restart.type,parentSchema:schema12.properties.depends_on.additionalProperties.properties.restart,data:data44};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data42.required !== undefined){
let data45 = data42.required;
if(typeof data45 !== "boolean"){
const err93 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.depends_on.additionalProperties.properties.required.type,parentSchema:schema12.properties.depends_on.additionalProperties.properties.required,data:data45};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.depends_on.additionalProperties.type,parentSchema:schema12.properties.depends_on.additionalProperties,data:data42};
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
if(data.restart !== undefined){
let data46 = data.restart;
if(typeof data46 === "string"){
if(!pattern22.test(data46)){
const err95 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/pattern",keyword:"pattern",params:{pattern: "^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"},message:"must match pattern \""+"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"+"\"",schema:"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$",parentSchema:schema12.properties.restart,data:data46};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.restart.type,parentSchema:schema12.properties.restart,data:data46};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data.healthcheck !== undefined){
let data47 = data.healthcheck;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key8 in data47){
if(!(((((((key8 === "test") || (key8 === "interval")) || (key8 === "timeout")) || (key8 === "retries")) || (key8 === "start_period")) || (key8 === "disable")) || (pattern0.test(key8)))){
const err97 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/properties/healthcheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.healthcheck,data:data47};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data47.test !== undefined){
let data48 = data47.test;
if((typeof data48 !== "string") && (!(Array.isArray(data48)))){
const err98 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/properties/healthcheck/properties/test/type",keyword:"type",params:{type: schema12.properties.healthcheck.properties.test.type},message:"must be string,array",schema:schema12.properties.healthcheck.properties.test.type,parentSchema:schema12.properties.healthcheck.properties.test,data:data48};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(Array.isArray(data48)){
if(data48.length < 1){
const err99 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/properties/healthcheck/properties/test/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.healthcheck.properties.test,data:data48};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
const len8 = data48.length;
var valid37 = len8 <= 1;
if(!valid37){
for(let i10=1; i10<len8; i10++){
let data49 = data48[i10];
const _errs123 = errors;
if(typeof data49 !== "string"){
const err100 = {instancePath:instancePath+"/healthcheck/test/" + i10,schemaPath:"#/properties/healthcheck/properties/test/additionalItems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.healthcheck.properties.test.additionalItems.type,parentSchema:schema12.properties.healthcheck.properties.test.additionalItems,data:data49};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
var valid37 = _errs123 === errors;
}
}
const len9 = data48.length;
if(len9 > 0){
let data50 = data48[0];
if(!(((data50 === "CMD") || (data50 === "CMD-SHELL")) || (data50 === "NONE"))){
const err101 = {instancePath:instancePath+"/healthcheck/test/0",schemaPath:"#/properties/healthcheck/properties/test/items/0/enum",keyword:"enum",params:{allowedValues: schema12.properties.healthcheck.properties.test.items[0].enum},message:"must be equal to one of the allowed values",schema:schema12.properties.healthcheck.properties.test.items[0].enum,parentSchema:schema12.properties.healthcheck.properties.test.items[0],data:data50};
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
if(data47.interval !== undefined){
let data51 = data47.interval;
if(typeof data51 === "string"){
if(!pattern24.test(data51)){
const err102 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data51};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
else {
const err103 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data51};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data47.timeout !== undefined){
let data52 = data47.timeout;
if(typeof data52 === "string"){
if(!pattern24.test(data52)){
const err104 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data52};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data52};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data47.retries !== undefined){
let data53 = data47.retries;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err106 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/properties/healthcheck/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.healthcheck.properties.retries.type,parentSchema:schema12.properties.healthcheck.properties.retries,data:data53};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err107 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/properties/healthcheck/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.healthcheck.properties.retries,data:data53};
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
if(data47.start_period !== undefined){
let data54 = data47.start_period;
if(typeof data54 === "string"){
if(!pattern24.test(data54)){
const err108 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data54};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data54};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data47.disable !== undefined){
let data55 = data47.disable;
if(typeof data55 !== "boolean"){
const err110 = {instancePath:instancePath+"/healthcheck/disable",schemaPath:"#/properties/healthcheck/properties/disable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.healthcheck.properties.disable.type,parentSchema:schema12.properties.healthcheck.properties.disable,data:data55};
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
else {
const err111 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/properties/healthcheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.healthcheck.type,parentSchema:schema12.properties.healthcheck,data:data47};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data56 = data.stop_signal;
if(typeof data56 === "string"){
if(!pattern27.test(data56)){
const err112 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/pattern",keyword:"pattern",params:{pattern: "^(SIG)?[A-Z][A-Z0-9+-]*$"},message:"must match pattern \""+"^(SIG)?[A-Z][A-Z0-9+-]*$"+"\"",schema:"^(SIG)?[A-Z][A-Z0-9+-]*$",parentSchema:schema12.properties.stop_signal,data:data56};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.stop_signal.type,parentSchema:schema12.properties.stop_signal,data:data56};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data57 = data.stop_grace_period;
if(typeof data57 === "string"){
if(!pattern24.test(data57)){
const err114 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data57};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data57};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.init !== undefined){
let data58 = data.init;
if(typeof data58 !== "boolean"){
const err116 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.init.type,parentSchema:schema12.properties.init,data:data58};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data.labels !== undefined){
let data59 = data.labels;
if(!data59 || typeof data59 != "object"){
const err117 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: schema12.properties.labels.type},message:"must be object,array",schema:schema12.properties.labels.type,parentSchema:schema12.properties.labels,data:data59};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(Array.isArray(data59)){
const len10 = data59.length;
for(let i11=0; i11<len10; i11++){
let data60 = data59[i11];
if(typeof data60 === "string"){
if(!pattern5.test(data60)){
const err118 = {instancePath:instancePath+"/labels/" + i11,schemaPath:"#/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.labels.items,data:data60};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
else {
const err119 = {instancePath:instancePath+"/labels/" + i11,schemaPath:"#/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.labels.items.type,parentSchema:schema12.properties.labels.items,data:data60};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
let i12 = data59.length;
let j2;
if(i12 > 1){
const indices2 = {};
for(;i12--;){
let item2 = data59[i12];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err120 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i12+" are identical)",schema:true,parentSchema:schema12.properties.labels,data:data59};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
break;
}
indices2[item2] = i12;
}
}
}
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
for(const key9 in data59){
let data61 = data59[key9];
if((((typeof data61 !== "string") && (!((typeof data61 == "number") && (isFinite(data61))))) && (typeof data61 !== "boolean")) && (data61 !== null)){
const err121 = {instancePath:instancePath+"/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema12.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.labels.additionalProperties.type,parentSchema:schema12.properties.labels.additionalProperties,data:data61};
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
}
if(data.develop !== undefined){
let data62 = data.develop;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
for(const key10 in data62){
if(!((key10 === "watch") || (pattern0.test(key10)))){
const err122 = {instancePath:instancePath+"/develop",schemaPath:"#/properties/develop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.develop,data:data62};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data62.watch !== undefined){
let data63 = data62.watch;
if(Array.isArray(data63)){
const len11 = data63.length;
for(let i13=0; i13<len11; i13++){
let data64 = data63[i13];
const _errs160 = errors;
let valid50 = true;
const _errs161 = errors;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.action !== undefined){
let data65 = data64.action;
if(!((data65 === "sync") || (data65 === "sync+restart"))){
const err123 = {};
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
var _valid4 = _errs161 === errors;
errors = _errs160;
if(vErrors !== null){
if(_errs160){
vErrors.length = _errs160;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs163 = errors;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.target === undefined){
const err124 = {instancePath:instancePath+"/develop/watch/" + i13,schemaPath:"#/properties/develop/properties/watch/items/then/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.develop.properties.watch.items.then.required,parentSchema:schema12.properties.develop.properties.watch.items.then,data:data64};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
var _valid4 = _errs163 === errors;
valid50 = _valid4;
}
if(!valid50){
const err125 = {instancePath:instancePath+"/develop/watch/" + i13,schemaPath:"#/properties/develop/properties/watch/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.develop.properties.watch.items.if,parentSchema:schema12.properties.develop.properties.watch.items,data:data64};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.path === undefined){
const err126 = {instancePath:instancePath+"/develop/watch/" + i13,schemaPath:"#/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.develop.properties.watch.items.required,parentSchema:schema12.properties.develop.properties.watch.items,data:data64};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data64.action === undefined){
const err127 = {instancePath:instancePath+"/develop/watch/" + i13,schemaPath:"#/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema12.properties.develop.properties.watch.items.required,parentSchema:schema12.properties.develop.properties.watch.items,data:data64};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
for(const key11 in data64){
if(!(((((key11 === "path") || (key11 === "action")) || (key11 === "target")) || (key11 === "ignore")) || (pattern0.test(key11)))){
const err128 = {instancePath:instancePath+"/develop/watch/" + i13,schemaPath:"#/properties/develop/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.develop.properties.watch.items,data:data64};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
if(data64.path !== undefined){
let data66 = data64.path;
if(typeof data66 === "string"){
if(!pattern8.test(data66)){
const err129 = {instancePath:instancePath+"/develop/watch/" + i13+"/path",schemaPath:"#/properties/develop/properties/watch/items/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.develop.properties.watch.items.properties.path,data:data66};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
else {
const err130 = {instancePath:instancePath+"/develop/watch/" + i13+"/path",schemaPath:"#/properties/develop/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.path.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.path,data:data66};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data64.action !== undefined){
let data67 = data64.action;
if(!(((data67 === "restart") || (data67 === "sync+restart")) || (data67 === "sync"))){
const err131 = {instancePath:instancePath+"/develop/watch/" + i13+"/action",schemaPath:"#/properties/develop/properties/watch/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema12.properties.develop.properties.watch.items.properties.action.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.develop.properties.watch.items.properties.action.enum,parentSchema:schema12.properties.develop.properties.watch.items.properties.action,data:data67};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data64.target !== undefined){
let data68 = data64.target;
if(typeof data68 === "string"){
if(!pattern4.test(data68)){
const err132 = {instancePath:instancePath+"/develop/watch/" + i13+"/target",schemaPath:"#/properties/develop/properties/watch/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.develop.properties.watch.items.properties.target,data:data68};
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
const err133 = {instancePath:instancePath+"/develop/watch/" + i13+"/target",schemaPath:"#/properties/develop/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.target.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.target,data:data68};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data64.ignore !== undefined){
let data69 = data64.ignore;
if(Array.isArray(data69)){
const len12 = data69.length;
for(let i14=0; i14<len12; i14++){
let data70 = data69[i14];
if(typeof data70 !== "string"){
const err134 = {instancePath:instancePath+"/develop/watch/" + i13+"/ignore/" + i14,schemaPath:"#/properties/develop/properties/watch/items/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.ignore.items.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.ignore.items,data:data70};
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
const err135 = {instancePath:instancePath+"/develop/watch/" + i13+"/ignore",schemaPath:"#/properties/develop/properties/watch/items/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.develop.properties.watch.items.properties.ignore.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.ignore,data:data69};
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
else {
const err136 = {instancePath:instancePath+"/develop/watch/" + i13,schemaPath:"#/properties/develop/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.develop.properties.watch.items.type,parentSchema:schema12.properties.develop.properties.watch.items,data:data64};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/develop/watch",schemaPath:"#/properties/develop/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.develop.properties.watch.type,parentSchema:schema12.properties.develop.properties.watch,data:data63};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/develop",schemaPath:"#/properties/develop/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.develop.type,parentSchema:schema12.properties.develop,data:data62};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data.networks !== undefined){
let data71 = data.networks;
if(!data71 || typeof data71 != "object"){
const err139 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/type",keyword:"type",params:{type: schema12.properties.networks.type},message:"must be array,object",schema:schema12.properties.networks.type,parentSchema:schema12.properties.networks,data:data71};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(Array.isArray(data71)){
const len13 = data71.length;
for(let i15=0; i15<len13; i15++){
let data72 = data71[i15];
if(typeof data72 === "string"){
if(!pattern34.test(data72)){
const err140 = {instancePath:instancePath+"/networks/" + i15,schemaPath:"#/properties/networks/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9._-]+$",parentSchema:schema12.properties.networks.items,data:data72};
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
const err141 = {instancePath:instancePath+"/networks/" + i15,schemaPath:"#/properties/networks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.items.type,parentSchema:schema12.properties.networks.items,data:data72};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
let i16 = data71.length;
let j3;
if(i16 > 1){
const indices3 = {};
for(;i16--;){
let item3 = data71[i16];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err142 = {instancePath:instancePath+"/networks",schemaPath:"#/properties/networks/uniqueItems",keyword:"uniqueItems",params:{i: i16, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i16+" are identical)",schema:true,parentSchema:schema12.properties.networks,data:data71};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
break;
}
indices3[item3] = i16;
}
}
}
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
for(const key12 in data71){
let data73 = data71[key12];
if((!(data73 && typeof data73 == "object" && !Array.isArray(data73))) && (data73 !== null)){
const err143 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/additionalProperties/type",keyword:"type",params:{type: schema12.properties.networks.additionalProperties.type},message:"must be object,null",schema:schema12.properties.networks.additionalProperties.type,parentSchema:schema12.properties.networks.additionalProperties,data:data73};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
for(const key13 in data73){
if(!(((((((key13 === "aliases") || (key13 === "ipv4_address")) || (key13 === "ipv6_address")) || (key13 === "link_local_ips")) || (key13 === "mac_address")) || (key13 === "priority")) || (pattern0.test(key13)))){
const err144 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/networks/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.networks.additionalProperties,data:data73};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data73.aliases !== undefined){
let data74 = data73.aliases;
if(Array.isArray(data74)){
const len14 = data74.length;
for(let i17=0; i17<len14; i17++){
let data75 = data74[i17];
if(typeof data75 === "string"){
if(!pattern36.test(data75)){
const err145 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + i17,schemaPath:"#/properties/networks/additionalProperties/properties/aliases/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$"},message:"must match pattern \""+"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$"+"\"",schema:"^[A-Za-z0-9_]([A-Za-z0-9_.-]{0,252})$",parentSchema:schema12.properties.networks.additionalProperties.properties.aliases.items,data:data75};
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
const err146 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases/" + i17,schemaPath:"#/properties/networks/additionalProperties/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.additionalProperties.properties.aliases.items.type,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases.items,data:data75};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
let i18 = data74.length;
let j4;
if(i18 > 1){
const indices4 = {};
for(;i18--;){
let item4 = data74[i18];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j4 = indices4[item4];
const err147 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/properties/networks/additionalProperties/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i18, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i18+" are identical)",schema:true,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases,data:data74};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
break;
}
indices4[item4] = i18;
}
}
}
else {
const err148 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/aliases",schemaPath:"#/properties/networks/additionalProperties/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.networks.additionalProperties.properties.aliases.type,parentSchema:schema12.properties.networks.additionalProperties.properties.aliases,data:data74};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data73.ipv4_address !== undefined){
let data76 = data73.ipv4_address;
if(typeof data76 === "string"){
if(!pattern37.test(data76)){
const err149 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv4_address/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema12.properties.networks.additionalProperties.properties.ipv4_address,data:data76};
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
const err150 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv4_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv4_address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.networks.additionalProperties.properties.ipv4_address.type,parentSchema:schema12.properties.networks.additionalProperties.properties.ipv4_address,data:data76};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data73.ipv6_address !== undefined){
const err151 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipv6_address",schemaPath:"#/properties/networks/additionalProperties/properties/ipv6_address/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.ipv6_address.not,parentSchema:schema12.properties.networks.additionalProperties.properties.ipv6_address,data:data73.ipv6_address};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if(data73.link_local_ips !== undefined){
const err152 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/link_local_ips",schemaPath:"#/properties/networks/additionalProperties/properties/link_local_ips/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.link_local_ips.not,parentSchema:schema12.properties.networks.additionalProperties.properties.link_local_ips,data:data73.link_local_ips};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data73.mac_address !== undefined){
const err153 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/mac_address",schemaPath:"#/properties/networks/additionalProperties/properties/mac_address/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.networks.additionalProperties.properties.mac_address.not,parentSchema:schema12.properties.networks.additionalProperties.properties.mac_address,data:data73.mac_address};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data73.priority !== undefined){
let data80 = data73.priority;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err154 = {instancePath:instancePath+"/networks/" + key12.replace(/~/g, "~0").replace(/\//g, "~1")+"/priority",schemaPath:"#/properties/networks/additionalProperties/properties/priority/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.networks.additionalProperties.properties.priority.type,parentSchema:schema12.properties.networks.additionalProperties.properties.priority,data:data80};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
}
}
}
if(data.network_mode !== undefined){
let data81 = data.network_mode;
if(typeof data81 === "string"){
if(!pattern38.test(data81)){
const err155 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/pattern",keyword:"pattern",params:{pattern: "^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$"},message:"must match pattern \""+"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$"+"\"",schema:"^(none|host|bridge|service:[A-Za-z0-9._-]+|container:.*)$",parentSchema:schema12.properties.network_mode,data:data81};
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
const err156 = {instancePath:instancePath+"/network_mode",schemaPath:"#/properties/network_mode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.network_mode.type,parentSchema:schema12.properties.network_mode,data:data81};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(data.container_name !== undefined){
let data82 = data.container_name;
if(typeof data82 === "string"){
if(!pattern39.test(data82)){
const err157 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$",parentSchema:schema12.properties.container_name,data:data82};
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
const err158 = {instancePath:instancePath+"/container_name",schemaPath:"#/properties/container_name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.container_name.type,parentSchema:schema12.properties.container_name,data:data82};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
if(data.links !== undefined){
let data83 = data.links;
if(Array.isArray(data83)){
const len15 = data83.length;
for(let i19=0; i19<len15; i19++){
let data84 = data83[i19];
if(typeof data84 === "string"){
if(!pattern40.test(data84)){
const err159 = {instancePath:instancePath+"/links/" + i19,schemaPath:"#/properties/links/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$",parentSchema:schema12.properties.links.items,data:data84};
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
const err160 = {instancePath:instancePath+"/links/" + i19,schemaPath:"#/properties/links/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.links.items.type,parentSchema:schema12.properties.links.items,data:data84};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
let i20 = data83.length;
let j5;
if(i20 > 1){
const indices5 = {};
for(;i20--;){
let item5 = data83[i20];
if(typeof item5 !== "string"){
continue;
}
if(typeof indices5[item5] == "number"){
j5 = indices5[item5];
const err161 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i20+" are identical)",schema:true,parentSchema:schema12.properties.links,data:data83};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
break;
}
indices5[item5] = i20;
}
}
}
else {
const err162 = {instancePath:instancePath+"/links",schemaPath:"#/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.links.type,parentSchema:schema12.properties.links,data:data83};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data.extra_hosts !== undefined){
let data85 = data.extra_hosts;
if(!data85 || typeof data85 != "object"){
const err163 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/type",keyword:"type",params:{type: schema12.properties.extra_hosts.type},message:"must be array,object",schema:schema12.properties.extra_hosts.type,parentSchema:schema12.properties.extra_hosts,data:data85};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(Array.isArray(data85)){
const len16 = data85.length;
for(let i21=0; i21<len16; i21++){
let data86 = data85[i21];
if(typeof data86 !== "string"){
const err164 = {instancePath:instancePath+"/extra_hosts/" + i21,schemaPath:"#/properties/extra_hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extra_hosts.items.type,parentSchema:schema12.properties.extra_hosts.items,data:data86};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
let i22 = data85.length;
let j6;
if(i22 > 1){
const indices6 = {};
for(;i22--;){
let item6 = data85[i22];
if(typeof item6 !== "string"){
continue;
}
if(typeof indices6[item6] == "number"){
j6 = indices6[item6];
const err165 = {instancePath:instancePath+"/extra_hosts",schemaPath:"#/properties/extra_hosts/uniqueItems",keyword:"uniqueItems",params:{i: i22, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i22+" are identical)",schema:true,parentSchema:schema12.properties.extra_hosts,data:data85};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
break;
}
indices6[item6] = i22;
}
}
}
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key14 in data85){
let data87 = data85[key14];
if((typeof data87 !== "string") && (!(Array.isArray(data87)))){
const err166 = {instancePath:instancePath+"/extra_hosts/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/extra_hosts/additionalProperties/type",keyword:"type",params:{type: schema12.properties.extra_hosts.additionalProperties.type},message:"must be string,array",schema:schema12.properties.extra_hosts.additionalProperties.type,parentSchema:schema12.properties.extra_hosts.additionalProperties,data:data87};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(Array.isArray(data87)){
const len17 = data87.length;
for(let i23=0; i23<len17; i23++){
let data88 = data87[i23];
if(typeof data88 !== "string"){
const err167 = {instancePath:instancePath+"/extra_hosts/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i23,schemaPath:"#/properties/extra_hosts/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.extra_hosts.additionalProperties.items.type,parentSchema:schema12.properties.extra_hosts.additionalProperties.items,data:data88};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
}
}
}
}
if(data.dns !== undefined){
let data89 = data.dns;
if((typeof data89 !== "string") && (!(Array.isArray(data89)))){
const err168 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/type",keyword:"type",params:{type: schema12.properties.dns.type},message:"must be string,array",schema:schema12.properties.dns.type,parentSchema:schema12.properties.dns,data:data89};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(Array.isArray(data89)){
const len18 = data89.length;
for(let i24=0; i24<len18; i24++){
let data90 = data89[i24];
if(typeof data90 !== "string"){
const err169 = {instancePath:instancePath+"/dns/" + i24,schemaPath:"#/properties/dns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns.items.type,parentSchema:schema12.properties.dns.items,data:data90};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
}
if(data.dns_search !== undefined){
let data91 = data.dns_search;
if((typeof data91 !== "string") && (!(Array.isArray(data91)))){
const err170 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/type",keyword:"type",params:{type: schema12.properties.dns_search.type},message:"must be string,array",schema:schema12.properties.dns_search.type,parentSchema:schema12.properties.dns_search,data:data91};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(typeof data91 === "string"){
if(!pattern41.test(data91)){
const err171 = {instancePath:instancePath+"/dns_search",schemaPath:"#/properties/dns_search/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema12.properties.dns_search,data:data91};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
}
if(Array.isArray(data91)){
const len19 = data91.length;
for(let i25=0; i25<len19; i25++){
let data92 = data91[i25];
if(typeof data92 === "string"){
if(!pattern41.test(data92)){
const err172 = {instancePath:instancePath+"/dns_search/" + i25,schemaPath:"#/properties/dns_search/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema12.properties.dns_search.items,data:data92};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/dns_search/" + i25,schemaPath:"#/properties/dns_search/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns_search.items.type,parentSchema:schema12.properties.dns_search.items,data:data92};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
}
if(data.dns_opt !== undefined){
let data93 = data.dns_opt;
if(Array.isArray(data93)){
const len20 = data93.length;
for(let i26=0; i26<len20; i26++){
let data94 = data93[i26];
if(typeof data94 === "string"){
if(!pattern43.test(data94)){
const err174 = {instancePath:instancePath+"/dns_opt/" + i26,schemaPath:"#/properties/dns_opt/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+(:[0-9]+)?$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+(:[0-9]+)?$"+"\"",schema:"^[A-Za-z0-9_-]+(:[0-9]+)?$",parentSchema:schema12.properties.dns_opt.items,data:data94};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
else {
const err175 = {instancePath:instancePath+"/dns_opt/" + i26,schemaPath:"#/properties/dns_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.dns_opt.items.type,parentSchema:schema12.properties.dns_opt.items,data:data94};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
let i27 = data93.length;
let j7;
if(i27 > 1){
const indices7 = {};
for(;i27--;){
let item7 = data93[i27];
if(typeof item7 !== "string"){
continue;
}
if(typeof indices7[item7] == "number"){
j7 = indices7[item7];
const err176 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/uniqueItems",keyword:"uniqueItems",params:{i: i27, j: j7},message:"must NOT have duplicate items (items ## "+j7+" and "+i27+" are identical)",schema:true,parentSchema:schema12.properties.dns_opt,data:data93};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
break;
}
indices7[item7] = i27;
}
}
}
else {
const err177 = {instancePath:instancePath+"/dns_opt",schemaPath:"#/properties/dns_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.dns_opt.type,parentSchema:schema12.properties.dns_opt,data:data93};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data.expose !== undefined){
let data95 = data.expose;
if(Array.isArray(data95)){
const len21 = data95.length;
for(let i28=0; i28<len21; i28++){
let data96 = data95[i28];
if((typeof data96 !== "string") && (!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96))))){
const err178 = {instancePath:instancePath+"/expose/" + i28,schemaPath:"#/properties/expose/items/type",keyword:"type",params:{type: schema12.properties.expose.items.type},message:"must be string,integer",schema:schema12.properties.expose.items.type,parentSchema:schema12.properties.expose.items,data:data96};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
if(typeof data96 === "string"){
if(!pattern44.test(data96)){
const err179 = {instancePath:instancePath+"/expose/" + i28,schemaPath:"#/properties/expose/items/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(-[0-9]+)?(/(tcp|udp))?$"},message:"must match pattern \""+"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$"+"\"",schema:"^[0-9]+(-[0-9]+)?(/(tcp|udp))?$",parentSchema:schema12.properties.expose.items,data:data96};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
}
let i29 = data95.length;
let j8;
if(i29 > 1){
const indices8 = {};
for(;i29--;){
let item8 = data95[i29];
if((typeof item8 !== "string") && (!(((typeof item8 == "number") && (!(item8 % 1) && !isNaN(item8))) && (isFinite(item8))))){
continue;
}
if(typeof item8 == "string"){
item8 += "_";
}
if(typeof indices8[item8] == "number"){
j8 = indices8[item8];
const err180 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/uniqueItems",keyword:"uniqueItems",params:{i: i29, j: j8},message:"must NOT have duplicate items (items ## "+j8+" and "+i29+" are identical)",schema:true,parentSchema:schema12.properties.expose,data:data95};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
break;
}
indices8[item8] = i29;
}
}
}
else {
const err181 = {instancePath:instancePath+"/expose",schemaPath:"#/properties/expose/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.expose.type,parentSchema:schema12.properties.expose,data:data95};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
if(data.net !== undefined){
let data97 = data.net;
if(typeof data97 !== "boolean"){
const err182 = {instancePath:instancePath+"/net",schemaPath:"#/properties/net/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.net.type,parentSchema:schema12.properties.net,data:data97};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data.fakeroot !== undefined){
let data98 = data.fakeroot;
if(typeof data98 !== "boolean"){
const err183 = {instancePath:instancePath+"/fakeroot",schemaPath:"#/properties/fakeroot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.fakeroot.type,parentSchema:schema12.properties.fakeroot,data:data98};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data.secrets !== undefined){
let data99 = data.secrets;
if(Array.isArray(data99)){
const len22 = data99.length;
for(let i30=0; i30<len22; i30++){
let data100 = data99[i30];
if((typeof data100 !== "string") && (!(data100 && typeof data100 == "object" && !Array.isArray(data100)))){
const err184 = {instancePath:instancePath+"/secrets/" + i30,schemaPath:"#/definitions/fileUse/type",keyword:"type",params:{type: schema17.type},message:"must be string,object",schema:schema17.type,parentSchema:schema17,data:data100};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(typeof data100 === "string"){
if(!pattern45.test(data100)){
const err185 = {instancePath:instancePath+"/secrets/" + i30,schemaPath:"#/definitions/fileUse/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema17,data:data100};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
if(data100.source === undefined){
const err186 = {instancePath:instancePath+"/secrets/" + i30,schemaPath:"#/definitions/fileUse/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema17.required,parentSchema:schema17,data:data100};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
for(const key15 in data100){
if(!((((((key15 === "source") || (key15 === "target")) || (key15 === "uid")) || (key15 === "gid")) || (key15 === "mode")) || (pattern0.test(key15)))){
const err187 = {instancePath:instancePath+"/secrets/" + i30,schemaPath:"#/definitions/fileUse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data100};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data100.source !== undefined){
let data101 = data100.source;
if(typeof data101 !== "string"){
const err188 = {instancePath:instancePath+"/secrets/" + i30+"/source",schemaPath:"#/definitions/fileUse/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.source.type,parentSchema:schema17.properties.source,data:data101};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data100.target !== undefined){
let data102 = data100.target;
if(typeof data102 === "string"){
if(!pattern47.test(data102)){
const err189 = {instancePath:instancePath+"/secrets/" + i30+"/target",schemaPath:"#/definitions/fileUse/properties/target/pattern",keyword:"pattern",params:{pattern: "^[^:]+$"},message:"must match pattern \""+"^[^:]+$"+"\"",schema:"^[^:]+$",parentSchema:schema17.properties.target,data:data102};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/secrets/" + i30+"/target",schemaPath:"#/definitions/fileUse/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.target.type,parentSchema:schema17.properties.target,data:data102};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
if(data100.uid !== undefined){
let data103 = data100.uid;
if((typeof data103 !== "string") && (!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103))))){
const err191 = {instancePath:instancePath+"/secrets/" + i30+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/type",keyword:"type",params:{type: schema17.properties.uid.type},message:"must be string,integer",schema:schema17.properties.uid.type,parentSchema:schema17.properties.uid,data:data103};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 < 0 || isNaN(data103)){
const err192 = {instancePath:instancePath+"/secrets/" + i30+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.uid,data:data103};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(typeof data103 === "string"){
if(!pattern48.test(data103)){
const err193 = {instancePath:instancePath+"/secrets/" + i30+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema17.properties.uid,data:data103};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
if(data100.gid !== undefined){
let data104 = data100.gid;
if((typeof data104 !== "string") && (!(((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104))) && (isFinite(data104))))){
const err194 = {instancePath:instancePath+"/secrets/" + i30+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/type",keyword:"type",params:{type: schema17.properties.gid.type},message:"must be string,integer",schema:schema17.properties.gid.type,parentSchema:schema17.properties.gid,data:data104};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if((typeof data104 == "number") && (isFinite(data104))){
if(data104 < 0 || isNaN(data104)){
const err195 = {instancePath:instancePath+"/secrets/" + i30+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.gid,data:data104};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(typeof data104 === "string"){
if(!pattern48.test(data104)){
const err196 = {instancePath:instancePath+"/secrets/" + i30+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema17.properties.gid,data:data104};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
}
if(data100.mode !== undefined){
let data105 = data100.mode;
if(!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))){
const err197 = {instancePath:instancePath+"/secrets/" + i30+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.properties.mode.type,parentSchema:schema17.properties.mode,data:data105};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if((typeof data105 == "number") && (isFinite(data105))){
if(data105 > 511 || isNaN(data105)){
const err198 = {instancePath:instancePath+"/secrets/" + i30+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 511},message:"must be <= 511",schema:511,parentSchema:schema17.properties.mode,data:data105};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
if(data105 < 0 || isNaN(data105)){
const err199 = {instancePath:instancePath+"/secrets/" + i30+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.mode,data:data105};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
}
}
}
}
else {
const err200 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.secrets.type,parentSchema:schema12.properties.secrets,data:data99};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data.configs !== undefined){
let data106 = data.configs;
if(Array.isArray(data106)){
const len23 = data106.length;
for(let i31=0; i31<len23; i31++){
let data107 = data106[i31];
if((typeof data107 !== "string") && (!(data107 && typeof data107 == "object" && !Array.isArray(data107)))){
const err201 = {instancePath:instancePath+"/configs/" + i31,schemaPath:"#/definitions/fileUse/type",keyword:"type",params:{type: schema17.type},message:"must be string,object",schema:schema17.type,parentSchema:schema17,data:data107};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if(typeof data107 === "string"){
if(!pattern45.test(data107)){
const err202 = {instancePath:instancePath+"/configs/" + i31,schemaPath:"#/definitions/fileUse/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema17,data:data107};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.source === undefined){
const err203 = {instancePath:instancePath+"/configs/" + i31,schemaPath:"#/definitions/fileUse/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema17.required,parentSchema:schema17,data:data107};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
for(const key16 in data107){
if(!((((((key16 === "source") || (key16 === "target")) || (key16 === "uid")) || (key16 === "gid")) || (key16 === "mode")) || (pattern0.test(key16)))){
const err204 = {instancePath:instancePath+"/configs/" + i31,schemaPath:"#/definitions/fileUse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data:data107};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data107.source !== undefined){
let data108 = data107.source;
if(typeof data108 !== "string"){
const err205 = {instancePath:instancePath+"/configs/" + i31+"/source",schemaPath:"#/definitions/fileUse/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.source.type,parentSchema:schema17.properties.source,data:data108};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data107.target !== undefined){
let data109 = data107.target;
if(typeof data109 === "string"){
if(!pattern47.test(data109)){
const err206 = {instancePath:instancePath+"/configs/" + i31+"/target",schemaPath:"#/definitions/fileUse/properties/target/pattern",keyword:"pattern",params:{pattern: "^[^:]+$"},message:"must match pattern \""+"^[^:]+$"+"\"",schema:"^[^:]+$",parentSchema:schema17.properties.target,data:data109};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath:instancePath+"/configs/" + i31+"/target",schemaPath:"#/definitions/fileUse/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema17.properties.target.type,parentSchema:schema17.properties.target,data:data109};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data107.uid !== undefined){
let data110 = data107.uid;
if((typeof data110 !== "string") && (!(((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110))) && (isFinite(data110))))){
const err208 = {instancePath:instancePath+"/configs/" + i31+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/type",keyword:"type",params:{type: schema17.properties.uid.type},message:"must be string,integer",schema:schema17.properties.uid.type,parentSchema:schema17.properties.uid,data:data110};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if((typeof data110 == "number") && (isFinite(data110))){
if(data110 < 0 || isNaN(data110)){
const err209 = {instancePath:instancePath+"/configs/" + i31+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.uid,data:data110};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(typeof data110 === "string"){
if(!pattern48.test(data110)){
const err210 = {instancePath:instancePath+"/configs/" + i31+"/uid",schemaPath:"#/definitions/fileUse/properties/uid/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema17.properties.uid,data:data110};
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
if(data107.gid !== undefined){
let data111 = data107.gid;
if((typeof data111 !== "string") && (!(((typeof data111 == "number") && (!(data111 % 1) && !isNaN(data111))) && (isFinite(data111))))){
const err211 = {instancePath:instancePath+"/configs/" + i31+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/type",keyword:"type",params:{type: schema17.properties.gid.type},message:"must be string,integer",schema:schema17.properties.gid.type,parentSchema:schema17.properties.gid,data:data111};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if((typeof data111 == "number") && (isFinite(data111))){
if(data111 < 0 || isNaN(data111)){
const err212 = {instancePath:instancePath+"/configs/" + i31+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.gid,data:data111};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(typeof data111 === "string"){
if(!pattern48.test(data111)){
const err213 = {instancePath:instancePath+"/configs/" + i31+"/gid",schemaPath:"#/definitions/fileUse/properties/gid/pattern",keyword:"pattern",params:{pattern: "^[0-9]+$"},message:"must match pattern \""+"^[0-9]+$"+"\"",schema:"^[0-9]+$",parentSchema:schema17.properties.gid,data:data111};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
}
if(data107.mode !== undefined){
let data112 = data107.mode;
if(!(((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112))) && (isFinite(data112)))){
const err214 = {instancePath:instancePath+"/configs/" + i31+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema17.properties.mode.type,parentSchema:schema17.properties.mode,data:data112};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if((typeof data112 == "number") && (isFinite(data112))){
if(data112 > 511 || isNaN(data112)){
const err215 = {instancePath:instancePath+"/configs/" + i31+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 511},message:"must be <= 511",schema:511,parentSchema:schema17.properties.mode,data:data112};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(data112 < 0 || isNaN(data112)){
const err216 = {instancePath:instancePath+"/configs/" + i31+"/mode",schemaPath:"#/definitions/fileUse/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema17.properties.mode,data:data112};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
}
}
}
else {
const err217 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.configs.type,parentSchema:schema12.properties.configs,data:data106};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data.cap_add !== undefined){
let data113 = data.cap_add;
if(Array.isArray(data113)){
const len24 = data113.length;
for(let i32=0; i32<len24; i32++){
let data114 = data113[i32];
if(typeof data114 === "string"){
if(!pattern55.test(data114)){
const err218 = {instancePath:instancePath+"/cap_add/" + i32,schemaPath:"#/properties/cap_add/items/pattern",keyword:"pattern",params:{pattern: "^(CAP_)?[A-Za-z_]+$"},message:"must match pattern \""+"^(CAP_)?[A-Za-z_]+$"+"\"",schema:"^(CAP_)?[A-Za-z_]+$",parentSchema:schema12.properties.cap_add.items,data:data114};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
else {
const err219 = {instancePath:instancePath+"/cap_add/" + i32,schemaPath:"#/properties/cap_add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.cap_add.items.type,parentSchema:schema12.properties.cap_add.items,data:data114};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
let i33 = data113.length;
let j9;
if(i33 > 1){
const indices9 = {};
for(;i33--;){
let item9 = data113[i33];
if(typeof item9 !== "string"){
continue;
}
if(typeof indices9[item9] == "number"){
j9 = indices9[item9];
const err220 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/uniqueItems",keyword:"uniqueItems",params:{i: i33, j: j9},message:"must NOT have duplicate items (items ## "+j9+" and "+i33+" are identical)",schema:true,parentSchema:schema12.properties.cap_add,data:data113};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
break;
}
indices9[item9] = i33;
}
}
}
else {
const err221 = {instancePath:instancePath+"/cap_add",schemaPath:"#/properties/cap_add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.cap_add.type,parentSchema:schema12.properties.cap_add,data:data113};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data.cap_drop !== undefined){
let data115 = data.cap_drop;
if(Array.isArray(data115)){
const len25 = data115.length;
for(let i34=0; i34<len25; i34++){
let data116 = data115[i34];
if(typeof data116 === "string"){
if(!pattern55.test(data116)){
const err222 = {instancePath:instancePath+"/cap_drop/" + i34,schemaPath:"#/properties/cap_drop/items/pattern",keyword:"pattern",params:{pattern: "^(CAP_)?[A-Za-z_]+$"},message:"must match pattern \""+"^(CAP_)?[A-Za-z_]+$"+"\"",schema:"^(CAP_)?[A-Za-z_]+$",parentSchema:schema12.properties.cap_drop.items,data:data116};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
else {
const err223 = {instancePath:instancePath+"/cap_drop/" + i34,schemaPath:"#/properties/cap_drop/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.cap_drop.items.type,parentSchema:schema12.properties.cap_drop.items,data:data116};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
let i35 = data115.length;
let j10;
if(i35 > 1){
const indices10 = {};
for(;i35--;){
let item10 = data115[i35];
if(typeof item10 !== "string"){
continue;
}
if(typeof indices10[item10] == "number"){
j10 = indices10[item10];
const err224 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/uniqueItems",keyword:"uniqueItems",params:{i: i35, j: j10},message:"must NOT have duplicate items (items ## "+j10+" and "+i35+" are identical)",schema:true,parentSchema:schema12.properties.cap_drop,data:data115};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
break;
}
indices10[item10] = i35;
}
}
}
else {
const err225 = {instancePath:instancePath+"/cap_drop",schemaPath:"#/properties/cap_drop/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.cap_drop.type,parentSchema:schema12.properties.cap_drop,data:data115};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data.security_opt !== undefined){
let data117 = data.security_opt;
if(Array.isArray(data117)){
const len26 = data117.length;
for(let i36=0; i36<len26; i36++){
let data118 = data117[i36];
if(typeof data118 === "string"){
if(!pattern57.test(data118)){
const err226 = {instancePath:instancePath+"/security_opt/" + i36,schemaPath:"#/properties/security_opt/items/pattern",keyword:"pattern",params:{pattern: "^no-new-privileges([:=]true)?$"},message:"must match pattern \""+"^no-new-privileges([:=]true)?$"+"\"",schema:"^no-new-privileges([:=]true)?$",parentSchema:schema12.properties.security_opt.items,data:data118};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/security_opt/" + i36,schemaPath:"#/properties/security_opt/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.security_opt.items.type,parentSchema:schema12.properties.security_opt.items,data:data118};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
}
else {
const err228 = {instancePath:instancePath+"/security_opt",schemaPath:"#/properties/security_opt/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.security_opt.type,parentSchema:schema12.properties.security_opt,data:data117};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data.privileged !== undefined){
let data119 = data.privileged;
if(false !== data119){
const err229 = {instancePath:instancePath+"/privileged",schemaPath:"#/properties/privileged/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema12.properties.privileged,data:data119};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data.group_add !== undefined){
const err230 = {instancePath:instancePath+"/group_add",schemaPath:"#/properties/group_add/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.group_add.not,parentSchema:schema12.properties.group_add,data:data.group_add};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(data.runtime !== undefined){
const err231 = {instancePath:instancePath+"/runtime",schemaPath:"#/properties/runtime/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.runtime.not,parentSchema:schema12.properties.runtime,data:data.runtime};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(data.ulimits !== undefined){
let data122 = data.ulimits;
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
for(const key17 in data122){
const _errs284 = errors;
if(!((((((((((((((((key17 === "as") || (key17 === "core")) || (key17 === "cpu")) || (key17 === "data")) || (key17 === "fsize")) || (key17 === "locks")) || (key17 === "memlock")) || (key17 === "msgqueue")) || (key17 === "nice")) || (key17 === "nofile")) || (key17 === "nproc")) || (key17 === "rss")) || (key17 === "rtprio")) || (key17 === "rttime")) || (key17 === "sigpending")) || (key17 === "stack"))){
const err232 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/propertyNames/enum",keyword:"enum",params:{allowedValues: schema12.properties.ulimits.propertyNames.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.ulimits.propertyNames.enum,parentSchema:schema12.properties.ulimits.propertyNames,data:key17,propertyName:key17};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
var valid98 = _errs284 === errors;
if(!valid98){
const err233 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/propertyNames",keyword:"propertyNames",params:{propertyName: key17},message:"property name must be valid",schema:schema12.properties.ulimits.propertyNames,parentSchema:schema12.properties.ulimits,data:data122};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
for(const key18 in data122){
let data123 = data122[key18];
if((!(((typeof data123 == "number") && (!(data123 % 1) && !isNaN(data123))) && (isFinite(data123)))) && (!(data123 && typeof data123 == "object" && !Array.isArray(data123)))){
const err234 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/type",keyword:"type",params:{type: schema12.properties.ulimits.additionalProperties.type},message:"must be integer,object",schema:schema12.properties.ulimits.additionalProperties.type,parentSchema:schema12.properties.ulimits.additionalProperties,data:data123};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if((typeof data123 == "number") && (isFinite(data123))){
if(data123 < -1 || isNaN(data123)){
const err235 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.ulimits.additionalProperties,data:data123};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(data123 && typeof data123 == "object" && !Array.isArray(data123)){
if(data123.soft === undefined){
const err236 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/required",keyword:"required",params:{missingProperty: "soft"},message:"must have required property '"+"soft"+"'",schema:schema12.properties.ulimits.additionalProperties.required,parentSchema:schema12.properties.ulimits.additionalProperties,data:data123};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data123.hard === undefined){
const err237 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/required",keyword:"required",params:{missingProperty: "hard"},message:"must have required property '"+"hard"+"'",schema:schema12.properties.ulimits.additionalProperties.required,parentSchema:schema12.properties.ulimits.additionalProperties,data:data123};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
for(const key19 in data123){
if(!(((key19 === "soft") || (key19 === "hard")) || (pattern0.test(key19)))){
const err238 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/ulimits/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.ulimits.additionalProperties,data:data123};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
if(data123.soft !== undefined){
let data124 = data123.soft;
if(!(((typeof data124 == "number") && (!(data124 % 1) && !isNaN(data124))) && (isFinite(data124)))){
const err239 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/properties/ulimits/additionalProperties/properties/soft/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ulimits.additionalProperties.properties.soft.type,parentSchema:schema12.properties.ulimits.additionalProperties.properties.soft,data:data124};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if((typeof data124 == "number") && (isFinite(data124))){
if(data124 < -1 || isNaN(data124)){
const err240 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/soft",schemaPath:"#/properties/ulimits/additionalProperties/properties/soft/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.ulimits.additionalProperties.properties.soft,data:data124};
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
if(data123.hard !== undefined){
let data125 = data123.hard;
if(!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125)))){
const err241 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/properties/ulimits/additionalProperties/properties/hard/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ulimits.additionalProperties.properties.hard.type,parentSchema:schema12.properties.ulimits.additionalProperties.properties.hard,data:data125};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
if((typeof data125 == "number") && (isFinite(data125))){
if(data125 < -1 || isNaN(data125)){
const err242 = {instancePath:instancePath+"/ulimits/" + key18.replace(/~/g, "~0").replace(/\//g, "~1")+"/hard",schemaPath:"#/properties/ulimits/additionalProperties/properties/hard/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.ulimits.additionalProperties.properties.hard,data:data125};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
}
}
}
}
else {
const err243 = {instancePath:instancePath+"/ulimits",schemaPath:"#/properties/ulimits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.ulimits.type,parentSchema:schema12.properties.ulimits,data:data122};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data.shm_size !== undefined){
let data126 = data.shm_size;
if((!(((typeof data126 == "number") && (!(data126 % 1) && !isNaN(data126))) && (isFinite(data126)))) && (typeof data126 !== "string")){
const err244 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/type",keyword:"type",params:{type: schema12.properties.shm_size.type},message:"must be integer,string",schema:schema12.properties.shm_size.type,parentSchema:schema12.properties.shm_size,data:data126};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if((typeof data126 == "number") && (isFinite(data126))){
if(data126 < 0 || isNaN(data126)){
const err245 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.shm_size,data:data126};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(typeof data126 === "string"){
if(!pattern11.test(data126)){
const err246 = {instancePath:instancePath+"/shm_size",schemaPath:"#/properties/shm_size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+([kmgKMG][bB]?|[bB])?$"},message:"must match pattern \""+"^[0-9]+([kmgKMG][bB]?|[bB])?$"+"\"",schema:"^[0-9]+([kmgKMG][bB]?|[bB])?$",parentSchema:schema12.properties.shm_size,data:data126};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
if(data.tty !== undefined){
let data127 = data.tty;
if(typeof data127 !== "boolean"){
const err247 = {instancePath:instancePath+"/tty",schemaPath:"#/properties/tty/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.tty.type,parentSchema:schema12.properties.tty,data:data127};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data.stdin_open !== undefined){
let data128 = data.stdin_open;
if(typeof data128 !== "boolean"){
const err248 = {instancePath:instancePath+"/stdin_open",schemaPath:"#/properties/stdin_open/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.stdin_open.type,parentSchema:schema12.properties.stdin_open,data:data128};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
if(data.sysctls !== undefined){
let data129 = data.sysctls;
if(!data129 || typeof data129 != "object"){
const err249 = {instancePath:instancePath+"/sysctls",schemaPath:"#/properties/sysctls/type",keyword:"type",params:{type: schema12.properties.sysctls.type},message:"must be object,array",schema:schema12.properties.sysctls.type,parentSchema:schema12.properties.sysctls,data:data129};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(Array.isArray(data129)){
const len27 = data129.length;
for(let i37=0; i37<len27; i37++){
let data130 = data129[i37];
if(typeof data130 === "string"){
if(!pattern60.test(data130)){
const err250 = {instancePath:instancePath+"/sysctls/" + i37,schemaPath:"#/properties/sysctls/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+="},message:"must match pattern \""+"^[^=]+="+"\"",schema:"^[^=]+=",parentSchema:schema12.properties.sysctls.items,data:data130};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
else {
const err251 = {instancePath:instancePath+"/sysctls/" + i37,schemaPath:"#/properties/sysctls/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.sysctls.items.type,parentSchema:schema12.properties.sysctls.items,data:data130};
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
if(data129 && typeof data129 == "object" && !Array.isArray(data129)){
for(const key20 in data129){
let data131 = data129[key20];
if(((typeof data131 !== "string") && (!((typeof data131 == "number") && (isFinite(data131))))) && (typeof data131 !== "boolean")){
const err252 = {instancePath:instancePath+"/sysctls/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/sysctls/additionalProperties/type",keyword:"type",params:{type: schema12.properties.sysctls.additionalProperties.type},message:"must be string,number,boolean",schema:schema12.properties.sysctls.additionalProperties.type,parentSchema:schema12.properties.sysctls.additionalProperties,data:data131};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
}
}
if(data.devices !== undefined){
let data132 = data.devices;
if(Array.isArray(data132)){
const len28 = data132.length;
for(let i38=0; i38<len28; i38++){
let data133 = data132[i38];
if(typeof data133 === "string"){
if(!pattern61.test(data133)){
const err253 = {instancePath:instancePath+"/devices/" + i38,schemaPath:"#/properties/devices/items/pattern",keyword:"pattern",params:{pattern: "^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$"},message:"must match pattern \""+"^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$"+"\"",schema:"^/dev/[^:]+(:/[^:]+)?(:[rwm]+)?$",parentSchema:schema12.properties.devices.items,data:data133};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
else {
const err254 = {instancePath:instancePath+"/devices/" + i38,schemaPath:"#/properties/devices/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.devices.items.type,parentSchema:schema12.properties.devices.items,data:data133};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
let i39 = data132.length;
let j11;
if(i39 > 1){
const indices11 = {};
for(;i39--;){
let item11 = data132[i39];
if(typeof item11 !== "string"){
continue;
}
if(typeof indices11[item11] == "number"){
j11 = indices11[item11];
const err255 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/uniqueItems",keyword:"uniqueItems",params:{i: i39, j: j11},message:"must NOT have duplicate items (items ## "+j11+" and "+i39+" are identical)",schema:true,parentSchema:schema12.properties.devices,data:data132};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
break;
}
indices11[item11] = i39;
}
}
}
else {
const err256 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.devices.type,parentSchema:schema12.properties.devices,data:data132};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data.logging !== undefined){
let data134 = data.logging;
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
for(const key21 in data134){
if(!(((key21 === "driver") || (key21 === "options")) || (pattern0.test(key21)))){
const err257 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.logging,data:data134};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data134.driver !== undefined){
let data135 = data134.driver;
if(!((data135 === "json-file") || (data135 === "local"))){
const err258 = {instancePath:instancePath+"/logging/driver",schemaPath:"#/properties/logging/properties/driver/enum",keyword:"enum",params:{allowedValues: schema12.properties.logging.properties.driver.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.logging.properties.driver.enum,parentSchema:schema12.properties.logging.properties.driver,data:data135};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data134.options !== undefined){
let data136 = data134.options;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
for(const key22 in data136){
if(!(((key22 === "max-size") || (key22 === "max-file")) || (pattern0.test(key22)))){
const err259 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.logging.properties.options,data:data136};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data136["max-size"] !== undefined){
let data137 = data136["max-size"];
if((typeof data137 !== "string") && (!(((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137))) && (isFinite(data137))))){
const err260 = {instancePath:instancePath+"/logging/options/max-size",schemaPath:"#/properties/logging/properties/options/properties/max-size/type",keyword:"type",params:{type: schema12.properties.logging.properties.options.properties["max-size"].type},message:"must be string,integer",schema:schema12.properties.logging.properties.options.properties["max-size"].type,parentSchema:schema12.properties.logging.properties.options.properties["max-size"],data:data137};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
if((typeof data137 == "number") && (isFinite(data137))){
if(data137 < 1 || isNaN(data137)){
const err261 = {instancePath:instancePath+"/logging/options/max-size",schemaPath:"#/properties/logging/properties/options/properties/max-size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.logging.properties.options.properties["max-size"],data:data137};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(typeof data137 === "string"){
if(!pattern11.test(data137)){
const err262 = {instancePath:instancePath+"/logging/options/max-size",schemaPath:"#/properties/logging/properties/options/properties/max-size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+([kmgKMG][bB]?|[bB])?$"},message:"must match pattern \""+"^[0-9]+([kmgKMG][bB]?|[bB])?$"+"\"",schema:"^[0-9]+([kmgKMG][bB]?|[bB])?$",parentSchema:schema12.properties.logging.properties.options.properties["max-size"],data:data137};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
}
if(data136["max-file"] !== undefined){
let data138 = data136["max-file"];
if((typeof data138 !== "string") && (!(((typeof data138 == "number") && (!(data138 % 1) && !isNaN(data138))) && (isFinite(data138))))){
const err263 = {instancePath:instancePath+"/logging/options/max-file",schemaPath:"#/properties/logging/properties/options/properties/max-file/type",keyword:"type",params:{type: schema12.properties.logging.properties.options.properties["max-file"].type},message:"must be string,integer",schema:schema12.properties.logging.properties.options.properties["max-file"].type,parentSchema:schema12.properties.logging.properties.options.properties["max-file"],data:data138};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if((typeof data138 == "number") && (isFinite(data138))){
if(data138 < 1 || isNaN(data138)){
const err264 = {instancePath:instancePath+"/logging/options/max-file",schemaPath:"#/properties/logging/properties/options/properties/max-file/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.logging.properties.options.properties["max-file"],data:data138};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(typeof data138 === "string"){
if(!pattern65.test(data138)){
const err265 = {instancePath:instancePath+"/logging/options/max-file",schemaPath:"#/properties/logging/properties/options/properties/max-file/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*$"},message:"must match pattern \""+"^[1-9][0-9]*$"+"\"",schema:"^[1-9][0-9]*$",parentSchema:schema12.properties.logging.properties.options.properties["max-file"],data:data138};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
}
}
else {
const err266 = {instancePath:instancePath+"/logging/options",schemaPath:"#/properties/logging/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.logging.properties.options.type,parentSchema:schema12.properties.logging.properties.options,data:data136};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/logging",schemaPath:"#/properties/logging/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.logging.type,parentSchema:schema12.properties.logging,data:data134};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data.mem_limit !== undefined){
let data139 = data.mem_limit;
if((!(((typeof data139 == "number") && (!(data139 % 1) && !isNaN(data139))) && (isFinite(data139)))) && (typeof data139 !== "string")){
const err268 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/type",keyword:"type",params:{type: schema12.properties.mem_limit.type},message:"must be integer,string",schema:schema12.properties.mem_limit.type,parentSchema:schema12.properties.mem_limit,data:data139};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if((typeof data139 == "number") && (isFinite(data139))){
if(data139 < 1 || isNaN(data139)){
const err269 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.mem_limit,data:data139};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(typeof data139 === "string"){
if(!pattern11.test(data139)){
const err270 = {instancePath:instancePath+"/mem_limit",schemaPath:"#/properties/mem_limit/pattern",keyword:"pattern",params:{pattern: "^[0-9]+([kmgKMG][bB]?|[bB])?$"},message:"must match pattern \""+"^[0-9]+([kmgKMG][bB]?|[bB])?$"+"\"",schema:"^[0-9]+([kmgKMG][bB]?|[bB])?$",parentSchema:schema12.properties.mem_limit,data:data139};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
}
if(data.memswap_limit !== undefined){
let data140 = data.memswap_limit;
if((!(((typeof data140 == "number") && (!(data140 % 1) && !isNaN(data140))) && (isFinite(data140)))) && (typeof data140 !== "string")){
const err271 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/type",keyword:"type",params:{type: schema12.properties.memswap_limit.type},message:"must be integer,string",schema:schema12.properties.memswap_limit.type,parentSchema:schema12.properties.memswap_limit,data:data140};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if((typeof data140 == "number") && (isFinite(data140))){
if(data140 < -1 || isNaN(data140)){
const err272 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.memswap_limit,data:data140};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
if(typeof data140 === "string"){
if(!pattern67.test(data140)){
const err273 = {instancePath:instancePath+"/memswap_limit",schemaPath:"#/properties/memswap_limit/pattern",keyword:"pattern",params:{pattern: "^([0-9]+([kmgKMG][bB]?|[bB])?|-1)$"},message:"must match pattern \""+"^([0-9]+([kmgKMG][bB]?|[bB])?|-1)$"+"\"",schema:"^([0-9]+([kmgKMG][bB]?|[bB])?|-1)$",parentSchema:schema12.properties.memswap_limit,data:data140};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
}
if(data.cpus !== undefined){
let data141 = data.cpus;
if((!((typeof data141 == "number") && (isFinite(data141)))) && (typeof data141 !== "string")){
const err274 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/type",keyword:"type",params:{type: schema12.properties.cpus.type},message:"must be number,string",schema:schema12.properties.cpus.type,parentSchema:schema12.properties.cpus,data:data141};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if((typeof data141 == "number") && (isFinite(data141))){
if(data141 <= 0 || isNaN(data141)){
const err275 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema12.properties.cpus,data:data141};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(typeof data141 === "string"){
if(!pattern68.test(data141)){
const err276 = {instancePath:instancePath+"/cpus",schemaPath:"#/properties/cpus/pattern",keyword:"pattern",params:{pattern: "^[0-9]*\\.?[0-9]+$"},message:"must match pattern \""+"^[0-9]*\\.?[0-9]+$"+"\"",schema:"^[0-9]*\\.?[0-9]+$",parentSchema:schema12.properties.cpus,data:data141};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
}
if(data.cpu_shares !== undefined){
let data142 = data.cpu_shares;
if(!(((typeof data142 == "number") && (!(data142 % 1) && !isNaN(data142))) && (isFinite(data142)))){
const err277 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.cpu_shares.type,parentSchema:schema12.properties.cpu_shares,data:data142};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if((typeof data142 == "number") && (isFinite(data142))){
if(data142 > 262144 || isNaN(data142)){
const err278 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/maximum",keyword:"maximum",params:{comparison: "<=", limit: 262144},message:"must be <= 262144",schema:262144,parentSchema:schema12.properties.cpu_shares,data:data142};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(data142 < 2 || isNaN(data142)){
const err279 = {instancePath:instancePath+"/cpu_shares",schemaPath:"#/properties/cpu_shares/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2",schema:2,parentSchema:schema12.properties.cpu_shares,data:data142};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
}
if(data.pids_limit !== undefined){
let data143 = data.pids_limit;
if(!(((typeof data143 == "number") && (!(data143 % 1) && !isNaN(data143))) && (isFinite(data143)))){
const err280 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.pids_limit.type,parentSchema:schema12.properties.pids_limit,data:data143};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
const _errs331 = errors;
const _errs332 = errors;
if(0 !== data143){
const err281 = {};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
var valid109 = _errs332 === errors;
if(valid109){
const err282 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.pids_limit.not,parentSchema:schema12.properties.pids_limit,data:data143};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
else {
errors = _errs331;
if(vErrors !== null){
if(_errs331){
vErrors.length = _errs331;
}
else {
vErrors = null;
}
}
}
if((typeof data143 == "number") && (isFinite(data143))){
if(data143 < -1 || isNaN(data143)){
const err283 = {instancePath:instancePath+"/pids_limit",schemaPath:"#/properties/pids_limit/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema12.properties.pids_limit,data:data143};
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
if(data.deploy !== undefined){
let data144 = data.deploy;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
for(const key23 in data144){
if(!((key23 === "resources") || (pattern0.test(key23)))){
const err284 = {instancePath:instancePath+"/deploy",schemaPath:"#/properties/deploy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.deploy,data:data144};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data144.resources !== undefined){
let data145 = data144.resources;
if(data145 && typeof data145 == "object" && !Array.isArray(data145)){
for(const key24 in data145){
if(!((key24 === "limits") || (pattern0.test(key24)))){
const err285 = {instancePath:instancePath+"/deploy/resources",schemaPath:"#/properties/deploy/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.deploy.properties.resources,data:data145};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data145.limits !== undefined){
let data146 = data145.limits;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
for(const key25 in data146){
if(!((((key25 === "cpus") || (key25 === "memory")) || (key25 === "pids")) || (pattern0.test(key25)))){
const err286 = {instancePath:instancePath+"/deploy/resources/limits",schemaPath:"#/properties/deploy/properties/resources/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.deploy.properties.resources.properties.limits,data:data146};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data146.cpus !== undefined){
let data147 = data146.cpus;
if((!((typeof data147 == "number") && (isFinite(data147)))) && (typeof data147 !== "string")){
const err287 = {instancePath:instancePath+"/deploy/resources/limits/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/cpus/type",keyword:"type",params:{type: schema12.properties.deploy.properties.resources.properties.limits.properties.cpus.type},message:"must be number,string",schema:schema12.properties.deploy.properties.resources.properties.limits.properties.cpus.type,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.cpus,data:data147};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
if((typeof data147 == "number") && (isFinite(data147))){
if(data147 <= 0 || isNaN(data147)){
const err288 = {instancePath:instancePath+"/deploy/resources/limits/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/cpus/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.cpus,data:data147};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(typeof data147 === "string"){
if(!pattern68.test(data147)){
const err289 = {instancePath:instancePath+"/deploy/resources/limits/cpus",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/cpus/pattern",keyword:"pattern",params:{pattern: "^[0-9]*\\.?[0-9]+$"},message:"must match pattern \""+"^[0-9]*\\.?[0-9]+$"+"\"",schema:"^[0-9]*\\.?[0-9]+$",parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.cpus,data:data147};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
}
if(data146.memory !== undefined){
let data148 = data146.memory;
if((!(((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148))) && (isFinite(data148)))) && (typeof data148 !== "string")){
const err290 = {instancePath:instancePath+"/deploy/resources/limits/memory",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/memory/type",keyword:"type",params:{type: schema12.properties.deploy.properties.resources.properties.limits.properties.memory.type},message:"must be integer,string",schema:schema12.properties.deploy.properties.resources.properties.limits.properties.memory.type,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.memory,data:data148};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if((typeof data148 == "number") && (isFinite(data148))){
if(data148 < 1 || isNaN(data148)){
const err291 = {instancePath:instancePath+"/deploy/resources/limits/memory",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/memory/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.memory,data:data148};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(typeof data148 === "string"){
if(!pattern11.test(data148)){
const err292 = {instancePath:instancePath+"/deploy/resources/limits/memory",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/memory/pattern",keyword:"pattern",params:{pattern: "^[0-9]+([kmgKMG][bB]?|[bB])?$"},message:"must match pattern \""+"^[0-9]+([kmgKMG][bB]?|[bB])?$"+"\"",schema:"^[0-9]+([kmgKMG][bB]?|[bB])?$",parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.memory,data:data148};
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
if(data146.pids !== undefined){
let data149 = data146.pids;
if(!(((typeof data149 == "number") && (!(data149 % 1) && !isNaN(data149))) && (isFinite(data149)))){
const err293 = {instancePath:instancePath+"/deploy/resources/limits/pids",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/pids/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.deploy.properties.resources.properties.limits.properties.pids.type,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.pids,data:data149};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
if((typeof data149 == "number") && (isFinite(data149))){
if(data149 < 1 || isNaN(data149)){
const err294 = {instancePath:instancePath+"/deploy/resources/limits/pids",schemaPath:"#/properties/deploy/properties/resources/properties/limits/properties/pids/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.deploy.properties.resources.properties.limits.properties.pids,data:data149};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
}
}
else {
const err295 = {instancePath:instancePath+"/deploy/resources/limits",schemaPath:"#/properties/deploy/properties/resources/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.deploy.properties.resources.properties.limits.type,parentSchema:schema12.properties.deploy.properties.resources.properties.limits,data:data146};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
}
else {
const err296 = {instancePath:instancePath+"/deploy/resources",schemaPath:"#/properties/deploy/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.deploy.properties.resources.type,parentSchema:schema12.properties.deploy.properties.resources,data:data145};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
}
else {
const err297 = {instancePath:instancePath+"/deploy",schemaPath:"#/properties/deploy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.deploy.type,parentSchema:schema12.properties.deploy,data:data144};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
else {
const err298 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
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
if(!((((((((key0 === "name") || (key0 === "version")) || (key0 === "services")) || (key0 === "volumes")) || (key0 === "networks")) || (key0 === "secrets")) || (key0 === "configs")) || (pattern0.test(key0)))){
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
const err6 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/type",keyword:"type",params:{type: schema19.type},message:"must be object,null",schema:schema19.type,parentSchema:schema19,data:data5};
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
const err7 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data:data5};
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
const err8 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver",schemaPath:"#/definitions/volume/properties/driver/const",keyword:"const",params:{allowedValue: "local"},message:"must be equal to constant",schema:"local",parentSchema:schema19.properties.driver,data:data6};
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
const err9 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/volume/properties/labels/type",keyword:"type",params:{type: schema19.properties.labels.type},message:"must be object,array",schema:schema19.properties.labels.type,parentSchema:schema19.properties.labels,data:data7};
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
if(!pattern5.test(data8)){
const err10 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i0,schemaPath:"#/definitions/volume/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema19.properties.labels.items,data:data8};
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
const err11 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i0,schemaPath:"#/definitions/volume/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.properties.labels.items.type,parentSchema:schema19.properties.labels.items,data:data8};
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
const err12 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/volume/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema19.properties.labels,data:data7};
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
const err13 = {instancePath:instancePath+"/volumes/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/volume/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema19.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema19.properties.labels.additionalProperties.type,parentSchema:schema19.properties.labels.additionalProperties,data:data9};
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
const err15 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/type",keyword:"type",params:{type: schema20.type},message:"must be object,null",schema:schema20.type,parentSchema:schema20,data:data11};
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
if(!((func2.call(schema20.properties, key6)) || (pattern0.test(key6)))){
const err16 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema20,data:data11};
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
if(!pattern77.test(data12)){
const err17 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/network/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema20.properties.name,data:data12};
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
const err18 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/network/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.name.type,parentSchema:schema20.properties.name,data:data12};
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
const err20 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.properties.external.then.not,parentSchema:schema20.properties.external.then,data:data13};
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
const err21 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/else/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.external.else.type,parentSchema:schema20.properties.external.else,data:data13};
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
const err22 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/network/properties/external/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema20.properties.external.if,parentSchema:schema20.properties.external,data:data13};
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
const err23 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/internal",schemaPath:"#/definitions/network/properties/internal/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.internal.type,parentSchema:schema20.properties.internal,data:data14};
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
const err24 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver",schemaPath:"#/definitions/network/properties/driver/enum",keyword:"enum",params:{allowedValues: schema20.properties.driver.enum},message:"must be equal to one of the allowed values",schema:schema20.properties.driver.enum,parentSchema:schema20.properties.driver,data:data15};
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
const err25 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/driver_opts",schemaPath:"#/definitions/network/properties/driver_opts/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema20.properties.driver_opts.not,parentSchema:schema20.properties.driver_opts,data:data11.driver_opts};
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
const err26 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/attachable",schemaPath:"#/definitions/network/properties/attachable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema20.properties.attachable.type,parentSchema:schema20.properties.attachable,data:data17};
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
const err27 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/enable_ipv6",schemaPath:"#/definitions/network/properties/enable_ipv6/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema20.properties.enable_ipv6,data:data18};
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
const err28 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam",schemaPath:"#/definitions/network/properties/ipam/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.ipam,data:data19};
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
const err29 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/driver",schemaPath:"#/definitions/network/properties/ipam/properties/driver/const",keyword:"const",params:{allowedValue: "default"},message:"must be equal to constant",schema:"default",parentSchema:schema20.properties.ipam.properties.driver,data:data20};
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
const err30 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config",schemaPath:"#/definitions/network/properties/ipam/properties/config/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema20.properties.ipam.properties.config,data:data21};
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
const err31 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2,schemaPath:"#/definitions/network/properties/ipam/properties/config/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema20.properties.ipam.properties.config.items,data:data22};
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
if(!pattern80.test(data23)){
const err32 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/subnet",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/subnet/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema20.properties.ipam.properties.config.items.properties.subnet,data:data23};
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
const err33 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/subnet",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/subnet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipam.properties.config.items.properties.subnet.type,parentSchema:schema20.properties.ipam.properties.config.items.properties.subnet,data:data23};
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
if(!pattern37.test(data24)){
const err34 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/gateway",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/gateway/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",parentSchema:schema20.properties.ipam.properties.config.items.properties.gateway,data:data24};
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
const err35 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/gateway",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/gateway/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipam.properties.config.items.properties.gateway.type,parentSchema:schema20.properties.ipam.properties.config.items.properties.gateway,data:data24};
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
if(!pattern80.test(data25)){
const err36 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/ip_range",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/ip_range/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$"+"\"",schema:"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/([0-9]|[12][0-9]|3[0-2])$",parentSchema:schema20.properties.ipam.properties.config.items.properties.ip_range,data:data25};
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
const err37 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2+"/ip_range",schemaPath:"#/definitions/network/properties/ipam/properties/config/items/properties/ip_range/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.ipam.properties.config.items.properties.ip_range.type,parentSchema:schema20.properties.ipam.properties.config.items.properties.ip_range,data:data25};
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
const err38 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config/" + i2,schemaPath:"#/definitions/network/properties/ipam/properties/config/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.ipam.properties.config.items.type,parentSchema:schema20.properties.ipam.properties.config.items,data:data22};
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
const err39 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam/config",schemaPath:"#/definitions/network/properties/ipam/properties/config/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.properties.ipam.properties.config.type,parentSchema:schema20.properties.ipam.properties.config,data:data21};
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
const err40 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/ipam",schemaPath:"#/definitions/network/properties/ipam/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema20.properties.ipam.type,parentSchema:schema20.properties.ipam,data:data19};
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
const err41 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/network/properties/labels/type",keyword:"type",params:{type: schema20.properties.labels.type},message:"must be object,array",schema:schema20.properties.labels.type,parentSchema:schema20.properties.labels,data:data26};
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
if(!pattern5.test(data27)){
const err42 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i3,schemaPath:"#/definitions/network/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema20.properties.labels.items,data:data27};
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
const err43 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + i3,schemaPath:"#/definitions/network/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.properties.labels.items.type,parentSchema:schema20.properties.labels.items,data:data27};
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
const err44 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels",schemaPath:"#/definitions/network/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema20.properties.labels,data:data26};
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
const err45 = {instancePath:instancePath+"/networks/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/network/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema20.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema20.properties.labels.additionalProperties.type,parentSchema:schema20.properties.labels.additionalProperties,data:data28};
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
if(data.secrets !== undefined){
let data29 = data.secrets;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key10 in data29){
const _errs74 = errors;
if(typeof key10 === "string"){
if(!pattern45.test(key10)){
const err47 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema11.properties.secrets.propertyNames,data:key10,propertyName:key10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid21 = _errs74 === errors;
if(!valid21){
const err48 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid",schema:schema11.properties.secrets.propertyNames,parentSchema:schema11.properties.secrets,data:data29};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
for(const key11 in data29){
let data30 = data29[key11];
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key12 in data30){
if(!((((((key12 === "file") || (key12 === "environment")) || (key12 === "content")) || (key12 === "external")) || (key12 === "name")) || (pattern0.test(key12)))){
const err49 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/fileSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data30};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data30.file !== undefined){
let data31 = data30.file;
if(typeof data31 === "string"){
if(!pattern8.test(data31)){
const err50 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/fileSource/properties/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21.properties.file,data:data31};
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
const err51 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/fileSource/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.file.type,parentSchema:schema21.properties.file,data:data31};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data30.environment !== undefined){
let data32 = data30.environment;
if(typeof data32 === "string"){
if(!pattern87.test(data32)){
const err52 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/environment",schemaPath:"#/definitions/fileSource/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema21.properties.environment,data:data32};
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
const err53 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/environment",schemaPath:"#/definitions/fileSource/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.environment.type,parentSchema:schema21.properties.environment,data:data32};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data30.content !== undefined){
let data33 = data30.content;
if(typeof data33 !== "string"){
const err54 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/content",schemaPath:"#/definitions/fileSource/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.content.type,parentSchema:schema21.properties.content,data:data33};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data30.external !== undefined){
const err55 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/fileSource/properties/external/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema21.properties.external.not,parentSchema:schema21.properties.external,data:data30.external};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data30.name !== undefined){
const err56 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/fileSource/properties/name/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema21.properties.name.not,parentSchema:schema21.properties.name,data:data30.name};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/secrets/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/fileSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data30};
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
else {
const err58 = {instancePath:instancePath+"/secrets",schemaPath:"#/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.secrets.type,parentSchema:schema11.properties.secrets,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.configs !== undefined){
let data36 = data.configs;
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
for(const key13 in data36){
const _errs92 = errors;
if(typeof key13 === "string"){
if(!pattern45.test(key13)){
const err59 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema11.properties.configs.propertyNames,data:key13,propertyName:key13};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
var valid25 = _errs92 === errors;
if(!valid25){
const err60 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/propertyNames",keyword:"propertyNames",params:{propertyName: key13},message:"property name must be valid",schema:schema11.properties.configs.propertyNames,parentSchema:schema11.properties.configs,data:data36};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
for(const key14 in data36){
let data37 = data36[key14];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key15 in data37){
if(!((((((key15 === "file") || (key15 === "environment")) || (key15 === "content")) || (key15 === "external")) || (key15 === "name")) || (pattern0.test(key15)))){
const err61 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/fileSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data:data37};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data37.file !== undefined){
let data38 = data37.file;
if(typeof data38 === "string"){
if(!pattern8.test(data38)){
const err62 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/fileSource/properties/file/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema21.properties.file,data:data38};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/file",schemaPath:"#/definitions/fileSource/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.file.type,parentSchema:schema21.properties.file,data:data38};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data37.environment !== undefined){
let data39 = data37.environment;
if(typeof data39 === "string"){
if(!pattern87.test(data39)){
const err64 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/environment",schemaPath:"#/definitions/fileSource/properties/environment/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\"",schema:"^[A-Za-z_][A-Za-z0-9_]*$",parentSchema:schema21.properties.environment,data:data39};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/environment",schemaPath:"#/definitions/fileSource/properties/environment/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.environment.type,parentSchema:schema21.properties.environment,data:data39};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data37.content !== undefined){
let data40 = data37.content;
if(typeof data40 !== "string"){
const err66 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/content",schemaPath:"#/definitions/fileSource/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.content.type,parentSchema:schema21.properties.content,data:data40};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data37.external !== undefined){
const err67 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/external",schemaPath:"#/definitions/fileSource/properties/external/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema21.properties.external.not,parentSchema:schema21.properties.external,data:data37.external};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data37.name !== undefined){
const err68 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/name",schemaPath:"#/definitions/fileSource/properties/name/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema21.properties.name.not,parentSchema:schema21.properties.name,data:data37.name};
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
const err69 = {instancePath:instancePath+"/configs/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/fileSource/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data:data37};
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
const err70 = {instancePath:instancePath+"/configs",schemaPath:"#/properties/configs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.configs.type,parentSchema:schema11.properties.configs,data:data36};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

