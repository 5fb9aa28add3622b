#!/usr/bin/env bash
# Installs the host tools dabba and its tests use (Debian/Ubuntu, as root).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  bubblewrap slirp4netns passt uidmap util-linux bsdutils iproute2 \
  busybox-static docker-registry umoci skopeo buildah apache2-utils openssl zstd curl ca-certificates attr \
  musl-tools gcc libc6-dev \
  podman runc catatonit netavark aardvark-dns iptables >/dev/null
