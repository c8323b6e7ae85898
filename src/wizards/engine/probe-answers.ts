/**
 * The answers each live-check kind can give. A check step must handle every one of them, so no probe
 * result can strand a visitor on a step with nothing but "retry" (issue 8: 4101 and 4013 on
 * `token-invalid#token-check` did). The verdict list is the probes' own, not a copy of it.
 */
import { DECISIVE_VERDICTS } from '~/site/verdicts';
import type { ProbeKind } from '~/wizards/engine/types';

export const PROBE_ANSWERS: Readonly<Record<ProbeKind, readonly string[]>> = {
  'token-verdict': DECISIVE_VERDICTS,
  'workspace-role': ['admin', 'member', 'personal-only'],
};
