import en from '~/wizards/expired-refresh/copy.en';
import zhCN from '~/wizards/expired-refresh/copy.zh-CN';
import { expiredRefreshMachine } from '~/wizards/expired-refresh/machine';

export const wizard = { id: 'expired-refresh', machine: expiredRefreshMachine, copy: { 'zh-CN': zhCN, en } } as const;
