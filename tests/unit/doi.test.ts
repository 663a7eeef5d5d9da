import { doiDisplay, doiUrl, isWellFormedDoi, normalizeDoi } from '@/lib/editorial/doi';

describe('DOI normalisation', () => {
  it.each([
    ['10.1016/j.biopsych.2018.08.012', '10.1016/j.biopsych.2018.08.012'],
    ['https://doi.org/10.1176/appi.ajp.20220512', '10.1176/appi.ajp.20220512'],
    ['http://dx.doi.org/10.1176/appi.ajp.20220512', '10.1176/appi.ajp.20220512'],
    ['https://www.doi.org/10.1176/appi.ajp.20220512', '10.1176/appi.ajp.20220512'],
    ['doi:10.1001/archpsyc.63.8.856', '10.1001/archpsyc.63.8.856'],
    ['DOI: 10.1001/archpsyc.63.8.856.', '10.1001/archpsyc.63.8.856'],
    ['  10.1176/appi.ajp.2017.17040472;  ', '10.1176/appi.ajp.2017.17040472'],
    [
      'https://doi.org/10.1002/(SICI)1097-4679(199809)54:5%3C567::AID-JCLP1%3E3.0.CO;2-K',
      '10.1002/(SICI)1097-4679(199809)54:5<567::AID-JCLP1>3.0.CO;2-K',
    ],
  ])('%s → %s', (input, bare) => {
    expect(normalizeDoi(input)).toBe(bare);
  });

  it('checks the modern Crossref shape', () => {
    expect(isWellFormedDoi('10.1016/j.biopsych.2018.08.012')).toBe(true);
    expect(isWellFormedDoi('https://doi.org/10.1176/appi.ajp.20220512')).toBe(true);
    expect(isWellFormedDoi('10.12/x')).toBe(false);
    expect(isWellFormedDoi('not a doi')).toBe(false);
    expect(isWellFormedDoi('11.1016/j.x')).toBe(false);
  });

  it('links through doi.org and prints it as APA 7 does', () => {
    expect(doiDisplay('doi:10.1016/j.biopsych.2018.08.012.')).toBe('https://doi.org/10.1016/j.biopsych.2018.08.012');
    expect(doiUrl('10.1016/j.biopsych.2018.08.012')).toBe('https://doi.org/10.1016/j.biopsych.2018.08.012');
    // A "#" or "?" inside a DOI must not end the path of the link.
    expect(doiUrl('10.1234/a#b?c')).toBe('https://doi.org/10.1234/a%23b%3Fc');
  });
});
