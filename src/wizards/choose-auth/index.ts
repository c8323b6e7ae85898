import en from './copy.en';
import zhCN from './copy.zh-CN';
import { chooseAuthMachine } from './machine';

export const wizard = { id: 'choose-auth', machine: chooseAuthMachine, copy: { 'zh-CN': zhCN, en } } as const;
