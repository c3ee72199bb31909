import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { supportEmail } from '@/lib/env';
import { colors, fontFamily, heading } from './styles';

export const PRODUCT_NAME = 'Renfort RH Crise';
export const FOOTER_TEXT =
  'Ces mails sont envoyés de manière automatique, merci de ne pas répondre à cette adresse';

/** SPEC §15: every email gives the support address, read when the email is rendered (in the transaction that queues it). */
export function supportLine(email: string): string {
  return `Une question, une difficulté ? Écrivez au support : ${email}`;
}

interface EmailLayoutProps {
  /** The email's subject: also its document title and its visible heading. */
  title: string;
  /** The line shown by mail clients next to the subject (hidden in the body and in plain text). */
  preview: string;
  children: ReactNode;
}

export function EmailLayout({ title, preview, children }: EmailLayoutProps) {
  return (
    <Html lang="fr" dir="ltr">
      <Head>
        <title>{title}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.background, fontFamily, margin: 0, padding: '24px 0' }}>
        {/* A landmark: without one, axe flags the whole message when it is shown in the dev mailbox. */}
        <div role="main">
          <Container style={{ backgroundColor: '#ffffff', maxWidth: '600px', padding: '24px', border: `1px solid ${colors.border}` }}>
            <Section>
              <Text style={{ color: colors.primary, fontSize: '18px', fontWeight: 700, margin: '0 0 8px' }}>
                {PRODUCT_NAME}
              </Text>
            </Section>
            <Hr style={{ borderColor: colors.border, margin: '0 0 24px' }} />
            <Section>
              <Heading as="h1" style={heading}>
                {title}
              </Heading>
              {children}
            </Section>
            <Hr style={{ borderColor: colors.border, margin: '24px 0 16px' }} />
            <Text style={{ color: colors.muted, fontSize: '13px', lineHeight: '20px', margin: '0 0 8px' }}>{FOOTER_TEXT}</Text>
            {/* Plain text, not a mailto link: mail clients link it themselves, and the links of an email stay its actions. */}
            <Text style={{ color: colors.muted, fontSize: '13px', lineHeight: '20px', margin: 0 }}>{supportLine(supportEmail())}</Text>
          </Container>
        </div>
      </Body>
    </Html>
  );
}
