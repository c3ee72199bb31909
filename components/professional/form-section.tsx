import type { ReactNode } from 'react';
import { Panel } from '@/components/ui/panel';

/** A titled part of a long form: headings let a phone user (and a screen reader) skip between parts. */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Panel id={id} title={title} titleSize="lg">
      {children}
    </Panel>
  );
}
