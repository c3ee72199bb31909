import Link from 'next/link';
import type { ReactNode } from 'react';
import { SupportEmailLink } from '@/components/support/support-email-link';

// The questions the seed guides spend pages on (SPEC §15), answered in the screens' own words.

export interface HelpFacts {
  supportEmail: string;
  dpoEmail: string;
  sender: string;
  linkHours: number;
  maxUploadMb: number;
  uploadFormats: string;
}

export interface HelpQuestion {
  id: string;
  question: string;
  answer: ReactNode;
}

export interface HelpTopic {
  id: string;
  title: string;
  questions: HelpQuestion[];
}

const link = 'text-brand underline';
const RESET = (
  <Link href="/mot-de-passe/oubli" className={link}>
    « Avez-vous oublié votre mot de passe ou perdu/non reçu le lien d’activation ? »
  </Link>
);

export function helpTopics(facts: HelpFacts): HelpTopic[] {
  const support = <SupportEmailLink email={facts.supportEmail} />;
  return [
    {
      id: 'activation',
      title: 'Créer et activer son compte',
      questions: [
        {
          id: 'email-non-recu',
          question: 'Je n’ai pas reçu l’email d’activation',
          answer: (
            <>
              <p>
                Les emails de la plateforme partent de l’adresse <strong>{facts.sender}</strong>, quelques minutes après votre
                inscription (professionnels) ou après la validation de votre demande par l’ARS (établissements).
              </p>
              <ul className="list-disc space-y-1 pl-6">
                <li>Regardez dans vos courriers indésirables (« spam », « promotions », « courrier indésirable »).</li>
                <li>
                  Certaines messageries professionnelles bloquent les adresses du type « noreply » ou « ne-pas-repondre » :
                  demandez à votre service informatique d’autoriser {facts.sender}, ou utilisez une autre adresse.
                </li>
                <li>Ajoutez {facts.sender} à vos contacts, puis demandez un nouveau lien.</li>
              </ul>
              <p>
                Pour recevoir un nouveau lien : sur la page de connexion, cliquez sur {RESET}, saisissez l’email de votre
                compte puis « Réinitialiser le mot de passe ». Cela fonctionne même si vous n’avez jamais choisi de mot de
                passe, dès que votre compte existe (pour un établissement : dès que l’ARS l’a validé).
              </p>
            </>
          ),
        },
        {
          id: 'lien-expire',
          question: 'Le lien a expiré ou ne fonctionne plus',
          answer: (
            <p>
              Un lien d’activation ou de réinitialisation est valable {facts.linkHours} heures et ne sert qu’une fois. Chaque
              nouvelle demande annule les liens précédents : utilisez toujours le dernier email reçu. Pour en obtenir un
              nouveau, cliquez sur {RESET} et saisissez l’email de votre compte.
            </p>
          ),
        },
        {
          id: 'erreur-email',
          question: 'Je me suis trompé(e) dans mon adresse email en m’inscrivant',
          answer: (
            <>
              <p>
                Si vous ne recevez rien, votre adresse contient peut-être une coquille : les emails sont partis vers
                l’adresse saisie. Une adresse ne peut servir qu’à un seul compte.
              </p>
              <ul className="list-disc space-y-1 pl-6">
                <li>
                  Professionnel : inscrivez-vous de nouveau avec la bonne adresse, et écrivez au support ({support}) en
                  indiquant l’adresse erronée pour que le compte inutilisable soit supprimé.
                </li>
                <li>
                  Établissement : tant que la demande n’est pas validée, prévenez l’ARS de votre région ou le support en
                  donnant votre numéro FINESS ; l’ARS peut refuser la demande erronée et valider la bonne.
                </li>
                <li>Une fois connecté(e), vous changez vous-même d’adresse dans « Mon compte ».</li>
              </ul>
            </>
          ),
        },
        {
          id: 'un-compte-par-email',
          question: 'Puis-je créer plusieurs comptes ?',
          answer: (
            <p>
              Non : un seul compte par adresse email. N’envoyez pas une nouvelle demande ou inscription avec la même
              adresse ; si vous avez déjà un compte, connectez-vous ou demandez un nouveau lien.
            </p>
          ),
        },
      ],
    },
    {
      id: 'etablissements',
      title: 'Établissements',
      questions: [
        {
          id: 'demande-en-attente',
          question: 'Ma demande de compte est toujours en attente',
          answer: (
            <>
              <p>
                Votre demande est validée par l’ARS de la « Région de rattachement » choisie dans le formulaire, ou par le
                centre de crise sanitaire (CCS). Les demandes sont traitées chaque jour : vous recevez le lien d’activation
                sous 72 heures en général. Vous ne pouvez pas vous connecter avant.
              </p>
              <p>
                Ne déposez pas une nouvelle demande avec le même email. Passé ce délai, contactez l’ARS de votre région ou
                écrivez au support ({support}) en donnant votre numéro FINESS géographique. Si la demande est refusée, vous
                recevez un email qui en donne la raison.
              </p>
            </>
          ),
        },
        {
          id: 'plusieurs-etablissements',
          question: 'Mes collègues et moi gérons le même établissement, ou plusieurs',
          answer: (
            <p>
              Tous les comptes rattachés à un même FINESS géographique voient les mêmes besoins et les mêmes candidats.
              Chaque personne a son propre compte, avec sa propre adresse email. Pour être rattaché(e) à un autre
              établissement, adressez-vous à l’ARS de votre région.
            </p>
          ),
        },
        {
          id: 'aucun-candidat',
          question: 'Aucun professionnel ne s’affiche quand je clique sur « Choisir »',
          answer: (
            <p>
              Seuls les professionnels disponibles dont la profession, le week-end, le véhicule et les expériences demandés
              correspondent à la mission s’affichent. Si votre région est en « Gestion de crise » pour cette profession,
              vous ne voyez que les professionnels que l’ARS vous propose : vous recevez alors l’email « Nouvelles
              propositions de renfort pour votre mission ». Élargir les critères ou décaler les dates d’un nouveau besoin
              peut aider.
            </p>
          ),
        },
      ],
    },
    {
      id: 'connexion',
      title: 'Mot de passe et connexion',
      questions: [
        {
          id: 'mot-de-passe-oublie',
          question: 'J’ai oublié mon mot de passe',
          answer: (
            <p>
              Sur la page de connexion, cliquez sur {RESET}, saisissez l’email de votre compte et cliquez sur
              « Réinitialiser le mot de passe ». Le nouveau mot de passe compte au moins 12 caractères, dont une majuscule,
              une minuscule, un chiffre et un caractère spécial.
            </p>
          ),
        },
        {
          id: 'pro-sante-connect',
          question: 'Se connecter avec Pro Santé Connect (carte CPS, e-CPS) ou ProConnect',
          answer: (
            <>
              <p>
                <strong>Pro Santé Connect</strong> est pour les professionnels volontaires et les gestionnaires RPPS+. À la première connexion,
                votre identité est liée au compte qui porte votre numéro RPPS ; sinon à celui de votre adresse email, après votre mot de passe
                saisi une fois ; sinon l’inscription s’ouvre, pré-remplie. Votre compte a une autre adresse ? Sur cette inscription, cliquez sur
                « Liez-le à Pro Santé Connect » et donnez l’email et le mot de passe de votre compte.
              </p>
              <p>
                Vos nom, prénom, numéro RPPS et profession viennent alors de Pro Santé Connect : « Ma fiche » les affiche sans les modifier
                (une infirmière ou un infirmier y précise sa spécialisation). Votre nom et prénom d’exercice se modifient au répertoire RPPS, depuis
                « Mon enregistrement RPPS » dans votre espace.
              </p>
              <p>
                « Ce numéro RPPS est déjà rattaché à un autre compte » ou « … enregistré sur un autre compte que celui de votre adresse email » :
                rien n’a été lié, écrivez au support ({support}) ; si les deux comptes sont à vous, il vous dira lequel garder.
              </p>
              <p>
                <strong>ProConnect</strong> est pour les agents des ARS et du centre de crise sanitaire, et pour les établissements : il se lie au
                compte déjà créé à votre adresse et n’en crée jamais. Les identités liées se voient, et se délient, dans « Mon compte ».
              </p>
            </>
          ),
        },
        {
          id: 'compte-bloque',
          question: 'Mon compte est bloqué après plusieurs essais, ou il a été désactivé',
          answer: (
            <p>
              Après plusieurs mots de passe erronés, chaque nouvel essai doit attendre un peu (une minute au plus) ; un nouveau mot de passe
              choisi avec un lien de réinitialisation lève ce blocage. Un compte désactivé par une ARS ou le CCS ne peut plus
              se connecter : l’email reçu en donne la raison ; adressez-vous à votre ARS ou au support ({support}).
            </p>
          ),
        },
      ],
    },
    {
      id: 'mon-compte',
      title: 'Mon compte, ma fiche, mes documents',
      questions: [
        {
          id: 'changer-email',
          question: 'Comment changer mon adresse email ?',
          answer: (
            <p>
              Connectez-vous, ouvrez « Mon compte » dans le menu de votre espace et saisissez la nouvelle adresse. Un lien de
              confirmation, valable {facts.linkHours} heures, est envoyé à la nouvelle adresse ; votre ancienne adresse est
              prévenue du changement. Tant que vous n’avez pas cliqué sur ce lien, votre compte garde l’ancienne adresse.
              Votre nom et votre téléphone se changent au même endroit.
            </p>
          ),
        },
        {
          id: 'documents',
          question: 'Quels documents sont acceptés ?',
          answer: (
            <p>
              La « Pièce d’identité » et le « Diplôme » sont acceptés aux formats {facts.uploadFormats}, {facts.maxUploadMb} Mo
              au plus chacun. Le format est vérifié d’après le contenu du fichier : un fichier d’un autre type, simplement renommé, est refusé. Une photo
              nette prise avec votre téléphone convient. Vous les remplacez dans « Mes documents ».
            </p>
          ),
        },
        {
          id: 'disponibilites',
          question: 'Je ne suis plus disponible, ou mes dates ont changé',
          answer: (
            <p>
              Dans votre espace, le bouton « Disponible / Indisponible » vous retire de toutes les recherches en un geste ;
              vos périodes se modifient dans « Mes disponibilités ». Tenez-les à jour : les établissements vous contactent
              d’après elles.
            </p>
          ),
        },
        {
          id: 'donnees',
          question: 'Télécharger mes données ou supprimer mon compte',
          answer: (
            <p>
              Professionnels : « Mes données » permet de télécharger toutes vos données et de supprimer votre compte (sauf
              pendant une affectation en cours). Pour tout le reste, voir{' '}
              <Link href="/donnees-personnelles" className={link}>Données personnelles</Link>.
            </p>
          ),
        },
      ],
    },
    {
      id: 'contacts',
      title: 'Qui contacter ?',
      questions: [
        {
          id: 'qui-contacter',
          question: 'À qui m’adresser ?',
          answer: (
            <ul className="list-disc space-y-1 pl-6">
              <li>Une difficulté avec la plateforme (connexion, email, erreur) : le support, {support}.</li>
              <li>
                Établissements : l’ARS de votre région pour la validation de votre compte, les propositions de renforts et la
                gestion de crise.
              </li>
              <li>
                Professionnels : l’établissement qui vous a contacté(e) ; son adresse figure dans l’email de confirmation
                d’affectation.
              </li>
              <li>
                Vos données personnelles : le délégué à la protection des données, <SupportEmailLink email={facts.dpoEmail} />.
              </li>
            </ul>
          ),
        },
      ],
    },
  ];
}
