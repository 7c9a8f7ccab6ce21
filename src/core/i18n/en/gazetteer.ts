export const gazetteer = {
  'gazetteer.unknownTown': '{county} has no town or street office “{name}”; it has “{suggestion}” ({path}, code {code}). Check the place name.',
} as const;
