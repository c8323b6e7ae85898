import { describe, expect, test } from 'vitest';
import { currentMeta } from '~/wizards/engine/snapshot';
import { waitFor } from 'xstate';
import { wizard } from '~/wizards/team-scope-rejected';
import { teamScopeRejectedTree } from '~/wizards/team-scope-rejected/tree';
import { wizardMachine } from '~/wizards/engine/machine';

const teamScopeRejectedMachine = wizardMachine(teamScopeRejectedTree);
import { answerAll, describeWizardTree, withFakeProbe } from './tree-checks';

const walk = (...answers: string[]) => answerAll(teamScopeRejectedMachine, answers);

describeWizardTree(wizard, {
  steps: {
    initial: 'credential-type',
    outcomes: ['switch-account', 'ask-admin', 'drop-enterprise-points', 'admin-still-rejected'],
  },
  uncertain: {
    title: 'marks the still-rejected advice as uncertain in both locales',
    outcomes: ['admin-still-rejected'],
  },
  probe: {
    before: ['pat'],
    evidence: { answer: 'member', verdict: 'valid' },
    after: ['need-them'],
    outcome: 'ask-admin',
  },
});

describe('team-scope-rejected paths', () => {
  test('starts by asking whether a token or an OAuth app was being created', () => {
    expect(walk().getSnapshot().value).toBe('credential-type');
  });

  test('tells a personal account to switch to the team or enterprise admin account', () => {
    expect(walk('pat', 'personal-only').getSnapshot().value).toBe('switch-account');
    expect(walk('oauth-app', 'personal-only').getSnapshot().value).toBe('switch-account');
  });

  test('sends a member with enterprise-level points to their admin', () => {
    const actor = walk('pat', 'member', 'need-them');
    expect(actor.getSnapshot().value).toBe('ask-admin');
    expect(currentMeta(actor.getSnapshot())?.kind).toBe('outcome');
  });

  test('lets a member who can do without them drop the enterprise-level points', () => {
    expect(walk('oauth-app', 'member', 'can-drop').getSnapshot().value).toBe('drop-enterprise-points');
    expect(walk('pat', 'member', 'not-sure').getSnapshot().value).toBe('drop-enterprise-points');
  });

  test('treats a workspace admin who is not a team admin like a member', () => {
    expect(walk('pat', 'admin', 'team-account', 'workspace-admin-only').getSnapshot().value).toBe('member-points');
  });

  test('sends an admin working in a personal account to switch accounts', () => {
    expect(walk('oauth-app', 'admin', 'personal-account').getSnapshot().value).toBe('switch-account');
  });

  test('reaches the still-rejected outcome only for a team admin in the team account', () => {
    const actor = walk('oauth-app', 'admin', 'team-account', 'org-admin');
    expect(actor.getSnapshot().value).toBe('admin-still-rejected');
    expect(actor.getSnapshot().context.answers.map((a) => a.step)).toEqual(['credential-type', 'app-account', 'admin-console', 'admin-role-kind']);
  });

  test('lets the workspace probe send a member to the permission-point question', async () => {
    const machine = withFakeProbe(teamScopeRejectedMachine, { answer: 'member', verdict: 'valid' });
    const actor = answerAll(machine, ['pat']);
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('member-points'));
    actor.send({ type: 'user.answer', answer: 'need-them' });
    expect(actor.getSnapshot().value).toBe('ask-admin');
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('pat_x');
  });
});
