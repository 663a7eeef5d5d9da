/**
 * @jest-environment jsdom
 */
/**
 * The error pages keep what every page has: a way back and, for global-error (which replaces the
 * root layout and cannot fetch), the built-in crisis line in the footer.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import SpanishError from '@/app/(es)/es/error';
import SiteError from '@/app/(site)/error';
import GlobalError from '@/app/global-error';

describe('error pages', () => {
  it('the site error page says what happened, retries and links home', () => {
    const reset = jest.fn();
    render(<SiteError error={new Error('boom')} reset={reset} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This page could not be shown');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(reset).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Go to the latest articles' })).toHaveAttribute('href', '/');
    expect(document.body.textContent).not.toContain('boom');
  });

  it('the Spanish error page says it in Spanish and links to the Spanish home', () => {
    const reset = jest.fn();
    render(<SpanishError error={new Error('boom')} reset={reset} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('No pudimos mostrar esta página');
    fireEvent.click(screen.getByRole('button', { name: 'Intentar de nuevo' }));
    expect(reset).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Ir a los artículos recientes' })).toHaveAttribute('href', '/es');
    expect(document.body.textContent).not.toContain('boom');
  });

  it('global-error is a whole document with a title and the crisis line in the footer', () => {
    const html = renderToStaticMarkup(<GlobalError error={new Error('boom')} reset={() => undefined} />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.title).toBe('This page could not be shown | Clinic blog');
    const footerLinks = [...doc.querySelectorAll('footer #crisis-line a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(footerLinks).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Call 911', 'tel:911'],
      ['En español: envíe AYUDA al 988', 'sms:988?body=AYUDA'],
    ]);
    // The Spanish option is marked as Spanish, for screen readers on an English page.
    expect(doc.querySelector('footer #crisis-line a[href="sms:988?body=AYUDA"]')?.getAttribute('lang')).toBe('es');
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(html).not.toContain('boom');
  });
});
