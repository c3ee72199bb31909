import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';
import { SupportEmailProvider } from '@/components/support/support-email-context';
import { supportEmail } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Renfort RH Crise', template: '%s — Renfort RH Crise' },
  description:
    'Plateforme de régulation des renforts en personnels de santé pendant une crise sanitaire.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a href="#contenu" className="sr-only-focusable bg-white p-2 text-brand underline print:hidden">
          Aller au contenu
        </a>
        <SiteHeader />
        <main id="contenu" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
          <SupportEmailProvider email={supportEmail()}>{children}</SupportEmailProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
