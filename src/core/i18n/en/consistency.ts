export const consistency = {
  'consistency.variants': 'The same {kind} seems to be written in different ways: {forms}.',
  'consistency.formCount': '“{form}” ×{count}',
  'consistency.formSeparator': ', ',
  'consistency.basisGazetteer': ' The official divisions name it “{suggestion}” ({path}); use that form throughout.',
  'consistency.basisMajority': ' Most occurrences read “{suggestion}” (the divisions cannot decide); check the source, then make them agree.',
  'consistency.basisNone': ' Each form occurs equally often, so nothing tells which is right; check the source, then make them agree.',
  'consistency.kind.place': 'place',
  'consistency.kind.org': 'organisation',
  'consistency.kind.person': 'person',
  'consistency.kind.latin': 'name',
  'consistency.department': '“{written}” is not a standard department name; since the 2018 institutional reform the standard name is “{standard}”. Check and correct it.',
  'consistency.departmentShort': '“{written}” is probably a slip for “{standard}”, the short name a department goes by (城管局, 房管局). Check and correct it.',
} as const;
