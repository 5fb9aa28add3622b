/* eslint-disable */
// @ts-nocheck
// Generated from schema/dabba.schema.json by scripts/build-schema-validator.mjs: do not edit.

export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/dabba/dabba/schema/dabba.schema.json","title":"dabba.yaml","description":"A dabba project: the subset of the Compose Specification that dabba runs without Docker, plus dabba's own per-service keys net and fakeroot.","type":"object","required":["services"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$","x-error":"{value} is not a project name (expected lowercase letters, digits, _ and -, starting with a letter or digit)","description":"Project name. Default: the project folder's name, lowercased, keeping only a-z, 0-9, _ and -."},"version":{"type":["string","number"],"description":"Obsolete, as in compose: accepted and ignored."},"services":{"type":"object","description":"The services (containers) of the project, by name. A service's name is also the name of its folder under .dabba/.","additionalProperties":{"$ref":"#/definitions/service"}},"volumes":{"type":"object","description":"Named volumes that services mount with `NAME:/path`. Each lives in .dabba/volumes/NAME/ and survives re-creating the service.","additionalProperties":{"$ref":"#/definitions/volume"}}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba, useful as a YAML anchor to reuse."}},"additionalProperties":false,"definitions":{"service":{"type":"object","description":"One container: the image it runs and how.","required":["image"],"properties":{"image":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image (expected a reference such as busybox or ghcr.io/o/r:tag, or oci:DIR, oci-archive:FILE, docker-archive:FILE)","description":"The image to run: a registry reference (busybox, ghcr.io/o/r:tag, r@sha256:...) or a local source oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REPO:TAG] (relative paths from the project folder)."},"profiles":{"type":"array","items":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a profile name (letters, digits, _ . -, starting with a letter or digit, at least two characters)"},"description":"Profiles the service belongs to: it starts only when one of them is enabled (--profile, COMPOSE_PROFILES; * enables all) or it is named on the command line, as in compose. Without profiles it is always active."},"build":{"not":{},"x-error":"dabba runs prebuilt images: build the image elsewhere and set image:","description":"Not supported: dabba runs prebuilt images; build the image elsewhere and set image:."},"command":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Cmd. A string is split into words as a shell would (quotes respected, no variable expansion); a list is used as is."},"entrypoint":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Entrypoint and clears its Cmd. A string is split as a shell would; a list is used as is; [] removes the entrypoint."},"working_dir":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected a folder inside the container, starting with /)","description":"The folder the command starts in (absolute, inside the container); created if missing. Default: the image's WorkingDir."},"environment":{"type":["object","array"],"description":"Environment variables: a mapping KEY: value, or a list of KEY=VALUE. A bare KEY (or KEY: with no value) takes the value from dabba's own environment. Wins over env_file.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not an environment entry (expected KEY=VALUE or KEY)","description":"KEY=VALUE, or KEY to take the value from dabba's environment."},"uniqueItems":true},"env_file":{"type":["string","array"],"description":"Files of KEY=VALUE lines (relative to the project folder) loaded into the environment, in order; environment: wins over them.","items":{"type":["string","object"],"description":"A file path, or {path, required}.","required":["path"],"properties":{"path":{"type":"string","description":"The file, relative to the project folder."},"required":{"type":"boolean","description":"false: a missing file is skipped instead of an error. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"volumes":{"type":"array","description":"Mounts: short syntax HOST:CONTAINER[:ro|:rw] (HOST starts with ., / or ~), NAME:CONTAINER[:ro|:rw] for a named volume, or a bare CONTAINER path for an anonymous volume; or the long syntax mapping.","items":{"type":["string","object"],"description":"A short-syntax string or a long-syntax mapping.","required":["type","target"],"properties":{"type":{"enum":["bind","volume","tmpfs"],"description":"bind: a host path; volume: a named (or, without source, anonymous) volume; tmpfs: a memory file system."},"source":{"type":"string","pattern":"\\S","x-error":"a source must not be empty","description":"The host path (bind, relative to the project folder) or the volume name (volume)."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the mount point inside the container, starting with /)","description":"The mount point inside the container."},"read_only":{"type":"boolean","description":"Mount read-only. Default false."},"tmpfs":{"type":"object","description":"Options of a tmpfs mount.","properties":{"size":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Maximum size in bytes, or with a unit: 64m, 1g."},"mode":{"type":"integer","minimum":0,"maximum":4095,"description":"Permission bits of the mount's root, e.g. 0o1777 (write 1023 in decimal, or an octal 0o literal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"allOf":[{"if":{"type":"object","properties":{"type":{"const":"bind"}}},"then":{"required":["source"]}},{"if":{"type":"object","properties":{"type":{"const":"tmpfs"}}},"then":{"not":{"required":["source"]},"x-error":"a tmpfs mount takes no source"}},{"if":{"type":"object","properties":{"type":{"enum":["bind","volume"]}}},"then":{"not":{"required":["tmpfs"]},"x-error":"tmpfs: options apply only to type: tmpfs"}}]}},"ports":{"type":"array","description":"Ports forwarded from the host into the container (needs net: true): short syntax [IP:]HOST:CONTAINER[/tcp|/udp], with ranges 8000-8001:80-81, or the long syntax mapping. dabba needs a host port: it does not pick random ones.","items":{"type":["string","integer","object"],"description":"A short-syntax string or a long-syntax mapping.","pattern":"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])","required":["target","published"],"properties":{"target":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the container."},"published":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?$","minimum":1,"maximum":65535,"x-error":"{value} is not a host port (expected a port or a range like 8000-8001)","description":"The port on the host (or a range, for as many consecutive target ports)."},"host_ip":{"type":"string","description":"The host address to listen on. Default 0.0.0.0 (all IPv4 addresses), as compose."},"protocol":{"enum":["tcp","udp"],"description":"tcp (default) or udp."},"mode":{"const":"host","description":"Only host mode exists without a swarm: accepted for compatibility."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-error":"{value} is not a host name (expected letters, digits and -, in dot-separated labels)","description":"The container's host name. Default: the service name."},"user":{"type":["string","integer"],"description":"The user (and group) the command runs as: NAME, UID, NAME:GROUP or UID:GID, resolved in the image's /etc/passwd and /etc/group. With fakeroot: false, that user is you (your uid and gid become its ids)."},"read_only":{"type":"boolean","description":"Mount the container's root file system read-only (volumes and tmpfs stay writable). Default false."},"tmpfs":{"type":["string","array"],"pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","items":{"type":"string","pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","description":"A path inside the container."},"description":"Paths inside the container mounted as empty memory file systems."},"platform":{"type":"string","pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$","x-error":"{value} is not a platform (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)","description":"The platform to pick from a multi-platform image, OS/ARCH[/VARIANT]. Default: this host's."},"pull_policy":{"enum":["missing","if_not_present","always","never"],"description":"missing (default; also if_not_present): pull only when the image is not in the store; always: re-resolve the tag on every up; never: use only what is stored."},"depends_on":{"type":["array","object"],"description":"Services started before this one: a list of names (condition service_started), or a mapping of name to {condition, restart, required}.","items":{"type":"string","description":"A service name."},"uniqueItems":true,"additionalProperties":{"type":"object","description":"How this service waits for the other one.","required":["condition"],"properties":{"condition":{"enum":["service_started","service_healthy","service_completed_successfully"],"description":"service_started: it has started; service_healthy: its healthcheck passes; service_completed_successfully: it has exited with code 0."},"restart":{"type":"boolean","description":"Restart this service when the dependency is restarted. Default false."},"required":{"type":"boolean","description":"false: a dependency that cannot be started is skipped with a warning. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"restart":{"type":"string","pattern":"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$","x-error":"{value} is not a restart policy (expected no, always, on-failure[:N] or unless-stopped)","description":"When to restart the container after it exits: no (default), always, on-failure[:N] (at most N times), unless-stopped."},"healthcheck":{"type":"object","description":"A command run inside the container to tell whether it is healthy (used by depends_on condition service_healthy).","properties":{"test":{"type":["string","array"],"description":"A string runs through /bin/sh -c; a list is [\"CMD\", argv...], [\"CMD-SHELL\", command] or [\"NONE\"].","items":[{"enum":["CMD","CMD-SHELL","NONE"],"description":"The form of the test."}],"additionalItems":{"type":"string","description":"An argument, or the shell command for CMD-SHELL."},"minItems":1},"interval":{"$ref":"#/definitions/duration","description":"Time between checks, e.g. 30s, 1m30s. Default 30s."},"timeout":{"$ref":"#/definitions/duration","description":"How long one check may take before it counts as failed. Default 30s."},"retries":{"type":"integer","minimum":0,"description":"Consecutive failures before the container is unhealthy. Default 3."},"start_period":{"$ref":"#/definitions/duration","description":"Time after start during which failures do not count. Default 0s."},"disable":{"type":"boolean","description":"true: no healthcheck."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"stop_signal":{"type":"string","pattern":"^(SIG)?[A-Z][A-Z0-9+-]*$","x-error":"{value} is not a signal name (expected e.g. SIGTERM or SIGQUIT)","description":"The signal that asks the container to stop. Default: the image's StopSignal, else SIGTERM."},"stop_grace_period":{"$ref":"#/definitions/duration","description":"How long to wait after stop_signal before SIGKILL, e.g. 10s, 1m30s. Default 10s."},"init":{"type":"boolean","description":"Run a minimal init as PID 1 that forwards signals and reaps zombies. Default false."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true},"develop":{"type":"object","description":"Development mode, used by dabba up --watch.","properties":{"watch":{"type":"array","description":"Host paths that dabba up --watch watches, and what a change does.","items":{"type":"object","description":"One watched path.","required":["path","action"],"properties":{"path":{"type":"string","pattern":"\\S","x-error":"a path must not be empty","description":"The host path to watch, relative to the project folder."},"action":{"enum":["restart","sync+restart","sync"],"description":"restart: restart the service; sync: copy changed files to target; sync+restart: copy, then restart."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the path inside the container that files are synced to)","description":"For sync actions: where the files go inside the container."},"ignore":{"type":"array","items":{"type":"string","description":"A pattern, relative to path."},"description":"Patterns (relative to path) whose changes are ignored."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"if":{"properties":{"action":{"enum":["sync","sync+restart"]}}},"then":{"required":["target"]}}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"net":{"type":"boolean","description":"dabba: true (default) gives the container its own network with user-mode networking (slirp4netns) and port forwards; false leaves it loopback only (no ports)."},"fakeroot":{"type":"boolean","description":"dabba: true (default): the container's root (uid and gid 0) is you, and the command runs as user:, else the image's User, else root, as docker does. false: you are not root inside; the command runs with your own uid and gid, or with user: as that user, whose ids your uid and gid become (podman's keep-id), so files it writes to bind mounts are yours. Run as root, containers always get an unprivileged id range and false changes nothing."}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba."}},"additionalProperties":false},"volume":{"type":["object","null"],"description":"A named volume: the folder .dabba/volumes/NAME/ (NAME is its key), kept across re-creating services and removed by dabba down -v.","properties":{"driver":{"const":"local","description":"Only local: accepted for compatibility."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"duration":{"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","x-error":"{value} is not a duration (expected e.g. 10s, 1m30s, 500ms)","description":"A duration: numbers with units h, m, s, ms, us, ns, e.g. 1m30s."}}};
const schema17 = {"type":["object","null"],"description":"A named volume: the folder .dabba/volumes/NAME/ (NAME is its key), kept across re-creating services and removed by dabba down -v.","properties":{"driver":{"const":"local","description":"Only local: accepted for compatibility."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false};
const pattern0 = new RegExp("^x-", "u");
const pattern1 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern6 = new RegExp("^[^=]+", "u");
const schema12 = {"type":"object","description":"One container: the image it runs and how.","required":["image"],"properties":{"image":{"type":"string","pattern":"^\\S+$","x-error":"{value} is not an image (expected a reference such as busybox or ghcr.io/o/r:tag, or oci:DIR, oci-archive:FILE, docker-archive:FILE)","description":"The image to run: a registry reference (busybox, ghcr.io/o/r:tag, r@sha256:...) or a local source oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REPO:TAG] (relative paths from the project folder)."},"profiles":{"type":"array","items":{"type":"string","pattern":"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$","x-error":"{value} is not a profile name (letters, digits, _ . -, starting with a letter or digit, at least two characters)"},"description":"Profiles the service belongs to: it starts only when one of them is enabled (--profile, COMPOSE_PROFILES; * enables all) or it is named on the command line, as in compose. Without profiles it is always active."},"build":{"not":{},"x-error":"dabba runs prebuilt images: build the image elsewhere and set image:","description":"Not supported: dabba runs prebuilt images; build the image elsewhere and set image:."},"command":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Cmd. A string is split into words as a shell would (quotes respected, no variable expansion); a list is used as is."},"entrypoint":{"type":["string","array"],"items":{"type":"string"},"description":"Overrides the image's Entrypoint and clears its Cmd. A string is split as a shell would; a list is used as is; [] removes the entrypoint."},"working_dir":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected a folder inside the container, starting with /)","description":"The folder the command starts in (absolute, inside the container); created if missing. Default: the image's WorkingDir."},"environment":{"type":["object","array"],"description":"Environment variables: a mapping KEY: value, or a list of KEY=VALUE. A bare KEY (or KEY: with no value) takes the value from dabba's own environment. Wins over env_file.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not an environment entry (expected KEY=VALUE or KEY)","description":"KEY=VALUE, or KEY to take the value from dabba's environment."},"uniqueItems":true},"env_file":{"type":["string","array"],"description":"Files of KEY=VALUE lines (relative to the project folder) loaded into the environment, in order; environment: wins over them.","items":{"type":["string","object"],"description":"A file path, or {path, required}.","required":["path"],"properties":{"path":{"type":"string","description":"The file, relative to the project folder."},"required":{"type":"boolean","description":"false: a missing file is skipped instead of an error. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"volumes":{"type":"array","description":"Mounts: short syntax HOST:CONTAINER[:ro|:rw] (HOST starts with ., / or ~), NAME:CONTAINER[:ro|:rw] for a named volume, or a bare CONTAINER path for an anonymous volume; or the long syntax mapping.","items":{"type":["string","object"],"description":"A short-syntax string or a long-syntax mapping.","required":["type","target"],"properties":{"type":{"enum":["bind","volume","tmpfs"],"description":"bind: a host path; volume: a named (or, without source, anonymous) volume; tmpfs: a memory file system."},"source":{"type":"string","pattern":"\\S","x-error":"a source must not be empty","description":"The host path (bind, relative to the project folder) or the volume name (volume)."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the mount point inside the container, starting with /)","description":"The mount point inside the container."},"read_only":{"type":"boolean","description":"Mount read-only. Default false."},"tmpfs":{"type":"object","description":"Options of a tmpfs mount.","properties":{"size":{"type":["integer","string"],"pattern":"^[0-9]+([kmgKMG][bB]?|[bB])?$","minimum":0,"x-error":"{value} is not a size (expected bytes, or a number with k, m or g)","description":"Maximum size in bytes, or with a unit: 64m, 1g."},"mode":{"type":"integer","minimum":0,"maximum":4095,"description":"Permission bits of the mount's root, e.g. 0o1777 (write 1023 in decimal, or an octal 0o literal)."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"allOf":[{"if":{"type":"object","properties":{"type":{"const":"bind"}}},"then":{"required":["source"]}},{"if":{"type":"object","properties":{"type":{"const":"tmpfs"}}},"then":{"not":{"required":["source"]},"x-error":"a tmpfs mount takes no source"}},{"if":{"type":"object","properties":{"type":{"enum":["bind","volume"]}}},"then":{"not":{"required":["tmpfs"]},"x-error":"tmpfs: options apply only to type: tmpfs"}}]}},"ports":{"type":"array","description":"Ports forwarded from the host into the container (needs net: true): short syntax [IP:]HOST:CONTAINER[/tcp|/udp], with ranges 8000-8001:80-81, or the long syntax mapping. dabba needs a host port: it does not pick random ones.","items":{"type":["string","integer","object"],"description":"A short-syntax string or a long-syntax mapping.","pattern":"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$","x-error":"{value} is not a port mapping (expected [IP:]HOST:CONTAINER[/tcp|udp])","required":["target","published"],"properties":{"target":{"type":"integer","minimum":1,"maximum":65535,"description":"The port inside the container."},"published":{"type":["string","integer"],"pattern":"^[0-9]+(-[0-9]+)?$","minimum":1,"maximum":65535,"x-error":"{value} is not a host port (expected a port or a range like 8000-8001)","description":"The port on the host (or a range, for as many consecutive target ports)."},"host_ip":{"type":"string","description":"The host address to listen on. Default 0.0.0.0 (all IPv4 addresses), as compose."},"protocol":{"enum":["tcp","udp"],"description":"tcp (default) or udp."},"mode":{"const":"host","description":"Only host mode exists without a swarm: accepted for compatibility."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"hostname":{"type":"string","pattern":"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$","x-error":"{value} is not a host name (expected letters, digits and -, in dot-separated labels)","description":"The container's host name. Default: the service name."},"user":{"type":["string","integer"],"description":"The user (and group) the command runs as: NAME, UID, NAME:GROUP or UID:GID, resolved in the image's /etc/passwd and /etc/group. With fakeroot: false, that user is you (your uid and gid become its ids)."},"read_only":{"type":"boolean","description":"Mount the container's root file system read-only (volumes and tmpfs stay writable). Default false."},"tmpfs":{"type":["string","array"],"pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","items":{"type":"string","pattern":"^/[^:]*$","x-error":"{value} is not a tmpfs mount point (expected an absolute path inside the container; options are not supported)","description":"A path inside the container."},"description":"Paths inside the container mounted as empty memory file systems."},"platform":{"type":"string","pattern":"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$","x-error":"{value} is not a platform (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)","description":"The platform to pick from a multi-platform image, OS/ARCH[/VARIANT]. Default: this host's."},"pull_policy":{"enum":["missing","if_not_present","always","never"],"description":"missing (default; also if_not_present): pull only when the image is not in the store; always: re-resolve the tag on every up; never: use only what is stored."},"depends_on":{"type":["array","object"],"description":"Services started before this one: a list of names (condition service_started), or a mapping of name to {condition, restart, required}.","items":{"type":"string","description":"A service name."},"uniqueItems":true,"additionalProperties":{"type":"object","description":"How this service waits for the other one.","required":["condition"],"properties":{"condition":{"enum":["service_started","service_healthy","service_completed_successfully"],"description":"service_started: it has started; service_healthy: its healthcheck passes; service_completed_successfully: it has exited with code 0."},"restart":{"type":"boolean","description":"Restart this service when the dependency is restarted. Default false."},"required":{"type":"boolean","description":"false: a dependency that cannot be started is skipped with a warning. Default true."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false}},"restart":{"type":"string","pattern":"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$","x-error":"{value} is not a restart policy (expected no, always, on-failure[:N] or unless-stopped)","description":"When to restart the container after it exits: no (default), always, on-failure[:N] (at most N times), unless-stopped."},"healthcheck":{"type":"object","description":"A command run inside the container to tell whether it is healthy (used by depends_on condition service_healthy).","properties":{"test":{"type":["string","array"],"description":"A string runs through /bin/sh -c; a list is [\"CMD\", argv...], [\"CMD-SHELL\", command] or [\"NONE\"].","items":[{"enum":["CMD","CMD-SHELL","NONE"],"description":"The form of the test."}],"additionalItems":{"type":"string","description":"An argument, or the shell command for CMD-SHELL."},"minItems":1},"interval":{"$ref":"#/definitions/duration","description":"Time between checks, e.g. 30s, 1m30s. Default 30s."},"timeout":{"$ref":"#/definitions/duration","description":"How long one check may take before it counts as failed. Default 30s."},"retries":{"type":"integer","minimum":0,"description":"Consecutive failures before the container is unhealthy. Default 3."},"start_period":{"$ref":"#/definitions/duration","description":"Time after start during which failures do not count. Default 0s."},"disable":{"type":"boolean","description":"true: no healthcheck."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"stop_signal":{"type":"string","pattern":"^(SIG)?[A-Z][A-Z0-9+-]*$","x-error":"{value} is not a signal name (expected e.g. SIGTERM or SIGQUIT)","description":"The signal that asks the container to stop. Default: the image's StopSignal, else SIGTERM."},"stop_grace_period":{"$ref":"#/definitions/duration","description":"How long to wait after stop_signal before SIGKILL, e.g. 10s, 1m30s. Default 10s."},"init":{"type":"boolean","description":"Run a minimal init as PID 1 that forwards signals and reaps zombies. Default false."},"labels":{"type":["object","array"],"description":"Metadata: a mapping or a list of KEY=VALUE.","additionalProperties":{"type":["string","number","boolean","null"],"description":"The value; numbers and booleans are written as text."},"items":{"type":"string","pattern":"^[^=]+","x-error":"{value} is not a label (expected KEY=VALUE)","description":"KEY=VALUE."},"uniqueItems":true},"develop":{"type":"object","description":"Development mode, used by dabba up --watch.","properties":{"watch":{"type":"array","description":"Host paths that dabba up --watch watches, and what a change does.","items":{"type":"object","description":"One watched path.","required":["path","action"],"properties":{"path":{"type":"string","pattern":"\\S","x-error":"a path must not be empty","description":"The host path to watch, relative to the project folder."},"action":{"enum":["restart","sync+restart","sync"],"description":"restart: restart the service; sync: copy changed files to target; sync+restart: copy, then restart."},"target":{"type":"string","pattern":"^/","x-error":"{value} is not an absolute path (expected the path inside the container that files are synced to)","description":"For sync actions: where the files go inside the container."},"ignore":{"type":"array","items":{"type":"string","description":"A pattern, relative to path."},"description":"Patterns (relative to path) whose changes are ignored."}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false,"if":{"properties":{"action":{"enum":["sync","sync+restart"]}}},"then":{"required":["target"]}}}},"patternProperties":{"^x-":{"description":"Extension: ignored."}},"additionalProperties":false},"net":{"type":"boolean","description":"dabba: true (default) gives the container its own network with user-mode networking (slirp4netns) and port forwards; false leaves it loopback only (no ports)."},"fakeroot":{"type":"boolean","description":"dabba: true (default): the container's root (uid and gid 0) is you, and the command runs as user:, else the image's User, else root, as docker does. false: you are not root inside; the command runs with your own uid and gid, or with user: as that user, whose ids your uid and gid become (podman's keep-id), so files it writes to bind mounts are yours. Run as root, containers always get an unprivileged id range and false changes nothing."}},"patternProperties":{"^x-":{"description":"Extension: ignored by dabba."}},"additionalProperties":false};
const schema13 = {"type":"string","pattern":"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$","x-error":"{value} is not a duration (expected e.g. 10s, 1m30s, 500ms)","description":"A duration: numbers with units h, m, s, ms, us, ns, e.g. 1m30s."};
const func2 = Object.prototype.hasOwnProperty;
const pattern3 = new RegExp("^\\S+$", "u");
const pattern4 = new RegExp("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$", "u");
const pattern5 = new RegExp("^/", "u");
const pattern9 = new RegExp("\\S", "u");
const pattern12 = new RegExp("^[0-9]+([kmgKMG][bB]?|[bB])?$", "u");
const pattern13 = new RegExp("^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$", "u");
const pattern15 = new RegExp("^[0-9]+(-[0-9]+)?$", "u");
const pattern16 = new RegExp("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");
const pattern17 = new RegExp("^/[^:]*$", "u");
const pattern19 = new RegExp("^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$", "u");
const pattern21 = new RegExp("^(no|always|unless-stopped|on-failure(:[0-9]+)?)$", "u");
const pattern23 = new RegExp("^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$", "u");
const pattern26 = new RegExp("^(SIG)?[A-Z][A-Z0-9+-]*$", "u");

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
if(data.profiles !== undefined){
let data1 = data.profiles;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
const err4 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"#/properties/profiles/items/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"},message:"must match pattern \""+"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"+"\"",schema:"^[a-zA-Z0-9][a-zA-Z0-9_.-]+$",parentSchema:schema12.properties.profiles.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/profiles/" + i0,schemaPath:"#/properties/profiles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.profiles.items.type,parentSchema:schema12.properties.profiles.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/profiles",schemaPath:"#/properties/profiles/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.profiles.type,parentSchema:schema12.properties.profiles,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.build !== undefined){
const err7 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.build.not,parentSchema:schema12.properties.build,data:data.build};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.command !== undefined){
let data4 = data.command;
if((typeof data4 !== "string") && (!(Array.isArray(data4)))){
const err8 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: schema12.properties.command.type},message:"must be string,array",schema:schema12.properties.command.type,parentSchema:schema12.properties.command,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/command/" + i1,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.command.items.type,parentSchema:schema12.properties.command.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
if(data.entrypoint !== undefined){
let data6 = data.entrypoint;
if((typeof data6 !== "string") && (!(Array.isArray(data6)))){
const err10 = {instancePath:instancePath+"/entrypoint",schemaPath:"#/properties/entrypoint/type",keyword:"type",params:{type: schema12.properties.entrypoint.type},message:"must be string,array",schema:schema12.properties.entrypoint.type,parentSchema:schema12.properties.entrypoint,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/entrypoint/" + i2,schemaPath:"#/properties/entrypoint/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.entrypoint.items.type,parentSchema:schema12.properties.entrypoint.items,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
}
if(data.working_dir !== undefined){
let data8 = data.working_dir;
if(typeof data8 === "string"){
if(!pattern5.test(data8)){
const err12 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.working_dir,data:data8};
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
const err13 = {instancePath:instancePath+"/working_dir",schemaPath:"#/properties/working_dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.working_dir.type,parentSchema:schema12.properties.working_dir,data:data8};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.environment !== undefined){
let data9 = data.environment;
if(!data9 || typeof data9 != "object"){
const err14 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/type",keyword:"type",params:{type: schema12.properties.environment.type},message:"must be object,array",schema:schema12.properties.environment.type,parentSchema:schema12.properties.environment,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
let data10 = data9[i3];
if(typeof data10 === "string"){
if(!pattern6.test(data10)){
const err15 = {instancePath:instancePath+"/environment/" + i3,schemaPath:"#/properties/environment/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.environment.items,data:data10};
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
const err16 = {instancePath:instancePath+"/environment/" + i3,schemaPath:"#/properties/environment/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.environment.items.type,parentSchema:schema12.properties.environment.items,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
let i4 = data9.length;
let j0;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data9[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err17 = {instancePath:instancePath+"/environment",schemaPath:"#/properties/environment/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema12.properties.environment,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key1 in data9){
let data11 = data9[key1];
if((((typeof data11 !== "string") && (!((typeof data11 == "number") && (isFinite(data11))))) && (typeof data11 !== "boolean")) && (data11 !== null)){
const err18 = {instancePath:instancePath+"/environment/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environment/additionalProperties/type",keyword:"type",params:{type: schema12.properties.environment.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.environment.additionalProperties.type,parentSchema:schema12.properties.environment.additionalProperties,data:data11};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
if(data.env_file !== undefined){
let data12 = data.env_file;
if((typeof data12 !== "string") && (!(Array.isArray(data12)))){
const err19 = {instancePath:instancePath+"/env_file",schemaPath:"#/properties/env_file/type",keyword:"type",params:{type: schema12.properties.env_file.type},message:"must be string,array",schema:schema12.properties.env_file.type,parentSchema:schema12.properties.env_file,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(Array.isArray(data12)){
const len4 = data12.length;
for(let i5=0; i5<len4; i5++){
let data13 = data12[i5];
if((typeof data13 !== "string") && (!(data13 && typeof data13 == "object" && !Array.isArray(data13)))){
const err20 = {instancePath:instancePath+"/env_file/" + i5,schemaPath:"#/properties/env_file/items/type",keyword:"type",params:{type: schema12.properties.env_file.items.type},message:"must be string,object",schema:schema12.properties.env_file.items.type,parentSchema:schema12.properties.env_file.items,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.path === undefined){
const err21 = {instancePath:instancePath+"/env_file/" + i5,schemaPath:"#/properties/env_file/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.env_file.items.required,parentSchema:schema12.properties.env_file.items,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data13){
if(!(((key2 === "path") || (key2 === "required")) || (pattern0.test(key2)))){
const err22 = {instancePath:instancePath+"/env_file/" + i5,schemaPath:"#/properties/env_file/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.env_file.items,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data13.path !== undefined){
let data14 = data13.path;
if(typeof data14 !== "string"){
const err23 = {instancePath:instancePath+"/env_file/" + i5+"/path",schemaPath:"#/properties/env_file/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.env_file.items.properties.path.type,parentSchema:schema12.properties.env_file.items.properties.path,data:data14};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data13.required !== undefined){
let data15 = data13.required;
if(typeof data15 !== "boolean"){
const err24 = {instancePath:instancePath+"/env_file/" + i5+"/required",schemaPath:"#/properties/env_file/items/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.env_file.items.properties.required.type,parentSchema:schema12.properties.env_file.items.properties.required,data:data15};
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
}
}
if(data.volumes !== undefined){
let data16 = data.volumes;
if(Array.isArray(data16)){
const len5 = data16.length;
for(let i6=0; i6<len5; i6++){
let data17 = data16[i6];
if((typeof data17 !== "string") && (!(data17 && typeof data17 == "object" && !Array.isArray(data17)))){
const err25 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/type",keyword:"type",params:{type: schema12.properties.volumes.items.type},message:"must be string,object",schema:schema12.properties.volumes.items.type,parentSchema:schema12.properties.volumes.items,data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const _errs41 = errors;
let valid17 = true;
const _errs42 = errors;
if(errors === _errs42){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type !== undefined){
if("bind" !== data17.type){
const err26 = {};
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
var _valid0 = _errs42 === errors;
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs45 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.source === undefined){
const err28 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/allOf/0/then/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema12.properties.volumes.items.allOf[0].then.required,parentSchema:schema12.properties.volumes.items.allOf[0].then,data:data17};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
var _valid0 = _errs45 === errors;
valid17 = _valid0;
}
if(!valid17){
const err29 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[0].if,parentSchema:schema12.properties.volumes.items.allOf[0],data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const _errs47 = errors;
let valid19 = true;
const _errs48 = errors;
if(errors === _errs48){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type !== undefined){
if("tmpfs" !== data17.type){
const err30 = {};
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
else {
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
var _valid1 = _errs48 === errors;
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs51 = errors;
const _errs52 = errors;
const _errs53 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing0;
if((data17.source === undefined) && (missing0 = "source")){
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
var valid21 = _errs53 === errors;
if(valid21){
const err33 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/allOf/1/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.volumes.items.allOf[1].then.not,parentSchema:schema12.properties.volumes.items.allOf[1].then,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs52;
if(vErrors !== null){
if(_errs52){
vErrors.length = _errs52;
}
else {
vErrors = null;
}
}
}
var _valid1 = _errs51 === errors;
valid19 = _valid1;
}
if(!valid19){
const err34 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[1].if,parentSchema:schema12.properties.volumes.items.allOf[1],data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const _errs55 = errors;
let valid22 = true;
const _errs56 = errors;
if(errors === _errs56){
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type !== undefined){
let data20 = data17.type;
if(!((data20 === "bind") || (data20 === "volume"))){
const err35 = {};
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
else {
const err36 = {};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var _valid2 = _errs56 === errors;
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs59 = errors;
const _errs60 = errors;
const _errs61 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
let missing1;
if((data17.tmpfs === undefined) && (missing1 = "tmpfs")){
const err37 = {};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
var valid24 = _errs61 === errors;
if(valid24){
const err38 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/allOf/2/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema12.properties.volumes.items.allOf[2].then.not,parentSchema:schema12.properties.volumes.items.allOf[2].then,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs60;
if(vErrors !== null){
if(_errs60){
vErrors.length = _errs60;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs59 === errors;
valid22 = _valid2;
}
if(!valid22){
const err39 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.volumes.items.allOf[2].if,parentSchema:schema12.properties.volumes.items.allOf[2],data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type === undefined){
const err40 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.properties.volumes.items.required,parentSchema:schema12.properties.volumes.items,data:data17};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data17.target === undefined){
const err41 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.volumes.items.required,parentSchema:schema12.properties.volumes.items,data:data17};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key3 in data17){
if(!((((((key3 === "type") || (key3 === "source")) || (key3 === "target")) || (key3 === "read_only")) || (key3 === "tmpfs")) || (pattern0.test(key3)))){
const err42 = {instancePath:instancePath+"/volumes/" + i6,schemaPath:"#/properties/volumes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volumes.items,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.type !== undefined){
let data21 = data17.type;
if(!(((data21 === "bind") || (data21 === "volume")) || (data21 === "tmpfs"))){
const err43 = {instancePath:instancePath+"/volumes/" + i6+"/type",schemaPath:"#/properties/volumes/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.volumes.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.volumes.items.properties.type.enum,parentSchema:schema12.properties.volumes.items.properties.type,data:data21};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data17.source !== undefined){
let data22 = data17.source;
if(typeof data22 === "string"){
if(!pattern9.test(data22)){
const err44 = {instancePath:instancePath+"/volumes/" + i6+"/source",schemaPath:"#/properties/volumes/items/properties/source/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.volumes.items.properties.source,data:data22};
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
const err45 = {instancePath:instancePath+"/volumes/" + i6+"/source",schemaPath:"#/properties/volumes/items/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.volumes.items.properties.source.type,parentSchema:schema12.properties.volumes.items.properties.source,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.target !== undefined){
let data23 = data17.target;
if(typeof data23 === "string"){
if(!pattern5.test(data23)){
const err46 = {instancePath:instancePath+"/volumes/" + i6+"/target",schemaPath:"#/properties/volumes/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.volumes.items.properties.target,data:data23};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/volumes/" + i6+"/target",schemaPath:"#/properties/volumes/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.volumes.items.properties.target.type,parentSchema:schema12.properties.volumes.items.properties.target,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.read_only !== undefined){
let data24 = data17.read_only;
if(typeof data24 !== "boolean"){
const err48 = {instancePath:instancePath+"/volumes/" + i6+"/read_only",schemaPath:"#/properties/volumes/items/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.volumes.items.properties.read_only.type,parentSchema:schema12.properties.volumes.items.properties.read_only,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.tmpfs !== undefined){
let data25 = data17.tmpfs;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key4 in data25){
if(!(((key4 === "size") || (key4 === "mode")) || (pattern0.test(key4)))){
const err49 = {instancePath:instancePath+"/volumes/" + i6+"/tmpfs",schemaPath:"#/properties/volumes/items/properties/tmpfs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.volumes.items.properties.tmpfs,data:data25};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data25.size !== undefined){
let data26 = data25.size;
if((!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))) && (typeof data26 !== "string")){
const err50 = {instancePath:instancePath+"/volumes/" + i6+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/type",keyword:"type",params:{type: schema12.properties.volumes.items.properties.tmpfs.properties.size.type},message:"must be integer,string",schema:schema12.properties.volumes.items.properties.tmpfs.properties.size.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data26};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err51 = {instancePath:instancePath+"/volumes/" + i6+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data26};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(typeof data26 === "string"){
if(!pattern12.test(data26)){
const err52 = {instancePath:instancePath+"/volumes/" + i6+"/tmpfs/size",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/size/pattern",keyword:"pattern",params:{pattern: "^[0-9]+([kmgKMG][bB]?|[bB])?$"},message:"must match pattern \""+"^[0-9]+([kmgKMG][bB]?|[bB])?$"+"\"",schema:"^[0-9]+([kmgKMG][bB]?|[bB])?$",parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.size,data:data26};
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
if(data25.mode !== undefined){
let data27 = data25.mode;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
const err53 = {instancePath:instancePath+"/volumes/" + i6+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.volumes.items.properties.tmpfs.properties.mode.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data27};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 4095 || isNaN(data27)){
const err54 = {instancePath:instancePath+"/volumes/" + i6+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4095},message:"must be <= 4095",schema:4095,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data27 < 0 || isNaN(data27)){
const err55 = {instancePath:instancePath+"/volumes/" + i6+"/tmpfs/mode",schemaPath:"#/properties/volumes/items/properties/tmpfs/properties/mode/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.volumes.items.properties.tmpfs.properties.mode,data:data27};
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
}
else {
const err56 = {instancePath:instancePath+"/volumes/" + i6+"/tmpfs",schemaPath:"#/properties/volumes/items/properties/tmpfs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.volumes.items.properties.tmpfs.type,parentSchema:schema12.properties.volumes.items.properties.tmpfs,data:data25};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/volumes",schemaPath:"#/properties/volumes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.volumes.type,parentSchema:schema12.properties.volumes,data:data16};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.ports !== undefined){
let data28 = data.ports;
if(Array.isArray(data28)){
const len6 = data28.length;
for(let i7=0; i7<len6; i7++){
let data29 = data28[i7];
if(((typeof data29 !== "string") && (!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29))))) && (!(data29 && typeof data29 == "object" && !Array.isArray(data29)))){
const err58 = {instancePath:instancePath+"/ports/" + i7,schemaPath:"#/properties/ports/items/type",keyword:"type",params:{type: schema12.properties.ports.items.type},message:"must be string,integer,object",schema:schema12.properties.ports.items.type,parentSchema:schema12.properties.ports.items,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(typeof data29 === "string"){
if(!pattern13.test(data29)){
const err59 = {instancePath:instancePath+"/ports/" + i7,schemaPath:"#/properties/ports/items/pattern",keyword:"pattern",params:{pattern: "^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$"},message:"must match pattern \""+"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$"+"\"",schema:"^((\\[[0-9A-Fa-f:.]+\\]|[0-9.]+):)?([0-9]+(-[0-9]+)?:)?[0-9]+(-[0-9]+)?(/(tcp|udp))?$",parentSchema:schema12.properties.ports.items,data:data29};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.target === undefined){
const err60 = {instancePath:instancePath+"/ports/" + i7,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.ports.items.required,parentSchema:schema12.properties.ports.items,data:data29};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data29.published === undefined){
const err61 = {instancePath:instancePath+"/ports/" + i7,schemaPath:"#/properties/ports/items/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'",schema:schema12.properties.ports.items.required,parentSchema:schema12.properties.ports.items,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key5 in data29){
if(!((((((key5 === "target") || (key5 === "published")) || (key5 === "host_ip")) || (key5 === "protocol")) || (key5 === "mode")) || (pattern0.test(key5)))){
const err62 = {instancePath:instancePath+"/ports/" + i7,schemaPath:"#/properties/ports/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.ports.items,data:data29};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data29.target !== undefined){
let data30 = data29.target;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err63 = {instancePath:instancePath+"/ports/" + i7+"/target",schemaPath:"#/properties/ports/items/properties/target/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.ports.items.properties.target.type,parentSchema:schema12.properties.ports.items.properties.target,data:data30};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 > 65535 || isNaN(data30)){
const err64 = {instancePath:instancePath+"/ports/" + i7+"/target",schemaPath:"#/properties/ports/items/properties/target/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.ports.items.properties.target,data:data30};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data30 < 1 || isNaN(data30)){
const err65 = {instancePath:instancePath+"/ports/" + i7+"/target",schemaPath:"#/properties/ports/items/properties/target/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.ports.items.properties.target,data:data30};
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
if(data29.published !== undefined){
let data31 = data29.published;
if((typeof data31 !== "string") && (!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31))))){
const err66 = {instancePath:instancePath+"/ports/" + i7+"/published",schemaPath:"#/properties/ports/items/properties/published/type",keyword:"type",params:{type: schema12.properties.ports.items.properties.published.type},message:"must be string,integer",schema:schema12.properties.ports.items.properties.published.type,parentSchema:schema12.properties.ports.items.properties.published,data:data31};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 65535 || isNaN(data31)){
const err67 = {instancePath:instancePath+"/ports/" + i7+"/published",schemaPath:"#/properties/ports/items/properties/published/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema12.properties.ports.items.properties.published,data:data31};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data31 < 1 || isNaN(data31)){
const err68 = {instancePath:instancePath+"/ports/" + i7+"/published",schemaPath:"#/properties/ports/items/properties/published/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema12.properties.ports.items.properties.published,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(typeof data31 === "string"){
if(!pattern15.test(data31)){
const err69 = {instancePath:instancePath+"/ports/" + i7+"/published",schemaPath:"#/properties/ports/items/properties/published/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(-[0-9]+)?$"},message:"must match pattern \""+"^[0-9]+(-[0-9]+)?$"+"\"",schema:"^[0-9]+(-[0-9]+)?$",parentSchema:schema12.properties.ports.items.properties.published,data:data31};
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
if(data29.host_ip !== undefined){
let data32 = data29.host_ip;
if(typeof data32 !== "string"){
const err70 = {instancePath:instancePath+"/ports/" + i7+"/host_ip",schemaPath:"#/properties/ports/items/properties/host_ip/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.ports.items.properties.host_ip.type,parentSchema:schema12.properties.ports.items.properties.host_ip,data:data32};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data29.protocol !== undefined){
let data33 = data29.protocol;
if(!((data33 === "tcp") || (data33 === "udp"))){
const err71 = {instancePath:instancePath+"/ports/" + i7+"/protocol",schemaPath:"#/properties/ports/items/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema12.properties.ports.items.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.ports.items.properties.protocol.enum,parentSchema:schema12.properties.ports.items.properties.protocol,data:data33};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data29.mode !== undefined){
let data34 = data29.mode;
if("host" !== data34){
const err72 = {instancePath:instancePath+"/ports/" + i7+"/mode",schemaPath:"#/properties/ports/items/properties/mode/const",keyword:"const",params:{allowedValue: "host"},message:"must be equal to constant",schema:"host",parentSchema:schema12.properties.ports.items.properties.mode,data:data34};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
}
}
else {
const err73 = {instancePath:instancePath+"/ports",schemaPath:"#/properties/ports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.ports.type,parentSchema:schema12.properties.ports,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.hostname !== undefined){
let data35 = data.hostname;
if(typeof data35 === "string"){
if(!pattern16.test(data35)){
const err74 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"},message:"must match pattern \""+"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"+"\"",schema:"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$",parentSchema:schema12.properties.hostname,data:data35};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.hostname.type,parentSchema:schema12.properties.hostname,data:data35};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.user !== undefined){
let data36 = data.user;
if((typeof data36 !== "string") && (!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36))))){
const err76 = {instancePath:instancePath+"/user",schemaPath:"#/properties/user/type",keyword:"type",params:{type: schema12.properties.user.type},message:"must be string,integer",schema:schema12.properties.user.type,parentSchema:schema12.properties.user,data:data36};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.read_only !== undefined){
let data37 = data.read_only;
if(typeof data37 !== "boolean"){
const err77 = {instancePath:instancePath+"/read_only",schemaPath:"#/properties/read_only/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.read_only.type,parentSchema:schema12.properties.read_only,data:data37};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.tmpfs !== undefined){
let data38 = data.tmpfs;
if((typeof data38 !== "string") && (!(Array.isArray(data38)))){
const err78 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/type",keyword:"type",params:{type: schema12.properties.tmpfs.type},message:"must be string,array",schema:schema12.properties.tmpfs.type,parentSchema:schema12.properties.tmpfs,data:data38};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(typeof data38 === "string"){
if(!pattern17.test(data38)){
const err79 = {instancePath:instancePath+"/tmpfs",schemaPath:"#/properties/tmpfs/pattern",keyword:"pattern",params:{pattern: "^/[^:]*$"},message:"must match pattern \""+"^/[^:]*$"+"\"",schema:"^/[^:]*$",parentSchema:schema12.properties.tmpfs,data:data38};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(Array.isArray(data38)){
const len7 = data38.length;
for(let i8=0; i8<len7; i8++){
let data39 = data38[i8];
if(typeof data39 === "string"){
if(!pattern17.test(data39)){
const err80 = {instancePath:instancePath+"/tmpfs/" + i8,schemaPath:"#/properties/tmpfs/items/pattern",keyword:"pattern",params:{pattern: "^/[^:]*$"},message:"must match pattern \""+"^/[^:]*$"+"\"",schema:"^/[^:]*$",parentSchema:schema12.properties.tmpfs.items,data:data39};
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
const err81 = {instancePath:instancePath+"/tmpfs/" + i8,schemaPath:"#/properties/tmpfs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.tmpfs.items.type,parentSchema:schema12.properties.tmpfs.items,data:data39};
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
}
if(data.platform !== undefined){
let data40 = data.platform;
if(typeof data40 === "string"){
if(!pattern19.test(data40)){
const err82 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"},message:"must match pattern \""+"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$"+"\"",schema:"^[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_.]+)?$",parentSchema:schema12.properties.platform,data:data40};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/platform",schemaPath:"#/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.platform.type,parentSchema:schema12.properties.platform,data:data40};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.pull_policy !== undefined){
let data41 = data.pull_policy;
if(!((((data41 === "missing") || (data41 === "if_not_present")) || (data41 === "always")) || (data41 === "never"))){
const err84 = {instancePath:instancePath+"/pull_policy",schemaPath:"#/properties/pull_policy/enum",keyword:"enum",params:{allowedValues: schema12.properties.pull_policy.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.pull_policy.enum,parentSchema:schema12.properties.pull_policy,data:data41};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data.depends_on !== undefined){
let data42 = data.depends_on;
if(!data42 || typeof data42 != "object"){
const err85 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/type",keyword:"type",params:{type: schema12.properties.depends_on.type},message:"must be array,object",schema:schema12.properties.depends_on.type,parentSchema:schema12.properties.depends_on,data:data42};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(Array.isArray(data42)){
const len8 = data42.length;
for(let i9=0; i9<len8; i9++){
let data43 = data42[i9];
if(typeof data43 !== "string"){
const err86 = {instancePath:instancePath+"/depends_on/" + i9,schemaPath:"#/properties/depends_on/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.depends_on.items.type,parentSchema:schema12.properties.depends_on.items,data:data43};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
let i10 = data42.length;
let j1;
if(i10 > 1){
const indices1 = {};
for(;i10--;){
let item1 = data42[i10];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err87 = {instancePath:instancePath+"/depends_on",schemaPath:"#/properties/depends_on/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i10+" are identical)",schema:true,parentSchema:schema12.properties.depends_on,data:data42};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
break;
}
indices1[item1] = i10;
}
}
}
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
for(const key6 in data42){
let data44 = data42[key6];
if(data44 && typeof data44 == "object" && !Array.isArray(data44)){
if(data44.condition === undefined){
const err88 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/required",keyword:"required",params:{missingProperty: "condition"},message:"must have required property '"+"condition"+"'",schema:schema12.properties.depends_on.additionalProperties.required,parentSchema:schema12.properties.depends_on.additionalProperties,data:data44};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key7 in data44){
if(!((((key7 === "condition") || (key7 === "restart")) || (key7 === "required")) || (pattern0.test(key7)))){
const err89 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.depends_on.additionalProperties,data:data44};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data44.condition !== undefined){
let data45 = data44.condition;
if(!(((data45 === "service_started") || (data45 === "service_healthy")) || (data45 === "service_completed_successfully"))){
const err90 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/condition",schemaPath:"#/properties/depends_on/additionalProperties/properties/condition/enum",keyword:"enum",params:{allowedValues: schema12.properties.depends_on.additionalProperties.properties.condition.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.depends_on.additionalProperties.properties.condition.enum,parentSchema:schema12.properties.depends_on.additionalProperties.properties.condition,data:data45};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data44.restart !== undefined){
let data46 = data44.restart;
if(typeof data46 !== "boolean"){
const err91 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/restart",schemaPath:"#/properties/depends_on/additionalProperties/properties/restart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.depends_on.additionalProperties.properties.restart.type,parentSchema:schema12.properties.depends_on.additionalProperties.properties.restart,data:data46};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data44.required !== undefined){
let data47 = data44.required;
if(typeof data47 !== "boolean"){
const err92 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/properties/depends_on/additionalProperties/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.depends_on.additionalProperties.properties.required.type,parentSchema:schema12.properties.depends_on.additionalProperties.properties.required,data:data47};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/depends_on/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/depends_on/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.depends_on.additionalProperties.type,parentSchema:schema12.properties.depends_on.additionalProperties,data:data44};
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
}
if(data.restart !== undefined){
let data48 = data.restart;
if(typeof data48 === "string"){
if(!pattern21.test(data48)){
const err94 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/pattern",keyword:"pattern",params:{pattern: "^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"},message:"must match pattern \""+"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$"+"\"",schema:"^(no|always|unless-stopped|on-failure(:[0-9]+)?)$",parentSchema:schema12.properties.restart,data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/restart",schemaPath:"#/properties/restart/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.restart.type,parentSchema:schema12.properties.restart,data:data48};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.healthcheck !== undefined){
let data49 = data.healthcheck;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key8 in data49){
if(!(((((((key8 === "test") || (key8 === "interval")) || (key8 === "timeout")) || (key8 === "retries")) || (key8 === "start_period")) || (key8 === "disable")) || (pattern0.test(key8)))){
const err96 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/properties/healthcheck/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.healthcheck,data:data49};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data49.test !== undefined){
let data50 = data49.test;
if((typeof data50 !== "string") && (!(Array.isArray(data50)))){
const err97 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/properties/healthcheck/properties/test/type",keyword:"type",params:{type: schema12.properties.healthcheck.properties.test.type},message:"must be string,array",schema:schema12.properties.healthcheck.properties.test.type,parentSchema:schema12.properties.healthcheck.properties.test,data:data50};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(Array.isArray(data50)){
if(data50.length < 1){
const err98 = {instancePath:instancePath+"/healthcheck/test",schemaPath:"#/properties/healthcheck/properties/test/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.healthcheck.properties.test,data:data50};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
const len9 = data50.length;
var valid38 = len9 <= 1;
if(!valid38){
for(let i11=1; i11<len9; i11++){
let data51 = data50[i11];
const _errs123 = errors;
if(typeof data51 !== "string"){
const err99 = {instancePath:instancePath+"/healthcheck/test/" + i11,schemaPath:"#/properties/healthcheck/properties/test/additionalItems/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.healthcheck.properties.test.additionalItems.type,parentSchema:schema12.properties.healthcheck.properties.test.additionalItems,data:data51};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var valid38 = _errs123 === errors;
}
}
const len10 = data50.length;
if(len10 > 0){
let data52 = data50[0];
if(!(((data52 === "CMD") || (data52 === "CMD-SHELL")) || (data52 === "NONE"))){
const err100 = {instancePath:instancePath+"/healthcheck/test/0",schemaPath:"#/properties/healthcheck/properties/test/items/0/enum",keyword:"enum",params:{allowedValues: schema12.properties.healthcheck.properties.test.items[0].enum},message:"must be equal to one of the allowed values",schema:schema12.properties.healthcheck.properties.test.items[0].enum,parentSchema:schema12.properties.healthcheck.properties.test.items[0],data:data52};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
}
if(data49.interval !== undefined){
let data53 = data49.interval;
if(typeof data53 === "string"){
if(!pattern23.test(data53)){
const err101 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data53};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/healthcheck/interval",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data53};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data49.timeout !== undefined){
let data54 = data49.timeout;
if(typeof data54 === "string"){
if(!pattern23.test(data54)){
const err103 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data54};
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
const err104 = {instancePath:instancePath+"/healthcheck/timeout",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data54};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data49.retries !== undefined){
let data55 = data49.retries;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err105 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/properties/healthcheck/properties/retries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.properties.healthcheck.properties.retries.type,parentSchema:schema12.properties.healthcheck.properties.retries,data:data55};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 0 || isNaN(data55)){
const err106 = {instancePath:instancePath+"/healthcheck/retries",schemaPath:"#/properties/healthcheck/properties/retries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties.healthcheck.properties.retries,data:data55};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
if(data49.start_period !== undefined){
let data56 = data49.start_period;
if(typeof data56 === "string"){
if(!pattern23.test(data56)){
const err107 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data56};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/healthcheck/start_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data56};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data49.disable !== undefined){
let data57 = data49.disable;
if(typeof data57 !== "boolean"){
const err109 = {instancePath:instancePath+"/healthcheck/disable",schemaPath:"#/properties/healthcheck/properties/disable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.healthcheck.properties.disable.type,parentSchema:schema12.properties.healthcheck.properties.disable,data:data57};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/healthcheck",schemaPath:"#/properties/healthcheck/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.healthcheck.type,parentSchema:schema12.properties.healthcheck,data:data49};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.stop_signal !== undefined){
let data58 = data.stop_signal;
if(typeof data58 === "string"){
if(!pattern26.test(data58)){
const err111 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/pattern",keyword:"pattern",params:{pattern: "^(SIG)?[A-Z][A-Z0-9+-]*$"},message:"must match pattern \""+"^(SIG)?[A-Z][A-Z0-9+-]*$"+"\"",schema:"^(SIG)?[A-Z][A-Z0-9+-]*$",parentSchema:schema12.properties.stop_signal,data:data58};
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
const err112 = {instancePath:instancePath+"/stop_signal",schemaPath:"#/properties/stop_signal/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.stop_signal.type,parentSchema:schema12.properties.stop_signal,data:data58};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.stop_grace_period !== undefined){
let data59 = data.stop_grace_period;
if(typeof data59 === "string"){
if(!pattern23.test(data59)){
const err113 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"},message:"must match pattern \""+"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$"+"\"",schema:"^([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$",parentSchema:schema13,data:data59};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/stop_grace_period",schemaPath:"#/definitions/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data59};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data.init !== undefined){
let data60 = data.init;
if(typeof data60 !== "boolean"){
const err115 = {instancePath:instancePath+"/init",schemaPath:"#/properties/init/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.init.type,parentSchema:schema12.properties.init,data:data60};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
if(data.labels !== undefined){
let data61 = data.labels;
if(!data61 || typeof data61 != "object"){
const err116 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: schema12.properties.labels.type},message:"must be object,array",schema:schema12.properties.labels.type,parentSchema:schema12.properties.labels,data:data61};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(Array.isArray(data61)){
const len11 = data61.length;
for(let i12=0; i12<len11; i12++){
let data62 = data61[i12];
if(typeof data62 === "string"){
if(!pattern6.test(data62)){
const err117 = {instancePath:instancePath+"/labels/" + i12,schemaPath:"#/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^=]+"},message:"must match pattern \""+"^[^=]+"+"\"",schema:"^[^=]+",parentSchema:schema12.properties.labels.items,data:data62};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
else {
const err118 = {instancePath:instancePath+"/labels/" + i12,schemaPath:"#/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.labels.items.type,parentSchema:schema12.properties.labels.items,data:data62};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
let i13 = data61.length;
let j2;
if(i13 > 1){
const indices2 = {};
for(;i13--;){
let item2 = data61[i13];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err119 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i13+" are identical)",schema:true,parentSchema:schema12.properties.labels,data:data61};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
break;
}
indices2[item2] = i13;
}
}
}
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
for(const key9 in data61){
let data63 = data61[key9];
if((((typeof data63 !== "string") && (!((typeof data63 == "number") && (isFinite(data63))))) && (typeof data63 !== "boolean")) && (data63 !== null)){
const err120 = {instancePath:instancePath+"/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/labels/additionalProperties/type",keyword:"type",params:{type: schema12.properties.labels.additionalProperties.type},message:"must be string,number,boolean,null",schema:schema12.properties.labels.additionalProperties.type,parentSchema:schema12.properties.labels.additionalProperties,data:data63};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
}
}
if(data.develop !== undefined){
let data64 = data.develop;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
for(const key10 in data64){
if(!((key10 === "watch") || (pattern0.test(key10)))){
const err121 = {instancePath:instancePath+"/develop",schemaPath:"#/properties/develop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.develop,data:data64};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
if(data64.watch !== undefined){
let data65 = data64.watch;
if(Array.isArray(data65)){
const len12 = data65.length;
for(let i14=0; i14<len12; i14++){
let data66 = data65[i14];
const _errs160 = errors;
let valid51 = true;
const _errs161 = errors;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.action !== undefined){
let data67 = data66.action;
if(!((data67 === "sync") || (data67 === "sync+restart"))){
const err122 = {};
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
var _valid3 = _errs161 === errors;
errors = _errs160;
if(vErrors !== null){
if(_errs160){
vErrors.length = _errs160;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs163 = errors;
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.target === undefined){
const err123 = {instancePath:instancePath+"/develop/watch/" + i14,schemaPath:"#/properties/develop/properties/watch/items/then/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema12.properties.develop.properties.watch.items.then.required,parentSchema:schema12.properties.develop.properties.watch.items.then,data:data66};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
var _valid3 = _errs163 === errors;
valid51 = _valid3;
}
if(!valid51){
const err124 = {instancePath:instancePath+"/develop/watch/" + i14,schemaPath:"#/properties/develop/properties/watch/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.properties.develop.properties.watch.items.if,parentSchema:schema12.properties.develop.properties.watch.items,data:data66};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.path === undefined){
const err125 = {instancePath:instancePath+"/develop/watch/" + i14,schemaPath:"#/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema12.properties.develop.properties.watch.items.required,parentSchema:schema12.properties.develop.properties.watch.items,data:data66};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data66.action === undefined){
const err126 = {instancePath:instancePath+"/develop/watch/" + i14,schemaPath:"#/properties/develop/properties/watch/items/required",keyword:"required",params:{missingProperty: "action"},message:"must have required property '"+"action"+"'",schema:schema12.properties.develop.properties.watch.items.required,parentSchema:schema12.properties.develop.properties.watch.items,data:data66};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
for(const key11 in data66){
if(!(((((key11 === "path") || (key11 === "action")) || (key11 === "target")) || (key11 === "ignore")) || (pattern0.test(key11)))){
const err127 = {instancePath:instancePath+"/develop/watch/" + i14,schemaPath:"#/properties/develop/properties/watch/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema12.properties.develop.properties.watch.items,data:data66};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
if(data66.path !== undefined){
let data68 = data66.path;
if(typeof data68 === "string"){
if(!pattern9.test(data68)){
const err128 = {instancePath:instancePath+"/develop/watch/" + i14+"/path",schemaPath:"#/properties/develop/properties/watch/items/properties/path/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\"",schema:"\\S",parentSchema:schema12.properties.develop.properties.watch.items.properties.path,data:data68};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/develop/watch/" + i14+"/path",schemaPath:"#/properties/develop/properties/watch/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.path.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.path,data:data68};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data66.action !== undefined){
let data69 = data66.action;
if(!(((data69 === "restart") || (data69 === "sync+restart")) || (data69 === "sync"))){
const err130 = {instancePath:instancePath+"/develop/watch/" + i14+"/action",schemaPath:"#/properties/develop/properties/watch/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema12.properties.develop.properties.watch.items.properties.action.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.develop.properties.watch.items.properties.action.enum,parentSchema:schema12.properties.develop.properties.watch.items.properties.action,data:data69};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data66.target !== undefined){
let data70 = data66.target;
if(typeof data70 === "string"){
if(!pattern5.test(data70)){
const err131 = {instancePath:instancePath+"/develop/watch/" + i14+"/target",schemaPath:"#/properties/develop/properties/watch/items/properties/target/pattern",keyword:"pattern",params:{pattern: "^/"},message:"must match pattern \""+"^/"+"\"",schema:"^/",parentSchema:schema12.properties.develop.properties.watch.items.properties.target,data:data70};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
else {
const err132 = {instancePath:instancePath+"/develop/watch/" + i14+"/target",schemaPath:"#/properties/develop/properties/watch/items/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.target.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.target,data:data70};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data66.ignore !== undefined){
let data71 = data66.ignore;
if(Array.isArray(data71)){
const len13 = data71.length;
for(let i15=0; i15<len13; i15++){
let data72 = data71[i15];
if(typeof data72 !== "string"){
const err133 = {instancePath:instancePath+"/develop/watch/" + i14+"/ignore/" + i15,schemaPath:"#/properties/develop/properties/watch/items/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.develop.properties.watch.items.properties.ignore.items.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.ignore.items,data:data72};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/develop/watch/" + i14+"/ignore",schemaPath:"#/properties/develop/properties/watch/items/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.develop.properties.watch.items.properties.ignore.type,parentSchema:schema12.properties.develop.properties.watch.items.properties.ignore,data:data71};
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
const err135 = {instancePath:instancePath+"/develop/watch/" + i14,schemaPath:"#/properties/develop/properties/watch/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.develop.properties.watch.items.type,parentSchema:schema12.properties.develop.properties.watch.items,data:data66};
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
const err136 = {instancePath:instancePath+"/develop/watch",schemaPath:"#/properties/develop/properties/watch/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.develop.properties.watch.type,parentSchema:schema12.properties.develop.properties.watch,data:data65};
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
const err137 = {instancePath:instancePath+"/develop",schemaPath:"#/properties/develop/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.properties.develop.type,parentSchema:schema12.properties.develop,data:data64};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data.net !== undefined){
let data73 = data.net;
if(typeof data73 !== "boolean"){
const err138 = {instancePath:instancePath+"/net",schemaPath:"#/properties/net/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.net.type,parentSchema:schema12.properties.net,data:data73};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data.fakeroot !== undefined){
let data74 = data.fakeroot;
if(typeof data74 !== "boolean"){
const err139 = {instancePath:instancePath+"/fakeroot",schemaPath:"#/properties/fakeroot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.fakeroot.type,parentSchema:schema12.properties.fakeroot,data:data74};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
}
else {
const err140 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
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
if(!(((((key0 === "name") || (key0 === "version")) || (key0 === "services")) || (key0 === "volumes")) || (pattern0.test(key0)))){
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
if(!pattern6.test(data8)){
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
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

