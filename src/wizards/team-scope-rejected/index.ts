import en from './copy.en';
import zhCN from './copy.zh-CN';
import { teamScopeRejectedMachine } from './machine';

export const wizard = { id: 'team-scope-rejected', machine: teamScopeRejectedMachine, copy: { 'zh-CN': zhCN, en } } as const;
