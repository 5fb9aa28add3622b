import { interpolateString, InterpolationError, type Lookup } from './interpolate.js';

export interface DotenvProblem {
  line: number;
  col: number;
  message: string;
}

export interface Dotenv {
  /** In file order; a later line for the same key wins. */
  values: Record<string, string>;
  problems: DotenvProblem[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*/;

/**
 * Parses a `.env` / `env_file` text as compose does: `KEY=VALUE` lines,
 * optional `export `, `#` comments, single quotes literal, double quotes with
 * `\n`, `\t`, `\"`, `\\` escapes (and spanning lines), unquoted values trimmed
 * with ` #` comments removed. Unquoted and double-quoted values are
 * interpolated, earlier keys of the file first, then `lookup`. A bare `KEY`
 * takes `lookup(KEY)` and is left out when that is unset. Never throws.
 */
export function parseDotenv(text: string, lookup: Lookup): Dotenv {
  const values: Record<string, string> = {};
  const problems: DotenvProblem[] = [];
  const scoped: Lookup = (name) => (Object.hasOwn(values, name) ? values[name] : lookup(name));
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const lineNo = n + 1;
    const raw = lines[n]!;
    const line = raw.replace(/^\s*(export\s+)?/, '');
    const indent = raw.length - line.length;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const key = KEY.exec(line)?.[0];
    if (key === undefined) {
      problems.push({ line: lineNo, col: indent + 1, message: `expected KEY=VALUE, found "${raw.trim()}"` });
      continue;
    }
    let rest = line.slice(key.length).replace(/^[ \t]*/, '');
    if (rest === '' || rest.startsWith('#')) {
      const v = lookup(key);
      if (v !== undefined) values[key] = v;
      continue;
    }
    if (!rest.startsWith('=')) {
      problems.push({ line: lineNo, col: indent + 1, message: `expected KEY=VALUE, found "${raw.trim()}"` });
      continue;
    }
    rest = rest.slice(1).replace(/^[ \t]*/, '');
    const valueCol = raw.length - rest.length + 1;
    let value: string;
    let interpolate = true;
    if (rest.startsWith("'")) {
      const end = rest.indexOf("'", 1);
      if (end < 0) {
        problems.push({ line: lineNo, col: valueCol, message: 'missing closing single quote' });
        continue;
      }
      value = rest.slice(1, end);
      interpolate = false;
    } else if (rest.startsWith('"')) {
      // A double-quoted value may continue on the following lines.
      let body = rest.slice(1);
      let end = closingQuote(body);
      while (end < 0 && n + 1 < lines.length) {
        body += `\n${lines[++n]!}`;
        end = closingQuote(body);
      }
      if (end < 0) {
        problems.push({ line: lineNo, col: valueCol, message: 'missing closing double quote' });
        continue;
      }
      value = body.slice(0, end).replace(/\\([nrt"\\$])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? (c === '$' ? '$$' : c));
    } else {
      value = rest.replace(/\s+#.*$/, '').trim();
    }
    if (interpolate) {
      try {
        value = interpolateString(value, scoped);
      } catch (err) {
        if (!(err instanceof InterpolationError)) throw err;
        problems.push({ line: lineNo, col: valueCol, message: err.message });
        continue;
      }
    }
    values[key] = value;
  }
  return { values, problems };
}

function closingQuote(body: string): number {
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '"') return i;
  }
  return -1;
}
