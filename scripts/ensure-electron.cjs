// Electron (42 and later) installs without its binary and fetches it on first launch, but
// electron-vite looks for the binary without fetching it. So `npm start` runs Electron's own
// installer first (it returns at once when the binary is there). Its failure is a stack trace
// and advice to reinstall; say what happened and what to do in one line instead.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { dirname, join } = require('node:path');

let installer;
try {
  installer = require.resolve('electron/install.js');
} catch {
  process.stderr.write('jiaokan: Electron is not installed in this folder; run `npm ci` first, then `npm start`.\n');
  process.exit(1);
}
if (!existsSync(join(dirname(installer), 'path.txt'))) {
  process.stdout.write("Downloading Electron's binary (first start only)…\n");
}
const result = spawnSync(process.execPath, [installer], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (result.status !== 0) {
  const reason = (result.error?.message ?? result.stderr.trim().split('\n')[0]) || `installer exited with ${result.status ?? result.signal}`;
  process.stderr.write(`jiaokan: the Electron binary could not be downloaded (${reason}). Check the network connection and run \`npm start\` again.\n`);
  process.exit(1);
}
