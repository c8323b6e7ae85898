/**
 * The shape of the OAuth playground's strings for one locale. Its own module so the per-locale
 * files and labels.ts both import it without importing each other.
 */
import type { Cause } from '~/playground/diagnose';
import type { StepId } from '~/playground/types';

interface CauseCopy {
  readonly title: string;
  readonly text: string;
}

export interface PlaygroundLabels {
  readonly steps: Readonly<Record<StepId, string>>;
  readonly progressLabel: string;
  readonly flowLegend: string;
  readonly flows: Readonly<Record<'pkce' | 'device' | 'web', { readonly label: string; readonly hint: string }>>;
  readonly clientIdLabel: string;
  readonly clientIdHint: string;
  readonly redirectLabel: string;
  readonly redirectHint: string;
  readonly prepare: string;
  readonly startDevice: string;
  readonly devicePreviewIntro: string;
  readonly webText: readonly string[];
  readonly webCommandIntro: string;
  readonly authorizeIntro: string;
  readonly authorizeLink: string;
  readonly authorizeUrlLabel: string;
  readonly storageNote: string;
  readonly pageErrorsHeading: string;
  readonly pageErrorsIntro: string;
  readonly stateChecked: string;
  readonly exchangeIntro: string;
  readonly exchangeButton: string;
  readonly tokensIntro: string;
  readonly accessLabel: string;
  readonly refreshLabel: string;
  readonly accessExpires: string;
  readonly refreshExpires: string;
  readonly countdown: string;
  readonly expiredNow: string;
  readonly spentHeading: string;
  readonly spentItem: string;
  readonly newRefreshNote: string;
  readonly testToken: string;
  readonly refreshButton: string;
  readonly refreshWarning: string;
  readonly checkHeading: string;
  readonly refreshHeading: string;
  /** The `valid` verdict of an exchange or a refresh: the token endpoint returns tokens, no account. */
  readonly exchangeValid: { readonly title: string; readonly text: string };
  readonly refreshValid: { readonly title: string; readonly text: string };
  readonly userLine: string;
  readonly noRefreshToken: string;
  readonly deviceIntro: string;
  readonly deviceRequesting: string;
  readonly userCodeLabel: string;
  readonly verificationLink: string;
  readonly codeExpires: string;
  readonly nextPoll: string;
  readonly polling: string;
  readonly pollCount: string;
  readonly slowDownNote: string;
  readonly failedIntro: string;
  readonly alsoLabel: string;
  readonly commandIntro: string;
  readonly restart: string;
  readonly notices: Readonly<Record<'cancelled' | 'link-restored' | 'link-invalid', string>>;
  readonly shareHeading: string;
  readonly shareInclude: string;
  readonly shareLabel: string;
  readonly shareHint: string;
  readonly causes: Readonly<Record<Cause, CauseCopy>>;
}
