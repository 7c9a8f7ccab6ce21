import type { Mention } from '../../entities/mention';
import { soundAlike } from '../../entities/soundAlike';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { RawFinding } from '../check';
import { ABBREVIATED_BODIES, DEPARTMENT_BODIES, splitDepartment } from '../../entities/departmentNames';

/** Level words written before a department without a place name (县卫生健康局). */
const LEVEL = /^[省市县区州旗盟镇乡]+/;
const COMPONENT = 2;

/**
 * Government departments written other than by their standard name: components swapped
 * (县健康卫生局 → 卫生健康局, 运输交通局 → 交通运输局) or one character read alike (卫生建康局, or
 * the second of a short name: 城棺局 → 城管局).
 * One finding per written form, with every occurrence. Linear in the mentions (a fixed list per mention).
 */
export function departmentFindings(text: string, mentions: readonly Mention[], lang: Lang): RawFinding[] {
  const byWritten = new Map<string, { standard: string; spans: { start: number; end: number }[] }>();
  for (const m of mentions) {
    if (m.kind !== 'org' || (m.category !== 'bureau' && m.category !== 'committee')) continue;
    const own = text.slice(m.form.start, m.end);
    const level = LEVEL.exec(own)?.[0].length ?? 0;
    const department = splitDepartment(own.slice(level));
    if (!department || DEPARTMENT_BODIES.has(department.body)) continue;
    const standard = reordered(department.body) ?? soundAlikeBody(department.body);
    if (!standard) continue;
    const start = m.form.start + level;
    const entry = byWritten.get(department.body) ?? { standard, spans: [] };
    entry.spans.push({ start, end: start + department.body.length });
    byWritten.set(department.body, entry);
  }
  return [...byWritten].map(([written, { standard, spans }]) => ({
    rule: 'consistency.department',
    severity: 'warning',
    message: t(lang, ABBREVIATED_BODIES.has(standard) ? 'consistency.departmentShort' : 'consistency.department', { written, standard }),
    spans,
    suggestion: { replacement: standard },
    evidence: { of: 'department', written, standard, basis: 'department-list' },
  }));
}

/** A listed body the written one is a reordering of, by two-character components (健康卫生 → 卫生健康). */
function reordered(body: string): string | undefined {
  if (body.length % COMPONENT !== 0 || body.length > 3 * COMPONENT) return undefined;
  const parts = Array.from({ length: body.length / COMPONENT }, (_, i) => body.slice(i * COMPONENT, (i + 1) * COMPONENT));
  return permutations(parts).map((p) => p.join('')).find((candidate) => candidate !== body && DEPARTMENT_BODIES.has(candidate));
}

function permutations(parts: string[]): string[][] {
  if (parts.length <= 1) return [parts];
  return parts.flatMap((first, i) => permutations([...parts.slice(0, i), ...parts.slice(i + 1)]).map((rest) => [first, ...rest]));
}

/**
 * The one listed body of the same length that differs from the written one by a single sound-alike
 * character: in a body of four or more, anywhere; in a two-character short name (城棺局 for 城管局),
 * only the second, as a different first character names another body.
 */
function soundAlikeBody(body: string): string | undefined {
  if (body.length < 4 && body.length !== 2) return undefined;
  const matches = [...DEPARTMENT_BODIES].filter((listed) => {
    if (listed.length !== body.length) return false;
    let differing = -1;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === listed[i]) continue;
      if (differing >= 0) return false;
      differing = i;
    }
    return differing >= (body.length === 2 ? 1 : 0) && soundAlike(body[differing]!, listed[differing]!);
  });
  return matches.length === 1 ? matches[0] : undefined;
}
