/**
 * Sizes as compose writes them: bytes, or a number with b, k, m or g (optionally followed by b), as the schema checks.
 * The number may have a fraction (`1.5g`), as compose's size parser allows; the bytes are rounded down, as it does.
 */
const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Bytes of a schema-valid size (`64m`, `1.5g`, `512`). Pure. */
export function parseSize(size: number | string): number {
  const m = /^([0-9]+(?:\.[0-9]+)?)([kmg]?)b?$/i.exec(String(size))!;
  return Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
}
