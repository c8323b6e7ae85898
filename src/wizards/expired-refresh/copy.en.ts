import type { WizardCopy } from '../engine/types';

export default {
  title: 'Token expired and refresh failed',
  description: 'Token expired and refresh failed',
  steps: {
    start: { title: 'Placeholder question', answers: { yes: 'Yes', no: 'No' } },
    'outcome-yes': { title: 'Yes', problem: 'Placeholder question', steps: ['Yes'], verify: ['Yes'] },
    'outcome-no': { title: 'No', problem: 'Placeholder question', steps: ['No'], verify: ['No'] },
  },
} satisfies WizardCopy;
