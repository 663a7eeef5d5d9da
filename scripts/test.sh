#!/usr/bin/env bash
# The whole test suite, as the README's second command runs it: static checks, unit and integration
# tests (jest), then production builds (the seed, the test dataset, the hostile corpus, the Sanity
# path, a bare App Router page) and the browser tests (Playwright + Debian Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

step() { printf '\n== %s\n' "$*"; }
started=$(date +%s)

# First: a Node older than package.json's engines stops here with what to do.
step "Node $(node --version) (package.json engines: $(node -p 'require("./package.json").engines.node'))"
node --import tsx scripts/node-version.ts

# Debian packages the tests need: Chromium for the browser tests, xmllint (libxml2-utils) for the
# sitemap's XSD check, python3-feedparser to read the feeds as an independent parser would.
missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || missing+=(python3-feedparser)
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing Debian packages: ${missing[*]}"
  sudo_=()
  [ "$(id -u)" -eq 0 ] || sudo_=(sudo)
  "${sudo_[@]}" apt-get update -qq
  "${sudo_[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

step "Type check"
npx tsc --noEmit

step "Lint"
npx eslint . --max-warnings=0

step "Format (Prettier; npm run format rewrites)"
npx prettier --check . --log-level warn

step "Unit and integration tests (jest)"
npx jest --ci

step "Production build of the seed dataset (.next)"
env -u LOCAL_DATASET -u NEXT_PUBLIC_SANITY_PROJECT_ID npx next build

step "Production build of the test dataset (.next-e2e)"
env -u NEXT_PUBLIC_SANITY_PROJECT_ID NEXT_DIST_DIR=.next-e2e LOCAL_DATASET=tests/fixtures/e2e-dataset.ndjson npx next build

step "Production build of the hostile content corpus (.next-hostile)"
node --import tsx tests/fixtures/hostile-dataset.ts .hostile/corpus.ndjson
# An old blog moved in through the real importer (WordPress exports, HTML, Markdown, plain text, their
# images), on its own for tests/e2e/hostile.spec.ts to know its posts, and merged into the corpus.
import_sources=(tests/fixtures/import/wordpress/clinic-blog.wordpress.xml tests/fixtures/import/wordpress/legacy.wordpress.xml
  tests/fixtures/import/html/anxiety-at-work.html tests/fixtures/import/markdown/grounding-skills.md tests/fixtures/import/sleep-and-mood.txt)
npm run -s content:import -- "${import_sources[@]}" --assets tests/fixtures/import/wordpress/uploads --out .hostile/imported.ndjson > /dev/null
npm run -s content:import -- "${import_sources[@]}" --assets tests/fixtures/import/wordpress/uploads --merge .hostile/corpus.ndjson --out .hostile/hostile.ndjson
env -u NEXT_PUBLIC_SANITY_PROJECT_ID NEXT_DIST_DIR=.next-hostile LOCAL_DATASET=.hostile/hostile.ndjson npx next build

step "Production build through the Sanity client, against the local query endpoint (.next-sanity)"
node --import tsx tests/fixtures/serve-query-endpoint.ts tests/fixtures/e2e-dataset.ndjson 3199 &
endpoint=$!
trap 'kill $endpoint 2>/dev/null || true' EXIT
node -e '
  const url = "http://127.0.0.1:3199/v2025-02-19/data/query/production?query=1";
  const wait = (n) => fetch(url).then((r) => { if (!r.ok) throw new Error(String(r.status)); })
    .catch((e) => n > 0 ? new Promise((r) => setTimeout(r, 200)).then(() => wait(n - 1)) : Promise.reject(e));
  wait(100).catch((e) => { console.error("query endpoint did not start:", e.message); process.exit(1); });
'
# Next's data cache outlives builds; this build must read the endpoint, not an earlier run's answers.
rm -rf .next-sanity/cache/fetch-cache
# With a stand-in read token (tests/e2e/servers.ts): the browser tests prove it reaches no static file.
# Its Studio talks to the Content Lake stand-in (tests/fixtures/content-lake.ts, port 3198), which
# tests/e2e/studio.spec.ts drives as the clinic's staff would.
NEXT_DIST_DIR=.next-sanity NEXT_PUBLIC_SANITY_PROJECT_ID=offline SANITY_API_HOST=http://127.0.0.1:3199 \
  NEXT_PUBLIC_SANITY_STUDIO_API_HOST=https://localhost:3198 \
  SANITY_API_READ_TOKEN=skTestDummyReadToken0123456789abcdefNEVERPUBLIC npx next build
kill $endpoint; wait $endpoint 2>/dev/null || true; trap - EXIT

step "Production build of a bare App Router page, the byte budget's floor (.bench/bare-app)"
node --import tsx bench/bare-app.ts

step "Browser tests (Playwright, Debian Chromium)"
npx playwright test

printf '\nAll tests passed in %ss.\n' "$(( $(date +%s) - started ))"
