/**
 * The first-run setup applied to local settings: the unit, the user's role and the filed accounts
 * (Art. 15–17). Accounts already filed are kept; a new one takes the unit as its host unit.
 */
import { accountSchema, type Settings } from './schema';

export interface Setup {
  unit: string;
  role: Settings['profile']['role'];
  accounts: readonly { platform: string; name: string }[];
}

export function withSetup(local: Settings, setup: Setup): Settings {
  const known = new Set(local.accounts.map((a) => `${a.platform}/${a.name}`));
  const added = setup.accounts
    .filter((a) => !known.has(`${a.platform}/${a.name}`))
    .map((a) => accountSchema.parse({ platform: a.platform, name: a.name, hostUnit: setup.unit, filingNo: '' }));
  return {
    ...local,
    profile: { ...local.profile, unit: setup.unit || local.profile.unit, role: setup.role },
    accounts: [...local.accounts, ...added],
  };
}
