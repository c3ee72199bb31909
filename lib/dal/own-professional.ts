// The volunteer's own area (SPEC §5.2): every function takes the actor first and reaches only the
// actor's own record (professionalScope AND their user id, see own-professional/owner.ts).
export { getOwnDashboard, type OwnAssignment, type OwnDashboard, type PeriodsState } from './own-professional/dashboard';
export { setOwnAvailability } from './own-professional/availability';
export { getOwnRecord, updateOwnRecord, isRppsNumberKnown, type OwnRecord, type RecordFormValues } from './own-professional/record';
export { listOwnPeriods, saveOwnPeriods, type OwnPeriod, type OwnPeriods } from './own-professional/periods';
export { listOwnDocuments, replaceOwnDocument, deleteOwnDocument, type OwnDocument, type OwnDocuments } from './own-professional/documents';
export { exportOwnData, EXPORT_FORMAT, type OwnDataExport } from './own-professional/data-export';
export { getDeletionBlock, deleteOwnAccount, deletionRefusal, type CurrentAssignment } from './own-professional/account-deletion';
