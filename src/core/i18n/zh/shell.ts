/** Strings of the main process: window title, menus, dialogs. */
export const shell = {
  'shell.title': '校勘',
  'shell.sampleName': '示例稿件',
  'shell.openFailed': '无法打开“{name}”：{reason}。请检查文件后重试。',
  'shell.openDialogTitle': '打开稿件',
  'shell.openDialogDrafts': '稿件（txt、md、html、docx）',
  'shell.openDialogAll': '所有文件',
  'shell.menuFile': '文件',
  'shell.menuOpen': '打开…',
  'shell.menuQuit': '退出',
  'shell.menuEdit': '编辑',
  'shell.menuGo': '转到',
  'shell.nextFinding': '下一处问题',
  'shell.previousFinding': '上一处问题',
  'shell.menuView': '视图',
  'shell.menuHelp': '帮助',
  'shell.menuAbout': '关于校勘',
} as const;
