export const gazetteer = {
  'gazetteer.unknownTown': '{county} has no town or street office “{name}”; it has “{suggestion}” ({path}, code {code}; data: {source}). Check the place name.',
  'gazetteer.unknownCounty': 'No division is called “{name}”; “{suggestion}” is one sound-alike character away ({path}, code {code}; data: {source}). Check the place name.',
  'gazetteer.renamedTown': 'In the divisions data, “{name}” of {county} is “{suggestion}” ({path}, code {code}; data: {source}). The name may have changed since; check it against the time the draft describes.',
} as const;
