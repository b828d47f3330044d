/** One thing wrong with the content, located as precisely as we can. */
export interface ContentIssue {
  /** File path relative to the project (e.g. `content/articles/x.md`). */
  file: string;
  /** Field path inside the file's data, e.g. `['claims', 2, 'excerpt']`; empty for the file itself. */
  path: (string | number)[];
  /** What is wrong and how to fix it, as one sentence or two ("… Fix: …"). */
  message: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /**
   * A problem with the file's form (YAML, fields, types, dates): its cross-checks
   * (ids that point elsewhere, verbatim quotes) wait until the form is right.
   */
  form?: boolean;
}

/** Said under a file whose form is wrong, so a second report does not surprise its editor. */
export const CROSS_CHECKS_WAIT =
  'Once these are fixed, the next check also looks at the ids that point elsewhere (actors, questions, claims) and that every excerpt and quote is verbatim.';

/** `claims[2].excerpt` */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.path.length ? formatPath(issue.path) : '(file)';
  const line = issue.line ? ` (line ${issue.line})` : '';
  return `  ✗ ${where}${line}: ${issue.message}`;
}

/** All the problems found in the content, grouped by file, as one readable report. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const byFile = new Map<string, ContentIssue[]>();
    for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
    const sections = [...byFile].map(([file, list]) => {
      const count = list.length === 1 ? '1 problem' : `${list.length} problems`;
      const then = list.some((issue) => issue.form) ? `\n  ${CROSS_CHECKS_WAIT}` : '';
      return `${file} — ${count}:\n${list.map(formatIssue).join('\n')}${then}`;
    });
    super(`The content has mistakes; nothing was published.\n\n${sections.join('\n\n')}\n`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
