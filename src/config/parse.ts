import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic } from './errors.js';
import { MAX_ALIAS_EXPANSION } from './limits.js';
import { formatPath, type KeyPath, SourceFile } from './source.js';

export interface ParsedYaml {
  /** The document as plain data (mappings as objects, in source order), merges applied. */
  value: unknown;
  /** The source with the position of every value in `value`. */
  source: SourceFile;
  diagnostics: Diagnostic[];
  /**
   * Paths tagged `!reset` (left out of `value`) or `!override` (kept): what an
   * earlier file set there is dropped before this file is merged over it.
   */
  replaced: KeyPath[];
}

/** Stands for a value tagged `!reset` while its collection is converted. */
const RESET = Symbol('reset');

class AliasBomb extends Error {}

/**
 * Parses YAML 1.2 (core schema, as compose reads it: `22:22` is a string, not
 * base 60) keeping the position of every value. Duplicate keys, syntax errors,
 * a `%YAML 1.1` directive, non-scalar keys and alias bombs become diagnostics;
 * `<<` merge keys are applied as YAML defines them (keys written in the mapping
 * win over merged ones, earlier merged mappings win over later ones). compose's
 * `!reset` and `!override` tags are noted in `replaced`.
 * Never throws for bad input.
 */
export function parseYaml(text: string, file: string): ParsedYaml {
  const source = new SourceFile(file, text);
  const diagnostics: Diagnostic[] = [];
  const replaced: KeyPath[] = [];
  const report = (offset: number, path: KeyPath, message: string) => {
    const { line, col, sourceLine } = source.lineCol(offset);
    diagnostics.push({ file, line, col, path: formatPath(path), message, sourceLine });
  };

  const directive = /^%YAML[ \t]+1\.1\b/m.exec(text);
  if (directive) {
    report(directive.index, [], '%YAML 1.1 is not supported: dabba reads YAML 1.2, as compose does (in 1.1, 22:22 is the number 1342 and yes/no are booleans); remove the directive');
    return { value: undefined, source, diagnostics, replaced };
  }

  const doc: Document = parseDocument(text, { version: '1.2', schema: 'core', merge: true, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    const message =
      err.code === 'DUPLICATE_KEY'
        ? 'duplicate key: this key is already set above in the same mapping'
        : err.code === 'MULTIPLE_DOCS'
          ? 'a project file holds one YAML document: remove this --- and what follows, or merge it into the first'
          : lowerFirst(err.message);
    report(err.pos[0], [], message);
  }
  if (diagnostics.length > 0) return { value: undefined, source, diagnostics, replaced };

  // yaml's Alias.resolve walks the whole document for every alias: with an
  // alias per service that is quadratic. The walk below meets every anchor
  // before any alias to it (both in document order), so it records them as it
  // goes: an alias takes the latest anchor of its name, as YAML says.
  const anchors = new Map<string, Node>();
  // Collections being converted: an alias to one of them (`&a [*a]`) would recurse without end.
  const open = new Set<Node>();
  let expanded = 0;
  const convert = (node: Node | null | undefined, path: KeyPath, inAlias: boolean, keyOffset?: number): unknown => {
    if (inAlias && ++expanded > MAX_ALIAS_EXPANSION) throw new AliasBomb();
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) {
        report(node.range?.[0] ?? 0, path, `unknown anchor "${node.source}"`);
        return null;
      }
      if (open.has(target)) {
        report(node.range?.[0] ?? 0, path, `alias *${node.source} is inside its own anchor: the value would never end`);
        return null;
      }
      if (!inAlias) source.record(path, { offset: node.range?.[0] ?? 0, keyOffset });
      return convert(target, path, true);
    }
    if (node.tag === '!reset' || node.tag === '!override') {
      replaced.push(path);
      if (node.tag === '!reset') return RESET;
    }
    const offset = node.range?.[0] ?? 0;
    if (!inAlias && node.anchor !== undefined) anchors.set(node.anchor, node);
    // A value inside an alias keeps the position of the alias itself: the anchor's text is elsewhere.
    if (!inAlias) source.record(path, { offset: isScalar(node) && node.value === null && node.source === '' && keyOffset !== undefined ? keyOffset : offset, keyOffset });
    if (isScalar(node)) return node.value;
    open.add(node);
    try {
      return convertCollection(node, path, inAlias, offset);
    } finally {
      open.delete(node);
    }
  };
  const convertCollection = (node: Node, path: KeyPath, inAlias: boolean, offset: number): unknown => {
    if (isSeq(node)) {
      const items: unknown[] = [];
      for (const item of node.items) {
        const v = convert(item as Node, [...path, items.length], inAlias);
        if (v !== RESET) items.push(v);
      }
      return items;
    }
    if (isMap(node)) {
      // `result` holds the keys in the order they first appear, merged ones
      // where their `<<` is: the order shows in `dabba config`.
      const result: Record<string, unknown> = {};
      const out: Record<string, unknown> = {};
      const merged: { m: Record<string, unknown>; at: number }[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyStart = keyNode?.range?.[0] ?? offset;
        if (isScalar(keyNode) && typeof keyNode.value === 'symbol') {
          // Converted as alias content: merged values have no text of their own here,
          // so they are located at the `<<` key below.
          for (const m of mergeSources(convert(pair.value as Node, path, true), keyStart, path)) {
            merged.push({ m, at: keyStart });
            // Keys written in the mapping and earlier merges win.
            for (const k of Object.keys(m)) if (!Object.hasOwn(result, k)) result[k] = m[k];
          }
          continue;
        }
        if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
          report(keyStart, path, 'keys must be plain scalars (strings or numbers)');
          continue;
        }
        const key = String(keyNode.value);
        if (key === '__proto__') {
          report(keyStart, path, 'the key __proto__ is not allowed');
          continue;
        }
        const v = convert(pair.value as Node, [...path, key], inAlias, keyStart);
        if (v !== RESET) out[key] = result[key] = v;
      }
      // Recorded last to first, so that the earliest merge a key comes from gives its position.
      if (!inAlias) for (const { m, at } of merged.reverse()) for (const k of Object.keys(m)) if (!Object.hasOwn(out, k)) source.record([...path, k], { offset: at, keyOffset: at });
      return result;
    }
    return null;
  };
  const mergeSources = (value: unknown, offset: number, path: KeyPath): Record<string, unknown>[] => {
    const list = Array.isArray(value) ? value : [value];
    if (list.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))) return list as Record<string, unknown>[];
    report(offset, path, 'a << merge key takes a mapping or a sequence of mappings (usually aliases: <<: *defaults)');
    return [];
  };

  try {
    const value = convert(doc.contents as Node | null, [], false);
    return { value: value === RESET ? null : value, source, diagnostics, replaced };
  } catch (err) {
    if (!(err instanceof AliasBomb)) throw err;
    report(0, [], `aliases expand to more than ${MAX_ALIAS_EXPANSION} values: refusing what looks like an alias bomb`);
    return { value: undefined, source, diagnostics, replaced };
  }
}

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}
