/** One printable guide per role (SPEC §15), its steps in the screens' own words. */
export interface GuideSection {
  id: string;
  title: string;
  steps: string[];
}

export interface Guide {
  /** The URL segment: /guides/<slug>. */
  slug: 'professionnel' | 'etablissement' | 'ars' | 'ccs' | 'rpps';
  title: string;
  /** One sentence on who it is for, shown on /guides. */
  audience: string;
  sections: GuideSection[];
}
