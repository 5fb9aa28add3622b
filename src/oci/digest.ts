import type { Digest } from './types.js';

const SHA256 = /^sha256:[a-f0-9]{64}$/;

/** Why `s` is not a usable digest, or undefined if it is one. Only sha256 is supported. */
export function digestProblem(s: string): string | undefined {
  if (SHA256.test(s)) return undefined;
  const colon = s.indexOf(':');
  if (colon < 0) return 'a digest is ALGORITHM:HEX';
  const algo = s.slice(0, colon);
  const hex = s.slice(colon + 1);
  if (algo !== 'sha256') return `unsupported digest algorithm "${algo}" (only sha256)`;
  if (!/^[a-f0-9]*$/.test(hex)) return 'a sha256 digest is 64 lowercase hex characters';
  return `a sha256 digest is 64 hex characters, got ${hex.length}`;
}

/** Whether `s` is a valid sha256 digest (`sha256:` and 64 lowercase hex). */
export function isDigest(s: string): s is Digest {
  return SHA256.test(s);
}

/** The hex part of a validated digest; safe to use as a file name. */
export function digestHex(d: Digest): string {
  return d.slice('sha256:'.length);
}
