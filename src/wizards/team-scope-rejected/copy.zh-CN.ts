import type { WizardCopy } from '../engine/types';

export default {
  title: '权限点包含「团队/企业」层级',
  description: '权限点包含「团队/企业」层级',
  steps: {
    start: { title: '占位问题', answers: { yes: '是', no: '否' } },
    'outcome-yes': { title: '是', problem: '占位问题', steps: ['是'], verify: ['是'] },
    'outcome-no': { title: '否', problem: '占位问题', steps: ['否'], verify: ['否'] },
  },
} satisfies WizardCopy;
