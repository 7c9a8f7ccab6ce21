/** The encodings a draft can be read in, named as the status bar shows them. */
export type TextEncodingLabel = 'UTF-8' | 'UTF-8 BOM' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';
