/** Strings of crash recovery (autosaved copies) and of a draft changed on disk by another program. */
export const recovery = {
  'recovery.offerTitle': '恢复未保存的修改',
  'recovery.offer': '校勘上次没有正常退出。“{name}”有 {savedAt} 自动保存的修改尚未存入稿件。要恢复这些修改吗？恢复后请核对再保存；放弃则删除这份自动保存。',
  'recovery.restore': '恢复修改',
  'recovery.discard': '放弃修改',
  'recovery.unreadable': '有一份自动保存的修改（{file}）已损坏，无法恢复。可以放弃它；如需追查，请先把该文件复制出来。',
  'recovery.tooLarge': '自动保存的修改（{file}）有 {size}，超过上限 {limit}，无法恢复。可以放弃它。',
  'recovery.newerFormat': '自动保存的修改（{file}）来自更新版本的校勘，本版本无法读取。请用新版本打开，或放弃它。',
  'recovery.notSavedTooLarge': '稿件超过 {limit}，不再自动保存。请及时手动保存，以免异常退出时丢失修改。',
  'recovery.draftChanged': '“{name}”已被其他程序修改。要载入磁盘上的新版本（放弃这里未保存的修改），还是保留这里的版本？',
  'recovery.draftDeleted': '“{name}”已在磁盘上被删除或移走。这里的内容仍在，请另存一份以免丢失。',
  'recovery.reloadFromDisk': '载入磁盘上的版本',
  'recovery.keepMine': '保留这里的版本',
} as const;
