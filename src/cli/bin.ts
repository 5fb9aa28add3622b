#!/usr/bin/env node
// The CLI runs from the bundle that `npm run build` makes (scripts/bundle.mjs, entry ./entry.ts):
// one file or a few instead of ~70 modules, which was most of a short command's start-up.
import '../bundle/cli.js';
