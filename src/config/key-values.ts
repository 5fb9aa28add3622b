/** Compose's two ways of writing key/value pairs (a mapping, or a `K=V` list), as a record (pure). */
export type Scalar = string | number | boolean | null;
export type MapOrList = Record<string, Scalar> | string[];

export function text(v: Scalar): string {
  return v === null ? '' : String(v);
}

/** A mapping or a `K=V` list as a record; a bare `K` (or `K:` with no value) takes `bare(K)` and is dropped when that is undefined. */
export function keyValues(v: MapOrList | undefined, bare: (key: string) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (k: string, value: string | undefined) => {
    if (value !== undefined) out[k] = value;
  };
  if (Array.isArray(v)) {
    for (const entry of v) {
      const eq = entry.indexOf('=');
      if (eq < 0) put(entry, bare(entry));
      else put(entry.slice(0, eq), entry.slice(eq + 1));
    }
  } else if (v !== undefined) {
    for (const [k, value] of Object.entries(v)) put(k, value === null ? bare(k) : text(value));
  }
  return out;
}
