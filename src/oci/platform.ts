/**
 * Platform selection from an image index: the host's os/architecture/variant
 * (or a `platform:` string such as `linux/arm64/v8`), normalised as containerd
 * does. Attestation manifests (`unknown/unknown`) are never selected.
 */
import { PlatformNotFoundError } from './errors.js';
import type { Descriptor, ImageIndex, Platform } from './types.js';

const ARCH_ALIASES: Record<string, string> = { x86_64: 'amd64', x86: '386', i386: '386', aarch64: 'arm64', armhf: 'arm', armel: 'arm' };

/** Canonical form: lowercase, aliases resolved, arm64's implied v8 and arm's implied v7 made explicit. */
export function normalizePlatform(p: Platform): Platform {
  const os = p.os.toLowerCase();
  const architecture = ARCH_ALIASES[p.architecture.toLowerCase()] ?? p.architecture.toLowerCase();
  let variant = p.variant?.toLowerCase();
  if (architecture === 'arm64' && (variant === undefined || variant === '8')) variant = 'v8';
  if (architecture === 'arm' && variant === undefined) variant = p.architecture.toLowerCase() === 'armel' ? 'v6' : 'v7';
  if (architecture === 'arm' && /^\d$/.test(variant ?? '')) variant = `v${variant}`;
  if (architecture === 'amd64' && variant === 'v1') variant = undefined;
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

/** Parses `os/arch[/variant]` (`linux/arm64/v8`, `linux/amd64`). Throws PlatformNotFoundError on a malformed string. */
export function parsePlatform(s: string): Platform {
  const parts = s.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((x) => x === '')) {
    throw new PlatformNotFoundError(`invalid platform "${s}" (expected OS/ARCH[/VARIANT], e.g. linux/arm64/v8)`);
  }
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  return normalizePlatform(variant === undefined ? { os, architecture } : { os, architecture, variant });
}

/** `linux/arm64/v8`. */
export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

/** The platform of a Node process, from `process.platform`/`process.arch` values (passed in: this module does no I/O). */
export function hostPlatform(nodePlatform: string, nodeArch: string, armVersion?: string | number): Platform {
  const arch: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x', riscv64: 'riscv64', loong64: 'loong64', mips64el: 'mips64le' };
  const p: Platform = { os: nodePlatform === 'win32' ? 'windows' : nodePlatform, architecture: arch[nodeArch] ?? nodeArch };
  if (nodeArch === 'arm' && armVersion !== undefined) p.variant = `v${armVersion}`;
  return normalizePlatform(p);
}

function isAttestation(d: Descriptor): boolean {
  return d.platform?.os === 'unknown' || d.platform?.architecture === 'unknown' || d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';
}

/** How well `candidate` fits `want`: 0 = exact, higher = acceptable fallback (older arm variant), undefined = no. */
function matchRank(want: Platform, candidate: Platform): number | undefined {
  if (want.os !== candidate.os || want.architecture !== candidate.architecture) return undefined;
  if (want.variant === candidate.variant) return 0;
  if (want.architecture === 'arm' && want.variant && candidate.variant) {
    // an armv7 host runs v6 and v5 binaries too; prefer the newest one that fits.
    const w = Number(want.variant.slice(1));
    const c = Number(candidate.variant.slice(1));
    return c < w ? w - c : undefined;
  }
  return undefined;
}

/**
 * Picks the manifest for `want` from an index. Throws PlatformNotFoundError
 * listing the platforms the index offers.
 */
export function selectPlatform(index: ImageIndex, want: Platform): Descriptor {
  const w = normalizePlatform(want);
  let best: { d: Descriptor; rank: number } | undefined;
  for (const d of index.manifests) {
    if (!d.platform || isAttestation(d)) continue;
    const rank = matchRank(w, normalizePlatform(d.platform));
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { d, rank };
  }
  if (best) return best.d;
  const offered = index.manifests.filter((d) => d.platform && !isAttestation(d)).map((d) => formatPlatform(d.platform!));
  throw new PlatformNotFoundError(`no manifest for platform ${formatPlatform(w)} in the image index (it offers: ${offered.join(', ') || 'none'})`, {
    hint: 'set platform: in dabba.yaml or pass --platform to choose one of those',
  });
}
