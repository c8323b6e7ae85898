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
}

export const refreshZh: RefreshLabels = {
  clientIdLabel: '客户端 ID（client_id）',
  clientIdHint: '形如 12345678901234567890123456789012.app.coze，在扣子的“OAuth 应用”页面里可以找到。',
  refreshTokenLabel: '刷新令牌（refresh_token）',
  refreshTokenHint: '上一次换取或刷新令牌时返回的 refresh_token，有效期 30 天，只能用一次。',
  secretLabel: '客户端密钥（client_secret，可选）',
  secretWarning: '只有“Web 后端应用”有客户端密钥；PKCE 应用（移动端、桌面端、单页面应用）和设备应用没有，留空即可。把密钥粘贴进浏览器的风险由你自己承担：本页只把它放进发往你所选主机的 Authorization 请求头。',
  rotationTitle: '运行前请注意：刷新会让旧的刷新令牌失效',
  rotationText: '扣子的刷新令牌只能用一次。刷新成功后，你粘贴的这个刷新令牌立即作废，应用必须改用页面显示的新刷新令牌。请准备好立刻保存它；如果正在运行的应用也在用这个刷新令牌，它的下一次刷新会失败。',
  run: '刷新令牌',
  newRefreshHeading: '新的刷新令牌：请立即保存',
  newRefreshLabel: '新的刷新令牌',
  savedHint: '复制并保存到你的应用里，替换旧值。旧的刷新令牌已经不能再用。',
  accessHeading: '新的访问令牌',
  accessLabel: '访问令牌',
  sentFingerprint: '发送的刷新令牌：{fingerprint}',
};

export const refreshEn: RefreshLabels = {
  clientIdLabel: 'Client ID (client_id)',
  clientIdHint: 'Looks like 12345678901234567890123456789012.app.coze; find it on the “OAuth apps” page of the Coze console.',
  refreshTokenLabel: 'Refresh token (refresh_token)',
  refreshTokenHint: 'The refresh_token returned by the last token exchange or refresh. It lasts 30 days and works once.',
  secretLabel: 'Client secret (client_secret, optional)',
  secretWarning: 'Only “web backend” apps have a client secret; PKCE apps (mobile, desktop, single-page) and device apps have none, so leave this empty. Pasting a secret into a browser is at your own risk: this page only puts it in the Authorization header of the request to the host you picked.',
  rotationTitle: 'Before you run it: a refresh invalidates the old refresh token',
  rotationText: 'Coze refresh tokens are single-use. After a successful refresh, the refresh token you pasted stops working at once and your app must use the new one this page shows. Be ready to save it right away; if a running app uses the same refresh token, its next refresh will fail.',
  run: 'Refresh the token',
  newRefreshHeading: 'New refresh token: save it now',
  newRefreshLabel: 'New refresh token',
  savedHint: 'Copy it into your app, replacing the old value. The old refresh token no longer works.',
  accessHeading: 'New access token',
  accessLabel: 'Access token',
  sentFingerprint: 'Refresh token sent: {fingerprint}',
};
