import type { QuestionCopy, WizardCopy } from '~/wizards/engine/types';

const PATS = '`https://www.coze.cn/open/oauth/pats`';
const APPS = '`https://www.coze.cn/open/oauth/apps`';
const ME = '`curl -s https://api.coze.cn/v1/users/me -H "Authorization: Bearer <YOUR_TOKEN>"`';
const SPACES = '`curl -s "https://api.coze.cn/v1/workspaces?page_num=1&page_size=50" -H "Authorization: Bearer <YOUR_TOKEN>"`';

const ROLE_ANSWERS = {
  admin: 'I am a super admin or admin of the team or enterprise',
  member: 'I am in the team or enterprise, but as an ordinary member (employee)',
  'personal-only': 'I am signed in with a personal Coze account',
};

const ROLE_NOTE =
  'Answer by hand, or check automatically with any working token of this account: the check calls `GET /v1/workspaces` and reads your `role_type` in team and enterprise workspaces. ' +
  'Being a workspace owner or admin is **evidence**, not proof, that you are a team or enterprise super admin or admin.';

const account = (title: string, intro: string): QuestionCopy => ({
  title,
  body: `${intro} ${ROLE_NOTE}`,
  answers: ROLE_ANSWERS,
});

export default {
  title: 'Permission points include the team/enterprise level',
  description:
    'Creating a personal access token or an OAuth app fails with "the permission points declared by this app include the team/enterprise level; only a super admin or admin of the team/enterprise can authorize the app": switch accounts, ask an admin, or keep only workspace-level and account-level points.',
  steps: {
    'credential-type': {
      title: 'What were you creating or authorizing when you saw this message?',
      body: 'The full message reads: 此应用所声明的权限点包含「团队/企业」层级，仅团队/企业内的超级管理员或管理员可以授权应用 (some versions say only 企业, "enterprise"). In English: the permission points this app declares include the team/enterprise level, and only a super admin or admin in the team or enterprise can authorize the app.',
      answers: {
        pat: 'A personal access token',
        'oauth-app': 'An OAuth app (creating or authorizing it)',
      },
    },
    'pat-account': account(
      'Creating the token: which account, in what role?',
      'Only tokens created by a team or enterprise super admin or admin can receive team/enterprise-level points.',
    ),
    'app-account': account(
      'Creating or authorizing the OAuth app: which account, in what role?',
      'Only a team or enterprise super admin or admin can authorize team/enterprise-level points; in an enterprise, only they can create or authorize OAuth apps at all.',
    ),
    'admin-console': {
      title: 'When you were creating it, whose avatar was at the bottom left?',
      body: 'A personal Coze account and a team or enterprise account are separate; you switch between them with the avatar at the bottom left. The automatic check looks at the account the token belongs to, which is not necessarily the one you were using on the page.',
      answers: {
        'team-account': 'The team or enterprise account',
        'personal-account': 'My personal account',
        'not-sure': 'Not sure',
      },
    },
    'admin-role-kind': {
      title: 'What is your role in this team or enterprise?',
      body: 'Owning or administering a workspace is not the same as being a super admin or admin of the team or enterprise; only the latter can authorize team/enterprise-level points.',
      answers: {
        'org-admin': 'Super admin or admin of the team or enterprise',
        'workspace-admin-only': 'Only owner or admin of a workspace',
      },
    },
    'member-points': {
      title: 'Can you do without the team/enterprise-level permission points?',
      body: 'Permission points have three levels: enterprise (team/enterprise), workspace and account. Team or enterprise employees and personal Coze accounts can only authorize workspace-level and account-level points.',
      answers: {
        'can-drop': 'Yes, workspace-level and account-level points are enough',
        'need-them': 'No, I need team/enterprise-level points',
        'not-sure': 'Not sure',
      },
    },

    'switch-account': {
      title: 'Switch to a team or enterprise super admin or admin account',
      problem:
        'You are working in a personal Coze account. A personal account cannot authorize team/enterprise-level points; only a team or enterprise super admin or admin can.',
      steps: [
        'In the Coze console, click your avatar at the bottom left and switch to the team or enterprise super admin or admin account.',
        `Create it again under that account: personal access tokens at ${PATS}, OAuth apps at ${APPS} (or, at \`https://code.coze.cn/home\`, go to **API & SDK → 授权**).`,
        'Tick only the permission points your code calls; for a personal access token, select the workspaces you need under **访问团队空间** (access team workspaces).',
        'If you have no such account, ask a team or enterprise super admin or admin to create it for you, or keep only workspace-level and account-level points.',
      ],
      verify: [
        'Creating it no longer shows the "permission points include the team/enterprise level" message.',
        `Run ${ME} with the new token; it returns \`"code":0\`.`,
        `Run ${SPACES}; the team workspace's \`role_type\` should be \`owner\` or \`admin\` (evidence only, not proof that you are a team or enterprise admin).`,
      ],
    },
    'ask-admin': {
      title: 'Ask a team or enterprise super admin or admin to create or authorize it',
      problem:
        'You need team/enterprise-level points, but your account is an employee (ordinary member). Only a super admin or admin can authorize those points; an employee cannot.',
      steps: [
        'Send a super admin or admin a short list: personal access token or OAuth app, which permission points (mark the team/enterprise-level ones), which workspaces, and what it is for.',
        `Ask them to create and authorize it under their own account: personal access tokens at ${PATS}, OAuth apps at ${APPS}.`,
        'Hand over the token or app keys through a safe channel such as a secrets manager, never in plain text in a chat.',
        'Note: a personal access token created by an admin calls the API as that admin, and on coze.cn lasts at most one month; for long-running use, ask the admin to set up an OAuth app instead.',
      ],
      verify: [
        `Once you have the token, run ${ME}; it returns \`"code":0\`.`,
        'Call an API that needs the team/enterprise-level point; it no longer answers `4101`.',
      ],
    },
    'drop-enterprise-points': {
      title: 'Keep only workspace-level and account-level points',
      problem:
        'Team or enterprise employees and personal Coze accounts cannot authorize team/enterprise-level points. If you do not need them, remove them and creation succeeds.',
      steps: [
        `Go back to the page you were on: personal access tokens at ${PATS}, OAuth apps at ${APPS} (or **API & SDK → 授权**).`,
        'Untick every team/enterprise-level point and keep only workspace-level and account-level ones. The level of each point is described in the "权限层级" (permission levels) section of the official authentication docs.',
        'For a personal access token, select the workspaces you need under **访问团队空间**.',
        'Save. If an API later answers `4101` (the token may not access that resource), the point it needs was removed; then only a super admin or admin can create it.',
        'In an enterprise, OAuth apps can only be created or authorized by a super admin or admin; if you still cannot create the OAuth app without those points, ask an admin.',
      ],
      verify: [
        'Creating it no longer shows the "permission points include the team/enterprise level" message.',
        `Run ${ME} with the new token; it returns \`"code":0\`.`,
        'Call each API your code uses and check that none answers `4101`.',
      ],
    },
    'admin-still-rejected': {
      title: 'You are an admin and still rejected',
      problem:
        'According to the official FAQ, a team or enterprise super admin or admin can authorize team/enterprise-level points. If you are one and are still rejected, the most common reason is the wrong account or the wrong team.',
      steps: [
        'Click your avatar at the bottom left and make sure you are in **this** team or enterprise account, not a personal account or personal workspace.',
        'Make sure you are super admin or admin of **this** team or enterprise: workspace admin does not count, nor does an admin role in another team or enterprise. If unsure, ask another admin to check your role in member management.',
        'Sign out, sign in again, and create it once more.',
        "If it is still rejected, file a ticket with Coze and attach the full message, the time, your account and team or enterprise ID (`enterprise_id` from `GET /v1/workspaces`), and the `x-tt-logid` response header of that request from your browser's developer tools.",
      ],
      verify: [
        'Creating it no longer shows the "permission points include the team/enterprise level" message.',
        `Run ${SPACES} with the new token and confirm the team workspace is listed.`,
      ],
      uncertain:
        'Public material does not explain why an admin would still be rejected. "Sign in again and retry" is a rule of thumb, and how long a role change takes to apply is unknown; the ticket answer is what counts.',
    },
  },
} satisfies WizardCopy;
