import en from './copy.en';
import zhCN from './copy.zh-CN';
import { migratedWorkspaceMachine } from './machine';

export const wizard = { id: 'migrated-workspace', machine: migratedWorkspaceMachine, copy: { 'zh-CN': zhCN, en } } as const;
