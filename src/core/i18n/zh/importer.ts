export const importer = {
  'importer.notFound': '找不到文件“{path}”。请确认文件是否已被移动、改名或删除。',
  'importer.isDirectory': '“{path}”是一个文件夹，不是稿件。请选择文件夹里的稿件文件（.txt、.md、.html、.docx）。',
  'importer.unreadable': '无法读取“{path}”（{reason}）。请确认您有读取这个文件的权限，或把文件复制到本机再打开。',
  'importer.notText': '“{name}”不是文本文件（内容像图片、压缩包或程序等二进制数据），无法作为稿件打开。请打开稿件的 .txt、.md、.html 或 .docx 文件。',
  'importer.tooLarge': '“{name}”有 {size}，超过了稿件上限 {limit}，未打开。请把稿件拆成几个文件，或只保留正文后再打开。',
  'importer.unsupported': '无法打开“{name}”：它既不是文本，也不是支持的稿件格式。请另存为 .txt、.md、.html 或 .docx 后再打开（旧版 Word 的 .doc 请在 Word 或 WPS 中另存为 .docx）。',
  'importer.notRegularFile': '“{path}”不是普通文件（可能是设备或管道），无法作为稿件打开。请选择一个稿件文件。',
  'importer.docxCorrupt': '“{name}”不是完整的 Word（.docx）文件，可能已损坏或未下载完整。请在 Word 或 WPS 中打开并另存一份 .docx 后再试。',
  'importer.docxTooLarge': '“{name}”解压后会超过 {limit}（或压缩比异常），可能已损坏或是恶意构造的文件，为安全起见未打开。请在 Word 或 WPS 中另存一份后再试。',
  'importer.invalidBytes': '稿件中有无法识别的字节，已显示为“\uFFFD”。请对照原稿核实这些位置的文字，必要时让作者重新以 UTF-8 编码提供稿件。',
  'importer.nulRemoved': '稿件中夹有空字符（NUL），已删除。文件可能曾被不完整地保存，请核对稿件末尾是否完整。',
  'importer.imagesDropped': 'Word 文件中的图片未导入，只导入了文字。图片及其说明请对照原文件核实。',
} as const;
