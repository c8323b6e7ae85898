import en from '~/wizards/team-scope-rejected/copy.en';
import zhCN from '~/wizards/team-scope-rejected/copy.zh-CN';
import { teamScopeRejectedTree } from '~/wizards/team-scope-rejected/tree';

export const wizard = { id: 'team-scope-rejected', tree: teamScopeRejectedTree, copy: { 'zh-CN': zhCN, en } } as const;
