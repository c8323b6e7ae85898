import en from '~/wizards/choose-auth/copy.en';
import zhCN from '~/wizards/choose-auth/copy.zh-CN';
import { chooseAuthTree } from '~/wizards/choose-auth/tree';

export const wizard = { id: 'choose-auth', tree: chooseAuthTree, copy: { 'zh-CN': zhCN, en } } as const;
