import en from '~/wizards/migrated-workspace/copy.en';
import zhCN from '~/wizards/migrated-workspace/copy.zh-CN';
import { migratedWorkspaceTree } from '~/wizards/migrated-workspace/tree';

export const wizard = { id: 'migrated-workspace', tree: migratedWorkspaceTree, copy: { 'zh-CN': zhCN, en } } as const;
