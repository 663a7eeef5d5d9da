/**
 * @jest-environment jsdom
 *
 * The crisis heading as the lead-in of the callout and the footer line: a colon after it, and the
 * clinic's own punctuation kept as written ("Need help now?" never becomes "Need help now?:").
 */
import { render } from '@testing-library/react';
import { CrisisCallout, CrisisLine } from '@/app/_components/CrisisResources';
import { builtInCrisis, crisisLeadIn } from '@/lib/content/crisis';

describe('crisisLeadIn', () => {
  it.each([
    ['If you are in crisis', 'If you are in crisis:'],
    ['Need help now?', 'Need help now?'],
    ['Get help now!', 'Get help now!'],
    ['Reach us:', 'Reach us:'],
    ['Help is here.', 'Help is here.'],
    ['  Talk to someone  ', 'Talk to someone:'],
  ])('%j leads in as %j', (heading, shown) => {
    expect(crisisLeadIn(heading)).toBe(shown);
  });

  it('is what the callout and the footer line show', () => {
    const crisis = { ...builtInCrisis(), heading: 'Need help now?' };
    for (const ui of [<CrisisCallout key="c" crisis={crisis} />, <CrisisLine key="l" crisis={crisis} />]) {
      const { container, unmount } = render(ui);
      expect(container.querySelector('strong')?.textContent).toBe('Need help now?');
      unmount();
    }
  });
});
