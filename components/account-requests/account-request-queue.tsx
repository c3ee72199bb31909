'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { AccountRequestCard } from '@/components/account-requests/account-request-card';
import { DecisionPanel } from '@/components/account-requests/decision-panel';
import type { QueueActions } from '@/components/account-requests/queue-actions';
import type { PendingQueue } from '@/lib/account-requests/list-pending-account-requests';

interface Notice {
  tone: 'success' | 'warning';
  message: string;
}

/**
 * The validation queue of `/ars/demandes` and `/ccs/demandes` (SPEC §7.1): pending requests, oldest
 * first, each with « Valider » / « Refuser ». A decided request leaves the list at once, the outcome is
 * announced at the top, and the page data comes fresh from the server (another agent may have decided
 * others): with the action's answer after a decision (it revalidated the area), asked for otherwise.
 */
export function AccountRequestQueue({ queue, actions }: { queue: PendingQueue; actions: QueueActions }) {
  const router = useRouter();
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const requests = queue.requests.filter((request) => !gone.has(request.id));
  const total = Math.max(0, queue.total - queue.requests.length + requests.length);

  function onGone(requestId: string, tone: Notice['tone'], message: string) {
    setGone((previous) => new Set(previous).add(requestId));
    setNotice({ tone, message });
    // The card that had focus is gone: focus moves to the message that says what happened.
    requestAnimationFrame(() => noticeRef.current?.focus());
    // Decided elsewhere meanwhile: this action changed nothing and revalidated nothing.
    if (tone === 'warning') router.refresh();
  }

  return (
    <div className="space-y-6">
      <div ref={noticeRef} tabIndex={-1} className="outline-none">
        {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
      </div>
      <p data-testid="pending-requests-count">
        {total === 0 ? 'Aucune demande de compte en attente.' : `${total} demande${total > 1 ? 's' : ''} de compte en attente.`}
        {queue.total > queue.requests.length ? ` Les ${queue.requests.length} plus anciennes sont affichées.` : ''}
      </p>
      {requests.map((request) => (
        <AccountRequestCard key={request.id} request={request}>
          <DecisionPanel requestId={request.id} establishmentName={request.establishment.name} actions={actions} onGone={onGone} />
        </AccountRequestCard>
      ))}
    </div>
  );
}
