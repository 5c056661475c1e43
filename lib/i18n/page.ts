/**
 * The strings the in-page guard needs (badge, panel, gate dialog, approvals, settings issues),
 * kept apart so the content script — which ships into every editor page — bundles only these
 * and not the options page's, dashboard's or CLI's. The full message table (./messages.ts) spreads them back in.
 */
import { formatMessage } from '../engine/rule';
import { approvalEn, approvalZh } from './approval';
import { ocrPageEn, ocrPageZh } from './ocr';

export const pageZh = {
  ...ocrPageZh,
  'app.name': '政务发布守门员',
  'status.ok': '未发现问题',
  'status.warn': '有需要注意的问题',
  'status.block': '有必须处理的问题，暂不能发表',
  'status.inactive': '此页面未启用检查',
  'findings.count': '{{count}} 个问题',
  'severity.block': '阻止',
  'severity.warn': '提醒',
  'severity.info': '提示',
  'category.source': '转载来源',
  'category.personal-data': '个人信息',
  'category.map': '地图审图号',
  'category.commercial': '商业广告',
  'category.approval': '审核签发',
  'tier.general': '一般信息',
  'tier.important': '重要信息',
  'tier.major': '重大敏感信息',
  'basis.article': '{{label}}',
  'list.separator': '、',
  'panel.maskAll': '一键脱敏',
  'panel.covers': '编辑框周围没有空位，面板挡住了部分正文。',
  'panel.fold': '收起面板',
  'panel.next': '共 {{count}} 处，第 {{at}} 处 · 下一处',
  'panel.more': '再显示 {{count}} 条（还有 {{left}} 条）',
  'gate.title': '暂不能发表',
  'gate.description': '草稿中还有 {{count}} 个必须处理的问题：',
  'gate.reasonLabel': '如确需发表，请写明理由（至少 {{min}} 个字），理由将记入发布记录：',
  'gate.noOverride': '按本单位设置，这些问题必须修改后才能发表。',
  'gate.back': '返回修改',
  'gate.override': '仍然发表',
  'gate.maskAndBack': '一键脱敏并返回',
  'guard.unguarded': '只检查，未拦截发表',
  'edit.unverified': '未能确认已改好，请手动修改。',
  'gate.recordFailed': '发布记录未能保存，已暂停发表，请稍后重试。',
  'gate.recordFailedTitle': '发布记录未能保存',
  'gate.recordFailedQuota': '发布记录未能保存：磁盘空间不足，已暂停发表。请清理磁盘空间后再点“发表”，记录保存后即可发表。',
  'settings.issue.unknownRule': '没有编号为 {{id}} 的检查规则，此项已忽略',
  'panel.required': '所需审核级别：{{tier}}',
  ...approvalZh,
};

export type PageKey = keyof typeof pageZh;

export const pageEn: Record<PageKey, string> = {
  ...ocrPageEn,
  'app.name': 'GovPost Guard',
  'status.ok': 'No problems found',
  'status.warn': 'Some findings need attention',
  'status.block': 'Blocking findings: fix them before publishing',
  'status.inactive': 'Checking is not active on this page',
  'findings.count': 'Findings: {{count}}',
  'severity.block': 'Block',
  'severity.warn': 'Warning',
  'severity.info': 'Note',
  'category.source': 'Repost source',
  'category.personal-data': 'Personal data',
  'category.map': 'Map approval number',
  'category.commercial': 'Commercial content',
  'category.approval': 'Review and sign-off',
  'tier.general': 'General information',
  'tier.important': 'Important information',
  'tier.major': 'Major sensitive information',
  'basis.article': 'Art. {{article}}',
  'list.separator': ', ',
  'panel.maskAll': 'Mask all',
  'panel.covers': 'No room around the editor: this panel covers part of the text.',
  'panel.fold': 'Fold the panel',
  'panel.next': '{{at}} of {{count}} · next',
  'panel.more': 'Show {{count}} more ({{left}} left)',
  'gate.title': 'Not ready to publish',
  'gate.description': 'Blocking findings still in the draft ({{count}}):',
  'gate.reasonLabel': 'To publish anyway, write your reason (at least {{min}} characters); it goes into the publication record:',
  'gate.noOverride': 'Your office requires these findings to be fixed before publishing.',
  'gate.back': 'Back to editing',
  'gate.override': 'Publish anyway',
  'gate.maskAndBack': 'Mask all and go back',
  'guard.unguarded': 'Checking only; publishing not held',
  'edit.unverified': 'Could not confirm the change: please edit it by hand.',
  'gate.recordFailed': 'The publication record could not be saved, so publishing is paused. Please try again.',
  'gate.recordFailedTitle': 'Publication record not saved',
  'gate.recordFailedQuota':
    'The publication record could not be saved: the disk is full, so publishing is paused. Free some disk space and publish again; it goes out once the record is saved.',
  'settings.issue.unknownRule': 'There is no rule with id {{id}}; this entry was ignored',
  'panel.required': 'Required approval: {{tier}}',
  ...approvalEn,
};

const pageMessages = { zh: pageZh, en: pageEn } as const;

/** A page string with {{placeholders}} filled. */
export function tPage(key: PageKey, data?: Record<string, string | number>, locale: 'zh' | 'en' = 'zh'): string {
  return formatMessage(pageMessages[locale][key], data);
}

/** A page translator bound to one locale. */
export function pageTranslator(locale: 'zh' | 'en' = 'zh') {
  return (key: PageKey, data?: Record<string, string | number>) => tPage(key, data, locale);
}
