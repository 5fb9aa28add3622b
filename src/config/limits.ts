/**
 * How many values aliases may expand to in one file. Real compose files reuse
 * a few `x-` blocks in every service (a few thousand values for hundreds of
 * services); an alias bomb needs millions. Refusing early keeps it from hanging.
 */
export const MAX_ALIAS_EXPANSION = 100_000;
