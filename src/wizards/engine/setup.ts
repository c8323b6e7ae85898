import { assertEvent, assign, type DoneActorEvent, type ErrorActorEvent, fromPromise, setup } from 'xstate';
import { sameAnswers } from '~/wizards/engine/replay';
import type { AnswerRecord, CheckInput, HistoryWrite, ProbeEvidence, StepMeta, StepReveal, WizardContext, WizardEvent } from '~/wizards/engine/types';

/** The check step's probe actor; its invoke id is fixed so its done and error events can be asserted. */
export const PROBE_ID = 'probeCheck';
type ProbeDone = DoneActorEvent<ProbeEvidence, typeof PROBE_ID>;
type ProbeFailed = ErrorActorEvent<unknown, typeof PROBE_ID>;

const DONE = `xstate.done.actor.${PROBE_ID}` as const;
const FAILED = `xstate.error.actor.${PROBE_ID}` as const;

/**
 * One setup shared by every wizard: the same events, guards and actions, so the engine (island,
 * outline, catalog, deep links) can treat all five trees alike; `wizardMachine(tree)` supplies only
 * the states. Three seams are provided from outside with `machine.provide(…)`:
 * - `probeCheck` (actor): the default refuses, the island provides the real probes, tests fakes;
 * - `writeHistory` (action): the default writes nothing, the island writes browser history;
 * - `revealStep` (action): the default does nothing, the island moves focus and scrolls.
 */
export const wizardSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent | ProbeDone | ProbeFailed,
    meta: {} as StepMeta,
  },
  guards: {
    isAnswer: ({ event }, params: { answer: string }) => {
      assertEvent(event, 'user.answer');
      return event.answer === params.answer;
    },
    isProbeAnswer: ({ event }, params: { answer: string }) => {
      assertEvent(event, DONE);
      return event.output.answer === params.answer;
    },
    /** Back from a step with several ways in: the last answer says which step it came from. */
    isLastAnswerOn: ({ context }, params: { step: string }) => context.answers.at(-1)?.step === params.step,
    /** `reached` is where the jump's answers lead (one replay per event); this transition's step is `step`. */
    isReplayTarget: (_, params: { step: string; reached: string }) => params.step === params.reached,
    /** A jump to the answers already given moves nothing (a popstate after an in-page Back lands here). */
    isSameAnswers: (_, params: { current: readonly AnswerRecord[]; next: readonly AnswerRecord[] }) => sameAnswers(params.current, params.next),
  },
  actions: {
    recordAnswer: assign({
      answers: ({ context }, params: AnswerRecord) => [...context.answers, params],
      evidence: null,
      notice: null,
    }),
    // Keeps the verdict beside the answer so the next step can show which check decided it.
    recordProbeAnswer: assign({
      answers: ({ context, event }, params: AnswerRecord) => {
        assertEvent(event, DONE);
        const { verdict } = event.output;
        return [...context.answers, verdict ? { ...params, verdict } : params];
      },
      evidence: null,
      notice: null,
    }),
    dropLastAnswer: assign({ answers: ({ context }) => context.answers.slice(0, -1), evidence: null, notice: null }),
    clearAnswers: assign({ answers: [], evidence: null, notice: null }),
    setAnswers: assign(({ event }, params: { answers: readonly AnswerRecord[] }) => {
      assertEvent(event, 'user.goto');
      return { answers: params.answers, evidence: null, notice: event.notice ?? null };
    }),
    setNotice: assign({
      notice: ({ event }) => {
        assertEvent(event, 'user.goto');
        return event.notice ?? null;
      },
    }),
    storeEvidence: assign({
      evidence: ({ event }) => {
        assertEvent(event, DONE);
        return event.output;
      },
    }),
    storeProbeError: assign({
      evidence: ({ event }) => {
        assertEvent(event, FAILED);
        const { error } = event;
        return { answer: null, verdict: 'unexpected-response', details: { error: error instanceof Error ? error.message : String(error) } };
      },
    }),
    clearEvidence: assign({ evidence: null }),
    writeHistory: (_, _params: HistoryWrite) => {},
    revealStep: (_, _params: StepReveal) => {},
  },
  actors: {
    probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => {
      throw new Error('No live check is available here; answer by hand.');
    }),
  },
});
