import { reportFindings, resetReportedFindings } from '@/lib/content/report';

describe('content problem log lines', () => {
  beforeEach(() => resetReportedFindings());

  it('names an ordinary document as typed', () => {
    const lines: string[] = [];
    reportFindings('post', 'post-1', 'hidden', [{ level: 'error', path: ['title'], message: 'must be text' }], (m) => lines.push(m));
    expect(lines).toEqual(['[content] post "post-1" is not shown anywhere until this is fixed:\n  - title: must be text']);
  });

  it('an id with a quote or a line break cannot garble or forge a log line', () => {
    const lines: string[] = [];
    const id = 'x"\n[content] post "fake" is fine';
    reportFindings('post', id, 'hidden', [{ level: 'error', path: ['title'], message: 'must be text' }], (m) => lines.push(m));
    expect(lines[0].split('\n')[0]).toBe(
      '[content] post "x\\"\\n[content] post \\"fake\\" is fine" is not shown anywhere until this is fixed:',
    );
    expect(lines[0].split('\n')).toHaveLength(2);
  });
});
