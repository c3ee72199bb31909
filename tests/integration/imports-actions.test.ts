/** @jest-environment node */
import { revalidatePath } from 'next/cache';
import * as importActions from '@/app/(regulation)/_actions/imports';
import { prisma } from '@/lib/db';
import { getActor } from '@/lib/auth/session';
import { NOT_FOUND_ERROR } from '@/lib/actions/result';
import { IMPORT_MESSAGES } from '@/lib/imports/messages';
import { ensureReferenceData } from '../factories';
import { STRANGERS, actorOf } from './indicators-support';
import { annexeCsv, annexeLine, volunteerLine, volunteersCsv } from './imports-support';

// The imports page's server actions as the browser calls them, with FormData (SPEC §14: each action
// checks by itself). Only the session and Next's cache are replaced.

jest.mock('@/lib/auth/session', () => ({ getActor: jest.fn() }));
jest.mock('next/cache', () => ({ revalidatePath: jest.fn() }));
const mockedGetActor = jest.mocked(getActor);

// One module, written once for `/ars/imports` and `/ccs/imports` (app/(regulation)/_actions).
const AREAS = { '/ars/imports and /ccs/imports': importActions } as const;

function form(kind: string, bytes: Uint8Array<ArrayBuffer> | null, hash?: string): FormData {
  const data = new FormData();
  data.set('kind', kind);
  if (bytes) data.set('file', new File([bytes], 'comptes.csv', { type: 'text/csv' }));
  if (hash) data.set('hash', hash);
  return data;
}

beforeAll(ensureReferenceData);
beforeEach(() => {
  mockedGetActor.mockReset();
  jest.mocked(revalidatePath).mockClear();
});

describe.each(Object.entries(AREAS))('the actions of %s', (_area, actions) => {
  it.each(STRANGERS)('answer « Élément introuvable. » to %s and create nothing', async (_who, makeActor) => {
    const establishments = annexeLine();
    const volunteer = volunteerLine();
    mockedGetActor.mockResolvedValue(await makeActor());
    const hash = 'a'.repeat(64);
    for (const [kind, file] of [['etablissements', annexeCsv([establishments])], ['benevoles', volunteersCsv([volunteer])]] as const) {
      expect(await actions.previewImportAction(form(kind, file))).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
      expect(await actions.runImportAction(form(kind, file, hash))).toEqual({ ok: false, formError: NOT_FOUND_ERROR });
    }
    expect(await prisma.user.count({ where: { email: { in: [establishments.email, volunteer.Courriel] } } })).toBe(0);
  });

  it('turn the lines of another region into errors for an ARS, and import nothing', async () => {
    const line = annexeLine({ ars: 'ARS Grand Est', postalCode: '67000', city: 'Strasbourg' });
    mockedGetActor.mockResolvedValue(await actorOf('ARS', { regionCode: '84' }));
    const preview = await actions.previewImportAction(form('etablissements', annexeCsv([line])));
    if (!preview.ok) throw new Error('preview refused');
    expect(preview.data.lines[0]).toMatchObject({ status: 'error', messages: [IMPORT_MESSAGES.otherRegion('ARS Grand Est')] });
    const result = await actions.runImportAction(form('etablissements', annexeCsv([line]), preview.data.fileHash));
    expect(result).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect(await prisma.user.count({ where: { email: line.email } })).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it('preview then import for the region’s ARS, and refresh the area', async () => {
    const line = annexeLine();
    const file = annexeCsv([line]);
    mockedGetActor.mockResolvedValue(await actorOf('ARS', { regionCode: '84' }));
    const preview = await actions.previewImportAction(form('etablissements', file));
    if (!preview.ok) throw new Error('preview refused');
    expect(await actions.runImportAction(form('etablissements', file, preview.data.fileHash))).toMatchObject({ ok: true, data: { status: 'imported', outcome: { accountsCreated: 1 } } });
    expect(await prisma.user.findUniqueOrThrow({ where: { email: line.email } })).toMatchObject({ role: 'ESTABLISHMENT', status: 'ACTIVE' });
    // The area of the actor: the ARS's.
    expect(revalidatePath).toHaveBeenCalledWith('/ars', 'layout');
  });

  it('say in French what is missing from the form', async () => {
    mockedGetActor.mockResolvedValue(await actorOf('CCS'));
    expect(await actions.previewImportAction(form('etablissements', null))).toEqual({ ok: false, fieldErrors: { file: 'Choisissez un fichier.' } });
    expect(await actions.previewImportAction(form('autre', annexeCsv([annexeLine()])))).toEqual({ ok: false, fieldErrors: { kind: 'Choisissez le type de fichier.' } });
    expect(await actions.previewImportAction(form('etablissements', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])))).toEqual({ ok: false, fieldErrors: { file: IMPORT_MESSAGES.refused } });
    expect(await actions.runImportAction(form('etablissements', annexeCsv([annexeLine()])))).toEqual({ ok: false, fieldErrors: { hash: IMPORT_MESSAGES.changedSincePreview } });
  });
});
