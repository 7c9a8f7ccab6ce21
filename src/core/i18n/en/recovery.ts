export const recovery = {
  'recovery.offerTitle': 'Restore unsaved changes',
  'recovery.offer': 'Jiaokan did not close normally last time. "{name}" has changes autosaved at {savedAt} that were never saved to the draft. Restore them? Check them before saving; discarding deletes this autosaved copy.',
  'recovery.restore': 'Restore changes',
  'recovery.discard': 'Discard changes',
  'recovery.unreadable': 'An autosaved copy of changes ({file}) is damaged and cannot be restored. You can discard it; copy the file elsewhere first if you want to investigate.',
  'recovery.tooLarge': 'An autosaved copy of changes ({file}) is {size}, over the limit of {limit}, and cannot be restored. You can discard it.',
  'recovery.newerFormat': 'An autosaved copy of changes ({file}) comes from a newer version of Jiaokan and cannot be read by this one. Open it with the newer version, or discard it.',
  'recovery.notSavedTooLarge': 'The draft is over {limit} and is no longer autosaved. Save by hand often so a crash cannot lose your changes.',
  'recovery.draftChanged': '"{name}" was changed on disk by another program. Load the version on disk (losing unsaved changes here), or keep the version here?',
  'recovery.draftDeleted': '"{name}" was deleted or moved on disk. The text is still here: save a copy so it is not lost.',
  'recovery.reloadFromDisk': 'Load the version on disk',
  'recovery.keepMine': 'Keep the version here',
} as const;
