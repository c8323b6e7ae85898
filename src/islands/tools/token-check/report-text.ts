import type { HostChoice, TokenCheckResult } from '~/probes';
import { scrub } from '~/probes/scrub';
import type { Locale } from '~/site/locale';
import { explainLink } from '~/islands/tools/format';
import type { CommonLabels, TokenCheckLabels } from '~/islands/tools/labels';
import type { ToolCopy, Titles } from '~/islands/tools/types';
import { roleText, typeText } from '~/islands/tools/token-check/TokenReport';

export interface ReportContext {
  readonly host: HostChoice;
  readonly locale: Locale;
  readonly labels: TokenCheckLabels;
  readonly common: CommonLabels;
  readonly copy: ToolCopy;
  readonly titles: Titles;
  /** Absolute links in a report pasted into a ticket. */
  readonly origin: string;
  readonly now: Date;
  /** The raw paste and the cleaned token: removed again from the text, in case anything echoed them. */
  readonly secrets: readonly string[];
}

const HOST_LABEL: Readonly<Record<HostChoice, keyof CommonLabels>> = { cn: 'hostCn', com: 'hostCom', auto: 'hostAuto', custom: 'hostCustom' };

/**
 * Plain text for a support ticket: verdict, fingerprint, identity, workspaces and raw evidence.
 * Built from the result, which holds no token by contract; scrubbed once more before it leaves.
 */
export function reportText(r: TokenCheckResult, c: ReportContext): string {
  const { labels: t, common: l } = c;
  // Chinese labels take a full-width colon.
  const sep = c.locale === 'en' ? ': ' : '：';
  const verdict = c.copy.verdicts[r.verdict];
  const lines = [
    t.reportTitle,
    `${t.reportTime}${sep}${c.now.toISOString()}`,
    `${t.reportHost}${sep}${l[HOST_LABEL[c.host]] as string}`,
    `${t.reportToken}${sep}${r.fingerprint ?? l.none}${r.kind ? ` (${l.kinds[r.kind]})` : ''}`,
    `${l.verdictLabel}${sep}${r.verdict} (${verdict.title})`,
    `${t.region}${sep}${r.region ? l.regions[r.region] : t.regionUnknown}`,
  ];
  if (r.user) lines.push(`${t.reportUser}${sep}${r.user.user_name} / ${r.user.nick_name} / ${r.user.user_id}`);
  if (r.workspaces) {
    lines.push(`${t.reportWorkspaces}${sep.trim()}`);
    for (const w of r.workspaces) lines.push(`  - ${w.name} (${w.id}) ${roleText(w.role_type, t)} ${typeText(w.workspace_type, t)}`);
  }
  if (r.notes.length > 0) {
    lines.push(`${l.notesHeading}${sep.trim()}`);
    for (const note of r.notes) lines.push(`  - ${c.copy.notes[note].title}`);
  }
  if (r.evidence.length > 0) {
    lines.push(`${t.reportEvidence}${sep.trim()}`);
    for (const e of r.evidence) {
      const facts = [
        `HTTP ${e.httpStatus ?? l.evidenceNoAnswer}`,
        e.code !== null ? `code ${e.code}` : null,
        e.errorCode ? `error ${e.errorCode}` : null,
        e.msg ?? e.errorMessage,
        e.logid ? `logid ${e.logid}` : null,
      ].filter(Boolean);
      lines.push(`  - ${l.purposes[e.request]} ${e.origin}: ${facts.join(', ')}`);
    }
  }
  if (r.step) {
    const link = explainLink(r.step, c.locale, c.titles, l);
    lines.push(`${t.reportMore}${sep}${c.origin}${link.href}`);
  }
  return scrub(lines.join('\n'), c.secrets);
}
