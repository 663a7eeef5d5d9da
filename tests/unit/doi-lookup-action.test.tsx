/**
 * @jest-environment jsdom
 *
 * The "Fill from DOI" document action: one patch with Crossref's fields on success; offline or for an
 * unknown DOI, a plain message and no patch at all. Sanity's document store is replaced by a spy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { DocumentActionProps } from 'sanity';

const execute = jest.fn();
jest.mock('sanity', () => ({ useDocumentOperation: () => ({ patch: { execute, disabled: false } }) }));

// Imported after the mock is in place.
import { DoiLookupAction } from '@/sanity/actions/DoiLookupAction';

const recorded = readFileSync(path.join(__dirname, '..', 'fixtures', 'crossref-10.1016-j.biopsych.2018.08.012.json'), 'utf8');

function props(doi: string | undefined): DocumentActionProps {
  return {
    id: 'citation-ballard-2019',
    type: 'citation',
    draft: { _id: 'drafts.citation-ballard-2019', _type: 'citation', _createdAt: '', _updatedAt: '', _rev: '', ...(doi ? { doi } : {}) },
    published: null,
  } as unknown as DocumentActionProps;
}

let fetchStub: jest.SpyInstance | undefined;
beforeEach(() => execute.mockReset());
afterEach(() => {
  fetchStub?.mockRestore();
  fetchStub = undefined;
});

function stubFetch(impl: () => Promise<Response>) {
  // jsdom has no fetch of its own: define one to stub.
  if (typeof globalThis.fetch !== 'function')
    Object.defineProperty(globalThis, 'fetch', { value: () => Promise.reject(new Error('unstubbed')), writable: true, configurable: true });
  fetchStub = jest.spyOn(globalThis, 'fetch').mockImplementation(impl);
}

/** jsdom has no Response either: the few members lookupDoi reads. */
function answer(status: number, body: string): Response {
  return { ok: status >= 200 && status < 300, status, json: async () => JSON.parse(body) } as Response;
}

async function run(doi: string) {
  const { result } = renderHook(() => DoiLookupAction(props(doi)));
  expect(result.current?.label).toBe('Fill from DOI');
  act(() => result.current?.onHandle?.());
  await waitFor(() => expect(result.current?.dialog).toBeTruthy());
  return result.current?.dialog as { content: string };
}

it('fills the citation from Crossref in one patch', async () => {
  stubFetch(async () => answer(200, recorded));
  const dialog = await run('10.1016/j.biopsych.2018.08.012');
  expect(execute).toHaveBeenCalledTimes(1);
  const [[patches]] = execute.mock.calls as [[Array<{ set: Record<string, unknown> }>]];
  expect(patches[0].set).toMatchObject({ year: 2019, journal: 'Biological Psychiatry', volume: '85', issue: '10', pages: 'e35–e37' });
  expect(dialog.content).toMatch(/^Filled from Crossref/);
});

it('an unknown DOI changes nothing and says so', async () => {
  stubFetch(async () => answer(404, 'Resource not found.'));
  const dialog = await run('10.9999/unknown');
  expect(execute).not.toHaveBeenCalled();
  expect(dialog.content).toMatch(/Crossref does not know the DOI 10.9999\/unknown.*Nothing was changed/);
});

it('offline changes nothing and says so', async () => {
  stubFetch(async () => {
    throw new TypeError('Failed to fetch');
  });
  const dialog = await run('10.1016/j.biopsych.2018.08.012');
  expect(execute).not.toHaveBeenCalled();
  expect(dialog.content).toMatch(/could not be reached \(are you offline\?\)/);
});

it('is disabled until there is a DOI', () => {
  const { result } = renderHook(() => DoiLookupAction(props(undefined)));
  expect(result.current?.disabled).toBe(true);
});
