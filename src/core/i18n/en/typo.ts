export const typo = {
  'typo.listed': '"{found}" is a common misspelling of "{correct}" ({note}): write "{correct}".',
  'typo.confusable': '"{found}" is probably a typo for "{correct}" ("{wrong}" and "{right}" {kind}): check it and correct it.',
  'typo.kind.sound': 'sound alike',
  'typo.kind.shape': 'look alike',
  'typo.kind.soundShape': 'sound and look alike',
};
