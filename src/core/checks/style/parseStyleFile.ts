import type { ParsedStyleFile, StyleProblem } from './styleFile';

const TERM_SECTIONS = new Set(['用语', 'terms']);
const IGNORE_SECTIONS = new Set(['忽略', 'ignore']);
const SECTION = /^\[(.*)\]$/;
const ARROW = /\s*(?:→|->)\s*/;

type Section = 'terms' | 'ignore' | 'unknown';

/**
 * Parses a style file (one entry a line: `禁用形式 → 推荐形式  # note`, a form alone, `#` comments,
 * a `[忽略]` section of words never to flag). A bad line becomes a problem with its line number and
 * is skipped; every other entry still applies.
 */
export function parseStyleFile(text: string, file: string | null): ParsedStyleFile {
  const parsed: ParsedStyleFile = { file, terms: [], ignored: [], problems: [] };
  let section: Section = 'terms';
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const hash = raw.indexOf('#');
      const body = (hash < 0 ? raw : raw.slice(0, hash)).trim();
      const note = hash < 0 ? undefined : raw.slice(hash + 1).trim() || undefined;
      if (body.length === 0) return;
      const header = SECTION.exec(body);
      if (header) {
        section = sectionOf(header[1]!.trim());
        if (section === 'unknown') parsed.problems.push({ line, key: 'style.problem.unknownSection', params: { section: body } });
        return;
      }
      if (section === 'unknown') return;
      const problem = section === 'ignore' ? addIgnored(parsed, body, line) : addTerm(parsed, body, note, line);
      if (problem) parsed.problems.push(problem);
    });
  return parsed;
}

function sectionOf(name: string): Section {
  if (TERM_SECTIONS.has(name.toLowerCase())) return 'terms';
  if (IGNORE_SECTIONS.has(name.toLowerCase())) return 'ignore';
  return 'unknown';
}

function addIgnored(parsed: ParsedStyleFile, body: string, line: number): StyleProblem | undefined {
  if (ARROW.test(body)) return { line, key: 'style.problem.arrowInIgnore', params: { entry: body } };
  parsed.ignored.push({ word: body, origin: { file: parsed.file, line } });
  return undefined;
}

function addTerm(parsed: ParsedStyleFile, body: string, note: string | undefined, line: number): StyleProblem | undefined {
  const forms = body.split(ARROW);
  if (forms.length > 2) return { line, key: 'style.problem.extraArrow', params: { entry: body } };
  const [forbidden, preferred] = forms as [string, string | undefined];
  if (forbidden.length === 0 || preferred === '') return { line, key: 'style.problem.emptyForm', params: { entry: body } };
  if (forbidden === preferred) return { line, key: 'style.problem.sameForms', params: { entry: body } };
  parsed.terms.push({ forbidden, ...(preferred === undefined ? {} : { preferred }), ...(note === undefined ? {} : { note }), origin: { file: parsed.file, line } });
  return undefined;
}
