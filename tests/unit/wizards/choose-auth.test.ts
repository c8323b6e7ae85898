import { describe, expect, test } from 'vitest';
import { currentMeta } from '~/wizards/engine/snapshot';
import { waitFor } from 'xstate';
import { wizard } from '~/wizards/choose-auth';
import { chooseAuthTree } from '~/wizards/choose-auth/tree';
import { wizardMachine } from '~/wizards/engine/machine';

const chooseAuthMachine = wizardMachine(chooseAuthTree);
import { isOutcomeCopy, type WizardCopy } from '~/wizards/engine/types';
import { answerAll, describeWizardTree, withFakeProbe } from './tree-checks';

const walk = (...answers: string[]) => answerAll(chooseAuthMachine, answers);

describeWizardTree(wizard, {
  steps: {
    initial: 'scenario',
    outcomes: ['use-pat', 'use-sat', 'use-oauth-web', 'use-oauth-pkce', 'use-oauth-device', 'use-jwt-service', 'use-jwt-channel', 'use-jwt-enterprise'],
  },
  probe: {
    before: ['enterprise-automation', 'whole-enterprise'],
    evidence: { answer: 'admin', verdict: 'valid' },
    outcome: 'use-jwt-enterprise',
  },
});

const outcomeOf = (...answers: string[]) => walk(...answers).getSnapshot().value;

describe('choose-auth paths', () => {
  test('starts by asking what kind of program it is', () => {
    expect(walk().getSnapshot().value).toBe('scenario');
  });

  test('recommends a PAT only for a private quick test', () => {
    expect(outcomeOf('quick-test', 'local')).toBe('use-pat');
  });

  test('sends a quick test that will be deployed back to the main questions', () => {
    expect(outcomeOf('quick-test', 'shared-or-deployed')).toBe('acting-for');
  });

  test('recommends a PAT for a server job that ends within 30 days', () => {
    expect(outcomeOf('server-job', 'own-resources', 'within-30-days')).toBe('use-pat');
  });

  test('recommends a SAT for a long-running service that wants one long-lived token', () => {
    expect(outcomeOf('server-job', 'own-resources', 'beyond-30-days', 'long-lived-token')).toBe('use-sat');
  });

  test('recommends a JWT service app when tokens must be short-lived', () => {
    expect(outcomeOf('server-job', 'own-resources', 'beyond-30-days', 'short-lived-tokens')).toBe('use-jwt-service');
  });

  test('recommends the authorization code flow to a backend acting for users', () => {
    expect(outcomeOf('server-job', 'users-resources', 'yes')).toBe('use-oauth-web');
  });

  test('recommends PKCE to a browser app whose users sign in without a backend', () => {
    expect(outcomeOf('browser-app', 'coze-users', 'no')).toBe('use-oauth-pkce');
  });

  // Was use-jwt-service, which never warned that a czs_ token handed to the page carries every point of the app.
  test('keeps the private key and the token on the backend for anonymous web visitors', () => {
    expect(outcomeOf('browser-app', 'anonymous-visitors')).toBe('use-jwt-for-visitors');
  });

  test('recommends the device flow to a CLI used by other people', () => {
    expect(outcomeOf('device-cli', 'end-users')).toBe('use-oauth-device');
    expect(outcomeOf('device-cli', 'only-me', 'within-30-days')).toBe('use-pat');
  });

  test('recommends a channel app for a channel integration', () => {
    expect(outcomeOf('channel')).toBe('use-jwt-channel');
  });

  test('recommends an enterprise privileged app to an enterprise admin and sends members to one', () => {
    expect(outcomeOf('enterprise-automation', 'whole-enterprise', 'admin')).toBe('use-jwt-enterprise');
    expect(outcomeOf('enterprise-automation', 'whole-enterprise', 'member')).toBe('enterprise-admin-needed');
  });

  test('warns in both locales that a service JWT ignores scope', () => {
    for (const copy of Object.values<WizardCopy>(wizard.copy)) {
      const step = copy.steps['use-jwt-service']!;
      expect(isOutcomeCopy(step) && step.steps.join(' ')).toContain('Connector.createBot');
    }
  });

  test('lets the workspace probe confirm an enterprise admin', async () => {
    const machine = withFakeProbe(chooseAuthMachine, { answer: 'admin', verdict: 'valid' });
    const actor = answerAll(machine, ['enterprise-automation', 'whole-enterprise']);
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('use-jwt-enterprise'));
    expect(currentMeta(actor.getSnapshot())?.kind).toBe('outcome');
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('pat_x');
  });
});
