import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { type WizardMachine, wizardMachine } from '~/wizards/engine/machine';
import { currentMeta, stepOf } from '~/wizards/engine/snapshot';
import type { StepMeta, WizardEvent, WizardTree } from '~/wizards/engine/types';
import { wizards } from '~/wizards/registry';
import { sampleTree } from './fixtures';

/**
 * xstate/graph refuses machines that invoke actors, and check steps invoke the probe. Coverage is
 * about the tree, so the model walks a twin whose check steps are answered by hand only; each path
 * it finds is then driven against the real machine, probes and all.
 */
function handAnswerTwin(tree: WizardTree): WizardMachine {
  const steps = Object.fromEntries(
    Object.entries(tree.steps).map(([id, meta]): [string, StepMeta] => [
      id,
      meta.kind === 'check' ? { kind: 'question', answers: meta.answers, guides: meta.guides } : meta,
    ]),
  );
  return wizardMachine({ ...tree, steps });
}

function model(tree: WizardTree) {
  return createTestModel(handAnswerTwin(tree), {
    events: (snapshot) => (currentMeta(snapshot)?.answers ?? []).map((a): WizardEvent => ({ type: 'user.answer', answer: a.id })),
    // The tree's edges are its answers; Back, Start over and jumps are walked in navigation.test.ts.
    filterEvents: (_snapshot, event) => event.type === 'user.answer',
    // Context differs per path (the answers list); the step alone identifies a state of the tree.
    serializeState: (snapshot) => stepOf(snapshot),
  });
}

for (const { id, tree } of [{ id: 'sample', tree: sampleTree }, ...wizards]) {
  const machine = wizardMachine(tree);
  describe(`paths through ${id}`, () => {
    // Keep paths that are prefixes of longer ones: each step gets its own path and test.
    const paths = model(tree).getShortestPaths({ allowDuplicatePaths: true });

    test('reach every step of the tree', () => {
      expect(new Set(paths.map((p) => stepOf(p.state)))).toEqual(new Set(Object.keys(tree.steps)));
    });

    for (const path of paths) {
      const target = stepOf(path.state);
      test(`reach ${target} in ${path.steps.length - 1} answers on the real machine`, async () => {
        const actor = createActor(machine).start();
        const sameStep = (expected: unknown) => expect(stepOf(actor.getSnapshot())).toBe(stepOf(expected as typeof path.state));
        await path.test({
          events: { 'user.answer': ({ event }) => actor.send(event as WizardEvent) },
          states: Object.fromEntries(Object.keys(tree.steps).map((step) => [step, sameStep])),
        });
        expect(stepOf(actor.getSnapshot())).toBe(target);
        actor.stop();
      });
    }
  });
}
