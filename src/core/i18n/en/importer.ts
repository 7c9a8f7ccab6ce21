export const importer = {
  'importer.notFound': 'Cannot find "{path}". Check whether the file has been moved, renamed or deleted.',
  'importer.isDirectory': '"{path}" is a folder, not a draft. Choose a draft file inside it (.txt, .md, .html, .docx).',
  'importer.unreadable': 'Cannot read "{path}" ({reason}). Check that you may read this file, or copy it to this computer and open the copy.',
  'importer.notText': '"{name}" is not a text file (it looks like an image, an archive, a program or other binary data) and cannot be opened as a draft. Open the draft\'s .txt, .md, .html or .docx file.',
  'importer.tooLarge': '"{name}" is {size}, over the draft limit of {limit}, and was not opened. Split the draft into several files, or keep only the article text.',
  'importer.unsupported': 'Cannot open "{name}": it is neither text nor a supported draft format. Save it as .txt, .md, .html or .docx and open that (an old Word .doc can be saved as .docx from Word or WPS).',
  'importer.notRegularFile': '"{path}" is not a regular file (perhaps a device or a pipe) and cannot be opened as a draft. Choose a draft file.',
  'importer.docxCorrupt': '"{name}" is not a complete Word (.docx) file; it may be damaged or not fully downloaded. Open it in Word or WPS, save a new .docx, and try again.',
  'importer.docxTooLarge': '"{name}" would expand past {limit} when unpacked (or its compression ratio is implausible); it may be damaged or crafted to attack, so it was not opened. Save a new copy from Word or WPS and try again.',
  'importer.invalidBytes': 'The draft contains bytes that could not be decoded; they are shown as "\uFFFD". Check the text at those places against the original, and ask the author for a UTF-8 copy if needed.',
  'importer.nulRemoved': 'The draft contained NUL characters, which were removed. The file may have been saved incompletely: check that the end of the draft is intact.',
  'importer.imagesDropped': 'Images in the Word file were not imported, only the text. Check pictures and their captions against the original file.',
} as const;
