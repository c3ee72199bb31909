/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ImportPanel } from '@/components/imports/import-panel';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';
import type { ImportPreview } from '@/lib/imports/types';

// The imports page's panel (SPEC §7.1): preview, per-line errors, then « Importer » with the preview's
// fingerprint. The server actions are props.

const preview = jest.fn();
const run = jest.fn();

function previewOf(statuses: ImportPreview['lines'][number]['status'][]): ImportPreview {
  const lines = statuses.map((status, index) => ({
    line: index + 2,
    status,
    cells: ['ARS Auvergne-Rhône-Alpes', `69000000${index}`, `EHPAD ${index}`, 'Claire Martin', `direction-${index}@ehpad.test`],
    messages: status === 'error' ? ['e-mail : Adresse email invalide.'] : [],
  }));
  const count = (status: string) => statuses.filter((s) => s === status).length;
  return {
    kind: 'etablissements',
    fileHash: 'f'.repeat(64),
    columns: ['ARS', 'FINESS / GID', 'Établissement', 'Titulaire du compte', 'Courriel'],
    lines,
    counts: { lines: lines.length, new: count('new'), existing: count('existing'), duplicate: count('duplicate'), error: count('error') },
    accountsToCreate: count('new'),
    establishmentsToCreate: count('new'),
  };
}

const csv = () => new File(['ARS de rattachement;Finess géographique\n'], 'comptes.csv', { type: 'text/csv' });

// jsdom computes no colours (no canvas): contrast is checked by the Playwright journeys' axe runs.
const NO_CONTRAST = { rules: { 'color-contrast': { enabled: false } } };

beforeEach(() => {
  preview.mockReset();
  run.mockReset();
});

async function previewFile(result: ImportPreview) {
  preview.mockResolvedValue({ ok: true, data: result });
  const user = userEvent.setup();
  const view = render(<ImportPanel actions={{ preview, run }} />);
  expect(screen.getByRole('button', { name: 'Prévisualiser' })).toBeDisabled();
  await user.upload(screen.getByLabelText('Fichier'), csv());
  await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
  return { user, view };
}

describe('ImportPanel', () => {
  it('previews a file, then imports it with the preview’s fingerprint', async () => {
    const { user, view } = await previewFile(previewOf(['new', 'new', 'existing']));
    const sent = preview.mock.calls[0]![0] as FormData;
    expect(sent.get('kind')).toBe('etablissements');
    expect((sent.get('file') as File).name).toBe('comptes.csv');

    const table = screen.getByRole('table', { name: /Aperçu du fichier/ });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('Déjà importé / compte existant')).toBeInTheDocument();
    expect(screen.getByText(/3 lignes lues : 2 lignes à créer, 1 déjà importée, 0 en erreur/)).toBeInTheDocument();
    expect((await axe.run(view.container, NO_CONTRAST)).violations.map((v) => v.id)).toEqual([]);

    run.mockResolvedValue({ ok: true, data: { status: 'imported', preview: previewOf(['new', 'new', 'existing']), outcome: { accountsCreated: 2, establishmentsCreated: 2, establishmentsJoined: 0, linesSkipped: 1 } } });
    await user.click(screen.getByRole('button', { name: 'Importer' }));
    const imported = run.mock.calls[0]![0] as FormData;
    expect(imported.get('hash')).toBe('f'.repeat(64));
    expect(imported.get('kind')).toBe('etablissements');
    expect(await screen.findByText('Import terminé')).toBeInTheDocument();
    expect(screen.getByText(/2 comptes créés/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Importer' })).not.toBeInTheDocument();
  });

  it('keeps « Importer » disabled while a line is in error, and can show the errors alone', async () => {
    const { user } = await previewFile(previewOf(['new', 'error', 'new']));
    expect(screen.getByRole('button', { name: 'Importer' })).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent('l’import est tout ou rien');
    await user.click(screen.getByLabelText('Afficher seulement les lignes en erreur'));
    const rows = within(screen.getByRole('table', { name: /Aperçu du fichier/ })).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('e-mail : Adresse email invalide.');
  });

  it('says why a file is refused, and drops the preview when another file or kind is chosen', async () => {
    const user = userEvent.setup();
    preview.mockResolvedValue({ ok: false, fieldErrors: { file: IMPORT_MESSAGES.refused } });
    render(<ImportPanel actions={{ preview, run }} />);
    await user.click(screen.getByLabelText('Bénévoles déjà inscrits ailleurs (.csv ou .xlsx)'));
    await user.upload(screen.getByLabelText('Fichier'), csv());
    await user.click(screen.getByRole('button', { name: 'Prévisualiser' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(IMPORT_MESSAGES.refused);
    expect((preview.mock.calls[0]![0] as FormData).get('kind')).toBe('benevoles');

    await user.upload(screen.getByLabelText('Fichier'), new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'gros.csv'));
    expect(screen.getByRole('alert')).toHaveTextContent(IMPORT_MESSAGES.tooLarge);
    expect(screen.getByRole('button', { name: 'Prévisualiser' })).toBeDisabled();
  });
});
