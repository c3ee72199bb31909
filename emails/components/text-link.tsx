import { Link } from '@react-email/components';
import { colors } from './styles';

/** An inline link: underlined, so it is not told apart by colour alone (WCAG 1.4.1). */
export function TextLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} style={{ color: colors.primary, textDecoration: 'underline' }}>
      {children}
    </Link>
  );
}
