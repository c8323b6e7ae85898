import type { WizardCopy } from '../engine/types';

export default {
  title: 'Choose an auth method',
  description: 'Choose an auth method',
  steps: {
    start: { title: 'Placeholder question', answers: { yes: 'Yes', no: 'No' } },
    'outcome-yes': { title: 'Yes', problem: 'Placeholder question', steps: ['Yes'], verify: ['Yes'] },
    'outcome-no': { title: 'No', problem: 'Placeholder question', steps: ['No'], verify: ['No'] },
  },
} satisfies WizardCopy;
