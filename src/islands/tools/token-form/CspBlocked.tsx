import type { ComponentChildren } from 'preact';
import { resolveBaseUrl } from '~/probes/base-url';
import { connectAllowed } from '~/probes/connect-src';
import { fill } from '~/site/fill';
import type { TokenFormLabels } from '~/islands/tools/labels/token-form';
import { pagePolicy } from '~/islands/tools/token-form/draft';

/** The origin of a typed custom base URL that this page's CSP would block; null when it may be reached. */
export function blockedOrigin(host: string, baseUrl: string): string | null {
  if (host !== 'custom') return null;
  const base = resolveBaseUrl('custom', baseUrl);
  const page = pagePolicy();
  return base.ok && page && !connectAllowed(page.policy, base.baseUrl, page.origin) ? base.origin : null;
}

interface Props {
  readonly origin: string;
  readonly labels: TokenFormLabels;
  /** True once the visitor clicked: the message then becomes an alert. */
  readonly refused: boolean;
  /** Where the command-line route lives on this page. */
  readonly commandRoute: ComponentChildren;
}

/** Why nothing is sent to a custom host the site's CSP blocks, and the two ways that work instead. */
export function CspBlocked({ origin, labels: t, refused, commandRoute }: Props) {
  return (
    <div class="tool-warning" data-csp-blocked role={refused ? 'alert' : undefined}>
      <p>{fill(t.cspBlocked, { origin })}</p>
      <ul>
        <li>
          {t.cspLocal} <code>COZE_EXTRA_CONNECT_SRC={origin} npm start</code>
        </li>
        <li>
          {t.cspCommandLine} {commandRoute}
        </li>
      </ul>
    </div>
  );
}
