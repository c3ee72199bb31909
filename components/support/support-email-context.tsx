'use client';

import { createContext, useContext, type ReactNode } from 'react';

// app/error.tsx is a client component and cannot read lib/env: the root layout (a server component)
// hands the configured support address down through this context, so the error page shows the same
// address as the footer, not a default baked into the client bundle.
const SupportEmailContext = createContext<string | null>(null);

export function SupportEmailProvider({ email, children }: { email: string; children: ReactNode }) {
  return <SupportEmailContext.Provider value={email}>{children}</SupportEmailContext.Provider>;
}

/** The support address given by the root layout, or null outside it (app/global-error.tsx). */
export function useSupportEmail(): string | null {
  return useContext(SupportEmailContext);
}
