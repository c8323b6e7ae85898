import en from '~/wizards/expired-refresh/copy.en';
import zhCN from '~/wizards/expired-refresh/copy.zh-CN';
import { expiredRefreshTree } from '~/wizards/expired-refresh/tree';

export const wizard = { id: 'expired-refresh', tree: expiredRefreshTree, copy: { 'zh-CN': zhCN, en } } as const;
