import en from '~/wizards/token-invalid/copy.en';
import zhCN from '~/wizards/token-invalid/copy.zh-CN';
import { tokenInvalidTree } from '~/wizards/token-invalid/tree';

export const wizard = { id: 'token-invalid', tree: tokenInvalidTree, copy: { 'zh-CN': zhCN, en } } as const;
