import { lazyPackage } from './lazyPackage';

/** iconv-lite, loaded the first time a GB18030/GBK, UTF-16 or RTF code-page text is decoded (lazyPackage.ts). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (lazyPackage.ts)
export const iconv = lazyPackage(() => require('iconv-lite') as typeof import('iconv-lite'));
