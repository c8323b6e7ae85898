import type { AnyMachineSnapshot } from 'xstate';
import { defineWizard, outcome, question, type StepSpec, type WizardDefinition, type WizardMachine } from '~/wizards/engine/define-wizard';
import type { StepMeta, WizardId, WizardTree } from '~/wizards/engine/types';

/** `Object.hasOwn` for step lookups: a link saying `#constructor` must not find `Object.prototype`. */
export function hasStep(tree: WizardTree, step: string): boolean {
  return Object.prototype.hasOwnProperty.call(tree.steps, step);
}

/**
 * Reads the tree back out of a machine built by `defineWizard`. The machine is the source of truth;
 * everything else (outline, diagram, catalog, island props) is derived from this plain copy of it.
 */
export function readTree(machine: WizardMachine): WizardTree {
  const steps: Record<string, StepMeta> = {};
  for (const [key, node] of Object.entries(machine.root.states)) {
    const meta = node.meta as StepMeta | undefined;
    if (meta) steps[key] = { kind: meta.kind, answers: meta.answers, guides: meta.guides, ...(meta.probe ? { probe: meta.probe } : {}) };
  }
  return { id: machine.id as WizardId, initial: String(machine.config.initial), steps };
}

function toSpec(meta: StepMeta): StepSpec {
  const answers = Object.fromEntries(meta.answers.map((a) => [a.id, a.target]));
  if (meta.kind === 'outcome') return outcome(...meta.guides);
  // Read back from a machine that was already type-checked (and validated), so no narrowing is needed.
  if (meta.kind === 'check') return { kind: 'check', probe: meta.probe ?? 'token-verdict', answers, guides: meta.guides };
  return question(answers, ...meta.guides);
}

export function treeToDefinition(tree: WizardTree): WizardDefinition {
  const steps = Object.fromEntries(Object.entries(tree.steps).map(([id, meta]) => [id, toSpec(meta)]));
  return { id: tree.id, initial: tree.initial, steps };
}

/**
 * Rebuilds the wizard's machine from its tree, so the island ships one generic engine and receives
 * the tree as data instead of bundling all five wizards. `readTree(machineFromTree(t))` equals `t`.
 */
export function machineFromTree(tree: WizardTree): WizardMachine {
  return defineWizard(treeToDefinition(tree));
}

/** The step (top-level state) a snapshot is in; check steps have an inner idle/running/failed state. */
export function stepOf(snapshot: AnyMachineSnapshot): string {
  const value: unknown = snapshot.value;
  if (typeof value === 'string') return value;
  return Object.keys(value as Record<string, unknown>)[0] ?? '';
}

/** The inner state of a check step (`idle`, `running`, `failed`), or null for other steps. */
export function checkPhaseOf(snapshot: AnyMachineSnapshot): 'idle' | 'running' | 'failed' | null {
  const value: unknown = snapshot.value;
  if (typeof value === 'string') return null;
  const inner = Object.values(value as Record<string, unknown>)[0];
  return inner === 'idle' || inner === 'running' || inner === 'failed' ? inner : null;
}

/** The meta of the current step, read through `getMeta()` as the house style asks. */
export function currentMeta(snapshot: AnyMachineSnapshot): StepMeta | undefined {
  const meta = snapshot.getMeta() as Record<string, StepMeta | undefined>;
  return meta[`${snapshot.machine.id}.${stepOf(snapshot)}`];
}
