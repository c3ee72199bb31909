import { act, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { SignUpForm } from '@/app/(public)/inscription/professionnel/_components/sign-up-form';
import type { UserEvent } from '@testing-library/user-event';

// Shared by the sign-up component tests. Labels are found exactly as the SPEC writes them, `*` of
// required fields included (SPEC §13; the form explains the `*` once at its top).

/** Answers /api/reference/communes like the route does, for the few postal codes the tests type. */
export function mockCommunesFetch(): jest.Mock {
  const answers: Record<string, { communes: string[]; regionCode: string | null }> = {
    '31000': { communes: ['Toulouse'], regionCode: '76' },
    '69001': { communes: ['Lyon 1er Arrondissement'], regionCode: '84' },
    '01500': { communes: ['Ambérieu-en-Bugey', 'Château-Gaillard'], regionCode: '84' },
  };
  const fetchMock = jest.fn(async (url: string) => {
    const code = new URL(url, 'http://localhost').searchParams.get('cp') ?? '';
    return { ok: true, json: async () => answers[code] ?? { communes: [], regionCode: null } } as Response;
  });
  global.fetch = fetchMock as unknown as typeof fetch;
  return fetchMock;
}

export function field(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

/** Fills every required field with valid values (no file: documents are optional). */
export async function fillValidForm(user: UserEvent): Promise<void> {
  await user.type(field('Nom*'), 'Durand');
  await user.type(field('Prénom*'), 'Camille');
  await user.type(field('Courriel*'), 'camille.durand@example.test');
  await user.type(field('Téléphone*'), '06 12 34 56 78');
  await user.type(field('Code postal*'), '31000');
  await user.type(field('Ville*'), 'Toulouse');
  await user.selectOptions(field('Région*'), 'Occitanie');
  await user.selectOptions(field('Profession*'), 'Infirmier (IDE)');
  await user.selectOptions(field("Type d'activité*"), 'Salarié');
  await user.click(field('Aucun'));
  fireEvent.change(field('Date de début*'), { target: { value: '2026-03-01' } });
  await user.click(field('Disponible en semaine'));
  await user.click(field('Régionale'));
  await user.click(field("J'accepte les conditions d'utilisation de Renfort RH Crise*"));
  await user.click(field("J'accepte le traitement de mes données personnelles pour l'organisation des renforts*"));
}

export function validateButton(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Valider' });
}

/** Renders the form and lets react-hook-form's first (asynchronous) validation settle. */
export async function renderSignUpForm() {
  const view = render(createElement(SignUpForm));
  await act(async () => undefined);
  return view;
}
