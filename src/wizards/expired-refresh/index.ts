import en from './copy.en';
import zhCN from './copy.zh-CN';
import { expiredRefreshMachine } from './machine';

export const wizard = { id: 'expired-refresh', machine: expiredRefreshMachine, copy: { 'zh-CN': zhCN, en } } as const;
