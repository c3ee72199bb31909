import Link from 'next/link';
import { notFound } from 'next/navigation';
import { buttonClasses } from '@/components/ui/button';

const PROFILES = {
  etablissement: {
    title: 'Structure sanitaire, sociale ou médico-sociale',
    signUp: '/inscription/etablissement',
    signUpLabel: "Je n'ai pas de compte",
  },
  professionnel: {
    title: 'Professionnel disponible pour travailler en renfort',
    signUp: '/inscription/professionnel',
    signUpLabel: "Je n'ai pas de compte",
  },
} as const;

type Profile = keyof typeof PROFILES;

/** The profile of the URL: an own key only, so that `constructor` or `__proto__` is not found like any unknown one. */
function findProfile(profil: string): (typeof PROFILES)[Profile] | undefined {
  return Object.hasOwn(PROFILES, profil) ? PROFILES[profil as Profile] : undefined;
}

export function generateStaticParams() {
  return Object.keys(PROFILES).map((profil) => ({ profil }));
}

export default async function AccessChoicePage({ params }: { params: Promise<{ profil: string }> }) {
  const { profil } = await params;
  const profile = findProfile(profil);
  if (!profile) notFound();
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{profile.title}</h1>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href="/connexion" className={buttonClasses('primary')}>
          J&apos;ai déjà un compte
        </Link>
        <Link href={profile.signUp} className={buttonClasses('secondary')}>
          {profile.signUpLabel}
        </Link>
      </div>
    </div>
  );
}
