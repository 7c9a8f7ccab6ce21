export const number = {
  'number.separatorMixed': '“{found}” uses thousands separators differently from {count} other figures in the draft (like “{style}”). GB/T 15835 asks for one style per draft.',
  'number.percentMixed': '“{found}” writes a percentage differently from {count} others in the draft (like “{style}”). GB/T 15835 prefers Arabic digits with % for statistics.',
} as const;
