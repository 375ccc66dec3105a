import type { Gender } from '../../db/schema.ts';
import type { Ctx } from '../../shared/context.ts';
import { updateMember } from '../members/update-member.ts';
import { toPortalProfile } from './get-my-account.ts';
import { withPermission } from './member-actor.ts';

export interface MyProfilePatch {
  name?: string;
  gender?: Gender;
  birthday?: string | null;
  birthdayCalendar?: 'solar' | 'lunar';
  email?: string | null;
  smsConsent?: boolean;
  emailConsent?: boolean;
}

/**
 * The member edits their own name, birthday, e-mail and marketing consent (turning consent off is
 * the opt-out). Phone, card number, store, tags and notes stay with the staff. Audited by the
 * members module like any edit, under the portal's actor name.
 */
export async function updateMyProfile(ctx: Ctx, memberId: string, patch: MyProfilePatch) {
  const member = await updateMember(withPermission(ctx, 'members.manage'), memberId, patch);
  return toPortalProfile(member);
}
