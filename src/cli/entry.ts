import { main } from './main.js';

// No top-level await: the bundle is a CommonJS script (see scripts/bundle.mjs).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
