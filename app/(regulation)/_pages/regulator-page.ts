import type { ReactNode } from 'react';
import type { RegulatorRole } from '@/lib/access/roles';

import type { SearchParams as QueryParams } from '@/lib/url/query-params';

/** The `searchParams` prop of a page, as Next gives it. */
export type SearchParams = Promise<QueryParams>;

/**
 * A page of `/ars` and `/ccs`, written once here (SPEC §12 keeps one route group per role, each with its
 * layout): `render` gets the actor with requireAreaActor(area) and builds its links under the area's
 * prefix. Each area's page.tsx is its title and `export default regulatorPage('ARS', render)`.
 */
export function regulatorPage<Props>(area: RegulatorRole, render: (area: RegulatorRole, props: Props) => Promise<ReactNode>): (props: Props) => Promise<ReactNode> {
  return function RegulatorPage(props: Props) {
    return render(area, props);
  };
}
