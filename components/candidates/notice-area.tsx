import type { RefObject } from 'react';
import { Alert } from '@/components/ui/alert';
import type { Notice } from '@/components/candidates/use-notice';

export function NoticeArea({ notice, noticeRef, testId }: { notice: Notice | null; noticeRef: RefObject<HTMLDivElement | null>; testId: string }) {
  return (
    <div ref={noticeRef} tabIndex={-1} className="outline-none" data-testid={testId}>
      {notice ? <Alert tone={notice.tone}>{notice.message}</Alert> : null}
    </div>
  );
}
