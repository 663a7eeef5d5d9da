/**
 * @jest-environment jsdom
 *
 * The crisis heading as the lead-in of the callout: a colon after it, and the clinic's own
 * punctuation kept as written ("Need help now?" never becomes "Need help now?:"). The footer shows it
 * as a heading, as written.
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

  it('the callout leads in with it; the footer shows the heading as written, then the message', () => {
    const crisis = { ...builtInCrisis(), heading: 'Need help now?' };
    for (const ui of [<CrisisCallout key="c" crisis={crisis} moreWays="More ways to get help" />, <CrisisLine key="l" crisis={crisis} />]) {
      const { container, unmount } = render(ui);
      expect(container.querySelector('strong')?.textContent).toBe('Need help now?');
      unmount();
    }
    const { container } = render(<CrisisLine crisis={{ ...builtInCrisis(), heading: 'If you are in crisis' }} />);
    expect(container.querySelector('strong')?.textContent).toBe('If you are in crisis');
    expect(container).toHaveTextContent(builtInCrisis().message);
  });
});
