import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import type { AccountRequestData, AccountRequestInput } from '@/lib/validation/account-request';

/** What each part of the account-request form needs from the one react-hook-form form. */
export interface AccountRequestFormBindings {
  register: UseFormRegister<AccountRequestInput>;
  control: Control<AccountRequestInput, unknown, AccountRequestData>;
  errors: FieldErrors<AccountRequestInput>;
}
