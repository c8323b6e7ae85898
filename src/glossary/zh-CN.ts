import type { GlossaryEntry } from '~/glossary/types';

/**
 * 简体中文用语表：全站（指南、向导、工具、标签）对同一概念只用一个词。
 * tests/unit/site/vocabulary.test.ts 在中文页面、向导中文文案和标签里查找被拒用的词。
 */
export const glossaryZh: readonly GlossaryEntry[] = [
  {
    concept: 'region',
    term: '区域',
    rejected: ['地域', '站点', '国内版', '海外版'],
    allowed: ['静态站点', '公开站点', '站点地址'],
    note: '扣子（coze.cn）与 coze.com 是两个区域：“中国区”“国际版”只在第一次介绍时作说明。“站点”只指网站本身（本站）。',
  },
  { concept: 'workspace', term: '工作空间', rejected: ['工作区'], note: '上下文清楚时可简称“空间”。' },
  { concept: 'personal access token (PAT)', term: '个人访问令牌', rejected: ['个人令牌', '私人令牌'] },
  { concept: 'service access token (SAT)', term: '服务访问令牌', rejected: ['服务令牌（SAT）'] },
  { concept: 'access token', term: '访问令牌', rejected: ['访问凭证', '存取令牌'] },
  { concept: 'refresh token', term: '刷新令牌', rejected: ['更新令牌'] },
  {
    concept: 'token (in general)',
    term: '令牌',
    rejected: ['凭据令牌'],
    note: '正文写“令牌”；代码、字段名和报错原文（如 `access_token`、`Token expired`）照录。',
  },
  { concept: 'service app (OAuth app type)', term: '服务类应用', rejected: ['服务应用', '服务端应用'] },
  { concept: 'OAuth app', term: 'OAuth 应用', rejected: ['OAuth应用', 'OAuth 程序'] },
  { concept: 'permission point (scope)', term: '权限点', rejected: ['权限项'] },
  { concept: 'client ID', term: '客户端 ID', rejected: ['客户端ID', '客户 ID'] },
  { concept: 'bot', term: '智能体', rejected: ['机器人 Bot'], note: '报错原文里的 “Bot” 照录。' },
];
