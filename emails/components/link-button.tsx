import { Button, Section } from '@react-email/components';
import { colors } from './styles';

interface LinkButtonProps {
  href: string;
  children: string;
}

/** A call to action that is a real link with its own text, so it works in every client and in plain text. */
export function LinkButton({ href, children }: LinkButtonProps) {
  return (
    <Section style={{ margin: '8px 0 24px' }}>
      <Button
        href={href}
        style={{
          backgroundColor: colors.primary,
          color: '#ffffff',
          fontSize: '16px',
          fontWeight: 700,
          lineHeight: '24px',
          padding: '12px 20px',
          textDecoration: 'none',
          borderRadius: '4px',
        }}
      >
        {children}
      </Button>
    </Section>
  );
}
