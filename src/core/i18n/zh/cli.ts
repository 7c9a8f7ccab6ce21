export const cli = {
  'cli.usage': '用法：jiaokan <命令> [选项]（--lang zh|en 选择语言）',
  'cli.unknownCommand': '未知命令“{name}”；运行 jiaokan --help 查看可用命令',
  'cli.badLang': '不支持的语言“{lang}”；请使用 --lang zh 或 --lang en',
  'cli.badFormat': '不支持的格式“{format}”；可用格式：{allowed}',
  'cli.badArguments': '参数有误：{reason}',
  'cli.internalError': '内部错误：{reason}；请将此信息报告给开发者',
  'cli.checkNeedsFile': '请至少给出一个要检查的文件：jiaokan check 文件…',
  'cli.checkSummary': '{file}：错误 {error} 处，警告 {warning} 处，提示 {info} 处',
  'cli.checkStyleFiles': '{file}：使用的用语表 {files}',
} as const;
