/** Every case of the case book, in one list. Add a case to the file of its kind; nothing else changes. */
import { accountCases } from './accounts.ts';
import { chooseAuthCases } from './choose-auth.ts';
import { codeTableCases } from './code-table.ts';
import { expiredRefreshCases } from './expired-refresh.ts';
import { oauthEndpointCases } from './oauth-endpoint.ts';
import { sdkSurfaceCases } from './sdk-surfaces.ts';
import { tokenInvalidCases } from './token-invalid.ts';
import type { FailureCase } from './types.ts';

export const CASES: readonly FailureCase[] = [
  ...tokenInvalidCases,
  ...oauthEndpointCases,
  ...expiredRefreshCases,
  ...accountCases,
  ...chooseAuthCases,
  ...codeTableCases,
  ...sdkSurfaceCases,
];
