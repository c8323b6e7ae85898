import en from '~/wizards/migrated-workspace/copy.en';
import zhCN from '~/wizards/migrated-workspace/copy.zh-CN';
import { migratedWorkspaceMachine } from '~/wizards/migrated-workspace/machine';

export const wizard = { id: 'migrated-workspace', machine: migratedWorkspaceMachine, copy: { 'zh-CN': zhCN, en } } as const;
