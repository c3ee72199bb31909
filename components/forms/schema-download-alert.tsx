import { Alert } from '@/components/ui/alert';

/** Shown while a form's deferred schema could not be downloaded (`useDeferredResolver`): the user's
 * « Valider » waits for it, and should know why and that nothing typed is lost. */
export function SchemaDownloadAlert({ unavailable }: { unavailable: boolean }) {
  if (!unavailable) return null;
  return (
    <Alert tone="warning" title="Connexion interrompue">
      Le formulaire n’a pas fini de se charger : vérifiez votre connexion. Ce que vous avez saisi est conservé, et un nouvel
      essai est fait automatiquement.
    </Alert>
  );
}
