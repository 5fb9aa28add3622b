// Regenerates src/config/schema-validator.generated.ts from schema/dabba.schema.json
// (ajv standalone code, so that dabba does not compile the schema at every start).
// Usage: npx tsc -p . ; node scripts/build-schema-validator.mjs ; npx tsc -p .
import { writeFileSync } from 'node:fs';
import { generateValidatorSource, readSchema } from '../dist/src/config/schema-codegen.js';

const out = new URL('../src/config/schema-validator.generated.ts', import.meta.url);
writeFileSync(out, generateValidatorSource(readSchema()));
console.log(`wrote ${out.pathname}`);
