import { EnvError, parseEnv, publicEnvSchema, serverEnvSchema, siteOriginProblem } from '@/lib/env';
import { studioCsp } from '@/lib/security/csp';

describe('environment contract', () => {
  it('has working defaults: the local dataset, localhost, Chicago time', () => {
    expect(parseEnv(publicEnvSchema, {})).toEqual({
      NEXT_PUBLIC_SITE_URL: 'http://localhost:3000',
      NEXT_PUBLIC_SANITY_PROJECT_ID: undefined,
      NEXT_PUBLIC_SANITY_DATASET: 'production',
      NEXT_PUBLIC_SANITY_API_VERSION: '2025-02-19',
      NEXT_PUBLIC_SANITY_STUDIO_API_HOST: undefined,
    });
    expect(parseEnv(serverEnvSchema, {}).SITE_TIME_ZONE).toBe('America/Chicago');
  });

  it('treats empty strings as unset and trims a trailing slash from the site URL', () => {
    const env = parseEnv(publicEnvSchema, { NEXT_PUBLIC_SANITY_PROJECT_ID: '', NEXT_PUBLIC_SITE_URL: 'https://clinic.example/' });
    expect(env.NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined();
    expect(env.NEXT_PUBLIC_SITE_URL).toBe('https://clinic.example');
  });

  it.each([
    [publicEnvSchema, { NEXT_PUBLIC_SITE_URL: 'clinic.example' }, 'NEXT_PUBLIC_SITE_URL'],
    [publicEnvSchema, { NEXT_PUBLIC_SITE_URL: 'javascript:alert(1)' }, 'NEXT_PUBLIC_SITE_URL'],
    [publicEnvSchema, { NEXT_PUBLIC_SANITY_PROJECT_ID: 'My Project' }, 'NEXT_PUBLIC_SANITY_PROJECT_ID'],
    [publicEnvSchema, { NEXT_PUBLIC_SANITY_API_VERSION: '2021-03-25' }, 'NEXT_PUBLIC_SANITY_API_VERSION'],
    [publicEnvSchema, { NEXT_PUBLIC_SANITY_STUDIO_API_HOST: 'http://api.example' }, 'NEXT_PUBLIC_SANITY_STUDIO_API_HOST'],
    [publicEnvSchema, { NEXT_PUBLIC_SANITY_STUDIO_API_HOST: 'https://api.example' }, 'NEXT_PUBLIC_SANITY_STUDIO_API_HOST'],
    [publicEnvSchema, { NEXT_PUBLIC_SANITY_STUDIO_API_HOST: 'https://localhost:3198/v1' }, 'NEXT_PUBLIC_SANITY_STUDIO_API_HOST'],
    [serverEnvSchema, { SITE_TIME_ZONE: 'Mars/Olympus' }, 'SITE_TIME_ZONE'],
    [serverEnvSchema, { SANITY_REVALIDATE_SECRET: 'short' }, 'SANITY_REVALIDATE_SECRET'],
  ] as const)('names the variable that is wrong (%#)', (schema, source, name) => {
    expect(() => parseEnv(schema, source)).toThrow(EnvError);
    expect(() => parseEnv(schema, source)).toThrow(new RegExp(`${name}: `));
  });
});

describe('an origin that cannot be the public one', () => {
  it.each([
    [undefined, /is unset, so http:\/\/localhost:3000 is used/],
    ['  ', /is unset/],
    ['http://localhost:3000', /a local address/],
    ['http://clinic.localhost', /a local address/],
    ['http://127.0.0.1:8080', /a local address/],
    ['http://[::1]:3000', /a local address/],
    ['http://0.0.0.0', /a local address/],
  ])('%j', (value, problem) => {
    expect(siteOriginProblem(value)).toMatch(problem);
  });

  it.each(['https://clinic.example', 'https://localhost.clinic.example', 'http://192.168.1.20'])('%j is fine', (value) => {
    expect(siteOriginProblem(value)).toBeUndefined();
  });
});

describe('the Studio API host', () => {
  it('is an origin on this machine only (a stand-in): another host would receive the editors’ token', () => {
    expect(
      parseEnv(publicEnvSchema, { NEXT_PUBLIC_SANITY_STUDIO_API_HOST: 'http://localhost:3198/' }).NEXT_PUBLIC_SANITY_STUDIO_API_HOST,
    ).toBe('http://localhost:3198');
    expect(
      parseEnv(publicEnvSchema, { NEXT_PUBLIC_SANITY_STUDIO_API_HOST: 'https://localhost:3198' }).NEXT_PUBLIC_SANITY_STUDIO_API_HOST,
    ).toBe('https://localhost:3198');
  });

  it('is allowed by the Studio policy, with its project subdomains, and nothing is added without it', () => {
    const connect = (csp: string) =>
      csp
        .split('; ')
        .find((d) => d.startsWith('connect-src '))!
        .split(' ');
    expect(connect(studioCsp('http://localhost:3198'))).toEqual(
      expect.arrayContaining(['http://localhost:3198', 'http://*.localhost:3198', 'ws://*.localhost:3198', 'https://api.crossref.org']),
    );
    expect(connect(studioCsp('https://localhost:3198'))).toEqual(
      expect.arrayContaining(['https://*.localhost:3198', 'wss://*.localhost:3198']),
    );
    expect(studioCsp()).not.toMatch(/localhost|http:|ws:/);
  });
});
