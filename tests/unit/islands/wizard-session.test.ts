import { afterEach, describe, expect, test, vi } from 'vitest';
import { createWizardSession } from '~/islands/wizard/session';
import { stepOf } from '~/wizards/engine/snapshot';
import { sampleTree } from '../engine/fixtures';
import { installFakeBrowser } from './fake-browser';

// Counts the actors the session creates: the page must keep one for its whole life.
const created = vi.hoisted(() => ({ count: 0 }));
vi.mock('xstate', async (importOriginal) => {
  const xstate = await importOriginal<typeof import('xstate')>();
  return {
    ...xstate,
    createActor: ((...args: Parameters<typeof xstate.createActor>) => {
      created.count += 1;
      return xstate.createActor(...args);
    }) as typeof xstate.createActor,
  };
});

const PAGE = 'https://doctor.example/en/wizards/choose-auth/';

afterEach(() => {
  vi.unstubAllGlobals();
  created.count = 0;
});

function open(url: string) {
  const browser = installFakeBrowser(url);
  const session = createWizardSession(sampleTree);
  const disconnect = session.connect();
  const at = () => stepOf(session.actor.getSnapshot());
  const answers = () => session.actor.getSnapshot().context.answers.map(({ step, answer }) => `${step}.${answer}`);
  return { browser, session, disconnect, at, answers };
}

describe('wizard session', () => {
  test('keeps one actor across a link load, answers, Back, Start over, popstate and a diagram jump', async () => {
    const { browser, session, disconnect, at } = open(`${PAGE}?a=auth-method.oauth#oauth-kind`);
    const actor = session.actor;
    expect(at()).toBe('oauth-kind');
    session.actor.send({ type: 'user.answer', answer: 'jwt' });
    session.actor.send({ type: 'user.back' });
    await browser.settle();
    session.actor.send({ type: 'user.restart' });
    browser.history.back();
    await browser.settle();
    browser.clickDiagramBox('choose-auth', 'done-pick');
    expect(at()).toBe('done-pick');
    expect(session.actor).toBe(actor);
    expect(created.count).toBe(1);
    disconnect();
    expect(actor.getSnapshot().status).toBe('stopped');
  });

  test('opens the linked step, keeps the URL and brings the island into view', () => {
    const { browser, session, at, answers } = open(`${PAGE}?a=auth-method.oauth~oauth-kind.jwt#jwt-kid`);
    expect(at()).toBe('jwt-kid');
    expect(answers()).toEqual(['auth-method.oauth', 'oauth-kind.jwt']);
    expect(browser.history.pushState).not.toHaveBeenCalled();
    expect(browser.entries().urls).toEqual(['/en/wizards/choose-auth/?a=auth-method.oauth~oauth-kind.jwt#jwt-kid']);
    expect(browser.history.state).toMatchObject({ wizard: 'choose-auth', depth: 0 });
    expect(session.takeReveal()).toEqual({ focus: true, scroll: true });
  });

  test('opens the first step quietly when the page was opened without a link', () => {
    const { browser, session, at } = open(PAGE);
    expect(at()).toBe('auth-method');
    expect(browser.history.state).toMatchObject({ wizard: 'choose-auth', answers: [] });
    expect(session.takeReveal()).toEqual({ focus: false, scroll: false });
  });

  test('shows a notice for an unknown step in the link and opens the first step', () => {
    const { session, at } = open(`${PAGE}#no-such-step`);
    expect(at()).toBe('auth-method');
    expect(session.actor.getSnapshot().context.notice).toBe('unknown-link');
  });

  test('pushes each answer, and its Back is the browser Back, so Forward returns to the step it left', async () => {
    const { browser, session, at } = open(PAGE);
    session.actor.send({ type: 'user.answer', answer: 'oauth' });
    session.actor.send({ type: 'user.answer', answer: 'jwt' });
    expect(browser.entries()).toEqual({
      urls: [
        '/en/wizards/choose-auth/',
        '/en/wizards/choose-auth/?a=auth-method.oauth#oauth-kind',
        '/en/wizards/choose-auth/?a=auth-method.oauth~oauth-kind.jwt#jwt-kid',
      ],
      index: 2,
    });
    session.actor.send({ type: 'user.back' });
    expect(browser.history.back).toHaveBeenCalledTimes(1);
    expect(at()).toBe('oauth-kind');
    await browser.settle();
    expect(browser.entries().index).toBe(1);
    expect(at()).toBe('oauth-kind');
    browser.history.forward();
    await browser.settle();
    expect(at()).toBe('jwt-kid');
    // A move that came from history writes none of its own.
    expect(browser.history.pushState).toHaveBeenCalledTimes(2);
  });

  test('steps back in place when the page was opened by a link (there is no earlier entry of ours)', () => {
    const { browser, session, at } = open(`${PAGE}?a=auth-method.oauth#oauth-kind`);
    session.actor.send({ type: 'user.back' });
    expect(at()).toBe('auth-method');
    expect(browser.history.back).not.toHaveBeenCalled();
    expect(browser.entries()).toEqual({ urls: ['/en/wizards/choose-auth/#auth-method'], index: 0 });
  });

  test('Start over is a new history entry', () => {
    const { browser, session, at } = open(`${PAGE}?a=auth-method.oauth#oauth-kind`);
    session.actor.send({ type: 'user.restart' });
    expect(at()).toBe('auth-method');
    expect(browser.entries()).toEqual({ urls: ['/en/wizards/choose-auth/?a=auth-method.oauth#oauth-kind', '/en/wizards/choose-auth/#auth-method'], index: 1 });
  });

  test('a diagram box on the path keeps the answers; one off the path starts a new path and says so', () => {
    const { browser, session, at, answers } = open(PAGE);
    session.actor.send({ type: 'user.answer', answer: 'oauth' });
    session.actor.send({ type: 'user.answer', answer: 'jwt' });
    session.takeReveal();
    expect(browser.clickDiagramBox('choose-auth', 'oauth-kind')).toBe(true);
    expect(at()).toBe('oauth-kind');
    expect(answers()).toEqual(['auth-method.oauth']);
    expect(session.actor.getSnapshot().context.notice).toBeNull();
    expect(session.takeReveal()).toEqual({ focus: true, scroll: true });
    expect(browser.clickDiagramBox('choose-auth', 'pat-check')).toBe(true);
    expect(answers()).toEqual(['auth-method.pat']);
    expect(session.actor.getSnapshot().context.notice).toBe('new-path');
    expect(browser.entries().index).toBe(4);
  });

  test("ignores another wizard's diagram and history entries", async () => {
    const { browser, session, at } = open(PAGE);
    expect(browser.clickDiagramBox('token-invalid', 'oauth-kind')).toBe(false);
    browser.history.pushState({ wizard: 'token-invalid', answers: [], depth: 1 }, '', '#x');
    session.actor.send({ type: 'user.answer', answer: 'oauth' });
    browser.history.back();
    await browser.settle();
    expect(at()).toBe('oauth-kind');
  });

  test('stops the actor and its listeners when the page leaves', () => {
    const { browser, session, disconnect, at } = open(PAGE);
    disconnect();
    expect(session.actor.getSnapshot().status).toBe('stopped');
    expect(browser.clickDiagramBox('choose-auth', 'oauth-kind')).toBe(false);
    expect(at()).toBe('auth-method');
  });
});
