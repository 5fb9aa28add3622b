// Prints the README's table of supported dabba.yaml keys, from schema/dabba.schema.json
// (the single source of truth): key, and what it does (the key's description).
// Usage: node scripts/schema-table.mjs
import { readFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../schema/dabba.schema.json', import.meta.url), 'utf8'));
const defs = schema.definitions ?? {};

/** Follows a local $ref, keeping the referring schema's own description. */
function deref(s) {
  if (s?.$ref?.startsWith('#/definitions/')) return { ...defs[s.$ref.slice('#/definitions/'.length)], ...s, $ref: undefined };
  return s ?? {};
}

function cell(text) {
  return String(text ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ');
}

const rows = [];
/** Adds a row per property, and rows for the properties of long-syntax objects below it. */
function walk(node, prefix) {
  const s = deref(node);
  for (const [key, raw] of Object.entries(s.properties ?? {})) {
    const prop = deref(raw);
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push([path, prop.description]);
    if (prop.properties) walk(prop, path);
    else if (prefix === '') continue;
    else if (deref(prop.items).properties) walk(deref(prop.items), `${path}[]`);
    else if (deref(prop.additionalProperties).properties) walk(deref(prop.additionalProperties), `${path}.KEY`);
  }
}

walk(schema, '');
walk(deref(schema.properties.services.additionalProperties), 'services.NAME');
walk(deref(schema.properties.volumes.additionalProperties), 'volumes.NAME');
walk(deref(schema.properties.networks.additionalProperties), 'networks.NAME');

console.log('| key | what it does |');
console.log('|---|---|');
for (const [key, description] of rows) console.log(`| \`${cell(key)}\` | ${cell(description)} |`);
