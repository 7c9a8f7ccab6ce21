#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build`; say so instead of failing with a module error.
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'out', 'cli', 'index.cjs');
if (!fs.existsSync(entry)) {
  process.stderr.write('jiaokan: the CLI is not built yet; run `npm run build` first\n');
  process.exit(2);
}
// V8's compile cache (Node 22.1 and later) spares compiling the bundle again on every run.
require('node:module').enableCompileCache?.();
require(entry);
