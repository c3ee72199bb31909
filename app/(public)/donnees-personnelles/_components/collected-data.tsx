// What each kind of user gives the platform (SPEC §5.1, §6.1, §8, §15), in the form labels' words.

const COLLECTED = [
  {
    who: 'Professionnels volontaires',
    data: [
      'identité : nom, prénom ;',
      'coordonnées : courriel, téléphone, code postal, ville ;',
      'données professionnelles : profession, spécialité, type d’activité, identifiant RPPS ou ADELI, employeur, expériences (EHPAD, réanimation, vaccination), véhicule personnel ;',
      'pièces justificatives : pièce d’identité et diplôme ;',
      'disponibilités : périodes, semaine ou week-end, mobilisation (locale, départementale, régionale, nationale), région de mobilisation, commentaire ;',
      'candidatures : missions, établissements, statuts (En cours, Contacté, Affecté…) et leurs dates.',
    ],
  },
  {
    who: 'Comptes des établissements',
    data: [
      'identité et coordonnées du demandeur : nom, prénom, courriel, téléphone ;',
      'établissement : catégorie, numéro FINESS géographique, nom, adresse ;',
      'besoins déposés et suites données aux candidatures (contact, validation, refus).',
    ],
  },
  {
    who: 'Agents des ARS et du CCS, gestionnaires RPPS+',
    data: ['nom, prénom, courriel, téléphone ; région ou établissements de rattachement ; actes accomplis sur la plateforme.'],
  },
  {
    who: 'Professionnels enregistrés au RPPS par un gestionnaire RPPS+',
    data: [
      'état civil : civilité, sexe, noms, prénoms, date, pays et commune de naissance ;',
      'coordonnées : adresse email, téléphone mobile ;',
      'situation d’exercice : nom et prénom d’exercice, établissement, profession, rôle, mode d’exercice, dates de fonction.',
    ],
  },
  {
    who: 'Tous les utilisateurs',
    data: [
      'mot de passe, conservé sous une forme qui ne permet pas de le retrouver (hachage) ;',
      'dates de connexion et de dernière activité, journal des actions ;',
      'adresse IP, utilisée seulement pour limiter les tentatives de connexion.',
    ],
  },
] as const;

export function CollectedData() {
  return (
    <div className="space-y-3">
      {COLLECTED.map((group) => (
        <div key={group.who}>
          <h3 className="font-bold">{group.who}</h3>
          <ul className="list-disc space-y-1 pl-6">
            {group.data.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
