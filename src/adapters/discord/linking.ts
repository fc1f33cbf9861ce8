// /link on Discord: one person on two platforms becomes one profile (src/app/linking.ts).
// Without a code it makes a one-time code to type on the other platform; with a code made
// there it merges the two people, keeping everything of both.
//
// Why here and not through the conversation: dialog has no /link text command yet. When it
// gets one, the slash command maps to "/link CODE" like the others and this file goes.
import { createLinkCode, redeemLinkCode } from '../../app/linking.js';
import type { AppDeps } from '../../app/deps.js';
import { ensureUser } from '../../app/users.js';
import { adapterText, type AdapterLocale } from './texts.js';

export interface LinkingPerson {
  externalId: string;
  displayName?: string;
  localeHint?: string;
}

/** What /link says back, already in the person's language. */
export type AccountLinking = (person: LinkingPerson, code: string | null, locale: AdapterLocale) => Promise<string>;

export function createAccountLinking(deps: AppDeps): AccountLinking {
  return async (person, code, locale) => {
    const ensured = await ensureUser(deps, { platform: 'discord', ...person });
    if (!ensured.ok) return adapterText(locale, 'linkBadCode');
    if (code === null) {
      const made = await createLinkCode(deps, ensured.user);
      return adapterText(locale, 'linkCode', { code: made.code });
    }
    const outcome = await redeemLinkCode(deps, ensured.user, { code });
    if (outcome.ok) return adapterText(locale, 'linked');
    switch (outcome.error) {
      case 'invalid_code': return adapterText(locale, 'linkInvalid');
      case 'same_user': return adapterText(locale, 'linkSameUser');
      case 'invalid_input': return adapterText(locale, 'linkBadCode');
    }
  };
}
