import type { ComponentChildren } from 'preact';
import type { CheckNote, ExplainRef, InputProblem, Verdict } from '~/probes';
import { buildSupportReport } from '~/report/support-report';
import { TRY_AGAIN } from '~/site/verdicts';
import { CopyFeedbackButton } from '~/islands/shared/CopyFeedbackButton';
import { EvidenceTable, type EvidenceRow } from '~/islands/tools/EvidenceTable';
import { explainLink, problemMessage } from '~/islands/tools/format';
import type { BaseToolProps } from '~/islands/tools/types';

interface Props {
  readonly base: BaseToolProps;
  /** Live check or a pasted response: both render the same way, told apart for tests and styling. */
  readonly source: 'live' | 'pasted';
  readonly verdict: Verdict;
  readonly uncertain: boolean;
  readonly explain: ExplainRef | null;
  readonly evidence: readonly EvidenceRow[];
  readonly notes: readonly CheckNote[];
  readonly problem?: InputProblem | null;
  /** The page's own words for this verdict, when the shared ones do not fit (a refresh returns no account). */
  readonly title?: string;
  readonly text?: string;
  readonly children?: ComponentChildren;
  /** A tool's own report lines (the token check's identity and workspaces), put in the support report. */
  readonly reportLines?: () => readonly string[];
  /** Strings to remove from the report wherever they appear: the pasted token or refresh token. */
  readonly secrets?: () => readonly string[];
}

/** The one verdict of a check: `data-verdict` carries the contract word for tests and support tools. */
export function VerdictView({ base, source, verdict, uncertain, explain, evidence, notes, problem, title, text, children, reportLines, secrets }: Props) {
  const { common: l, copy, locale, titles } = base;
  const entry = copy.verdicts[verdict];
  const tone = verdict === 'valid' ? 'ok' : TRY_AGAIN.has(verdict) ? 'warn' : 'bad';
  const link = explain ? explainLink(explain, locale, titles, l) : null;
  return (
    <div class="tool-verdict-block">
      <div class={`tool-verdict tool-verdict--${tone}`} data-verdict={verdict} data-source={source}>
        <p class="tool-verdict__title">
          <span class="tool-verdict__label">{l.verdictLabel}</span> <strong>{title ?? entry.title}</strong>
        </p>
        <p>{text ?? entry.text}</p>
        {problem && <p class="tool-verdict__problem">{problemMessage(problem, copy)}</p>}
        {uncertain && <p class="tool-verdict__uncertain">{l.uncertain}</p>}
        {link && (
          <p>
            <a href={link.href}>{link.text}</a>
          </p>
        )}
        {children}
      </div>
      {notes.length > 0 && (
        <div class="tool-notes">
          <h3>{l.notesHeading}</h3>
          <ul>
            {notes.map((note) => (
              <li key={note} data-note={note}>
                <strong>{copy.notes[note].title}</strong> {copy.notes[note].text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {evidence.length > 0 && <EvidenceTable rows={evidence} labels={l} />}
      <p class="tool-support-report">
        <CopyFeedbackButton
          hook={{ 'data-support-report': true }}
          copied={l.report.copied}
          failed={l.report.copyFailed}
          text={() =>
            buildSupportReport(
              {
                locale,
                subject: document.querySelector('h1')?.textContent?.trim() ?? document.title,
                link: `${location.origin}${location.pathname}`,
                result: `${verdict} (${entry.title})`,
                checks: evidence.map((row) => ({
                  what: row.request ? l.purposes[row.request] : source === 'pasted' ? l.report.pasted : '',
                  host: row.origin ?? null,
                  httpStatus: row.httpStatus,
                  code: row.code ?? row.errorCode ?? null,
                  logid: row.logid ?? null,
                  message: row.msg ?? row.errorMessage ?? null,
                })),
                extra: [...(problem ? [problemMessage(problem, copy)] : []), ...notes.map((n) => copy.notes[n].title), ...(reportLines?.() ?? [])],
                more: link ? `${location.origin}${link.href}` : null,
                date: new Date(),
                userAgent: navigator.userAgent,
                secrets: secrets?.() ?? [],
              },
              l.report,
            )
          }
        >
          {l.report.button}
        </CopyFeedbackButton>
      </p>
    </div>
  );
}
