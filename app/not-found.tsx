import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">Page introuvable</h1>
      <p>La page demandée n&apos;existe pas ou n&apos;est pas accessible avec votre compte.</p>
      <Link href="/" className="text-brand underline">Revenir à l&apos;accueil</Link>
    </div>
  );
}
