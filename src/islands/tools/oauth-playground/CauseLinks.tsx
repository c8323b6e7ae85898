import type { ExplainRef } from '~/probes';
import { explainLink, explainTarget } from '~/islands/tools/format';
import { fill } from '~/site/fill';
import type { BaseToolProps } from '~/islands/tools/types';
import type { PlaygroundLabels } from '~/islands/tools/oauth-playground/labels';

/** Links to the step that explains a cause, then the other places worth a look. */
export function CauseLinks({ base, t, step, also }: { base: BaseToolProps; t: PlaygroundLabels; step: ExplainRef | null; also: readonly ExplainRef[] }) {
  const { locale, titles, common } = base;
  const main = step ? explainLink(step, locale, titles, common) : null;
  return (
    <>
      {main && (
        <p>
          <a href={main.href} data-step-link>
            {main.text}
          </a>
        </p>
      )}
      {also.map((ref) => {
        const target = explainTarget(ref, locale, titles);
        return (
          <p key={target.href}>
            <a href={target.href}>{fill(t.alsoLabel, { title: target.title })}</a>
          </p>
        );
      })}
    </>
  );
}
