/** `coze-auth-doctor lookup "<error text>"`: the error lookup, offline (the same as /tools/error-lookup/). */
import { lookupError, type LookupMatch } from '~/probes';
import { toolLabels } from '~/islands/tools/labels';
import type { CliContext } from '~/cli/context';
import { EXIT, UsageError } from '~/cli/exit-codes';
import { stepWords } from '~/cli/fix-copy';
import { readStdin } from '~/cli/secret-input';
import { guideUrl, stepUrl } from '~/cli/site-links';
import { paint } from '~/cli/terminal';

function matchJson(ctx: CliContext, match: LookupMatch) {
  const words = stepWords(match.step, ctx.locale);
  return {
    id: match.id,
    reason: match.reason,
    guide: guideUrl(match.guide, ctx.locale, ctx.site),
    step: stepUrl(match.step, ctx.locale, ctx.site),
    title: words?.title ?? null,
    meaning: words?.meaning ?? null,
    fix: words?.fix ?? null,
  };
}

export async function runLookup(ctx: CliContext, positionals: readonly string[]): Promise<number> {
  let text = positionals.join(' ');
  if (text.trim() === '') {
    if (process.stdin.isTTY === true) throw new UsageError('lookupNeedsText');
    text = await readStdin();
  }
  if (text.trim() === '') throw new UsageError('lookupNeedsText');
  const result = lookupError(text);
  const best = result.matched ? matchJson(ctx, result.best) : null;
  const others = result.matched ? result.others.map((m) => matchJson(ctx, m)) : [];
  const exitCode = result.matched ? EXIT.ok : EXIT.problem;
  if (ctx.json) {
    ctx.term.out(
      JSON.stringify(
        { command: 'lookup', matched: result.matched, verdict: null, region: null, evidence: [], step: best?.step ?? null, best, others, exitCode },
        null,
        2,
      ),
    );
    return exitCode;
  }
  const c = ctx.term.color;
  if (!best) {
    ctx.term.out(paint(c, 'yellow', `✖ ${ctx.t.lookupNoMatch}`));
    return exitCode;
  }
  const reasons = toolLabels[ctx.locale].lookup.reasons;
  const lines = [`${paint(c, 'green', '✔')} ${paint(c, 'bold', `${ctx.t.lookupBest}${ctx.t.colon}${best.id}`)} (${reasons[best.reason]})`];
  if (best.title) lines.push(`  ${best.title}`);
  if (best.meaning) lines.push(`  ${paint(c, 'bold', ctx.t.lookupMeaning)}${ctx.t.colon}${best.meaning}`);
  if (best.fix) lines.push(`  ${paint(c, 'bold', ctx.t.fix)}${ctx.t.colon}${best.fix}`);
  lines.push(`  ${paint(c, 'bold', ctx.t.guide)}${ctx.t.colon}${paint(c, 'cyan', best.guide)}`);
  if (best.step) lines.push(`  ${paint(c, 'bold', ctx.t.step)}${ctx.t.colon}${paint(c, 'cyan', best.step)}`);
  if (others.length > 0) {
    lines.push('', `  ${paint(c, 'bold', ctx.t.lookupOthers)}`);
    for (const o of others) lines.push(`  - ${o.id}: ${o.step ?? o.guide}`);
  }
  ctx.term.out(lines.join('\n'));
  return exitCode;
}
