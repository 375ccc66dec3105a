import type { Ctx } from '../../shared/context.ts';
import { getMember } from '../members/get-member.ts';
import { MEMBER_CODE_WINDOW_MS, memberCodeFor } from '../members/member-code.ts';

/** The rotating code for the phone's QR (the page asks again before it expires), and the card number. */
export async function getMemberCode(ctx: Ctx, memberId: string) {
  const member = await getMember(ctx, memberId);
  const code = memberCodeFor({ id: member.id, qr_token: member.qrToken }, ctx.now);
  return {
    token: code.token,
    expiresAt: code.expiresAt,
    refreshAfterSeconds: MEMBER_CODE_WINDOW_MS / 1000,
    cardNo: member.cardNo,
  };
}
