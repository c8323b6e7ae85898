import { assertEvent } from 'xstate';
import { replay, type ReplayResult } from '~/wizards/engine/replay';
import { PROBE_ID, wizardSetup } from '~/wizards/engine/setup';
import type { AnswerRecord, GotoEvent, HistoryMode, StepMeta, WizardTree } from '~/wizards/engine/types';

type MachineConfig = Parameters<typeof wizardSetup.createMachine>[0];
type StateConfig = NonNullable<MachineConfig['states']>[string];
type On = NonNullable<StateConfig['on']>;
type Single<T> = T extends readonly (infer U)[] ? U : T;
/** One guarded transition of a config slot (the config's own type, so params functions are typed). */
type Transition<T> = Exclude<Single<NonNullable<T>>, string | undefined>;
type GotoTransition = Transition<NonNullable<MachineConfig['on']>['user.goto']>;
type ProbeDoneTransition = Transition<Single<NonNullable<StateConfig['invoke']>>['onDone']>;

const STAY = { focus: true, scroll: false } as const;

/** The two provided actions that follow every move: write browser history, then show the step. */
function arrive(step: string, mode: HistoryMode) {
  return [
    { type: 'writeHistory', params: ({ context }: { context: { answers: readonly AnswerRecord[] } }) => ({ mode, answers: context.answers, step }) },
    { type: 'revealStep', params: STAY },
  ] as const;
}

/** For each step, the steps with an answer leading to it: where `user.back` may return. */
function predecessors(tree: WizardTree): ReadonlyMap<string, readonly string[]> {
  const from = new Map<string, string[]>();
  for (const [step, meta] of Object.entries(tree.steps)) {
    for (const { target } of meta.answers) {
      const list = from.get(target) ?? [];
      if (!list.includes(step)) list.push(step);
      from.set(target, list);
    }
  }
  return from;
}

/**
 * A check step idles until the visitor clicks "run"; the token rides on that event straight into the
 * probe's input and is never assigned to context, so it cannot leak through a snapshot or a link.
 * Leaving the step (an answer by hand, Back, a jump) stops the probe, which aborts its signal.
 */
function checkStates(tree: WizardTree, step: string, meta: StepMeta): Pick<StateConfig, 'initial' | 'states'> {
  const probe = meta.probe ?? 'token-verdict';
  const probeDone = meta.answers.map(
    ({ id, target }): ProbeDoneTransition => ({
      guard: { type: 'isProbeAnswer', params: { answer: id } },
      target: `#${tree.id}.${target}`,
      actions: [{ type: 'recordProbeAnswer', params: { step, answer: id } }, ...arrive(target, 'push')],
    }),
  );
  return {
    initial: 'idle',
    states: {
      idle: { on: { 'probe.run': { target: 'running', actions: 'clearEvidence' } } },
      running: {
        invoke: {
          id: PROBE_ID,
          src: 'probeCheck',
          input: ({ event }) => {
            assertEvent(event, ['probe.run', 'probe.retry']);
            return { probe, credentials: event.credentials };
          },
          // A decisive result moves on; anything else (network error, CORS, 5xx) stays here with its evidence.
          onDone: [...probeDone, { target: 'failed', actions: 'storeEvidence' }],
          onError: { target: 'failed', actions: 'storeProbeError' },
        },
        on: { 'probe.cancel': 'idle' },
      },
      failed: {
        on: {
          'probe.retry': { target: 'running', actions: 'clearEvidence' },
          'probe.run': { target: 'running', actions: 'clearEvidence' },
        },
      },
    },
  };
}

function stepState(tree: WizardTree, step: string, meta: StepMeta, cameFrom: readonly string[]): StateConfig {
  const answers = meta.answers.map(({ id, target }) => ({
    guard: { type: 'isAnswer', params: { answer: id } },
    target: `#${tree.id}.${target}`,
    actions: [{ type: 'recordAnswer', params: { step, answer: id } }, ...arrive(target, 'push')],
  })) satisfies On['user.answer'];
  // Back is derived from the tree: return to whichever step the last answer was given on.
  const back = cameFrom.map((from) => ({
    guard: { type: 'isLastAnswerOn', params: { step: from } },
    target: `#${tree.id}.${from}`,
    actions: [{ type: 'dropLastAnswer' }, ...arrive(from, 'back')],
  })) satisfies On['user.back'];
  const on = { 'user.answer': answers, 'user.back': back };
  return meta.kind === 'check' ? { meta, on, ...checkStates(tree, step, meta) } : { meta, on };
}

/**
 * The wizard's machine, built once from its tree. Every step is a top-level state whose `meta` is the
 * step as the tree has it. Besides answers and checks, the machine owns navigation:
 * - `user.back` (per step): back to the step the last answer was given on, that answer dropped;
 * - `user.restart`: the first step, no answers;
 * - `user.goto { answers }`: the step the longest valid prefix of `answers` leads to, those answers
 *   kept (a link load, a history entry, a diagram box), with the history mode the event names.
 * Outcomes are not final states: one actor lives as long as the page, and Back leaves an outcome too.
 */
export function wizardMachine(tree: WizardTree) {
  const from = predecessors(tree);
  // Every `user.goto` guard and action asks where the same answers lead: replay them once per event.
  const replayed = new WeakMap<GotoEvent, ReplayResult>();
  const landing = (event: GotoEvent): ReplayResult => {
    let result = replayed.get(event);
    if (!result) replayed.set(event, (result = replay(tree, event.answers)));
    return result;
  };
  const reveal = ({ event: { focus = true, scroll = false } }: { event: GotoEvent }) => ({ focus, scroll });

  const gotoTransitions = [
    {
      guard: { type: 'isSameAnswers', params: ({ context, event }) => ({ current: context.answers, next: landing(event).answers }) },
      actions: [
        { type: 'setNotice' },
        { type: 'writeHistory', params: ({ context, event }) => ({ mode: event.history, answers: context.answers, step: landing(event).step }) },
        { type: 'revealStep', params: reveal },
      ],
    },
    ...Object.keys(tree.steps).map(
      (step): GotoTransition => ({
        guard: { type: 'isReplayTarget', params: ({ event }) => ({ step, reached: landing(event).step }) },
        target: `#${tree.id}.${step}`,
        actions: [
          { type: 'setAnswers', params: ({ event }) => ({ answers: landing(event).answers }) },
          { type: 'writeHistory', params: ({ context, event }) => ({ mode: event.history, answers: context.answers, step }) },
          { type: 'revealStep', params: reveal },
        ],
      }),
    ),
  ] satisfies NonNullable<MachineConfig['on']>['user.goto'];

  const states = Object.fromEntries(Object.entries(tree.steps).map(([step, meta]) => [step, stepState(tree, step, meta, from.get(step) ?? [])]));
  return wizardSetup.createMachine({
    id: tree.id,
    initial: tree.initial,
    context: { answers: [], evidence: null, notice: null },
    states,
    on: {
      'user.restart': {
        target: `#${tree.id}.${tree.initial}`,
        actions: [{ type: 'clearAnswers' }, ...arrive(tree.initial, 'push')],
      },
      'user.goto': gotoTransitions,
    },
  });
}

export type WizardMachine = ReturnType<typeof wizardMachine>;
