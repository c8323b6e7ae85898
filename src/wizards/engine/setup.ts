import { assign, fromPromise, setup } from 'xstate';
import type { AnswerRecord, CheckInput, ProbeEvidence, StepMeta, WizardContext, WizardEvent } from '~/wizards/engine/types';

/** Output of a finished probe actor, as it arrives on `xstate.done.actor.*`. */
function probeOutput(event: unknown): ProbeEvidence | undefined {
  if (typeof event !== 'object' || event === null || !('output' in event)) return undefined;
  return event.output as ProbeEvidence;
}

/** Error of a failed probe actor, as it arrives on `xstate.error.actor.*`. */
function probeError(event: unknown): string {
  if (typeof event === 'object' && event !== null && 'error' in event) {
    const error = event.error;
    return error instanceof Error ? error.message : String(error);
  }
  return 'unknown error';
}

/**
 * One setup shared by every wizard: the same events, guards and actions, so the engine (island,
 * outline, catalog, deep links) can treat all five trees alike. Each wizard supplies only its states.
 * `probeCheck` is the live-check seam: the default refuses, and the island provides the real probes
 * with `machine.provide({ actors: { probeCheck } })`; tests provide fakes the same way.
 */
export const wizardSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    meta: {} as StepMeta,
  },
  guards: {
    isAnswer: ({ event }, params: { answer: string }) => event.type === 'user.answer' && event.answer === params.answer,
    isProbeAnswer: ({ event }, params: { answer: string }) => probeOutput(event)?.answer === params.answer,
  },
  actions: {
    recordAnswer: assign({
      answers: ({ context }, params: AnswerRecord) => [...context.answers, params],
      evidence: null,
    }),
    // Keeps the verdict beside the answer so the next step can show which check decided it.
    recordProbeAnswer: assign({
      answers: ({ context, event }, params: AnswerRecord) => {
        const verdict = probeOutput(event)?.verdict;
        return [...context.answers, verdict ? { ...params, verdict } : params];
      },
      evidence: null,
    }),
    storeEvidence: assign({ evidence: ({ event }) => probeOutput(event) ?? null }),
    storeProbeError: assign({
      evidence: ({ event }) => ({
        answer: null,
        verdict: 'unexpected-response',
        details: { error: probeError(event) },
      }),
    }),
    clearEvidence: assign({ evidence: null }),
  },
  actors: {
    probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => {
      throw new Error('No live check is available here; answer by hand.');
    }),
  },
});
