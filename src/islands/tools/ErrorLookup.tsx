import { useEffect, useRef, useState } from 'preact/hooks';
import { withRenderBoundary } from '../RenderBoundary';
import { lookupError, type LookupMatch, type LookupResult } from '~/probes';
import { Field } from './Field';
import { explainTarget } from './format';
import { fill, type LookupLabels } from './labels';
import type { BaseToolProps } from './types';

interface Props extends BaseToolProps {
  readonly labels: LookupLabels;
}

/** Longer than any error body; beyond this the paste is refused before it is searched. */
const MAX_INPUT = 64 * 1024;

/**
 * /tools/error-lookup/: an error body, code or message in, the guide section and wizard step out.
 * A pure lookup in the page: no request, no token needed.
 */
function ErrorLookupView(props: Props) {
  const { labels: t, locale, titles } = props;
  const [text, setText] = useState('');
  const [result, setResult] = useState<LookupResult | null>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  // Adopt anything pasted before hydration.
  useEffect(() => setText(inputRef.current?.value ?? ''), []);
  const tooLong = text.length > MAX_INPUT;
  // Typing fast into a big paste should not search on every keystroke.
  useEffect(() => {
    if (tooLong || text.trim() === '') return setResult(null);
    const timer = setTimeout(() => setResult(lookupError(text)), 120);
    return () => clearTimeout(timer);
  }, [text, tooLong]);

  const renderMatch = (match: LookupMatch, primary: boolean) => {
    const guide = explainTarget({ guide: match.guide }, locale, titles);
    const step = match.step ? explainTarget(match.step, locale, titles) : null;
    return (
      <div class={`tool-match${primary ? ' tool-match--best' : ''}`} data-match={match.id} data-reason={match.reason} key={match.id}>
        <p>
          <strong>{guide.title}</strong> <span class="tool-hint">({t.reasons[match.reason]})</span>
        </p>
        <ul>
          <li>
            <a href={guide.href} data-guide-link>
              {fill(t.guideLink, { title: guide.title })}
            </a>
          </li>
          {step && (
            <li>
              <a href={step.href} data-step-link>
                {fill(t.stepLink, { title: step.title })}
              </a>
            </li>
          )}
        </ul>
      </div>
    );
  };
  const prefix = locale === 'en' ? '/en' : '';
  const summary = result === null ? '' : result.matched ? `${t.bestMatch}: ${result.best.id}` : t.noMatch;

  return (
    <div class="tool" data-tool="error-lookup">
      <form class="tool-form" autocomplete="off" noValidate onSubmit={(e) => e.preventDefault()}>
        <Field id="el-text" label={t.inputLabel} hint={`${t.inputHint} ${t.offlineNote}`} error={tooLong ? t.tooLong : null}>
          {(c) => <textarea {...c} ref={inputRef} name="error-text" rows={6} spellcheck={false} autocomplete="off" autocapitalize="off" onInput={(e) => setText(e.currentTarget.value)} />}
        </Field>
      </form>
      <p role="status" aria-live="polite" class="sr-only">
        {summary}
      </p>
      {result && (
        <section class="tool-result" aria-labelledby="el-result-heading" data-lookup={result.matched ? 'match' : 'none'}>
          <h2 id="el-result-heading">{t.resultHeading}</h2>
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
                  <a href={`${prefix}/guides/error-codes/`} data-guide-link>
                    {t.noMatchGuide}
                  </a>
                </li>
                <li>
                  <a href={`${prefix}/wizards/token-invalid/`} data-step-link>
                    {t.noMatchWizard}
                  </a>
                </li>
              </ul>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

/** The island, behind a render boundary: a render error shows a message with a reset, never a blank tool. */
export const ErrorLookup = withRenderBoundary(ErrorLookupView);
