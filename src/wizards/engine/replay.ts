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
 * before the machine moves there (`user.goto`).
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

/** True when both lists give the same answers on the same steps (a probe's verdict aside). */
export function sameAnswers(a: readonly AnswerRecord[], b: readonly AnswerRecord[]): boolean {
  return a.length === b.length && a.every((record, i) => record.step === b[i]?.step && record.answer === b[i]?.answer);
}
