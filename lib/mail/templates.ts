import { createElement, type ReactElement } from 'react';
import { render } from '@react-email/render';
import { AccountActivationEmail, accountActivationSubject, type AccountActivationProps } from '@/emails/account-activation';
import { AccountDisabledEmail, accountDisabledSubject, type AccountDisabledProps } from '@/emails/account-disabled';
import { AccountInvitationEmail, accountInvitationSubject, type AccountInvitationProps } from '@/emails/account-invitation';
import { AccountReactivatedEmail, accountReactivatedSubject, type AccountReactivatedProps } from '@/emails/account-reactivated';
import { AccountAlreadyExistsEmail, accountAlreadyExistsSubject, type AccountAlreadyExistsProps } from '@/emails/account-already-exists';
import { AccountRequestReceivedEmail, accountRequestReceivedSubject, type AccountRequestReceivedProps } from '@/emails/account-request-received';
import { AccountRequestRefusedEmail, accountRequestRefusedSubject, type AccountRequestRefusedProps } from '@/emails/account-request-refused';
import { AssignmentConfirmedEmail, assignmentConfirmedSubject, type AssignmentConfirmedProps } from '@/emails/assignment-confirmed';
import { CandidacyDeclinedEmail, candidacyDeclinedSubject, type CandidacyDeclinedProps } from '@/emails/candidacy-declined';
import { CandidacyProposedEmail, candidacyProposedSubject, type CandidacyProposedProps } from '@/emails/candidacy-proposed';
import { MissionsProposedEmail, missionsProposedSubject, type MissionsProposedProps } from '@/emails/missions-proposed';
import { PasswordResetEmail, passwordResetSubject, type PasswordResetProps } from '@/emails/password-reset';
import { ReservationExpiringEmail, reservationExpiringSubject, type ReservationExpiringProps } from '@/emails/reservation-expiring';
import { ReservationReleasedEmail, reservationReleasedSubject, type ReservationReleasedProps } from '@/emails/reservation-released';
import { RetentionWarningEmail, retentionWarningSubject, type RetentionWarningProps } from '@/emails/retention-warning';
import { RppsNumberAssignedEmail, rppsNumberAssignedSubject, type RppsNumberAssignedProps } from '@/emails/rpps-number-assigned';
import {
  RppsPreRegistrationReceivedEmail,
  rppsPreRegistrationReceivedSubject,
  type RppsPreRegistrationReceivedProps,
} from '@/emails/rpps-pre-registration-received';
import { RppsPreRegistrationSavedEmail, rppsPreRegistrationSavedSubject, type RppsPreRegistrationSavedProps } from '@/emails/rpps-pre-registration-saved';
import { RppsRequestRefusedEmail, rppsRequestRefusedSubject, type RppsRequestRefusedProps } from '@/emails/rpps-request-refused';
import { RppsOwnChangeFiledEmail, rppsOwnChangeFiledSubject, type RppsOwnChangeFiledProps } from '@/emails/rpps-own-change-filed';
import { EmailChangeConfirmEmail, emailChangeConfirmSubject, type EmailChangeConfirmProps } from '@/emails/email-change-confirm';
import { EmailChangeRequestedEmail, emailChangeRequestedSubject, type EmailChangeRequestedProps } from '@/emails/email-change-requested';
import { EmailChangedEmail, emailChangedSubject, type EmailChangedProps } from '@/emails/email-changed';
import { CcsAlertRaisedEmail, ccsAlertRaisedSubject, type CcsAlertRaisedProps } from '@/emails/ccs-alert-raised';
import { AccountRequestsDigestEmail, accountRequestsDigestSubject, type AccountRequestsDigestProps } from '@/emails/account-requests-digest';
import { AvailabilityCheckinEmail, availabilityCheckinSubject, type AvailabilityCheckinProps } from '@/emails/availability-checkin';
import { VolunteerRegisteredEmail, volunteerRegisteredSubject, type VolunteerRegisteredProps } from '@/emails/volunteer-registered';

export interface EmailTemplate<Props> {
  subject(props: Props): string;
  component: (props: Props) => ReactElement;
}

// Ties a component to its subject with one Props type, checked at compile time.
function defineTemplate<Props>(template: EmailTemplate<Props>): EmailTemplate<Props> {
  return template;
}

/** Every email the app sends (SPEC §9). The key is stored in `email_outbox.template`. */
export const emailTemplates = {
  'volunteer-registered': defineTemplate<VolunteerRegisteredProps>({ subject: volunteerRegisteredSubject, component: VolunteerRegisteredEmail }),
  'account-activation': defineTemplate<AccountActivationProps>({ subject: accountActivationSubject, component: AccountActivationEmail }),
  'password-reset': defineTemplate<PasswordResetProps>({ subject: passwordResetSubject, component: PasswordResetEmail }),
  'account-request-received': defineTemplate<AccountRequestReceivedProps>({ subject: accountRequestReceivedSubject, component: AccountRequestReceivedEmail }),
  'account-already-exists': defineTemplate<AccountAlreadyExistsProps>({ subject: accountAlreadyExistsSubject, component: AccountAlreadyExistsEmail }),
  'account-request-refused': defineTemplate<AccountRequestRefusedProps>({ subject: accountRequestRefusedSubject, component: AccountRequestRefusedEmail }),
  'missions-proposed': defineTemplate<MissionsProposedProps>({ subject: missionsProposedSubject, component: MissionsProposedEmail }),
  'candidacy-proposed': defineTemplate<CandidacyProposedProps>({ subject: candidacyProposedSubject, component: CandidacyProposedEmail }),
  'assignment-confirmed': defineTemplate<AssignmentConfirmedProps>({ subject: assignmentConfirmedSubject, component: AssignmentConfirmedEmail }),
  'candidacy-declined': defineTemplate<CandidacyDeclinedProps>({ subject: candidacyDeclinedSubject, component: CandidacyDeclinedEmail }),
  'reservation-expiring': defineTemplate<ReservationExpiringProps>({ subject: reservationExpiringSubject, component: ReservationExpiringEmail }),
  'reservation-released': defineTemplate<ReservationReleasedProps>({ subject: reservationReleasedSubject, component: ReservationReleasedEmail }),
  'retention-warning': defineTemplate<RetentionWarningProps>({ subject: retentionWarningSubject, component: RetentionWarningEmail }),
  // SPEC §5.2: « Êtes-vous toujours disponible ? » (lib/jobs/availability-checkins.ts).
  'availability-checkin': defineTemplate<AvailabilityCheckinProps>({ subject: availabilityCheckinSubject, component: AvailabilityCheckinEmail }),
  'rpps-number-assigned': defineTemplate<RppsNumberAssignedProps>({ subject: rppsNumberAssignedSubject, component: RppsNumberAssignedEmail }),
  'rpps-pre-registration-received': defineTemplate<RppsPreRegistrationReceivedProps>({
    subject: rppsPreRegistrationReceivedSubject,
    component: RppsPreRegistrationReceivedEmail,
  }),
  'rpps-pre-registration-saved': defineTemplate<RppsPreRegistrationSavedProps>({
    subject: rppsPreRegistrationSavedSubject,
    component: RppsPreRegistrationSavedEmail,
  }),
  'rpps-request-refused': defineTemplate<RppsRequestRefusedProps>({ subject: rppsRequestRefusedSubject, component: RppsRequestRefusedEmail }),
  // « Mon enregistrement RPPS »: the notice of a professional's own change (decision 042).
  'rpps-own-change-filed': defineTemplate<RppsOwnChangeFiledProps>({ subject: rppsOwnChangeFiledSubject, component: RppsOwnChangeFiledEmail }),
  // « Mon compte » and the agents' notifications (SPEC §15).
  'email-change-confirm': defineTemplate<EmailChangeConfirmProps>({ subject: emailChangeConfirmSubject, component: EmailChangeConfirmEmail }),
  'email-change-requested': defineTemplate<EmailChangeRequestedProps>({ subject: emailChangeRequestedSubject, component: EmailChangeRequestedEmail }),
  'email-changed': defineTemplate<EmailChangedProps>({ subject: emailChangedSubject, component: EmailChangedEmail }),
  'ccs-alert-raised': defineTemplate<CcsAlertRaisedProps>({ subject: ccsAlertRaisedSubject, component: CcsAlertRaisedEmail }),
  'account-requests-digest': defineTemplate<AccountRequestsDigestProps>({ subject: accountRequestsDigestSubject, component: AccountRequestsDigestEmail }),
  // « Administration » (SPEC §15).
  'account-invitation': defineTemplate<AccountInvitationProps>({ subject: accountInvitationSubject, component: AccountInvitationEmail }),
  'account-disabled': defineTemplate<AccountDisabledProps>({ subject: accountDisabledSubject, component: AccountDisabledEmail }),
  'account-reactivated': defineTemplate<AccountReactivatedProps>({ subject: accountReactivatedSubject, component: AccountReactivatedEmail }),
} as const;

export type EmailTemplateName = keyof typeof emailTemplates;

export type EmailTemplateProps<Name extends EmailTemplateName> =
  (typeof emailTemplates)[Name] extends EmailTemplate<infer Props> ? Props : never;

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export const emailTemplateNames = Object.keys(emailTemplates) as EmailTemplateName[];

export function isEmailTemplateName(value: string): value is EmailTemplateName {
  return Object.hasOwn(emailTemplates, value);
}

export function renderEmail<Name extends EmailTemplateName>(name: Name, props: EmailTemplateProps<Name>): Promise<RenderedEmail> {
  // Indexing the registry with a generic key loses the link between a name and its props; the
  // signature above enforces it for callers, so widening here is safe.
  return renderTemplate(emailTemplates[name] as unknown as EmailTemplate<object>, props as object);
}

// Headings keep their case in plain text (html-to-text shouts them by default).
const plainTextOptions = {
  plainText: true,
  htmlToTextOptions: { selectors: ['h1', 'h2', 'h3'].map((selector) => ({ selector, options: { uppercase: false } })) },
} as const;

async function renderTemplate<Props extends object>(template: EmailTemplate<Props>, props: Props): Promise<RenderedEmail> {
  const element = createElement(template.component, props);
  const [html, text] = await Promise.all([render(element), render(element, plainTextOptions)]);
  return { subject: template.subject(props), html, text: text.trim() };
}
