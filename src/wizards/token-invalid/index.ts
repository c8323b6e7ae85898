import en from '~/wizards/token-invalid/copy.en';
import zhCN from '~/wizards/token-invalid/copy.zh-CN';
import { tokenInvalidMachine } from '~/wizards/token-invalid/machine';

export const wizard = { id: 'token-invalid', machine: tokenInvalidMachine, copy: { 'zh-CN': zhCN, en } } as const;
