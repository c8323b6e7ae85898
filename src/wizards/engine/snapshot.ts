import type { AnyMachineSnapshot } from 'xstate';
import type { StepMeta } from '~/wizards/engine/types';

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
