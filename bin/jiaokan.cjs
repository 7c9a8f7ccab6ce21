#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build`; say so instead of failing with a module error.
const path = require('node:path');
const fs = require('node:fs');
const launcher = path.join(__dirname, '..', 'out', 'cli', 'launch.cjs');
if (!fs.existsSync(launcher)) {
  process.stderr.write('jiaokan: the CLI is not built yet; run `npm run build` first\n');
  process.exit(2);
}
// The launcher runs the CLI from V8's code cache (src/node/codeCache.ts).
require(launcher);
