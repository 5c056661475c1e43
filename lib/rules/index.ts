/**
 * The rule registry, and the coverage map of the Yunnan measures (云政办规〔2019〕6号).
 * Import each rule explicitly, sorted by id. Articles no rule covers are listed below so the file
 * shows what is checked and what is not.
 *
 * Covered: Art. 24 and 40 (personal data: ID and residence-permit numbers, mobiles, bank cards,
 * passports and permits, plates tied to a person, personal e-mail, detailed home addresses, names in
 * private contexts; the 惩戒公示/强制性信息披露 exception is noted, not blocked); Art. 21
 * (approval-tier computes the sign-off tier; checking a signed approval is still to come); Art. 22
 * (standard maps only: no-map-without-approval-number);
 * Art. 25 (no-untraceable-repost, and no-commercial-content for commercial ads); Art. 34
 * (no-commercial-content: profit-making content, follower-buying, forced following).
 * Not (yet) checked by a rule:
 *   Art. 1–20   general provisions, organisation, account opening, filing and closing (Art. 15–17 are
 *               recorded as account settings, not checked in drafts)
 *   Art. 21     whether a valid approval covers the current content (approval tokens)
 *   Art. 22     accuracy, daily cadence (publication log)
 *   Art. 23     original content every 2 weeks (publication log)
 *   Art. 24     coordination with other units; officials' personal accounts; landlines in a personal
 *               context and quasi-identifier clusters (masked name + age + village + illness)
 *   Art. 25     distorted titles or content of reposts (needs the original text)
 *   Art. 26–33  interaction, services, operations, security (Art. 31, 33: the publication log)
 *   Art. 35–49  supervision, inspection, accountability, supplementary provisions
 */
import type { Rule } from '../engine/rule';
// personal-data (Art. 24, 40)
import noDetailedAddress from './no-detailed-address';
import noPersonalEmail from './no-personal-email';
import noPersonalName from './no-personal-name';
import noUnmaskedBankCard from './no-unmasked-bank-card';
import noUnmaskedIdNumber from './no-unmasked-id-number';
import noUnmaskedMobile from './no-unmasked-mobile';
import noUnmaskedPassport from './no-unmasked-passport';
import noUnmaskedPlate from './no-unmasked-plate';
// source (Art. 25), map (Art. 22), commercial (Art. 25, 34), approval (Art. 21)
import approvalTier from './approval-tier';
import noCommercialContent from './no-commercial-content';
import noMapWithoutApprovalNumber from './no-map-without-approval-number';
import noUntraceableRepost from './no-untraceable-repost';

export const rules: readonly Rule[] = [
  approvalTier,
  noCommercialContent,
  noDetailedAddress,
  noMapWithoutApprovalNumber,
  noPersonalEmail,
  noPersonalName,
  noUnmaskedBankCard,
  noUnmaskedIdNumber,
  noUnmaskedMobile,
  noUnmaskedPassport,
  noUnmaskedPlate,
  noUntraceableRepost,
] as Rule[];

/** Bumped whenever a rule's behaviour changes; approval tokens record it. */
export const RULESET_VERSION = '0.1.0';

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
