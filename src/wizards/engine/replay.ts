import { createActor } from 'xstate';
import type { WizardMachine } from '~/wizards/engine/define-wizard';
import { hasStep } from '~/wizards/engine/tree';
import type { AnswerRecord, WizardTree } from '~/wizards/engine/types';

export interface ReplayResult {
  /** The step the valid prefix of the answers leads to. */
  readonly step: string;
  /** The answers that were accepted, in order (the longest valid prefix). */
  readonly answers: readonly AnswerRecord[];
  /** True when every answer was accepted. */
  readonly valid: boolean;
}

/**
 * Walks `answers` through the tree without an actor: each answer must belong to the step the
 * previous answers led to. Pure and total, so it can vet anything a URL or history entry carries
 * before the island replays it into a real actor.
 */
export function replay(tree: WizardTree, answers: readonly AnswerRecord[]): ReplayResult {
  let step = tree.initial;
  const accepted: AnswerRecord[] = [];
  for (const record of answers) {
    const meta = hasStep(tree, step) ? tree.steps[step] : undefined;
    const answer = record.step === step ? meta?.answers.find((a) => a.id === record.answer) : undefined;
    if (!answer || !hasStep(tree, answer.target)) return { step, answers: accepted, valid: false };
    accepted.push({ step, answer: answer.id });
    step = answer.target;
  }
  return { step, answers: accepted, valid: true };
}

/**
 * A fresh, started actor that has been given `answers` by hand, one `user.answer` event each.
 * Check steps accept hand answers in every phase, so the replay is synchronous and never runs a
 * probe. Answers that do not fit the tree are dropped from the first misfit on.
 */
export function startAt(machine: WizardMachine, tree: WizardTree, answers: readonly AnswerRecord[]) {
  const actor = createActor(machine).start();
  for (const { answer } of replay(tree, answers).answers) actor.send({ type: 'user.answer', answer });
  return actor;
}

export type WizardActor = ReturnType<typeof startAt>;
