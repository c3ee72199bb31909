/** @jest-environment node */
import { prisma } from '@/lib/db';
import { getRppsHome, listManagedEstablishments, listRequests, REQUESTS_PAGE_SIZE } from '@/lib/rpps/queries';
import { getRequestDetail } from '@/lib/rpps/request-detail';
import { submitRegistration } from '@/lib/rpps/register';
import { requestListQuerySchema } from '@/lib/validation/rpps';
import { completeDraft, managedEstablishment, person, registerPerson } from './rpps-helpers';

// « Liste des demandes » (SPEC §8, guide §4): filters, search by name and by FINESS or SIRET, newest
// first, 10 per page — each test on an establishment of its own, so the counts are exact.

const query = (params: Record<string, string | string[]> = {}) => requestListQuerySchema.parse(params);

describe('the requests list', () => {
  it('shows every request of the establishment, newest first, 10 per page, with « Non attribué » until the number exists', async () => {
    const { establishment, manager } = await managedEstablishment();
    const registered = await registerPerson(
      manager,
      person(establishment.id, { civil: { birthLastName: 'Élodie-Kiki' }, situation: { practiceLastName: 'Kiki', practiceFirstName: 'Julie' } }),
    );
    const drafts = [];
    for (let index = 0; index < 11; index += 1) drafts.push(await completeDraft(manager, person(establishment.id)));
    await submitRegistration(manager, drafts[0]!.requestId);

    const first = await listRequests(manager, query());
    expect(first).toMatchObject({ total: 12, page: 1, pageSize: REQUESTS_PAGE_SIZE });
    expect(first.rows).toHaveLength(10);
    expect(first.rows[0]).toMatchObject({
      number: drafts[10]!.number,
      statusLabel: "En cours d'enregistrement",
      procedureLabel: 'Primo enregistrement',
      rppsNumber: 'Non attribué',
    });
    expect(first.rows[0]!.href).toBe(`/rpps/enregistrement/${drafts[10]!.requestId}/etape/5`);
    const second = await listRequests(manager, query({ page: '2' }));
    expect(second.rows.map((row) => row.number)).toEqual([drafts[0]!.number, registered.number]);
    expect(second.rows[1]).toMatchObject({
      statusLabel: 'Enregistrement RPPS validé',
      rppsNumber: registered.record.rppsNumber,
      name: 'KIKI Julie',
      profession: 'Éducateur spécialisé',
      establishment: establishment.finess,
      href: `/rpps/demandes/${registered.requestId}`,
    });
    // A page past the end shows the last one.
    expect((await listRequests(manager, query({ page: '9' }))).page).toBe(2);
  });

  it('filters by status and procedure, and searches names without minding case or accents', async () => {
    const { establishment, manager } = await managedEstablishment();
    const registered = await registerPerson(
      manager,
      person(establishment.id, {
        civil: { birthLastName: 'Lefèvre', firstNames: 'Hélène' },
        situation: { practiceLastName: 'Lefèvre', practiceFirstName: 'Hélène' },
      }),
    );
    await completeDraft(manager, person(establishment.id));
    expect((await listRequests(manager, query({ statut: 'RPPS_VALIDATED' }))).rows.map((row) => row.id)).toEqual([registered.requestId]);
    expect((await listRequests(manager, query({ statut: ['RPPS_VALIDATED', 'REGISTRATION_IN_PROGRESS'] }))).total).toBe(2);
    expect((await listRequests(manager, query({ procedure: 'CLOSE_SITUATION' }))).total).toBe(0);
    expect((await listRequests(manager, query({ nom: 'helene lefevre' }))).rows.map((row) => row.id)).toEqual([registered.requestId]);
    expect((await listRequests(manager, query({ nom: 'LEFÈVRE' }))).total).toBe(1);
    expect((await listRequests(manager, query({ nom: 'lefevre inconnue' }))).total).toBe(0);
  });

  it('searches by FINESS, or by SIRET for an establishment without one', async () => {
    const { establishment, manager } = await managedEstablishment();
    await prisma.establishment.update({ where: { id: establishment.id }, data: { siret: '73282932000074' } });
    await completeDraft(manager, person(establishment.id));
    expect((await listRequests(manager, query({ etablissement: establishment.finess! }))).total).toBe(1);
    expect((await listRequests(manager, query({ etablissement: '732 829 320 00074' }))).total).toBe(1);
    expect((await listRequests(manager, query({ etablissement: '999999999' }))).total).toBe(0);
  });

  it('finds and shows a vaccination centre, which has no FINESS, by its GID', async () => {
    const { establishment, manager } = await managedEstablishment();
    const gid = String(Math.floor(1e9 + Math.random() * 8.9e9));
    await prisma.establishment.update({ where: { id: establishment.id }, data: { finess: null, gid } });
    await completeDraft(manager, person(establishment.id));
    const found = await listRequests(manager, query({ etablissement: `${gid.slice(0, 4)} ${gid.slice(4)}` }));
    expect(found.total).toBe(1);
    expect(found.rows[0]!.establishment).toBe(gid);
  });

  it('counts what waits on the home page and lists the manager’s establishments', async () => {
    const { establishment, manager } = await managedEstablishment();
    await registerPerson(manager, person(establishment.id));
    await completeDraft(manager, person(establishment.id));
    await expect(getRppsHome(manager)).resolves.toEqual({ establishmentCount: 1, underReview: 0, drafts: 1, records: 1 });
    await expect(listManagedEstablishments(manager)).resolves.toEqual([
      expect.objectContaining({ id: establishment.id, label: `${establishment.finess} - ${establishment.name} (Toulouse)` }),
    ]);
  });

  it('describes a request with the guide’s summary', async () => {
    const { establishment, manager } = await managedEstablishment();
    const registered = await registerPerson(manager, person(establishment.id));
    const detail = await getRequestDetail(manager, registered.requestId);
    expect(detail).toMatchObject({ statusLabel: 'Enregistrement RPPS validé', rppsNumber: registered.record.rppsNumber, awaitsDecision: false });
    const rows = Object.fromEntries(detail!.sections.flatMap((section) => section.rows.map((row) => [row.label, row.value])));
    expect(rows).toMatchObject({
      Civilité: 'Madame',
      Sexe: 'Féminin',
      "Nom d'usage": 'Non renseigné',
      'Date de naissance': '5 mai 1999',
      'Pays de naissance': 'France',
      'Commune de naissance': 'Marseille 3e Arrondissement (13203)',
      'Téléphone mobile': 'France (+33) 730494959',
      Établissement: `${establishment.finess} - ${establishment.name}`,
      'Date de prise de fonction': '2 mai 2022',
      'Date de fin de fonction': 'Non renseigné',
      Profession: 'Éducateur spécialisé',
      Rôle: "Activité de coordination et d'orientation",
      "Mode d'exercice": 'Salarié',
    });
  });
});
