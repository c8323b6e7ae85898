import { createActor } from 'xstate';
import { type WizardMachine, wizardMachine } from '~/wizards/engine/machine';
import { check, defineTree, outcome, question } from '~/wizards/engine/tree';
import type { AnswerRecord, WizardCopy } from '~/wizards/engine/types';

/**
 * A small tree with every step kind, a check step, two ways into one outcome (so shortest paths
 * matter) and a step two answers deep. The engine tests use it next to the registered wizards.
 */
export const sampleTree = defineTree({
  id: 'choose-auth',
  initial: 'auth-method',
  steps: {
    'auth-method': question({ pat: 'pat-check', oauth: 'oauth-kind', unsure: 'done-pick' }, 'guides/auth-methods'),
    // A check must route every verdict its probe can return (validate.ts); the extra ones share outcomes.
    'pat-check': check('token-verdict', {
      valid: 'done-ok',
      expired: 'done-expired',
      'wrong-region': 'done-region',
      malformed: 'done-pick',
      'not-a-token': 'done-pick',
      'invalid-token': 'done-expired',
      'missing-permission': 'done-pick',
      'rate-limited': 'done-pick',
    }),
    'oauth-kind': question({ jwt: 'jwt-kid', pkce: 'done-pick' }, 'guides/oauth'),
    'jwt-kid': question({ yes: 'done-ok', no: 'done-expired' }),
    'done-ok': outcome(),
    'done-expired': outcome('guides/personal-access-tokens'),
    'done-region': outcome('guides/regions', 'guides/error-codes#4101'),
    'done-pick': outcome('guides/auth-methods'),
  },
});

export const sampleMachine = wizardMachine(sampleTree);

/** A started actor moved to where `answers` lead in one `user.goto`, as a link load would. */
export function startAt(machine: WizardMachine, answers: readonly AnswerRecord[]) {
  const actor = createActor(machine).start();
  actor.send({ type: 'user.goto', answers, history: 'none' });
  return actor;
}

const outcomeCopy = (title: string) => ({ title, problem: `${title}: problem`, steps: ['Do **this**', 'Then `that`'], verify: ['Call again'] });

export const sampleCopy: Record<'zh-CN' | 'en', WizardCopy> = {
  en: {
    title: 'Sample',
    description: 'A sample wizard',
    steps: {
      'auth-method': { title: 'Which auth method?', body: 'Look at the `Authorization` header.', answers: { pat: 'PAT', oauth: 'OAuth', unsure: 'Not sure' } },
      'pat-check': {
        title: 'Is the token valid?',
        answers: {
          valid: 'Valid',
          expired: 'Expired',
          'wrong-region': 'Wrong region',
          malformed: 'Malformed',
          'not-a-token': 'Not a token',
          'invalid-token': 'Invalid',
          'missing-permission': 'No permission',
          'rate-limited': 'Rate limited',
        },
      },
      'oauth-kind': { title: 'Which OAuth flow?', answers: { jwt: 'JWT', pkce: 'PKCE' } },
      'jwt-kid': { title: 'Is the kid registered?', answers: { yes: 'Yes', no: 'No' } },
      'done-ok': outcomeCopy('All good'),
      'done-expired': { ...outcomeCopy('Expired'), uncertain: 'Maybe **not** always.' },
      'done-region': outcomeCopy('Wrong region'),
      'done-pick': outcomeCopy('Pick one'),
    },
  },
  'zh-CN': {
    title: '示例',
    description: '示例向导',
    steps: {
      'auth-method': { title: '用哪种鉴权方式？', answers: { pat: '个人令牌', oauth: 'OAuth', unsure: '不确定' } },
      'pat-check': {
        title: '令牌有效吗？',
        answers: {
          valid: '有效',
          expired: '过期',
          'wrong-region': '站点不对',
          malformed: '格式错',
          'not-a-token': '不是令牌',
          'invalid-token': '无效',
          'missing-permission': '无权限',
          'rate-limited': '限流',
        },
      },
      'oauth-kind': { title: '哪种 OAuth？', answers: { jwt: 'JWT', pkce: 'PKCE' } },
      'jwt-kid': { title: 'kid 注册了吗？', answers: { yes: '是', no: '否' } },
      'done-ok': outcomeCopy('没问题'),
      'done-expired': outcomeCopy('已过期'),
      'done-region': outcomeCopy('站点不对'),
      'done-pick': outcomeCopy('选一个'),
    },
  },
};
