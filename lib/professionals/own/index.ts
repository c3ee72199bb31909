// The volunteer's own area (SPEC §5.2): every function takes the actor first and reaches only the
// actor's own record (professionalScope AND their user id, see own/owner.ts).
export { getOwnDashboard, type OwnAssignment, type OwnDashboard, type PeriodsState } from './dashboard';
export { readOwnCandidacy, declineOwnCandidacy, NOT_PENDING, ALREADY_ASSIGNED, type OwnCandidacy } from './candidacy';
export { setOwnAvailability, confirmOwnAvailability } from './availability';
export { getOwnRecord, updateOwnRecord, isRppsVerified, type OwnRecord, type RecordFormValues } from './record';
export { listOwnPeriods, saveOwnPeriods, type OwnPeriod, type OwnPeriods } from './periods';
export { listOwnDocuments, replaceOwnDocument, deleteOwnDocument, type OwnDocument, type OwnDocuments } from './documents';
export { exportOwnData, EXPORT_FORMAT, type OwnDataExport } from './data-export';
export { getDeletionBlock, deleteOwnAccount, deletionRefusal, type CurrentAssignment } from './account-deletion';
