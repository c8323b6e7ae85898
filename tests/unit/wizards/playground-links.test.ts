import { expect, test } from 'vitest';
import { getWizard } from '~/wizards/registry';

/** Outcomes of a PKCE or device-code flow, where running the flow in the OAuth playground shows the failing step. */
const FLOW_OUTCOMES = [
  'choose-auth#use-oauth-pkce',
  'choose-auth#use-oauth-device',
  'expired-refresh#redirect-uri-mismatch',
  'token-invalid#device-flow-pending',
  'token-invalid#device-access-denied',
  'token-invalid#device-code-expired',
  'token-invalid#oauth-state-mismatch',
  'token-invalid#oauth-session-lost',
  'token-invalid#oauth-consent-declined',
  'token-invalid#oauth-app-type',
  'token-invalid#oauth-code-spent',
  'token-invalid#oauth-client-unknown',
];

test.each(FLOW_OUTCOMES)('%s links the OAuth playground', (ref) => {
  const [wizard, step] = ref.split('#') as [string, string];
  const found = getWizard(wizard);
  expect(found, wizard).toBeDefined();
  const meta = found!.tree.steps[step];
  expect(meta?.kind).toBe('outcome');
  expect(meta?.guides).toContain('tools/oauth-playground');
});
