import type { Locale, WizardCopy, WizardId, WizardTree } from '~/wizards/engine/types';
import { wizard as chooseAuth } from '~/wizards/choose-auth';
import { wizard as expiredRefresh } from '~/wizards/expired-refresh';
import { wizard as migratedWorkspace } from '~/wizards/migrated-workspace';
import { wizard as teamScopeRejected } from '~/wizards/team-scope-rejected';
import { wizard as tokenInvalid } from '~/wizards/token-invalid';

export interface Wizard {
  readonly id: WizardId;
  /** The decision tree as data: the machine (`wizardMachine`), outline, diagram and catalog derive from it. */
  readonly tree: WizardTree;
  readonly copy: Readonly<Record<Locale, WizardCopy>>;
}

/** Every wizard, in the order the site lists them. Build-time code (outline, catalog) reads this. */
export const wizards: readonly Wizard[] = [tokenInvalid, expiredRefresh, migratedWorkspace, teamScopeRejected, chooseAuth];

export function getWizard(id: string): Wizard | undefined {
  return wizards.find((w) => w.id === id);
}
