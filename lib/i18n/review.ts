/** Catalogue strings of the review page (extension page where a reviewer approves a draft). */
export const reviewZh = {
  'review.title': '审核签发',
  'review.intro': '以下是编辑页面交来的稿件。审核通过后生成的签发码只对这份内容有效，内容一经修改即失效。',
  'review.draft': '稿件内容',
  'review.untitled': '（无标题）',
  'review.images': '图片',
  'review.image': '{{src}}（说明文字：{{alt}}）',
  'review.links': '链接',
  'review.link': '“{{text}}” → {{href}}',
  'review.unchecked': '其他可见内容',
  'review.findings': '检查发现的问题',
  'review.noFindings': '检查未发现问题。',
  'review.missing': '找不到这份待审稿件（浏览器重启后会清空），请回到编辑页重新打开审核页。',
  'review.loading': '正在读取待审稿件……',
  'review.selfNote': '本机的签发密钥不为本机的稿件生效：请把签发码交给编辑，在编辑的电脑上粘贴。',
  'review.openOptions': '打开设置页创建签发密钥',
  'review.fingerprint': '内容指纹：{{hash}}',
  'dashboard.filter.majorUnverified': '重大敏感信息未经核验签发',
} as const;

export const reviewEn: Record<keyof typeof reviewZh, string> = {
  'review.title': 'Sign-off',
  'review.intro':
    'This is the draft the editor page handed over. The token created when you approve is valid for exactly this content; any edit invalidates it.',
  'review.draft': 'Draft',
  'review.untitled': '(untitled)',
  'review.images': 'Images',
  'review.image': '{{src}} (alt text: {{alt}})',
  'review.links': 'Links',
  'review.link': '"{{text}}" → {{href}}',
  'review.unchecked': 'Other visible content',
  'review.findings': 'Issues found',
  'review.noFindings': 'The checks found no issues.',
  'review.missing':
    'This draft is no longer waiting for review (it is cleared when the browser restarts); open the review page again from the editor.',
  'review.loading': 'Reading the draft…',
  'review.selfNote':
    "This browser's own key does not approve this browser's drafts: give the token to the editor, who pastes it on their computer.",
  'review.openOptions': 'Open Settings to create a signing key',
  'review.fingerprint': 'Content fingerprint: {{hash}}',
  'dashboard.filter.majorUnverified': 'Major without a verified approval',
};
