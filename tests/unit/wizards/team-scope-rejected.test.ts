import { describe, expect, test } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { wizard } from '~/wizards/team-scope-rejected';
import { teamScopeRejectedMachine } from '~/wizards/team-scope-rejected/machine';
import type { CheckInput, ProbeEvidence, StepMeta, WizardCopy } from '~/wizards/engine/types';
import { isOutcomeCopy } from '~/wizards/engine/types';

/** Starts the real machine and answers each step in turn, as the island would. */
function walk(...answers: string[]) {
  const actor = createActor(teamScopeRejectedMachine).start();
  for (const answer of answers) actor.send({ type: 'user.answer', answer });
  return actor;
}

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
    expect(actor.getSnapshot().status).toBe('done');
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
    expect(actor.getSnapshot().context.answers.map((a) => a.step)).toEqual([
      'credential-type',
      'app-account',
      'admin-console',
      'admin-role-kind',
    ]);
  });

  test('marks the still-rejected advice as uncertain in both locales', () => {
    for (const copy of Object.values<WizardCopy>(wizard.copy)) {
      const step = copy.steps['admin-still-rejected']!;
      expect(isOutcomeCopy(step) && step.uncertain).toBeTruthy();
    }
  });

  test('lets the workspace probe send a member to the permission-point question', async () => {
    const machine = teamScopeRejectedMachine.provide({
      actors: { probeCheck: fromPromise<ProbeEvidence, CheckInput>(async () => ({ answer: 'member', verdict: 'valid', details: {} })) },
    });
    const actor = createActor(machine).start();
    actor.send({ type: 'user.answer', answer: 'pat' });
    actor.send({ type: 'probe.run', credentials: { token: 'pat_x', host: 'cn' } });
    await waitFor(actor, (s) => s.matches('member-points'));
    actor.send({ type: 'user.answer', answer: 'need-them' });
    expect(actor.getSnapshot().value).toBe('ask-admin');
    expect(JSON.stringify(actor.getSnapshot().context)).not.toContain('pat_x');
  });
});

// Until the engine ships generic tree validators, this wizard checks its own tree and copy.
describe('team-scope-rejected tree', () => {
  const states = teamScopeRejectedMachine.root.states;
  const metaOf = (id: string) => states[id]?.meta as StepMeta;
  const ids = Object.keys(states);

  test('offers 2–6 answers on every question and check, each leading to an existing step', () => {
    for (const id of ids) {
      const meta = metaOf(id);
      if (meta.kind === 'outcome') continue;
      expect(meta.answers.length, id).toBeGreaterThanOrEqual(2);
      expect(meta.answers.length, id).toBeLessThanOrEqual(6);
      for (const { target } of meta.answers) expect(ids, `${id} -> ${target}`).toContain(target);
    }
  });

  test('reaches every step from the start, and every path ends in an outcome', () => {
    const seen = new Set<string>();
    const visit = (id: string, trail: string[]) => {
      expect(trail, `cycle through ${id}`).not.toContain(id);
      seen.add(id);
      for (const { target } of metaOf(id).answers) visit(target, [...trail, id]);
    };
    visit('credential-type', []);
    expect([...seen].sort()).toEqual([...ids].sort());
  });

  test('uses stable kebab-case ids and answers only admin, member or personal-only on role checks', () => {
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const meta = metaOf(id);
      for (const { id: answer } of meta.answers) expect(answer).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      if (meta.probe === 'workspace-role') {
        expect(meta.answers.map((a) => a.id).sort()).toEqual(['admin', 'member', 'personal-only']);
      }
    }
  });

  test('has the outcomes support links depend on', () => {
    for (const id of [
      'switch-account',
      'ask-admin',
      'drop-enterprise-points',
      'admin-still-rejected',
    ]) {
      expect(metaOf(id)?.kind, id).toBe('outcome');
    }
  });

  test('links only to existing guides, guide anchors and tools', () => {
    const slugs = 'auth-methods|regions|personal-access-tokens|oauth|oauth-jwt|error-codes|workspace-migration|enterprise-permissions|browser-calls|privacy';
    const anchors = '4000|4013|4015|4100|4101|4200|700012006|invalid_client|invalid_request|access_deny|unsupported_grant_type|authorization_pending|slow_down|expired_token|invalid-jwt-kid|401|403|429';
    const valid = new RegExp(`^(guides/(${slugs})|guides/error-codes#(${anchors})|tools/(token-check|refresh-test|jwt-inspector|error-lookup))$`);
    for (const id of ids) for (const ref of metaOf(id).guides) expect(ref, id).toMatch(valid);
  });

  test.each(['zh-CN', 'en'] as const)('has %s copy for every step, with every answer labelled', (locale) => {
    const copy: WizardCopy = wizard.copy[locale];
    expect(Object.keys(copy.steps).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const meta = metaOf(id);
      const step = copy.steps[id]!;
      if (meta.kind === 'outcome') {
        expect(isOutcomeCopy(step), id).toBe(true);
        if (!isOutcomeCopy(step)) continue;
        expect(step.problem.length, id).toBeGreaterThan(0);
        expect(step.steps.length, id).toBeGreaterThan(0);
        expect(step.verify.length, id).toBeGreaterThan(0);
      } else {
        expect(isOutcomeCopy(step), id).toBe(false);
        if (isOutcomeCopy(step)) continue;
        expect(Object.keys(step.answers).sort(), id).toEqual(meta.answers.map((a) => a.id).sort());
      }
    }
  });

  test('keeps copy to inline code and bold, with placeholders instead of secrets', () => {
    const strings = JSON.stringify(wizard.copy).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const raw of strings) {
      const text = JSON.parse(raw) as string;
      const rest = text.replace(/`[^`]+`/g, '').replace(/\*\*[^*]+\*\*/g, '');
      expect(rest, text).not.toMatch(/[`*]|\]\(|<\/?[a-z]/i);
      expect(text).not.toMatch(/\b(?:pat|sat|czu|czs)_[A-Za-z0-9]{16,}/);
    }
  });
});
