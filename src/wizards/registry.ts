import type { WizardMachine } from '~/wizards/engine/define-wizard';
import { readTree } from '~/wizards/engine/tree';
import type { Locale, WizardCopy, WizardId, WizardTree } from '~/wizards/engine/types';
import { wizard as chooseAuth } from '~/wizards/choose-auth';
import { wizard as expiredRefresh } from '~/wizards/expired-refresh';
import { wizard as migratedWorkspace } from '~/wizards/migrated-workspace';
import { wizard as teamScopeRejected } from '~/wizards/team-scope-rejected';
import { wizard as tokenInvalid } from '~/wizards/token-invalid';

export interface Wizard {
  readonly id: WizardId;
  readonly machine: WizardMachine;
  readonly copy: Readonly<Record<Locale, WizardCopy>>;
}

/** Every wizard, in the order the site lists them. Build-time code (outline, catalog) reads this. */
export const wizards: readonly Wizard[] = [tokenInvalid, expiredRefresh, migratedWorkspace, teamScopeRejected, chooseAuth];

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
