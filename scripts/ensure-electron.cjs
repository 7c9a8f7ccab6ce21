// Electron (42 and later) installs without its binary and fetches it on first launch, but
// electron-vite looks for the binary without fetching it. Requiring `electron` fetches it first,
// so `npm start` works on a fresh machine; if the download fails, say so in one line.
try {
  require('electron');
} catch (error) {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`jiaokan: the Electron binary could not be downloaded (${reason}). Check the network connection and run \`npm start\` again.\n`);
  process.exit(1);
}
