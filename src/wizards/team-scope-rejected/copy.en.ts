import type { WizardCopy } from '../engine/types';

export default {
  title: 'Scope rejected as team or enterprise level',
  description: 'Scope rejected as team or enterprise level',
  steps: {
    start: { title: 'Placeholder question', answers: { yes: 'Yes', no: 'No' } },
    'outcome-yes': { title: 'Yes', problem: 'Placeholder question', steps: ['Yes'], verify: ['Yes'] },
    'outcome-no': { title: 'No', problem: 'Placeholder question', steps: ['No'], verify: ['No'] },
  },
} satisfies WizardCopy;
