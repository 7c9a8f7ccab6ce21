import { BrowserWindow } from 'electron';

/**
 * Prints a self-contained HTML page (the review report) to PDF in a hidden window that can run
 * nothing: sandboxed, no JavaScript, no preload, no Node; the page comes from a data: URL, so it
 * never touches the app's origin or its IPC.
 */
export async function printToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      offscreen: true,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', landscape: true });
  } finally {
    window.destroy();
  }
}
