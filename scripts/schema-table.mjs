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

/** Top-level mappings whose entries are walked as `KEY.NAME.…` below. */
const BY_NAME = ['services', 'volumes', 'secrets', 'configs'];

const rows = [];
/** Adds a row per property, and rows for the properties of long-syntax objects below it. */
function walk(node, prefix) {
  const s = deref(node);
  for (const [key, raw] of Object.entries(s.properties ?? {})) {
    const prop = deref(raw);
    const path = prefix ? `${prefix}.${key}` : key;
    rows.push([path, prop.description]);
    const inner = deref(prop.items ?? prop.additionalProperties);
    if (prop.properties) walk(prop, path);
    else if (inner?.properties && !BY_NAME.includes(path)) walk(inner, `${path}[]`);
  }
}

walk(schema, '');
walk(deref(schema.properties.services.additionalProperties), 'services.NAME');
walk(deref(schema.properties.volumes.additionalProperties), 'volumes.NAME');
walk(deref(schema.properties.secrets.additionalProperties), 'secrets.NAME');
walk(deref(schema.properties.configs.additionalProperties), 'configs.NAME');

console.log('| key | what it does |');
console.log('|---|---|');
for (const [key, description] of rows) console.log(`| \`${cell(key)}\` | ${cell(description)} |`);
