import en from '~/wizards/team-scope-rejected/copy.en';
import zhCN from '~/wizards/team-scope-rejected/copy.zh-CN';
import { teamScopeRejectedMachine } from '~/wizards/team-scope-rejected/machine';

export const wizard = { id: 'team-scope-rejected', machine: teamScopeRejectedMachine, copy: { 'zh-CN': zhCN, en } } as const;
