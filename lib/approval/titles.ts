/**
 * Who may sign what (Art. 21): ordinary information is signed off by the operation's principal
 * person in charge after the editors' review; important information by the host unit's deputy
 * leader in charge; major sensitive information by the host unit's principal leader. A higher
 * title may sign every lower tier.
 */
import { TIERS, type Tier } from '../engine/rule';

/** 编辑审核 · 主要负责人 · 分管领导 · 主要领导, lowest first. */
export const REVIEWER_TITLES = ['editor-review', 'principal-in-charge', 'deputy-leader', 'principal-leader'] as const;
export type ReviewerTitle = (typeof REVIEWER_TITLES)[number];

/** The Chinese names users type and see (also accepted by the CLI's --role). */
export const TITLE_NAMES_ZH: Record<ReviewerTitle, string> = {
  'editor-review': '编辑审核',
  'principal-in-charge': '主要负责人',
  'deputy-leader': '分管领导',
  'principal-leader': '主要领导',
};

/**
 * The tiers each title may sign. 编辑审核 and 主要负责人: ordinary information (the article has the
 * editors review and the principal person in charge sign; offices that let editors sign ordinary
 * posts themselves give them this title); 分管领导: up to important; 主要领导: every tier.
 */
export const TITLE_TIERS: Record<ReviewerTitle, readonly Tier[]> = {
  'editor-review': ['general'],
  'principal-in-charge': ['general'],
  'deputy-leader': ['general', 'important'],
  'principal-leader': ['general', 'important', 'major'],
};

export const tierRank = (tier: Tier): number => TIERS.indexOf(tier);

/** Whether `granted` covers `required` (a major sign-off covers an ordinary draft). */
export const covers = (granted: Tier, required: Tier): boolean => tierRank(granted) >= tierRank(required);

export const canSign = (title: ReviewerTitle, tier: Tier): boolean => TITLE_TIERS[title].includes(tier);

/** The title that signs a tier by default (the lowest one entitled to it). */
export const signerFor = (tier: Tier): ReviewerTitle => REVIEWER_TITLES.find((t) => canSign(t, tier))!;

/** `principal-leader` or `主要领导` → the title; anything else → undefined. */
export function parseTitle(input: string): ReviewerTitle | undefined {
  const s = input.trim();
  return REVIEWER_TITLES.find((t) => t === s || TITLE_NAMES_ZH[t] === s);
}
