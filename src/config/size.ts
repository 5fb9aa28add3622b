/**
 * Sizes as compose reads them (go-units' RAMInBytes): bytes, or a number with
 * k, m, g, t or p, optionally after a space and before `i` and `b` (`512m`,
 * `1 GiB`, `2tb`), all powers of 1024, as the schema checks. The number may
 * have a fraction (`1.5g`); the bytes are rounded down, as compose does.
 */
const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** Bytes of a schema-valid size (`64m`, `1.5g`, `512`, `1 GiB`). Pure. */
export function parseSize(size: number | string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?) ?([kmgtp]?)i?b?$/i.exec(String(size))!;
  return Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
}
