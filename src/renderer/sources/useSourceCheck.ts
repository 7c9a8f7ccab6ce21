import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { effectiveVerdict } from '../../core/review/dismissRule';
import type { ReviewItem, Verdict } from '../../core/review/review';
import { setVerdict } from '../../core/review/setVerdict';
import type { SourceCitation } from '../../core/sources/sourceCitation';
import type { SourcesResult, SourceView } from '../../shared/api';
import type { EditorController } from '../editor/useEditorController';
import { errorText } from '../errorText';
import { api } from '../jiaokanApi';
import { applyAndMarkFixed } from '../review/applyAndMarkFixed';
import type { ReviewSessionView } from '../review/useReviewSession';
import { recordsOf, textsOf, withAdded, withoutSource } from './attachedSourceList';
import { citationOf, documentCitation, draftSentence } from './sourcePassage';

interface Options {
  lang: Lang;
  review: ReviewSessionView;
  editor: Pick<EditorController, 'client' | 'findings' | 'view' | 'text' | 'selectFinding' | 'applyFinding'>;
  /** Each current finding's review item (itemsByFinding over all the editor's findings). */
  findingItems: ReadonlyMap<string, ReviewItem>;
  /** The draft shown; its review file records the sources. */
  draftPath: string | null;
  onError(message: string): void;
}

export interface SourceCheck {
  sources: readonly SourceView[];
  /** Sources are being read (a long PDF takes seconds): the tab says so until they arrive. */
  reading: boolean;
  /** The source.* findings of the current check, in draft order. */
  findings: readonly Finding[];
  /** Each finding's verdict in the review ('open' until one is recorded). */
  verdicts: ReadonlyMap<string, Verdict>;
  selectedId: string | null;
  /** The selected difference: the draft sentence and the source passage it was held against. */
  selected: { finding: Finding; draftSentence: string; citation: SourceCitation } | null;
  select(findingId: string): void;
  add(): void;
  addDropped(files: readonly File[]): void;
  /** Takes a source off the draft (the file itself is not touched); the check runs again without it. */
  remove(path: string): void;
  /** 已核实: the verdict `verified` on the finding's item, with the source passage as its citation. */
  verify(findingId: string): void;
  /** 采用来源: the draft takes the source's value, and the item is marked fixed. */
  adopt(findingId: string): void;
}

/**
 * 来源核对: the documents the draft is held against (recorded in its review file, read again and
 * flagged changed or missing on reopen), handed once to the check worker, and the differences the
 * check finds, each verified or corrected from the source.
 */
export function useSourceCheck({ lang, review, editor, findingItems, draftPath, onError }: Options): SourceCheck {
  const [sources, setSourceList] = useState<readonly SourceView[]>([]);
  /** The list as last set, for adding to it outside a render. */
  const shown = useRef<readonly SourceView[]>([]);
  const setSources = useCallback((next: readonly SourceView[]) => {
    shown.current = next;
    setSourceList(next);
  }, []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [readingCount, setReadingCount] = useState(0);
  /** Counts the reads in flight, so the tab says "reading" from the request until its answer. */
  const whileReading = useCallback(<T,>(read: Promise<T>): Promise<T> => {
    setReadingCount((n) => n + 1);
    return read.finally(() => setReadingCount((n) => n - 1));
  }, []);
  const latest = useRef({ lang, review, onError });
  latest.current = { lang, review, onError };
  const readFor = useRef<string | null>(null);
  const current = review.review;

  useEffect(() => {
    readFor.current = null;
    setSources([]);
    setSelectedId(null);
  }, [draftPath]);

  // Reopening: the review file's sources are read again once its review is open.
  useEffect(() => {
    if (current === null || draftPath === null || readFor.current === draftPath) return;
    readFor.current = draftPath;
    const recorded = current.attachedSources ?? [];
    if (recorded.length === 0) return;
    whileReading(api().attachedSources(recorded)).then(
        (result) => {
          if (readFor.current === draftPath && result.ok) setSources(result.sources);
        },
        (error: unknown) => latest.current.onError(errorText(error)),
      );
  }, [current, draftPath, whileReading]);

  const { client } = editor;
  useEffect(() => client()?.setSources(textsOf(sources)), [client, sources]);

  const added = useCallback((result: SourcesResult) => {
    if (!result.ok) {
      if (result.cancelled !== true) latest.current.onError(result.message);
      return;
    }
    const next = withAdded(shown.current, result.sources);
    setSources(next);
    latest.current.review.update((r) => ({ ...r, attachedSources: recordsOf(next) }));
  }, [setSources]);
  const failed = useCallback((error: unknown) => latest.current.onError(errorText(error)), []);

  const findings = useMemo(() => editor.findings.filter((f) => f.rule.startsWith('source.')), [editor.findings]);
  const verdicts = useMemo(
    () =>
      new Map(
        findings.flatMap((f): [string, Verdict][] => {
          const item = findingItems.get(f.id);
          return item && current ? [[f.id, effectiveVerdict(current, item)]] : [];
        }),
      ),
    [findings, findingItems, current],
  );
  const selectedFinding = findings.find((f) => f.id === selectedId);
  const selectedCitation = selectedFinding && citationOf(selectedFinding);
  const draftText = editor.text();
  const selected =
    selectedFinding && selectedCitation && draftText !== null ? { finding: selectedFinding, draftSentence: draftSentence(draftText, selectedFinding), citation: selectedCitation } : null;

  const { selectFinding, applyFinding, view } = editor;
  return {
    sources,
    reading: readingCount > 0,
    findings,
    verdicts,
    selectedId,
    selected,
    select: useCallback(
      (findingId: string) => {
        setSelectedId(findingId);
        selectFinding(findingId);
      },
      [selectFinding],
    ),
    add: useCallback(() => void whileReading(api().addSources()).then(added, failed), [whileReading, added, failed]),
    remove: useCallback(
      (path: string) => {
        const next = withoutSource(shown.current, path);
        setSources(next);
        latest.current.review.update((r) => ({ ...r, attachedSources: recordsOf(next) }));
      },
      [setSources],
    ),
    addDropped: useCallback(
      (files: readonly File[]) => {
        const paths = files.map((file) => api().pathForFile(file)).filter((path) => path !== '');
        if (paths.length === 0) latest.current.onError(t(latest.current.lang, 'app.sources.dropNoPath'));
        else void whileReading(api().addDroppedSources(paths)).then(added, failed);
      },
      [whileReading, added, failed],
    ),
    verify: useCallback(
      (findingId: string) => {
        const finding = findings.find((f) => f.id === findingId);
        const item = findingItems.get(findingId);
        const citation = finding && citationOf(finding);
        if (!item || !citation) return;
        const cited = documentCitation(citation, (page) => t(latest.current.lang, 'app.sources.page', { page }));
        const kept = item.sources.filter((s) => s.kind !== cited.kind || s.value !== cited.value || s.label !== cited.label);
        latest.current.review.update((r, who, now) => setVerdict(r, item.id, 'verified', { sources: [...kept, cited] }, who, now));
      },
      [findings, findingItems],
    ),
    adopt: useCallback(
      (findingId: string) => {
        const item = findingItems.get(findingId);
        const editorView = view();
        const change = item && editorView ? applyAndMarkFixed(editorView, [findingId], [{ findingId, itemId: item.id }]) : undefined;
        if (change) latest.current.review.update(change);
        else applyFinding(findingId);
      },
      [findingItems, view, applyFinding],
    ),
  };
}
