/**
 * The plain-text report a visitor pastes into a support ticket. Built from ids, titles and
 * token-free facts only; then every URL loses its user:password part and anything shaped like a
 * credential is replaced, in case a server echoed one into a message.
 */
import { scrub } from '~/probes/scrub';
import type { Locale } from '~/site/locale';
import type { ReportLabels } from '~/report/labels';

/** One request a check made, as the evidence table shows it. */
interface ReportCheck {
  readonly what: string;
  readonly host?: string | null;
  readonly verdict?: string | null;
  readonly httpStatus?: number | string | null;
  readonly code?: number | string | null;
  readonly logid?: string | null;
  readonly message?: string | null;
}

export interface ReportInput {
  readonly locale: Locale;
  /** What the report is about: the wizard and its outcome, or the tool and its verdict. */
  readonly subject: string;
  /** The step or page link; its query holds step and answer ids only. */
  readonly link: string;
  readonly result?: string | null;
  readonly answers?: readonly { readonly question: string; readonly answer: string; readonly verdict?: string | null }[];
  readonly checks?: readonly ReportCheck[];
  /** Other lines worth a ticket (a tool's own summary), already in the page's language. */
  readonly extra?: readonly string[];
  readonly more?: string | null;
  readonly date: Date;
  readonly userAgent: string;
  /** Strings known to be secret on this page (a pasted token): removed wherever they appear. */
  readonly secrets?: readonly string[];
}

const TOKEN_SHAPES: readonly RegExp[] = [
  // Coze token kinds by prefix: personal, service, OAuth user/service, integration.
  /\b(?:pat|sat|czu|czs|cztei)_[A-Za-z0-9_-]{6,}/g,
  // A JWT: base64url header starting `{"`, a payload and a signature.
  /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g,
  /\bBearer\s+\S+/gi,
];

/** `https://user:pass@host/` → `https://host/`, anywhere in the text. */
export function stripUserinfo(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1');
}

/** Removes credentials: userinfo in URLs, token-shaped strings, and the page's known secrets. */
export function scrubReport(text: string, secrets: readonly string[] = []): string {
  let out = scrub(stripUserinfo(text), secrets);
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, '[redacted]');
  return out;
}

/** A server message may quote what it was sent: long opaque runs (a refresh token) are cut out. */
const scrubMessage = (message: string) => message.replace(/[A-Za-z0-9_\-.~+/=]{32,}/g, '[redacted]');

/** "Chrome 131 (Linux)": enough for support, without the whole user-agent string. */
export function browserName(userAgent: string): string {
  const engine =
    /(Edg|OPR|Firefox|Chrome|Chromium)\/(\d+)/.exec(userAgent) ??
    (/Version\/(\d+).*Safari\//.exec(userAgent) ? ['', 'Safari', /Version\/(\d+)/.exec(userAgent)![1]] : null);
  const os = /Windows|Android|iPhone|iPad|Mac OS X|Linux|CrOS/.exec(userAgent)?.[0]?.replace('Mac OS X', 'macOS') ?? '';
  const name = engine ? `${engine[1] === 'Edg' ? 'Edge' : engine[1] === 'OPR' ? 'Opera' : engine[1]} ${engine[2]}` : userAgent.slice(0, 60) || '?';
  return os ? `${name} (${os})` : name;
}

/** The report as plain text in the page's language (`t` is that language's labels). */
export function buildSupportReport(input: ReportInput, t: ReportLabels): string {
  const lines = [`${t.reportTitle}`, `${t.about}${t.colon}${input.subject}`, `${t.link}${t.colon}${stripUserinfo(input.link)}`];
  if (input.result) lines.push(`${t.result}${t.colon}${input.result}`);
  if (input.answers && input.answers.length > 0) {
    lines.push(`${t.answers}${t.colon}`);
    input.answers.forEach((a, i) => lines.push(`  ${i + 1}. ${a.question} → ${a.answer}${a.verdict ? ` (${t.byCheck}${t.colon}${a.verdict})` : ''}`));
  }
  if (input.checks && input.checks.length > 0) {
    lines.push(`${t.checks}${t.colon}`);
    for (const c of input.checks) {
      const facts = [
        c.verdict ? `${t.verdict} ${c.verdict}` : null,
        `HTTP ${c.httpStatus ?? t.noAnswer}`,
        c.code !== null && c.code !== undefined && c.code !== '' ? `code ${c.code}` : null,
        c.logid ? `logid ${c.logid}` : null,
        c.message ? `"${scrubMessage(c.message)}"` : null,
      ].filter(Boolean);
      lines.push(`  - ${c.what}${c.host ? ` ${stripUserinfo(c.host)}` : ''}${t.colon}${facts.join(t.comma)}`);
    }
  }
  for (const line of input.extra ?? []) lines.push(line);
  if (input.more) lines.push(`${t.more}${t.colon}${input.more}`);
  lines.push(
    `${t.language}${t.colon}${input.locale}`,
    `${t.date}${t.colon}${input.date.toISOString()}`,
    `${t.browser}${t.colon}${browserName(input.userAgent)}`,
  );
  return scrubReport(lines.join('\n'), input.secrets);
}
