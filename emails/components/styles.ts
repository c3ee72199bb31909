import type { CSSProperties } from 'react';

// Inline styles only: most mail clients drop <style> blocks. Colours keep a contrast ratio above
// 4.5:1 (WCAG AA) on white: #000091 (blue France) and #3a3a3a (text) are the DSFR values.
export const colors = {
  primary: '#000091',
  text: '#3a3a3a',
  muted: '#595959',
  border: '#dddddd',
  background: '#f6f6f6',
} as const;

export const fontFamily = 'Marianne, Arial, Helvetica, sans-serif';

export const paragraph: CSSProperties = {
  color: colors.text,
  fontSize: '16px',
  lineHeight: '24px',
  margin: '0 0 16px',
};

export const heading: CSSProperties = {
  color: colors.text,
  fontSize: '22px',
  lineHeight: '30px',
  fontWeight: 700,
  margin: '0 0 16px',
};

export const notice: CSSProperties = {
  ...paragraph,
  borderLeft: `4px solid ${colors.primary}`,
  paddingLeft: '12px',
};
