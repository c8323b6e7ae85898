import type { WizardMachine } from './engine/define-wizard';
import { readTree } from './engine/tree';
import type { Locale, WizardCopy, WizardId, WizardTree } from './engine/types';
import { wizard as chooseAuth } from './choose-auth';
import { wizard as expiredRefresh } from './expired-refresh';
import { wizard as migratedWorkspace } from './migrated-workspace';
import { wizard as teamScopeRejected } from './team-scope-rejected';
import { wizard as tokenInvalid } from './token-invalid';

export interface Wizard {
  readonly id: WizardId;
  readonly machine: WizardMachine;
  readonly copy: Readonly<Record<Locale, WizardCopy>>;
}

/** Every wizard, in the order the site lists them. Build-time code (outline, catalog) reads this. */
export const wizards: readonly Wizard[] = [
  tokenInvalid,
  expiredRefresh,
  migratedWorkspace,
  teamScopeRejected,
  chooseAuth,
];

export function getWizard(id: string): Wizard | undefined {
  return wizards.find((w) => w.id === id);
}

const trees = new Map<string, WizardTree>();

/** The wizard's tree as plain data (read once from its machine's meta). */
export function treeOf(wizard: Wizard): WizardTree {
  let tree = trees.get(wizard.id);
  if (!tree) trees.set(wizard.id, (tree = readTree(wizard.machine)));
  return tree;
}
