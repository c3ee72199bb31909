import { Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { notice, paragraph } from './styles';

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={paragraph}>{children}</Text>;
}

/** A highlighted paragraph (a reason, a number): a border, not colour alone, marks it. */
export function Notice({ children }: { children: ReactNode }) {
  return <Text style={notice}>{children}</Text>;
}

export function Greeting({ firstName }: { firstName?: string }) {
  return <Paragraph>{firstName ? `Bonjour ${firstName},` : 'Bonjour,'}</Paragraph>;
}

export function Signature() {
  return (
    <Paragraph>
      Cordialement,
      <br />
      L&apos;administrateur Renfort RH Crise
    </Paragraph>
  );
}
