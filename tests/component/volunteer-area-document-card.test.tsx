/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DocumentCard } from '@/app/(professional)/professionnel/documents/_components/document-card';
import type { OwnDocument } from '@/lib/professionals/own/documents';

const CURRENT: OwnDocument = {
  id: '6f1c2a4e-0000-4000-8000-000000000002',
  kind: 'IDENTITY',
  originalName: 'carte.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 2048,
  uploadedAt: '2026-11-20T09:30:00.000Z',
};

// The section is labelled « Diplôme » too (aria-labelledby): the input is the one to find.
const fileInput = () => screen.getByLabelText('Diplôme', { selector: 'input' });
const pdf = () => new File(['%PDF-1.4'], 'scan.pdf', { type: 'application/pdf' });

describe('DocumentCard (« Mes documents »)', () => {
  it('shows the current file with a download link through the authorized route', () => {
    render(<DocumentCard kind="IDENTITY" title="Pièce d'identité" document={CURRENT} upload={jest.fn()} remove={jest.fn()} />);
    expect(screen.getByText('carte.pdf')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Télécharger/ })).toHaveAttribute('href', `/api/documents/${CURRENT.id}`);
  });

  it('sends the chosen file as FormData with its kind', async () => {
    const upload = jest.fn().mockResolvedValue({ ok: true, data: CURRENT });
    render(<DocumentCard kind="DIPLOMA" title="Diplôme" document={null} upload={upload} remove={jest.fn()} />);
    await userEvent.upload(fileInput(), pdf());
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le fichier' }));
    await waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    const form = upload.mock.calls[0][0] as FormData;
    expect(form.get('kind')).toBe('DIPLOMA');
    expect((form.get('file') as File).name).toBe('scan.pdf');
    expect(await screen.findByText('Document enregistré.')).toBeInTheDocument();
  });

  it('says next to the field why the server refused the file', async () => {
    const message = "Ce fichier n'est pas accepté : formats autorisés PDF, DOC, DOCX, JPG, PNG.";
    const upload = jest.fn().mockResolvedValue({ ok: false, fieldErrors: { file: message } });
    render(<DocumentCard kind="DIPLOMA" title="Diplôme" document={null} upload={upload} remove={jest.fn()} />);
    await userEvent.upload(fileInput(), pdf());
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le fichier' }));
    await waitFor(() => expect(fileInput()).toHaveAccessibleDescription(expect.stringContaining(message)));
  });

  it('asks for a file before sending anything', async () => {
    const upload = jest.fn();
    render(<DocumentCard kind="DIPLOMA" title="Diplôme" document={null} upload={upload} remove={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer le fichier' }));
    expect(fileInput()).toHaveAccessibleDescription(expect.stringContaining('Choisissez un fichier.'));
    expect(upload).not.toHaveBeenCalled();
  });

  it('deletes only after a confirmation', async () => {
    const remove = jest.fn().mockResolvedValue({ ok: true, data: null });
    render(<DocumentCard kind="IDENTITY" title="Pièce d'identité" document={CURRENT} upload={jest.fn()} remove={remove} />);
    await userEvent.click(screen.getByRole('button', { name: /^Supprimer/ }));
    expect(remove).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Confirmer la suppression' }));
    await waitFor(() => expect(remove).toHaveBeenCalledWith({ documentId: CURRENT.id }));
    expect(await screen.findByText('Document supprimé.')).toBeInTheDocument();
  });
});
