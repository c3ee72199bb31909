/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { CheckboxField } from '@/components/ui/checkbox-field';

describe('CheckboxField', () => {
  it('binds its label to the box even when it is controlled, with neither id nor name', () => {
    render(
      <>
        <CheckboxField label="Exiger Pro Santé Connect" checked={false} onChange={() => undefined} />
        <CheckboxField label="Autre réglage" checked onChange={() => undefined} />
      </>,
    );
    const first = screen.getByLabelText('Exiger Pro Santé Connect');
    const second = screen.getByLabelText('Autre réglage');
    expect(first).toHaveAttribute('type', 'checkbox');
    expect(first).not.toBeChecked();
    expect(second).toBeChecked();
    expect(first.id).not.toBe(second.id);
  });

  it('keeps the id or name it is given, which register() and error messages rely on', () => {
    render(<CheckboxField label="J'accepte" name="termsAccepted" error="Cochez la case." />);
    const box = screen.getByLabelText("J'accepte");
    expect(box).toHaveAttribute('id', 'termsAccepted');
    expect(box).toHaveAttribute('aria-describedby', 'termsAccepted-error');
    expect(screen.getByText('Cochez la case.')).toHaveAttribute('id', 'termsAccepted-error');
  });
});
