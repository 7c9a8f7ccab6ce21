import { useState } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { Segment } from './paragraphSegments';

/** A very long paragraph (a draft without line breaks) shows this many characters until asked for all. */
const PARAGRAPH_CAP = 3000;

function capped(segments: readonly Segment[], cap: number): Segment[] {
  const out: Segment[] = [];
  let left = cap;
  for (const segment of segments) {
    if (left <= 0) break;
    out.push(segment.text.length <= left ? segment : { ...segment, text: segment.text.slice(0, left) });
    left -= segment.text.length;
  }
  return out;
}

/** One paragraph of a comparison: plain runs, <del> for removed text, <ins> for added text. */
export function ParagraphText({ segments, lang }: { segments: readonly Segment[]; lang: Lang }) {
  const [whole, setWhole] = useState(false);
  const total = segments.reduce((sum, s) => sum + s.text.length, 0);
  const shown = whole || total <= PARAGRAPH_CAP ? segments : capped(segments, PARAGRAPH_CAP);
  return (
    <>
      {shown.map((segment, i) =>
        segment.mark === 'del' ? <del key={i}>{segment.text}</del> : segment.mark === 'ins' ? <ins key={i}>{segment.text}</ins> : <span key={i}>{segment.text}</span>,
      )}
      {shown !== segments && (
        <button
          type="button"
          className="jk-cmp-link jk-cmp-more-text"
          onClick={(event) => {
            event.stopPropagation();
            setWhole(true);
          }}
        >
          {t(lang, 'app.compare.paragraphMore', { count: total })}
        </button>
      )}
    </>
  );
}
