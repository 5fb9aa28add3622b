/**
 * The little of a Dockerfile dabba reads itself (pure): its instructions with
 * their line numbers, to name the line of a failing step, and the images its
 * stages start FROM, so that dabba can provide them from its own store before
 * buildah runs. Building is buildah's: nothing here interprets the steps.
 */

export interface Instruction {
  /** 1-based line the instruction starts on. */
  line: number;
  /** Upper-cased keyword: FROM, RUN, … */
  keyword: string;
  /** The instruction as one line, continuations joined. */
  text: string;
}

/** Instructions in order; comments, blank lines and line continuations (`\` at the end) handled as Docker does. */
export function parseInstructions(dockerfile: string): Instruction[] {
  const lines = dockerfile.split(/\r?\n/);
  const out: Instruction[] = [];
  let pending: { line: number; parts: string[] } | undefined;
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (pending === undefined && (trimmed === '' || trimmed.startsWith('#'))) return;
    if (pending !== undefined && trimmed.startsWith('#')) return;
    const continued = /\\\s*$/.test(raw);
    const part = continued ? raw.replace(/\\\s*$/, '') : raw;
    pending ??= { line: i + 1, parts: [] };
    pending.parts.push(part.trim());
    if (!continued) {
      out.push(toInstruction(pending.line, pending.parts.join(' ')));
      pending = undefined;
    }
  });
  if (pending !== undefined) out.push(toInstruction(pending.line, pending.parts.join(' ')));
  return out;
}

function toInstruction(line: number, text: string): Instruction {
  const keyword = (/^\S+/.exec(text)?.[0] ?? '').toUpperCase();
  return { line, keyword, text: text.replace(/\s+/g, ' ').trim() };
}

/** `$NAME` and `${NAME}` from `vars`; an unknown one becomes empty, as in Docker. */
function substitute(s: string, vars: ReadonlyMap<string, string>): string {
  return s.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_, a: string | undefined, b: string | undefined) => vars.get((a ?? b)!) ?? '');
}

/**
 * The images the stages start FROM, in order, without `scratch` and the
 * names of earlier stages. `ARG`s before the first FROM take their default,
 * or the value in `buildArgs`, as Docker substitutes them in FROM lines.
 */
export function baseImages(instructions: readonly Instruction[], buildArgs: Readonly<Record<string, string>>): string[] {
  const vars = new Map<string, string>();
  const stages = new Set<string>();
  const images: string[] = [];
  let seenFrom = false;
  for (const ins of instructions) {
    if (ins.keyword === 'ARG' && !seenFrom) {
      for (const decl of ins.text.split(' ').slice(1)) {
        const eq = decl.indexOf('=');
        const name = eq < 0 ? decl : decl.slice(0, eq);
        const value = buildArgs[name] ?? (eq < 0 ? undefined : unquote(decl.slice(eq + 1)));
        if (value !== undefined) vars.set(name, value);
      }
    }
    if (ins.keyword !== 'FROM') continue;
    seenFrom = true;
    const words = ins.text.split(' ').slice(1).filter((w) => !w.startsWith('--'));
    const image = substitute(words[0] ?? '', vars);
    if (image !== '' && image.toLowerCase() !== 'scratch' && !stages.has(image.toLowerCase()) && !images.includes(image)) images.push(image);
    if (words[1]?.toUpperCase() === 'AS' && words[2] !== undefined) stages.add(words[2].toLowerCase());
  }
  return images;
}

function unquote(s: string): string {
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}

/**
 * The instruction a step line of buildah (`STEP 3/7: RUN make`) stands for:
 * the first with that text at or after instruction `from` (steps are in file
 * order; stages restart their numbering). Returns its index, or -1.
 */
export function findStep(instructions: readonly Instruction[], stepText: string, from: number): number {
  const want = stepText.replace(/\s+/g, ' ').trim();
  for (let i = Math.max(0, from); i < instructions.length; i++) if (instructions[i]!.text === want) return i;
  return -1;
}
