/**
 * UI strings of enabled sites, spread into lib/i18n/messages.ts: the popup's
 * offer to check an editor outside the platform consoles, and its enabled state.
 */
export const sitesZh = {
  'popup.site.enable': '在此网站启用检查',
  'popup.site.enableHint': '通用检查：找到页面上最大的编辑框和“发布/发表/提交/发送”按钮。将请求访问 {{site}} 的权限。',
  'popup.site.enabled': '已在此网站启用检查：{{site}}',
  'popup.site.disable': '停用',
  'popup.site.denied': '未获得访问此网站的权限，检查未启用。',
  'popup.site.failed': '启用失败，请刷新页面后重试。',
} as const;

export const sitesEn: Record<keyof typeof sitesZh, string> = {
  'popup.site.enable': 'Enable checks on this site',
  'popup.site.enableHint':
    'Generic checks: the largest editor on the page and its Publish/Post/Submit/Send buttons. Access to {{site}} will be requested.',
  'popup.site.enabled': 'Checks are enabled on this site: {{site}}',
  'popup.site.disable': 'Disable',
  'popup.site.denied': 'Access to this site was not granted; checks are not enabled.',
  'popup.site.failed': 'Enabling failed; reload the page and try again.',
};
