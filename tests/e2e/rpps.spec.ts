import { randomInt } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, signIn, signOut } from './support/accounts';
import { expectNoAxeViolations } from './support/axe';
import { waitForEmail } from './support/mailbox';

// SPEC §8 end to end with the demo RPPS+ manager (Toulouse FINESS): a registration through the four
// steps, a professional's pre-registration validated by the manager, and the closing of a situation.

/** Civil names are letters only: a random one per run keeps the « same person » rule out of the way. */
function freshName(): string {
  return `Recette${Array.from({ length: 6 }, () => String.fromCharCode(97 + randomInt(0, 26))).join('')}`;
}

async function fillCivilStatus(page: Page, birthLastName: string) {
  await page.getByLabel('Madame').check();
  await page.getByLabel('Féminin').check();
  await page.getByLabel('Nom de naissance*').fill(birthLastName);
  await page.getByLabel('Prénom(s)*').fill('Nathalie Marie');
  await page.getByLabel('Date de naissance*').fill('1999-05-05');
  await expect(page.getByLabel('Pays de naissance*')).toHaveValue('FR');
  const commune = page.getByRole('combobox', { name: 'Commune de naissance*' });
  // A postal code is explained, not accepted (guide, step 2).
  await commune.fill('13003');
  await expect(page.getByText('Saisissez le nom de la commune et non son code postal')).toBeVisible();
  await commune.fill('Marseille 3');
  await page.getByRole('option', { name: /^Marseille 3e Arrondissement/ }).click();
  await expect(commune).toHaveValue('Marseille 3e Arrondissement');
}

test('a manager registers a professional in four steps; the professional receives an 11-digit RPPS number', async ({ page, request }) => {
  const name = freshName();
  const email = `${name.toLowerCase()}@e2e-rpps.test`;
  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  await expect(page).toHaveURL(/\/rpps$/);
  for (const block of [
    "Ajouter l'enregistrement d'une nouvelle personne",
    "Traiter les demandes d'enregistrement en cours",
    'Modifier un enregistrement existant',
  ]) {
    await expect(page.getByRole('heading', { name: block })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await page.getByRole('region', { name: "Ajouter l'enregistrement d'une nouvelle personne" }).getByRole('link', { name: 'Ajouter un enregistrement' }).click();
  await expect(page.getByRole('heading', { name: 'Étape 1 sur 4 : État civil' })).toBeVisible();
  await fillCivilStatus(page, name);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Valider' }).click();

  await expect(page.getByRole('heading', { name: 'Étape 2 sur 4 : Données de contact' })).toBeVisible();
  await page.getByLabel('Adresse email*').fill(email);
  await page.getByLabel('Indicatif du téléphone mobile').selectOption({ label: 'La Réunion (+262)' });
  await page.getByLabel('Téléphone mobile', { exact: true }).fill('0692 12 34 56');
  // Saved as typed, and still there after going back and forth.
  await page.getByRole('button', { name: "Sauvegarder et revenir à l'étape précédente" }).click();
  await expect(page.getByRole('heading', { name: 'Étape 1 sur 4 : État civil' })).toBeVisible();
  await expect(page.getByLabel('Nom de naissance*')).toHaveValue(name);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByLabel('Adresse email*')).toHaveValue(email);
  await page.getByRole('button', { name: 'Valider' }).click();

  await expect(page.getByRole('heading', { name: "Étape 3 sur 4 : Situation d'exercice" })).toBeVisible();
  await expect(page.getByLabel("Nom d'exercice*", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Prénom d'exercice*", { exact: true })).toHaveValue('Nathalie');
  await expect(page.getByRole('combobox', { name: 'Établissement*' })).toHaveValue(/Centre hospitalier de démonstration de Toulouse/);
  await page.getByLabel('Profession*').selectOption({ label: 'Éducateur spécialisé' });
  await page.getByLabel('Rôle*').selectOption({ label: "Activité de coordination et d'orientation" });
  await page.getByLabel("Mode d'exercice").selectOption({ label: 'Salarié' });
  await page.getByLabel('Date de prise de fonction*').fill('2022-05-02');
  await page.getByLabel('Date de fin de fonction').fill('2022-05-01');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('La date de fin de fonction doit être égale ou postérieure à la date de prise de fonction.')).toBeVisible();
  await page.getByLabel('Date de fin de fonction').fill('');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Valider' }).click();

  await expect(page.getByRole('heading', { name: 'Étape 4 sur 4 : Informations légales' })).toBeVisible();
  await page.getByLabel("J'accepte les conditions générales d'utilisation*").check();
  await page.getByLabel("Je confirme que j'ai rencontré le professionnel pour recueillir ses données personnelles et professionnelles*").check();
  await page.getByRole('button', { name: 'Valider' }).click();

  await expect(page.getByRole('heading', { name: "Confirmez la demande d'enregistrement" })).toBeVisible();
  await expect(page.getByText('Marseille 3e Arrondissement (13203)')).toBeVisible();
  await expect(page.getByText('(+262) 692123456')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Envoyer la demande au RPPS' }).click();

  const sent = page.getByTestId('registration-sent');
  await expect(sent.getByText("La demande a bien été envoyée pour obtention d'un numéro RPPS.")).toBeVisible();
  await expect(sent.getByTestId('request-status')).toHaveText('Envoyée au RPPS');
  const requestNumber = (await sent.getByTestId('request-number').textContent()) ?? '';
  expect(requestNumber).toMatch(/^P\d{8}\d{6,}$/);

  const numberEmail = await waitForEmail(request, email, /^Votre numéro RPPS$/);
  const rppsNumber = /\b(8\d{10})\b/.exec(numberEmail.text)?.[1];
  expect(rppsNumber).toMatch(/^\d{11}$/);
  expect(numberEmail.text).toContain(requestNumber);

  // The manager gets no email, but the list shows the number.
  await page.goto(`/rpps/demandes?nom=${name}`);
  const row = page.getByTestId('request-row').filter({ hasText: requestNumber });
  await expect(row).toContainText('Enregistrement RPPS validé');
  await expect(row.getByTestId('request-rpps')).toHaveText(rppsNumber!);
  await expectNoAxeViolations(page);
});

test('a professional pre-registers; the demo manager checks, confirms the meeting and validates', async ({ page, request }) => {
  const name = freshName();
  const email = `${name.toLowerCase()}@e2e-rpps.test`;
  await page.goto('/rpps/pre-enregistrement');
  await fillCivilStatus(page, name);
  await page.getByLabel('Adresse email*').fill(email);
  await page.getByLabel("Nom d'exercice*", { exact: true }).fill(name);
  await page.getByLabel("Prénom d'exercice*", { exact: true }).fill('Nathalie');
  const establishment = page.getByRole('combobox', { name: 'Établissement*' });
  await establishment.fill('démonstration de Toulouse');
  await page.getByRole('option', { name: /Centre hospitalier de démonstration de Toulouse/ }).click();
  await page.getByLabel('Profession*').selectOption({ label: 'Aide médico-psychologique (AMP)' });
  await page.getByLabel('Date de prise de fonction*').fill('2023-09-01');
  await page.getByLabel("J'accepte les conditions générales d'utilisation*").check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(page.getByText(/Votre demande n° P\d+ a bien été envoyée/)).toBeVisible();
  const received = await waitForEmail(request, email, /a bien été reçue/);
  expect(received.links.some((link) => link.includes('/rpps/pre-enregistrement/abandon?jeton='))).toBe(true);

  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  await page.getByRole('link', { name: 'Voir les demandes' }).click();
  await page.getByLabel("En cours d'instruction").check();
  await page.getByLabel('Nom ou prénom du professionnel').fill(name);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.getByRole('link', { name: new RegExp(name, 'i') }).click();
  await expect(page.getByTestId('request-status')).toHaveText("En cours d'instruction");
  await expectNoAxeViolations(page);

  const validate = page.getByRole('form', { name: "Valider l'enregistrement" });
  await validate.getByRole('button', { name: 'Valider' }).click();
  await expect(validate.getByText('Confirmez avoir rencontré le professionnel pour valider sa demande.')).toBeVisible();
  await validate.getByLabel('Rôle*').selectOption({ label: 'Accompagnement dans les actes de la vie quotidienne' });
  await validate.getByLabel(/Je confirme que j'ai rencontré le professionnel/).check();
  await validate.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('La demande a été validée et envoyée au RPPS')).toBeVisible();

  const numberEmail = await waitForEmail(request, email, /^Votre numéro RPPS$/);
  expect(numberEmail.text).toMatch(/\b8\d{10}\b/);
  await page.reload();
  await expect(page.getByTestId('request-status')).toHaveText('Enregistrement RPPS validé');
  await signOut(page);
});

test('a manager closes a practice situation: the end date is required, nothing else changes', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  await page.goto('/rpps/enregistrements');
  await page.getByRole('textbox', { name: "Nom d'exercice", exact: true }).fill('Roussel');
  await page.getByRole('button', { name: "Rechercher par nom d'exercice" }).click();
  await page.getByRole('link', { name: /Ouvrir l'enregistrement de Anne Roussel/ }).click();
  await expect(page.getByRole('heading', { name: 'Anne Roussel' })).toBeVisible();
  await expectNoAxeViolations(page);
  const rppsLine = (await page.getByText(/^RPPS : \d{11}$/).textContent()) ?? '';

  await page.getByRole('link', { name: 'Fermer la situation n° 1' }).click();
  await expect(page.getByRole('heading', { name: "Fermeture de la situation d'exercice" })).toBeVisible();
  await expect(page.getByLabel("Nom d'exercice*", { exact: true })).toHaveAttribute('readonly', '');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('La date de fin de fonction est obligatoire')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Date de fin de fonction*').fill('2025-12-31');
  await page.getByRole('button', { name: 'Valider' }).click();

  await expect(page.getByText(/Demande n° P\d+ : Enregistrement RPPS validé/)).toBeVisible();
  await expect(page.getByTestId('situation-end')).toHaveText('31 décembre 2025');
  await expect(page.getByRole('link', { name: 'Fermer la situation n° 1' })).toHaveCount(0);
  await expect(page.getByText(rppsLine)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Historique des demandes' })).toContainText("Fermeture de situation d'exercice");
});

test('an unknown request or record is « not found » to the manager, and the abandon page needs a real link', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  for (const path of [
    '/rpps/demandes/00000000-0000-4000-8000-000000000000',
    '/rpps/enregistrements/12345678901',
    '/rpps/enregistrement/00000000-0000-4000-8000-000000000000/etape/1',
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await signOut(page);
  await page.goto('/rpps/pre-enregistrement/abandon?jeton=pas-un-vrai-jeton-de-lien-0000');
  await expect(page.getByRole('alert').filter({ hasText: "Ce lien n'est pas valide." })).toBeVisible();
  await expectNoAxeViolations(page);
});

/** The public form, filled with a professional's own data, for the demo Toulouse establishment. */
async function preRegister(page: Page, name: string, email: string) {
  await page.goto('/rpps/pre-enregistrement');
  await fillCivilStatus(page, name);
  await page.getByLabel('Adresse email*').fill(email);
  await page.getByLabel("Nom d'exercice*", { exact: true }).fill(name);
  await page.getByLabel("Prénom d'exercice*", { exact: true }).fill('Nathalie');
  await page.getByRole('combobox', { name: 'Établissement*' }).fill('démonstration de Toulouse');
  await page.getByRole('option', { name: /Centre hospitalier de démonstration de Toulouse/ }).click();
  await page.getByLabel('Profession*').selectOption({ label: 'Aide médico-psychologique (AMP)' });
  await page.getByLabel('Date de prise de fonction*').fill('2023-09-01');
  await page.getByLabel("J'accepte les conditions générales d'utilisation*").check();
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(page.getByText(/Votre demande n° P\d+ a bien été envoyée/)).toBeVisible();
}

test('the manager corrects the contact and practice data of a pre-registration before validating it; the état civil stays locked', async ({
  page,
  request,
}) => {
  const name = freshName();
  const typedEmail = `${name.toLowerCase()}@e2e-rpps.test`;
  const correctedEmail = `${name.toLowerCase()}.corrigee@e2e-rpps.test`;
  await preRegister(page, name, typedEmail);

  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  await page.goto(`/rpps/demandes?statut=UNDER_REVIEW&nom=${name}`);
  await page.getByRole('link', { name: new RegExp(name, 'i') }).click();
  await page.getByRole('link', { name: "Corriger les données de contact et d'exercice" }).click();
  await expect(page.getByRole('heading', { name: /^Corriger la demande n° P\d+$/ })).toBeVisible();
  // The état civil is shown, never offered as a field.
  await expect(page.getByRole('heading', { name: 'État civil' })).toBeVisible();
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  await expect(page.getByLabel('Nom de naissance*')).toHaveCount(0);
  await expect(page.getByLabel('Date de naissance*')).toHaveCount(0);
  await expect(page.getByLabel('Adresse email*')).toHaveValue(typedEmail);
  await expectNoAxeViolations(page);

  await page.getByLabel('Adresse email*').fill(correctedEmail);
  await page.getByLabel('Téléphone mobile', { exact: true }).fill('06 12 34 56 78');
  await page.getByLabel('Profession*').selectOption({ label: 'Éducateur spécialisé' });
  await page.getByRole('button', { name: 'Enregistrer les corrections' }).click();

  await expect(page.getByText('Vos corrections sont enregistrées.')).toBeVisible();
  await expect(page.getByTestId('request-status')).toHaveText("En cours d'instruction");
  await expect(page.getByText(correctedEmail)).toBeVisible();
  await expect(page.getByText('Éducateur spécialisé')).toBeVisible();
  await expectNoAxeViolations(page);

  const validate = page.getByRole('form', { name: "Valider l'enregistrement" });
  await validate.getByLabel('Rôle*').selectOption({ label: "Activité de coordination et d'orientation" });
  await validate.getByLabel(/Je confirme que j'ai rencontré le professionnel/).check();
  await validate.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('La demande a été validée et envoyée au RPPS')).toBeVisible();
  // The number goes to the corrected address.
  const numberEmail = await waitForEmail(request, correctedEmail, /^Votre numéro RPPS$/);
  expect(numberEmail.text).toMatch(/\b8\d{10}\b/);
  await signOut(page);
});

test('a new employer cancels a situation it added to the wrong person: the request keeps it, the person leaves its records', async ({ page }) => {
  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  await page.goto('/rpps/enregistrements?nom=Roussel');
  await page.getByRole('link', { name: /Ouvrir l'enregistrement de Anne Roussel/ }).click();
  const rppsNumber = /\d{11}/.exec((await page.getByText(/^RPPS : \d{11}$/).textContent()) ?? '')![0];
  // Her only situation here cannot be cancelled: a closing is what ends it.
  await expect(page.getByRole('link', { name: /Annuler la situation/ })).toHaveCount(0);
  await signOut(page);

  // The Créteil manager adds a situation by the number, by mistake.
  await signIn(page, DEMO_ACCOUNTS.rppsManagerIdf);
  await page.goto(`/rpps/enregistrements?rpps=${rppsNumber}`);
  await page.getByRole('link', { name: 'Ajouter une situation dans votre établissement' }).click();
  await page.getByLabel('Profession*').selectOption({ label: 'Aide médico-psychologique (AMP)' });
  await page.getByLabel('Rôle*').selectOption({ label: 'Accompagnement dans les actes de la vie quotidienne' });
  await page.getByLabel('Date de prise de fonction*').fill('2026-01-05');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText(/Demande n° P\d+ : Enregistrement RPPS validé/)).toBeVisible();
  await expect(page.getByRole('link', { name: /^Annuler la situation n° \d$/ })).toHaveCount(1);

  await page.getByRole('link', { name: /^Annuler la situation n° \d$/ }).click();
  await expect(page.getByRole('heading', { name: "Annulation de la situation d'exercice" })).toBeVisible();
  await expect(page.getByLabel('Établissement', { exact: true })).toHaveAttribute('readonly', '');
  await expect(page.getByLabel('Établissement', { exact: true })).toHaveValue(/Créteil/);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText("Indiquez le motif de l'annulation.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Motif de l'annulation*").fill('Situation ajoutée à la mauvaise personne');
  await page.getByRole('button', { name: 'Valider' }).click();

  await expect(page.getByTestId('request-status')).toHaveText('Enregistrement RPPS validé');
  await expect(page.getByText("Annulation de situation d'exercice et modifications d'informations")).toBeVisible();
  await expect(page.getByText('Situation ajoutée à la mauvaise personne')).toBeVisible();
  // The person is no longer among Créteil's records: the number is shown, not linked.
  await expect(page.getByTestId('request-rpps')).toHaveText(rppsNumber);
  await expect(page.getByTestId('request-rpps').getByRole('link')).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect((await page.goto(`/rpps/enregistrements/${rppsNumber}`))?.status()).toBe(404);
  await page.goto(`/rpps/demandes?procedure=CANCEL_SITUATION`);
  await expect(page.getByTestId('request-row').first()).toContainText("Annulation de situation d'exercice et modifications d'informations");
  await signOut(page);

  // Toulouse still sees her, with her own situation only.
  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  await page.goto(`/rpps/enregistrements/${rppsNumber}`);
  await expect(page.getByRole('heading', { name: /^Situation d'exercice n° \d$/ })).toHaveCount(1);
  await expect(page.getByText(/Créteil/)).toHaveCount(0);
});

test('a professional saves a pre-registration unfinished, comes back through the emailed link and sends it', async ({ page, request }) => {
  const name = freshName();
  const email = `${name.toLowerCase()}@e2e-rpps.test`;
  await page.goto('/rpps/pre-enregistrement');
  await page.getByLabel('Nom de naissance*').fill(name);
  await page.getByLabel('Adresse email*').fill(email);
  await page.getByRole('combobox', { name: 'Établissement*' }).fill('démonstration de Toulouse');
  await page.getByRole('option', { name: /Centre hospitalier de démonstration de Toulouse/ }).click();
  await page.getByRole('button', { name: 'Enregistrer et terminer plus tard' }).click();
  await expect(page.getByText(/Votre demande n° P\d+ est enregistrée/)).toBeVisible();

  // The managers see it « Saisie par le professionnel », with nothing to decide yet.
  await signIn(page, DEMO_ACCOUNTS.rppsManager);
  await page.goto(`/rpps/demandes?statut=ENTERED_BY_PROFESSIONAL&nom=${name}`);
  await page.getByRole('link', { name: new RegExp(name, 'i') }).click();
  await expect(page.getByTestId('request-status')).toHaveText('Saisie par le professionnel');
  await expect(page.getByRole('form', { name: "Valider l'enregistrement" })).toHaveCount(0);
  await signOut(page);

  const saved = await waitForEmail(request, email, /est enregistrée/);
  const link = saved.links.find((item) => item.includes('/rpps/pre-enregistrement/reprendre?jeton='));
  expect(link).toBeDefined();
  await page.goto(link!);
  await expect(page.getByLabel('Nom de naissance*')).toHaveValue(name);
  await expect(page.getByRole('combobox', { name: 'Établissement*' })).toHaveValue(/Centre hospitalier de démonstration de Toulouse/);
  await expectNoAxeViolations(page);
  await fillCivilStatus(page, name);
  await page.getByLabel("Nom d'exercice*", { exact: true }).fill(name);
  await page.getByLabel("Prénom d'exercice*", { exact: true }).fill('Nathalie');
  await page.getByLabel('Profession*').selectOption({ label: 'Aide médico-psychologique (AMP)' });
  await page.getByLabel('Date de prise de fonction*').fill('2023-09-01');
  await page.getByLabel("J'accepte les conditions générales d'utilisation*").check();
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(page.getByText(/Votre demande n° P\d+ a bien été envoyée/)).toBeVisible();
  await waitForEmail(request, email, /a bien été reçue/);
  // The link now only tells what became of it.
  await page.goto(link!);
  await expect(page.getByText(/Statut : En cours d'instruction/)).toBeVisible();
});
