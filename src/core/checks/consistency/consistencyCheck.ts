import { extractEntities } from '../../entities/extractEntities';
import type { Mention } from '../../entities/mention';
import { gazetteerIndex, placePath, type GazetteerIndex } from '../../gazetteer/gazetteerIndex';
import { placeContext, type PlaceContext } from '../../gazetteer/placeContext';
import { t } from '../../i18n/messages';
import type { Lang } from '../../i18n/lang';
import type { CheckContext, DocumentCheck, RawFinding } from '../check';
import { departmentFindings } from './departmentFindings';
import type { VariantForm, VariantGroupEvidence } from './variantEvidence';
import { variantGroups, type FormOccurrences } from './variantGroups';
import { organisationSlipGroups } from './organisationSlips';
import { slipAlike } from '../../entities/slipAlike';

/** One entity written two ways in one draft (杨集镇/杨崖集镇, 天津薯味佳…/甘肃薯乐佳…), and departments not written by their standard name. */
export const consistencyCheck: DocumentCheck = {
  id: 'consistency',
  scope: 'document',
  // Two names that differ by ordinary words (农业/农林) are two bodies, not one written two ways.
  readsTypoLexicon: true,
  runDocument(ctx: CheckContext): RawFinding[] {
    const mentions = extractEntities(ctx.text, ctx.gazetteer);
    const index = ctx.gazetteer ? gazetteerIndex(ctx.gazetteer) : undefined;
    const places = index ? placeContext(mentions) : undefined;
    const variants = variantGroups(mentions, (m) => places?.denoted(m) !== undefined, index !== undefined, ctx.typoLexicon);
    const groups = [...variants, ...organisationSlipGroups(mentions, slipAlike, ctx.typoLexicon, variants)];
    return [...groups.map((group) => groupFinding(group, ctx.lang, index, places)), ...departmentFindings(ctx.text, mentions, ctx.lang)];
  },
};

function groupFinding(group: FormOccurrences[], lang: Lang, index: GazetteerIndex | undefined, places: PlaceContext | undefined): RawFinding {
  const forms = group
    .map((f) => describeForm(f, index, places))
    .sort((a, b) => b.count - a.count || a.spans[0]!.start - b.spans[0]!.start);
  const kind = group[0]!.kind as VariantGroupEvidence['kind'];
  const verified = forms.filter((f) => f.division);
  const evidence: VariantGroupEvidence = { kind, forms, basis: 'none' };
  let basisMessage: string;
  if (verified.length === 1) {
    evidence.suggested = verified[0]!.text;
    evidence.basis = 'gazetteer';
    basisMessage = t(lang, 'consistency.basisGazetteer', { suggestion: evidence.suggested, path: verified[0]!.division!.path.join('') });
  } else if (forms[0]!.count > forms[1]!.count) {
    evidence.suggested = forms[0]!.text;
    evidence.basis = 'majority';
    // Only a place's name could have been settled by the divisions: for people and bodies they are no source.
    basisMessage = t(lang, kind === 'place' ? 'consistency.basisMajorityPlace' : 'consistency.basisMajority', { suggestion: evidence.suggested });
  } else {
    basisMessage = t(lang, 'consistency.basisNone');
  }
  const list = forms.map((f) => t(lang, 'consistency.formCount', { form: f.text, count: f.count })).join(t(lang, 'consistency.formSeparator'));
  const finding: RawFinding = {
    rule: `consistency.${kind}`,
    // The official divisions confirm one form and not the other: a fact, so an error (it stands in
    // for the gazetteer's own finding, which is not repeated when the draft also writes the official name).
    severity: evidence.basis === 'gazetteer' ? 'error' : 'warning',
    message: t(lang, 'consistency.variants', { kind: t(lang, `consistency.kind.${kind}`), forms: list }) + basisMessage,
    spans: forms.flatMap((f) => f.spans).sort((a, b) => a.start - b.start),
    evidence: { of: 'variants', ...evidence },
  };
  if (evidence.suggested) finding.suggestion = { replacement: evidence.suggested };
  return finding;
}

function describeForm(form: FormOccurrences, index: GazetteerIndex | undefined, places: PlaceContext | undefined): VariantForm {
  const spans = form.occurrences.map((m: Mention) => ({ start: m.form.start, end: m.form.end }));
  const mentions = [...new Set(form.occurrences.map((m) => m.text))].filter((text) => text !== form.text);
  const described: VariantForm = { text: form.occurrences[0]!.form.text, count: form.count, spans, mentions };
  const place = places && form.occurrences.map((m) => places.denoted(m)).find((p) => p !== undefined);
  if (index && place) described.division = { code: place.code, path: placePath(index, place).map((p) => p.name) };
  return described;
}
