import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeAnswers, encodeAnswers, MAX_ANSWERS_PARAM, parseAnswers, resolveLink, stepLink } from '~/wizards/engine/deep-link';
import { replay } from '~/wizards/engine/replay';
import { hasStep } from '~/wizards/engine/tree';
import type { AnswerRecord, WizardTree } from '~/wizards/engine/types';
import { wizards } from '~/wizards/registry';
import { sampleTree } from './fixtures';

const trees: WizardTree[] = [sampleTree, ...wizards.map((w) => w.tree)];

/** A random walk from the first step: a valid answer list of any length the tree allows. */
const walk = (tree: WizardTree) =>
  fc.array(fc.nat(), { maxLength: 20 }).map((choices) => {
    const answers: AnswerRecord[] = [];
    let step = tree.initial;
    for (const choice of choices) {
      const options = tree.steps[step]?.answers ?? [];
      const pick = options[choice % Math.max(1, options.length)];
      if (!pick) break;
      answers.push({ step, answer: pick.id });
      step = pick.target;
    }
    return answers;
  });

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ maxLength: 3000 }),
  fc.constantFrom('<script>alert(1)</script>', '%3Cscript%3E', '__proto__.x', 'constructor.valueOf', '~~~', '.', 'a.b.c', '%', '%E0%A4%A'),
);

describe('encodeAnswers', () => {
  test('writes step.answer pairs joined by ~', () => {
    expect(
      encodeAnswers([
        { step: 'auth-method', answer: 'pat' },
        { step: 'pat-expiry', answer: 'yes' },
      ]),
    ).toBe('auth-method.pat~pat-expiry.yes');
  });

  test('needs no percent-encoding in a query string', () => {
    const encoded = encodeAnswers([{ step: 'auth-method', answer: 'wrong-region' }]);
    expect(new URLSearchParams({ a: encoded }).toString()).toBe(`a=${encoded}`);
  });
});

describe('parseAnswers', () => {
  test('rejects anything that is not a list of kebab-case id pairs', () => {
    for (const raw of ['', 'a', 'a.', '.b', 'a.b.c', 'A.b', 'a_b.c', 'a.b~', 'a.<b>', '__proto__.x']) expect(parseAnswers(raw), raw).toBeNull();
  });

  test('rejects input over the length cap without reading it', () => {
    expect(parseAnswers('a.b~'.repeat(MAX_ANSWERS_PARAM))).toBeNull();
  });
});

describe('decodeAnswers', () => {
  for (const tree of trees) {
    test(`round-trips every walk through ${tree.id}`, () => {
      fc.assert(
        fc.property(walk(tree), (answers) => {
          const decoded = answers.length === 0 ? [] : decodeAnswers(tree, encodeAnswers(answers));
          expect(decoded).toEqual(answers);
        }),
      );
    });

    test(`never throws and never yields answers off the tree of ${tree.id}`, () => {
      fc.assert(
        fc.property(hostile, (raw) => {
          const decoded = decodeAnswers(tree, raw);
          if (decoded) expect(replay(tree, decoded).valid).toBe(true);
        }),
      );
    });
  }
});

describe('resolveLink', () => {
  const path = [
    { step: 'auth-method', answer: 'oauth' },
    { step: 'oauth-kind', answer: 'pkce' },
  ];

  test('opens the first step quietly when the link names nothing', () => {
    expect(resolveLink(sampleTree, '', '')).toEqual({ step: 'auth-method', answers: [], notice: null, targeted: false });
  });

  test('opens a step from its hash with the shortest path as breadcrumb', () => {
    expect(resolveLink(sampleTree, '', '#jwt-kid')).toMatchObject({
      step: 'jwt-kid',
      answers: [
        { step: 'auth-method', answer: 'oauth' },
        { step: 'oauth-kind', answer: 'jwt' },
      ],
      notice: null,
    });
  });

  test("restores the visitor's own answers when they lead to the hash", () => {
    expect(resolveLink(sampleTree, `?a=${encodeAnswers(path)}`, '#done-pick')).toMatchObject({ step: 'done-pick', answers: path, notice: null });
  });

  test('falls back to the shortest path when the answers are stale but the step exists', () => {
    expect(resolveLink(sampleTree, '?a=auth-method.removed', '#done-pick')).toMatchObject({
      step: 'done-pick',
      answers: [{ step: 'auth-method', answer: 'unsure' }],
      notice: 'answers-reset',
    });
  });

  test('falls back to the shortest path when valid answers lead somewhere else', () => {
    expect(resolveLink(sampleTree, `?a=${encodeAnswers(path)}`, '#jwt-kid')).toMatchObject({ step: 'jwt-kid', notice: 'answers-reset' });
  });

  test('follows answers alone when there is no hash', () => {
    expect(resolveLink(sampleTree, `?a=${encodeAnswers(path)}`, '')).toMatchObject({ step: 'done-pick', answers: path, targeted: true });
  });

  test('opens the first step with a notice for an unknown or malformed hash', () => {
    for (const hash of ['#renamed-step', '#%E0%A4%A', '#<img src=x>', '#constructor', '#__proto__']) {
      expect(resolveLink(sampleTree, '', hash), hash).toEqual({ step: 'auth-method', answers: [], notice: 'unknown-link', targeted: true });
    }
  });

  test('opens the first step with a notice for answers that do not fit, without a hash', () => {
    expect(resolveLink(sampleTree, '?a=<script>alert(1)</script>', '')).toMatchObject({ step: 'auth-method', notice: 'unknown-link' });
  });

  test("leaves the page's own anchors alone", () => {
    expect(resolveLink(sampleTree, '', '#_outline')).toMatchObject({ step: 'auth-method', notice: null, targeted: false });
  });

  test('builds links that resolve back to the same step and answers', () => {
    const link = stepLink(path, 'done-pick');
    const [search, hash] = link.split('#');
    expect(resolveLink(sampleTree, search ?? '', `#${hash}`)).toMatchObject({ step: 'done-pick', answers: path, notice: null });
  });

  for (const tree of trees) {
    test(`always lands on a real step of ${tree.id} whatever the location holds`, () => {
      fc.assert(
        fc.property(hostile, hostile, (search, hash) => {
          const link = resolveLink(tree, search, hash);
          expect(hasStep(tree, link.step)).toBe(true);
          expect(replay(tree, link.answers)).toMatchObject({ step: link.step, valid: true });
        }),
      );
    });
  }
});
