import en from '~/wizards/choose-auth/copy.en';
import zhCN from '~/wizards/choose-auth/copy.zh-CN';
import { chooseAuthMachine } from '~/wizards/choose-auth/machine';

export const wizard = { id: 'choose-auth', machine: chooseAuthMachine, copy: { 'zh-CN': zhCN, en } } as const;
