import type { TextEncodingLabel } from './textEncodingLabel';

/** Browsers look for the charset declaration this far into the file (HTML's prescan). */
const PRESCAN_BYTES = 1024;

const LABELS: Record<string, TextEncodingLabel> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  gb2312: 'GB18030',
  gbk: 'GB18030',
  gb18030: 'GB18030',
  'x-gbk': 'GB18030',
  cp936: 'GB18030',
  'euc-cn': 'GB18030',
  big5: 'Big5',
  'big5-hkscs': 'Big5',
  'x-x-big5': 'Big5',
  cp950: 'Big5',
};

/**
 * The charset an HTML file declares in `<meta charset=…>` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">`, if it is one the app reads. GBK and GB2312 map to GB18030, their
 * superset, as browsers do. Charsets the app does not read are ignored, leaving it to detection.
 */
export function htmlDeclaredCharset(bytes: Uint8Array): TextEncodingLabel | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, PRESCAN_BYTES)).toString('latin1');
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0])?.[1];
    if (charset) return LABELS[charset.toLowerCase()];
  }
  return undefined;
}
