/** Strings of the refresh test (/tools/refresh-test/). */
export interface RefreshLabels {
  readonly clientIdLabel: string;
  readonly clientIdHint: string;
  readonly refreshTokenLabel: string;
  readonly refreshTokenHint: string;
  readonly secretLabel: string;
  readonly secretWarning: string;
  readonly rotationTitle: string;
  readonly rotationText: string;
  readonly run: string;
  readonly newRefreshHeading: string;
  readonly newRefreshLabel: string;
  readonly savedHint: string;
  readonly accessHeading: string;
  readonly accessLabel: string;
  readonly sentFingerprint: string;
  /** The verdict of a successful refresh: tokens issued, old refresh token spent (no account is returned). */
  readonly successTitle: string;
  readonly successText: string;
  /** Under the refresh-token field once it was cleared after a success. */
  readonly spentCleared: string;
  readonly testAccess: string;
  readonly testAccessHint: string;
  readonly testHeading: string;
}

export const refreshZh: RefreshLabels = {
  clientIdLabel: '客户端 ID（client_id）',
  clientIdHint: '形如 12345678901234567890123456789012.app.coze，在扣子的“OAuth 应用”页面里可以找到。',
  refreshTokenLabel: '刷新令牌（refresh_token）',
  refreshTokenHint: '上一次换取或刷新令牌时返回的 refresh_token，有效期 30 天，只能用一次。',
  secretLabel: '客户端密钥（client_secret，可选）',
  secretWarning:
    '只有“Web 后端应用”有客户端密钥；PKCE 应用（移动端、桌面端、单页面应用）和设备应用没有，留空即可。把密钥粘贴进浏览器的风险由你自己承担：本页只把它放进发往你所选主机的 Authorization 请求头。',
  rotationTitle: '运行前请注意：刷新会让旧的刷新令牌失效',
  rotationText:
    '扣子的刷新令牌只能用一次。刷新成功后，你粘贴的这个刷新令牌立即作废，应用必须改用页面显示的新刷新令牌。请准备好立刻保存它；如果正在运行的应用也在用这个刷新令牌，它的下一次刷新会失败。',
  run: '刷新令牌',
  newRefreshHeading: '新的刷新令牌：请立即保存',
  newRefreshLabel: '新的刷新令牌',
  savedHint: '复制并保存到你的应用里，替换旧值。旧的刷新令牌已经不能再用。',
  accessHeading: '新的访问令牌',
  accessLabel: '访问令牌',
  sentFingerprint: '发送的刷新令牌：{fingerprint}',
  successTitle: '刷新成功：扣子签发了新的访问令牌和新的刷新令牌',
  successText: '你粘贴的刷新令牌已经用掉，不能再用；请改用上面的新刷新令牌。刷新接口只返回令牌，不返回账号信息，想知道新访问令牌属于谁、能否使用，请测试它。',
  spentCleared: '用过的刷新令牌已作废，所以这个输入框已清空。只有在确实要再刷新一次时，才把新的刷新令牌粘贴进来。',
  testAccess: '测试新的访问令牌',
  testAccessHint: '在本页下方打开令牌检查，并填好新的访问令牌；令牌只保存在本页内存里，不进链接或存储。点击“开始检查”之前不会发送任何内容。',
  testHeading: '测试新的访问令牌',
};

export const refreshEn: RefreshLabels = {
  clientIdLabel: 'Client ID (client_id)',
  clientIdHint: 'Looks like 12345678901234567890123456789012.app.coze; find it on the “OAuth apps” page of the Coze console.',
  refreshTokenLabel: 'Refresh token (refresh_token)',
  refreshTokenHint: 'The refresh_token returned by the last token exchange or refresh. It lasts 30 days and works once.',
  secretLabel: 'Client secret (client_secret, optional)',
  secretWarning:
    'Only “web backend” apps have a client secret; PKCE apps (mobile, desktop, single-page) and device apps have none, so leave this empty. Pasting a secret into a browser is at your own risk: this page only puts it in the Authorization header of the request to the host you picked.',
  rotationTitle: 'Before you run it: a refresh invalidates the old refresh token',
  rotationText:
    'Coze refresh tokens are single-use. After a successful refresh, the refresh token you pasted stops working at once and your app must use the new one this page shows. Be ready to save it right away; if a running app uses the same refresh token, its next refresh will fail.',
  run: 'Refresh the token',
  newRefreshHeading: 'New refresh token: save it now',
  newRefreshLabel: 'New refresh token',
  savedHint: 'Copy it into your app, replacing the old value. The old refresh token no longer works.',
  accessHeading: 'New access token',
  accessLabel: 'Access token',
  sentFingerprint: 'Refresh token sent: {fingerprint}',
  successTitle: 'Refresh worked: Coze issued a new access token and a new refresh token',
  successText:
    'The refresh token you pasted is now spent and will not work again; use the new one above. The refresh endpoint returns tokens only, not the account, so test the new access token to see whom it belongs to and whether it works.',
  spentCleared: 'The refresh token you used is spent, so this field was cleared. Paste the new one here only when you mean to refresh again.',
  testAccess: 'Test the new access token',
  testAccessHint:
    'Opens the token check further down this page with the new access token filled in. It stays in this page’s memory only, never in a link or storage. Nothing is sent until you click “Run check”.',
  testHeading: 'Test the new access token',
};
