import Link from 'next/link';
import { SupportEmailLink } from '@/components/support/support-email-link';
import { supportEmail } from '@/lib/env';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Page introuvable</h1>
      <p>La page demandée n&apos;existe pas ou n&apos;est pas accessible avec votre compte.</p>
      <Link href="/" className="text-brand underline">Revenir à l&apos;accueil</Link>
      <p>
        Vous pensez que c&apos;est une erreur ? Consultez l&apos;<Link href="/aide" className="text-brand underline">aide</Link> ou
        écrivez au support : <SupportEmailLink email={supportEmail()} />
      </p>
    </div>
  );
}
