import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

// « Libérer » as a regulator does it, on « Proposer » or the volunteer sheet (docs/decisions/043): the
// button, then the confirmation dialog.

/** The refusal of a reservation that is no longer « Contacté » (lib/candidacies/release.ts). */
export const NOT_CONTACTED = 'Seule une réservation « Contacté » peut être libérée : actualisez la page.';

/** Opens the dialog of `volunteerName`'s « Libérer » and returns it, checked to say what it does. */
export async function openReleaseDialog(volunteerName: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('button', { name: `Libérer la réservation de ${volunteerName}` }));
  const dialog = screen.getByRole('dialog', { name: `Libérer la réservation de ${volunteerName} ?` });
  expect(dialog).toHaveTextContent('vaut refus pour son compte');
  return dialog;
}

/** « Libérer », then « Libérer » in the dialog. */
export async function releaseThroughDialog(volunteerName: string): Promise<void> {
  await userEvent.click(within(await openReleaseDialog(volunteerName)).getByRole('button', { name: 'Libérer' }));
}
