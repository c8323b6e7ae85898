/**
 * One verdict, printed two ways: a short text report for people (verdict, evidence table, first
 * fix, wizard step link) and one JSON object for scripts. Neither ever holds the token: only its
 * fingerprint, and the raw, token-free facts of each answer.
 */
import {
  noteCopy,
  problemCopy,
  verdictCopy,
  type CheckNote,
  type Evidence,
  type ExplainRef,
  type InputProblem,
  type Region,
  type TokenKind,
  type Verdict,
} from '~/probes';
import { toolLabels } from '~/islands/tools/labels';
import type { CliContext } from '~/cli/context';
import { exitCodeFor } from '~/cli/exit-codes';
import { stepWords } from '~/cli/fix-copy';
import { stepUrl } from '~/cli/site-links';
import { paint } from '~/cli/terminal';
import { padEndWide, textWidth } from '~/cli/text-width';
import { timesFor } from '~/cli/timing';

export interface Report {
  readonly verdict: Verdict;
  readonly region: Region | null;
  readonly kind: TokenKind | null;
  readonly fingerprint: string | null;
  readonly evidence: readonly Evidence[];
  readonly step: ExplainRef | null;
  readonly notes: readonly CheckNote[];
  readonly problem: InputProblem | null;
  readonly uncertain: boolean;
}

/** The JSON shape every API command prints (`--json`); commands add their own fields. */
function reportJson(ctx: CliContext, command: string, report: Report): Record<string, unknown> {
  const times = timesFor(report.evidence);
  const words = stepWords(report.step, ctx.locale);
  const copy = verdictCopy(report.verdict, ctx.locale);
  return {
    command,
    verdict: report.verdict,
    exitCode: exitCodeFor(report.verdict),
    title: copy.title,
    summary: copy.text,
    region: report.region,
    kind: report.kind,
    fingerprint: report.fingerprint,
    evidence: report.evidence.map((e, i) => ({
      request: e.request,
      region: e.region,
      host: e.origin,
      httpStatus: e.httpStatus,
      code: e.code,
      msg: e.msg,
      logid: e.logid,
      errorCode: e.errorCode,
      errorMessage: e.errorMessage,
      verdict: e.verdict,
      attempts: e.attempts,
      ms: times[i] ?? null,
    })),
    step: stepUrl(report.step, ctx.locale, ctx.site),
    fix: words?.fix ?? words?.title ?? null,
    notes: report.notes,
    problem: report.problem,
    uncertain: report.uncertain,
  };
}

const VERDICT_MARK = { ok: '✔', problem: '✖', unreachable: '⚠' } as const;

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => textWidth(r[col] ?? '')))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, col) => padEndWide(cell, widths[col] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** Lines of the text report; `extra` are label/value pairs a command adds after the token line. */
function reportText(ctx: CliContext, report: Report, extra: readonly (readonly [string, string])[] = []): string[] {
  const { t, color, locale } = { t: ctx.t, color: ctx.term.color, locale: ctx.locale };
  const l = toolLabels[locale].common;
  const copy = verdictCopy(report.verdict, locale);
  const code = exitCodeFor(report.verdict);
  const mark = code === 0 ? VERDICT_MARK.ok : code === 1 ? VERDICT_MARK.problem : VERDICT_MARK.unreachable;
  const style = code === 0 ? 'green' : code === 1 ? 'red' : 'yellow';
  const lines = [`${paint(color, style, `${mark} ${report.verdict}`)}  ${paint(color, 'bold', copy.title)}`, `  ${copy.text}`];
  if (report.problem) {
    const p = problemCopy(report.problem, locale);
    lines.push(`  ${p.title}: ${p.text}`);
  }
  const facts: (readonly [string, string])[] = [];
  if (report.fingerprint) {
    facts.push([t.token, `${report.fingerprint}${report.kind ? ` (${l.kinds[report.kind]})` : ''}`]);
  }
  if (report.region) facts.push([t.region, l.regions[report.region]]);
  facts.push(...extra);
  lines.push('', ...table(facts).map((row) => `  ${row}`));
  if (report.evidence.length > 0) {
    const times = timesFor(report.evidence);
    const rows = [
      [l.evidenceRequest, l.evidenceHost, l.evidenceStatus, l.evidenceCode, l.evidenceLogid, t.time],
      ...report.evidence.map((e, i) => [
        l.purposes[e.request],
        e.origin,
        e.httpStatus === null ? t.noAnswer : String(e.httpStatus),
        e.code !== null ? String(e.code) : (e.errorCode ?? '–'),
        e.logid ?? '–',
        times[i] === null || times[i] === undefined ? '–' : `${times[i]} ms`,
      ]),
    ];
    const [head, ...body] = table(rows);
    lines.push('', `  ${paint(color, 'bold', t.evidence)}`, `  ${paint(color, 'dim', head ?? '')}`, ...body.map((r) => `  ${r}`));
  }
  if (report.notes.length > 0) {
    lines.push('', `  ${paint(color, 'bold', t.notes)}`);
    for (const note of report.notes) lines.push(`  - ${noteCopy(note, locale).text}`);
  }
  if (report.uncertain) lines.push('', `  ${paint(color, 'yellow', l.uncertain)}`);
  const words = stepWords(report.step, locale);
  const url = stepUrl(report.step, locale, ctx.site);
  if (words?.fix) lines.push('', `  ${paint(color, 'bold', t.fix)}${t.colon}${words.fix}`);
  if (url) lines.push(`  ${paint(color, 'bold', t.step)}${t.colon}${paint(color, 'cyan', url)}${words ? ` (${words.title})` : ''}`);
  return lines;
}

/** Prints a report in the chosen form and returns its exit code. */
export function printReport(
  ctx: CliContext,
  command: string,
  report: Report,
  extraJson: Record<string, unknown> = {},
  extraText: readonly (readonly [string, string])[] = [],
): number {
  if (ctx.json) ctx.term.out(JSON.stringify({ ...reportJson(ctx, command, report), ...extraJson }, null, 2));
  else ctx.term.out(reportText(ctx, report, extraText).join('\n'));
  return exitCodeFor(report.verdict);
}
