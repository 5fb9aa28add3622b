// Where each value of a document merged from several files was written. A
// merged tree mixes values of several files, moved to other keys and indexes
// (an override's port appended to the base's list, an environment mapping
// turned into a list): a diagnostic at a key path of the merged tree is
// reported at the file, line and column the value came from.
import type { LineCol, KeyPath, SourceFile } from './source.js';

/** A value's place in one file. */
export interface Origin {
  source: SourceFile;
  path: KeyPath;
}

interface OriginNode {
  origin?: Origin;
  children?: Map<string | number, OriginNode>;
}

export class Locator {
  private readonly root: OriginNode = {};

  /** A locator for one file's document, whose paths are the file's own. */
  static of(source: SourceFile): Locator {
    const locator = new Locator();
    locator.record([], { source, path: [] });
    return locator;
  }

  /** The value at `path` (and everything under it) came from `origin`. */
  record(path: KeyPath, origin: Origin): void {
    let node = this.root;
    for (const key of path) {
      node.children ??= new Map();
      let child = node.children.get(key);
      if (child === undefined) node.children.set(key, (child = {}));
      node = child;
    }
    node.origin = origin;
    delete node.children;
  }

  /** The origins of the value at `path`, as a locator of its own (its root is that value). */
  detach(path: KeyPath): Locator {
    const out = new Locator();
    out.root.origin = this.resolve(path);
    let node: OriginNode | undefined = this.root;
    for (const key of path) node = node?.children?.get(key);
    if (node?.children !== undefined) out.root.children = copyChildren(node.children);
    return out;
  }

  /** The value at `path` is now `other`'s root value, with its origins. */
  graft(path: KeyPath, other: Locator): void {
    this.record(path, other.root.origin!);
    if (other.root.children === undefined) return;
    let node = this.root;
    for (const key of path) node = node.children!.get(key)!;
    node.children = copyChildren(other.root.children);
  }

  /** Where the value at `path` came from: the nearest recorded ancestor's origin, with the rest of the path appended. */
  resolve(path: KeyPath): Origin {
    let node: OriginNode | undefined = this.root;
    let best = this.root.origin!;
    let depth = 0;
    for (let i = 0; i < path.length && node !== undefined; i++) {
      node = node.children?.get(path[i]!);
      if (node?.origin !== undefined) [best, depth] = [node.origin, i + 1];
    }
    return depth === path.length ? best : { source: best.source, path: [...best.path, ...path.slice(depth)] };
  }

  /** The file, line and column of the value (or its key) at `path`. */
  locate(path: KeyPath, atKey = false): LineCol & { file: string } {
    const { source, path: at } = this.resolve(path);
    return { file: source.file, ...source.locate(at, atKey) };
  }
}

function copyChildren(children: Map<string | number, OriginNode>): Map<string | number, OriginNode> {
  return new Map([...children].map(([k, n]) => [k, { ...(n.origin === undefined ? {} : { origin: n.origin }), ...(n.children === undefined ? {} : { children: copyChildren(n.children) }) }]));
}
