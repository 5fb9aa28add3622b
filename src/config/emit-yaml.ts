/**
 * A small YAML writer for plain data (mappings, sequences, strings, numbers,
 * booleans, null), in block style. It is used for `dabba config` instead of
 * the yaml package's stringify, which costs over 100 ms on a cold start for a
 * large project. Strings are written plain only when every YAML reader
 * (1.2 and the 1.1 ones compose users also have) reads them back as the same
 * string; otherwise double-quoted with JSON escapes, which YAML accepts.
 */

const PLAIN = /^(?:[A-Za-z_/.~]|--?[A-Za-z])[A-Za-z0-9_ /.:@+=,~()-]*$/;
const NUMBER_LIKE = /^[-+]?\.?[0-9]/;
// Would be read as something other than a string, by YAML 1.2 or 1.1.
const NOT_A_STRING = /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|\.inf|\.Inf|\.INF|\.nan|\.NaN|\.NAN)$/;

function quote(s: string): string {
  // JSON escapes are YAML double-quoted escapes; DEL and C1 controls must be escaped in YAML too.
  return JSON.stringify(s).replace(/[\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A string as a YAML scalar: plain when safe, else double-quoted. */
export function yamlString(s: string): string {
  const plain = PLAIN.test(s) && !NOT_A_STRING.test(s) && !NUMBER_LIKE.test(s) && !s.includes(': ') && !s.includes(' #') && !s.endsWith(' ') && !s.endsWith(':');
  return plain ? s : quote(s);
}

function scalar(v: unknown): string | undefined {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return yamlString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? '.inf' : v < 0 ? '-.inf' : '.nan';
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (typeof v === 'object' && Object.keys(v).length === 0) return '{}';
  return undefined;
}

function emit(v: unknown, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      const s = scalar(item);
      if (s !== undefined) {
        out.push(`${indent}- ${s}`);
        continue;
      }
      // A nested collection starts on the dash's line, indented two further.
      const first = out.length;
      emit(item, `${indent}  `, out);
      out[first] = `${indent}- ${out[first]!.slice(indent.length + 2)}`;
    }
    return;
  }
  for (const [k, value] of Object.entries(v as Record<string, unknown>)) {
    const key = yamlString(k);
    const s = scalar(value);
    if (s !== undefined) {
      out.push(`${indent}${key}: ${s}`);
    } else {
      out.push(`${indent}${key}:`);
      emit(value, `${indent}  `, out);
    }
  }
}

/** Plain data as a YAML document, ending with a newline. */
export function formatYaml(value: unknown): string {
  const s = scalar(value);
  if (s !== undefined) return `${s}\n`;
  const out: string[] = [];
  emit(value, '', out);
  return `${out.join('\n')}\n`;
}
