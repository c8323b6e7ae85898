import en from './copy.en';
import zhCN from './copy.zh-CN';
import { tokenInvalidMachine } from './machine';

export const wizard = { id: 'token-invalid', machine: tokenInvalidMachine, copy: { 'zh-CN': zhCN, en } } as const;
