/** The Windows code page of an RTF font charset (\fcharsetN); 0, 1 and 2 leave the document's \ansicpg in force. */
const CODE_PAGE_OF_CHARSET: Record<number, number> = {
  77: 10000,
  128: 932,
  129: 949,
  130: 1361,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
};

export function codePageOfCharset(charset: number): number | undefined {
  return CODE_PAGE_OF_CHARSET[charset];
}
