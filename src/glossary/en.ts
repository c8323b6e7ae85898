import type { GlossaryEntry } from '~/glossary/types';

/**
 * The English vocabulary: one term per concept on every page, wizard and label.
 * tests/unit/site/vocabulary.test.ts looks for the rejected words in the English pages, the
 * wizards' English copy and the labels.
 */
export const glossaryEn: readonly GlossaryEntry[] = [
  {
    concept: 'region',
    term: 'region',
    rejected: [
      /\b(?:which|wrong|same|other|Coze) site\b/i,
      /\bthe site (?:your account|the app|the token)\b/i,
      /\bdomestic edition\b/i,
      /\boverseas edition\b/i,
    ],
    note: '扣子 (coze.cn) and coze.com are the two regions. “Site” means this website only.',
  },
  { concept: 'workspace', term: 'workspace', rejected: [/\bwork space\b/i] },
  { concept: 'personal access token (PAT)', term: 'personal access token', rejected: [/\bpersonal token\b/i, /\bprivate token\b/i] },
  { concept: 'service app (OAuth app type)', term: 'service app', rejected: [/\bservice application\b/i, /\bserver app\b/i] },
  { concept: 'permission point (scope)', term: 'permission point', rejected: [/\bpermission item\b/i] },
  { concept: 'client ID', term: 'client ID', rejected: [/\bclient Id\b/, /\bclientID\b/] },
];
