import { defineWizard, outcome, question } from '../engine/define-wizard';

// Placeholder tree until this wizard is authored: one question, two outcomes.
export const tokenInvalidMachine = defineWizard({
  id: 'token-invalid',
  initial: 'start',
  steps: {
    start: question({ yes: 'outcome-yes', no: 'outcome-no' }),
    'outcome-yes': outcome('guides/auth-methods'),
    'outcome-no': outcome('guides/error-codes'),
  },
});
