import { useEffect, useRef, useState } from 'preact/hooks';
import { buildSupportReport } from '~/report/support-report';
import { findLogid } from '~/probes/find-logid';
import { withRenderBoundary } from '~/islands/RenderBoundary';
import { lookupError, type LookupMatch, type LookupResult } from '~/probes';
import { CopyFeedbackButton } from '~/islands/shared/CopyFeedbackButton';
import { Field } from '~/islands/tools/Field';
import { explainTarget } from '~/islands/tools/format';
import type { LookupLabels } from '~/islands/tools/labels';
import { fill } from '~/site/fill';
import { guideHref, wizardHref } from '~/site/routes';
import type { LookupMeaning } from '~/islands/tools/labels/lookup-meanings';
import type { BaseToolProps } from '~/islands/tools/types';

interface Props extends BaseToolProps {
  readonly labels: LookupLabels;
  /** Meaning and first fix per catalog entry id, in this locale. */
  readonly meanings: Readonly<Record<string, LookupMeaning>>;
}

/** Longer than any error body; beyond this the paste is refused before it is searched. */
const MAX_INPUT = 64 * 1024;

/**
 * /tools/error-lookup/: an error body, code or message in; what it means, the first fix, the guide
 * section and the wizard step out. A pure lookup in the page: no request, no token needed.
 */
function ErrorLookupView(props: Props) {
  const { labels: t, locale, titles, meanings, common: l } = props;
  const [text, setText] = useState('');
  const [result, setResult] = useState<LookupResult | null>(null);
  const [logid, setLogid] = useState<string | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  // Adopt anything pasted before hydration.
  useEffect(() => setText(inputRef.current?.value ?? ''), []);
  const tooLong = text.length > MAX_INPUT;
  // Typing fast into a big paste should not search on every keystroke.
  useEffect(() => {
    if (tooLong || text.trim() === '') {
      setLogid(null);
      return setResult(null);
    }
    const timer = setTimeout(() => {
      setResult(lookupError(text));
      setLogid(findLogid(text));
    }, 120);
    return () => clearTimeout(timer);
  }, [text, tooLong]);

  const renderMatch = (match: LookupMatch, primary: boolean) => {
    const guide = explainTarget({ guide: match.guide }, locale, titles);
    const step = match.step ? explainTarget(match.step, locale, titles) : null;
    const meaning = meanings[match.id];
    return (
      <div class={`tool-match${primary ? ' tool-match--best' : ''}`} data-match={match.id} data-reason={match.reason} key={match.id}>
        {primary && meaning ? (
          <dl class="tool-meaning" data-meaning>
            <dt>{t.meaning}</dt>
            <dd>{meaning.meaning}</dd>
            <dt>{t.firstFix}</dt>
            <dd>{meaning.fix}</dd>
          </dl>
        ) : (
          <p>{meaning?.meaning ?? guide.title}</p>
        )}
        <p class="tool-hint">
          {primary ? t.links : ''}
          {locale === 'en' ? ` (${t.reasons[match.reason]})` : `（${t.reasons[match.reason]}）`}
        </p>
        <ul>
          {step && (
            <li>
              <a href={step.href} data-step-link>
                {fill(t.stepLink, { title: step.title })}
              </a>
            </li>
          )}
          <li>
            <a href={guide.href} data-guide-link>
              {fill(t.guideLink, { title: guide.title })}
            </a>
          </li>
        </ul>
      </div>
    );
  };
  const bestMeaning = result?.matched ? meanings[result.best.id]?.meaning : undefined;
  const summary = result === null ? '' : result.matched ? `${t.bestMatch}${locale === 'en' ? ': ' : '：'}${bestMeaning ?? result.best.id}` : t.noMatch;
  // The pasted text itself stays out of the report: it may hold a token or an Authorization header.
  const report = () => {
    const best = result?.matched ? result.best : null;
    const step = best?.step ? explainTarget(best.step, locale, titles) : null;
    return buildSupportReport(
      {
        locale,
        subject: document.querySelector('h1')?.textContent?.trim() ?? document.title,
        link: `${location.origin}${location.pathname}`,
        result: best ? `${best.id}: ${meanings[best.id]?.meaning ?? ''}` : t.noMatch,
        extra: logid ? [fill(t.logidFound, { logid })] : [],
        more: step ? `${location.origin}${step.href}` : null,
        date: new Date(),
        userAgent: navigator.userAgent,
      },
      l.report,
    );
  };

  return (
    <div class="tool" data-tool="error-lookup">
      <form class="tool-form" autocomplete="off" noValidate onSubmit={(e) => e.preventDefault()}>
        <Field id="el-text" label={t.inputLabel} hint={`${t.inputHint} ${t.offlineNote}`} error={tooLong ? t.tooLong : null}>
          {(c) => (
            <textarea
              {...c}
              ref={inputRef}
              name="error-text"
              rows={6}
              spellcheck={false}
              autocomplete="off"
              autocapitalize="off"
              onInput={(e) => setText(e.currentTarget.value)}
            />
          )}
        </Field>
      </form>
      <p role="status" aria-live="polite" class="sr-only">
        {summary}
      </p>
      {result && (
        <section class="tool-result" aria-labelledby="el-result-heading" data-lookup={result.matched ? 'match' : 'none'}>
          <h2 id="el-result-heading">{t.resultHeading}</h2>
          {logid && (
            <p class="tool-logid" data-logid={logid}>
              <strong>{fill(t.logidFound, { logid: '' })}</strong>
              <code>{logid}</code> {t.logidHint}
            </p>
          )}
          {result.matched ? (
            <>
              <h3>{t.bestMatch}</h3>
              {renderMatch(result.best, true)}
              {result.others.length > 0 && (
                <>
                  <h3>{t.others}</h3>
                  {result.others.map((m) => renderMatch(m, false))}
                </>
              )}
            </>
          ) : (
            <div class="tool-match tool-match--best" data-match="none">
              <p>{t.noMatch}</p>
              <ul>
                <li>
                  <a href={wizardHref('token-invalid', locale)} data-step-link>
                    {t.noMatchWizard}
                  </a>
                </li>
                <li>
                  <a href={guideHref('guides/error-codes', locale)} data-guide-link>
                    {t.noMatchGuide}
                  </a>
                </li>
              </ul>
            </div>
          )}
          <p class="tool-support-report">
            <CopyFeedbackButton hook={{ 'data-support-report': true }} copied={l.report.copied} failed={l.report.copyFailed} text={report}>
              {l.report.button}
            </CopyFeedbackButton>
          </p>
        </section>
      )}
    </div>
  );
}

/** The island, behind a render boundary: a render error shows a message with a reset, never a blank tool. */
export const ErrorLookup = withRenderBoundary(ErrorLookupView);
