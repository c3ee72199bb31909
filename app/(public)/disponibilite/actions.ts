'use server';

import { action } from '@/lib/actions/action';
import { answerCheckin } from '@/lib/professionals/checkin/answer';
import { checkinAnswerSchema } from '@/lib/validation/volunteer-area';

/**
 * Public: the link is the proof (SPEC §5.2). A spent or expired link is an outcome, not a failure: the
 * page then shows its kind notice, never an error.
 */
export const answerCheckinAction = action({ schema: checkinAnswerSchema, public: true }, ({ token, answer }) => answerCheckin(token, answer));
