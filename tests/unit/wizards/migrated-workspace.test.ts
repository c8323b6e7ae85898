import { describe, expect, test } from 'vitest';
import { currentMeta } from '~/wizards/engine/snapshot';
import { waitFor } from 'xstate';
import { wizard } from '~/wizards/migrated-workspace';
import { migratedWorkspaceTree } from '~/wizards/migrated-workspace/tree';
import { wizardMachine } from '~/wizards/engine/machine';

const migratedWorkspaceMachine = wizardMachine(migratedWorkspaceTree);
import { answerAll, describeWizardTree, withFakeProbe } from './tree-checks';

const walk = (...answers: string[]) => answerAll(migratedWorkspaceMachine, answers);

describeWizardTree(wizard, {
  steps: {
    initial: 'auth-type',
    outcomes: ['pat-recreate', 'obo-reauthorize', 'appauth-reauthorize', 'ask-admin', 'conversations-belong-to-user', 'no-migration-needed'],
  },
  probe: {
    before: ['obo', 'personal-to-team'],
    evidence: { answer: 'member', verdict: 'valid' },
    outcome: 'ask-admin',
  },
});

describe('migrated-workspace paths', () => {
  test('starts by asking which kind of authorization the calls use', () => {
    expect(walk().getSnapshot().value).toBe('auth-type');
  });

  test('sends a PAT user with workspace-level points straight to recreating the token', () => {
    const actor = walk('pat', 'personal-to-team', 'workspace-or-account');
    expect(actor.getSnapshot().value).toBe('pat-recreate');
    expect(currentMeta(actor.getSnapshot())?.kind).toBe('outcome');
  });

  test('sends a member who needs team-level points for a new PAT to their admin', () => {
    const actor = walk('pat', 'personal-to-team', 'team-level', 'member');
    expect(actor.getSnapshot().value).toBe('ask-admin');
  });

  test('lets an admin with team-level points recreate the PAT', () => {
    expect(walk('pat', 'personal-to-team', 'team-level', 'admin').getSnapshot().value).toBe('pat-recreate');
  });

  test('tells an OBO admin who migrated without compatibility to re-authorize now', () => {
    expect(walk('obo', 'personal-to-team', 'admin', 'not-added').getSnapshot().value).toBe('obo-reauthorize');
  });

  test('tells an AppAuth admin who migrated without compatibility to re-authorize the service app', () => {
    expect(walk('appauth', 'personal-to-team', 'admin', 'not-sure').getSnapshot().value).toBe('appauth-reauthorize');
  });

  test('explains that old conversations belong to the user when only they fail', () => {
    const actor = walk('appauth', 'personal-to-team', 'admin', 'added', 'old-conversations');
    expect(actor.getSnapshot().value).toBe('conversations-belong-to-user');
  });

  test('asks to keep the old personal OAuth app when it was disabled', () => {
    expect(walk('obo', 'personal-to-team', 'admin', 'added', 'old-app-disabled').getSnapshot().value).toBe('keep-old-app');
  });

  test('points 4101 on some workspaces to granting all workspaces', () => {
    expect(walk('obo', 'personal-to-team', 'admin', 'added', 'some-workspaces').getSnapshot().value).toBe('grant-all-workspaces');
  });

  test('says an upgrade from Enterprise Standard to Flagship needs no migration', () => {
    for (const kind of ['pat', 'obo', 'appauth']) {
      expect(walk(kind, 'standard-to-flagship').getSnapshot().value).toBe('no-migration-needed');
    }
  });

  test('routes an unsure visitor by token prefix into the matching branch', () => {
    expect(walk('not-sure', 'czs').getSnapshot().value).toBe('appauth-moved-from');
    expect(walk('not-sure', 'czu').getSnapshot().value).toBe('obo-moved-from');
    expect(walk('not-sure', 'other').getSnapshot().value).toBe('identify-credential');
  });

  test('records the answers that led to the outcome, in order', () => {
    const actor = walk('pat', 'personal-to-team', 'team-level', 'member');
    expect(actor.getSnapshot().context.answers).toEqual([
      { step: 'auth-type', answer: 'pat' },
      { step: 'pat-moved-from', answer: 'personal-to-team' },
      { step: 'pat-points', answer: 'team-level' },
      { step: 'pat-role', answer: 'member' },
    ]);
  });

  test('lets the workspace probe send an OBO member to their admin', async () => {
    const machine = withFakeProbe(migratedWorkspaceMachine, { answer: 'member', verdict: 'valid' });
    const actor = answerAll(machine, ['obo', 'personal-to-team']);
    expect(actor.getSnapshot().value).toEqual({ 'obo-role': 'idle' });
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('ask-admin'));
    expect(actor.getSnapshot().context.answers.at(-1)).toEqual({ step: 'obo-role', answer: 'member', verdict: 'valid' });
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('pat_x');
  });
});
