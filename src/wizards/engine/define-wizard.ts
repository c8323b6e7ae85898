import type { DECISIVE_VERDICTS } from '~/site/verdicts';
import { wizardSetup } from '~/wizards/engine/setup';
import type { GuideRef, ProbeKind, StepMeta, WizardId } from '~/wizards/engine/types';

/** A step as a wizard author writes it: answers map answer id -> target step id. */
export type StepSpec =
  | { readonly kind: 'question'; readonly answers: Readonly<Record<string, string>>; readonly guides: readonly GuideRef[] }
  | {
      readonly kind: 'check';
      readonly probe: ProbeKind;
      readonly answers: Readonly<Record<string, string>>;
      readonly guides: readonly GuideRef[];
    }
  | { readonly kind: 'outcome'; readonly guides: readonly GuideRef[] };

export const question = (answers: Record<string, string>, ...guides: GuideRef[]): StepSpec => ({
  kind: 'question',
  answers,
  guides,
});

/** What each probe kind can answer; a check step must route every one (validate.ts checks it again at run time). */
export interface ProbeAnswerMap {
  readonly 'token-verdict': Readonly<Record<(typeof DECISIVE_VERDICTS)[number], string>>;
  readonly 'workspace-role': Readonly<Record<'admin' | 'member' | 'personal-only', string>>;
}

/**
 * A step a live probe can answer; the same answers stay available as buttons ("answer by hand").
 * The answer map is typed by probe kind, so a tree that forgets a verdict does not compile.
 */
export function check<P extends ProbeKind>(probe: P, answers: ProbeAnswerMap[P], ...guides: GuideRef[]): StepSpec {
  return { kind: 'check', probe, answers, guides };
}

export const outcome = (...guides: GuideRef[]): StepSpec => ({ kind: 'outcome', guides });

function toMeta(spec: StepSpec): StepMeta {
  const answers = spec.kind === 'outcome' ? [] : Object.entries(spec.answers).map(([id, target]) => ({ id, target }));
  return spec.kind === 'check' ? { kind: spec.kind, probe: spec.probe, answers, guides: spec.guides } : { kind: spec.kind, answers, guides: spec.guides };
}

function answerTransitions(wizardId: string, step: string, meta: StepMeta) {
  return meta.answers.map(({ id, target }) => ({
    guard: { type: 'isAnswer' as const, params: { answer: id } },
    target: `#${wizardId}.${target}`,
    actions: { type: 'recordAnswer' as const, params: { step, answer: id } },
  }));
}

/**
 * A check step idles until the visitor clicks "run"; the token rides on that event straight into the
 * probe's input and is never assigned to context, so it cannot leak through a snapshot or a link.
 */
function checkStates(wizardId: string, step: string, meta: StepMeta) {
  const probeDone = meta.answers.map(({ id, target }) => ({
    guard: { type: 'isProbeAnswer' as const, params: { answer: id } },
    target: `#${wizardId}.${target}`,
    actions: [{ type: 'recordProbeAnswer' as const, params: { step, answer: id } }],
  }));
  const probe = meta.probe ?? 'token-verdict';
  return {
    initial: 'idle',
    states: {
      idle: {
        on: { 'probe.run': { target: 'running', actions: 'clearEvidence' } },
      },
      running: {
        invoke: {
          src: 'probeCheck' as const,
          input: ({ event }: { event: { type: string; credentials?: unknown } }) => ({
            probe,
            credentials: event.credentials,
          }),
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

export interface WizardDefinition {
  readonly id: WizardId;
  readonly initial: string;
  readonly steps: Readonly<Record<string, StepSpec>>;
}

/**
 * Builds the wizard's XState machine from its tree. Every step becomes a top-level state whose
 * `meta` carries the tree, so the same machine feeds the island, the outline and the catalog.
 */
export function defineWizard(definition: WizardDefinition) {
  const { id, initial, steps } = definition;
  const states = Object.fromEntries(
    Object.entries(steps).map(([step, spec]) => {
      const meta = toMeta(spec);
      if (spec.kind === 'outcome') return [step, { type: 'final' as const, meta }];
      const on = { 'user.answer': answerTransitions(id, step, meta) };
      return [step, spec.kind === 'check' ? { meta, on, ...checkStates(id, step, meta) } : { meta, on }];
    }),
  );
  // The states object is assembled from data, so its literal keys cannot be inferred; the runtime
  // shape is checked by the path-coverage tests instead.
  return wizardSetup.createMachine({
    id,
    initial,
    context: { answers: [], evidence: null },
    states: states as Record<string, object>,
  });
}

export type WizardMachine = ReturnType<typeof defineWizard>;
