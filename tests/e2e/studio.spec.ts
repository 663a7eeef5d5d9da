/**
 * The Studio as the clinic's staff use it: the real Studio bundle (the /studio route of the Sanity
 * build) in a real browser, against the Content Lake stand-in (tests/fixtures/content-lake.ts), which
 * goes back to the seed before each test. Each test does one piece of a writer's work and asserts what
 * the writer sees; where the work ends in the Content Lake (a publish), the stand-in's documents are
 * read too. Sanity's own hosts are unreachable here, as offline; Crossref answers from a recorded fixture.
 *
 * With STUDIO_SCREENSHOTS=<folder> the tests also save the screenshots of docs/writing-a-post.md
 * (npm run docs:screenshots).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, request, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { PORTS } from './servers';

const LAKE = `https://127.0.0.1:${PORTS.contentLake}`;
const SEED_POST = 'post-kap-suicidality';
const CROSSREF = readFileSync(path.join(__dirname, '../fixtures/crossref-10.1016-j.biopsych.2018.08.012.json'), 'utf8');
const SCREENSHOTS = process.env.STUDIO_SCREENSHOTS;

type LakeDocument = { _id: string; _type: string; [key: string]: unknown };

let lake: APIRequestContext;

test.beforeAll(async () => {
  lake = await request.newContext({ baseURL: LAKE, ignoreHTTPSErrors: true });
});
test.afterAll(async () => lake.dispose());

// Whatever the writer sees, no data or asset request may have failed on the way (the retries above
// would otherwise hide a write the stand-in refused).
test.afterEach(async () => {
  expect(await (await lake.get('/__failures')).json()).toEqual([]);
});

test.beforeEach(async ({ context }) => {
  expect((await lake.post('/__reset')).ok()).toBe(true);
  // Offline, as on the test machines: Sanity's own hosts (version checks, fonts, telemetry) fail fast.
  await context.route(/^https:\/\/([a-z0-9-]+\.)*(sanity\.io|sanity-cdn\.com)\//, (route) => route.abort('internetdisconnected'));
  await context.route(/^https:\/\/api\.crossref\.org\/works\//, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: CROSSREF }),
  );
});

async function documents(): Promise<LakeDocument[]> {
  return (await (await lake.get('/__documents')).json()) as LakeDocument[];
}
async function lakeDocument(id: string): Promise<LakeDocument | undefined> {
  return (await documents()).find((doc) => doc._id === id);
}
async function addDocuments(docs: LakeDocument[]) {
  const response = await lake.post('/v2025-02-19/data/mutate/production', {
    data: { mutations: docs.map((doc) => ({ createOrReplace: doc })) },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

async function shoot(page: Page, name: string, target?: Locator) {
  if (!SCREENSHOTS) return;
  await (target ?? page).screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** A field of the open document, by its name in the schema (the Studio's own test ids). */
const field = (page: Page, name: string) => page.getByTestId(`field-${name}`);

/** The form is shown and can be typed in (while the document loads, its inputs are read-only). */
async function formReady(page: Page) {
  await expect(page.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('form-view').locator('input[type="text"]').first()).toBeEditable({ timeout: 30_000 });
}

async function openNew(page: Page, type: string) {
  await page.goto(`/studio/intent/create/template=${type};type=${type}/`);
  await formReady(page);
}

async function openDocument(page: Page, id: string, type: string) {
  await page.goto(`/studio/intent/edit/id=${id};type=${type}/`);
  await formReady(page);
}

test('a writer opens the seed article and sees its title, group tabs and readability grade', async ({ page }) => {
  await openDocument(page, SEED_POST, 'post');
  await expect(field(page, 'title').locator('input')).toHaveValue('How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality');
  await expect(page.getByRole('tab', { name: 'Content' })).toBeVisible();
  await expect(page.getByText(/^Grade \d+(\.\d)?$/)).toBeVisible();
});

/** The id of the open document, from the Studio's address (…;post;<id>…). */
function openId(page: Page): string {
  const match = /[/;](?:post|page|location|citation|author|category);([0-9a-z-]+)/i.exec(decodeURIComponent(page.url()));
  if (!match) throw new Error(`No document id in ${page.url()}`);
  return match[1];
}

/**
 * Types into a field as a person does, key by key. A new document's form takes a moment to become
 * editable after it opens; until the typed value holds, it is typed again.
 */
async function typeInto(input: Locator, text: string) {
  await expect(async () => {
    await input.fill('');
    await input.pressSequentially(text);
    await expect(input).toHaveValue(text, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** Picks a document for a reference field by typing part of its title and choosing it from the list. */
async function chooseReference(page: Page, name: string, search: string, option: RegExp) {
  await chooseIn(page, page.locator(`input#${name}[role="combobox"]`), search, option);
}

/** The same, for any reference search box (one inside a popover has no field id of its own). */
async function chooseIn(page: Page, input: Locator, search: string, option: RegExp) {
  const choice = async () =>
    page
      .locator(`[id='${await input.getAttribute('aria-owns')}']`)
      .locator('[data-ui="AutocompleteOption"]')
      .filter({ hasText: option })
      .first();
  // Typed again only while the form is still opening; then the results (and their previews) get time to load.
  await expect(async () => {
    await typeInto(input, search);
    await expect(await choice()).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 45_000 });
  await (await choice()).click();
}

/** Publishes the open document once its checks allow it, as a writer clicks Publish. */
async function publish(page: Page) {
  const button = page.getByTestId('action-publish');
  await expect(button).toBeEnabled({ timeout: 15_000 });
  // A click that lands while the last keystrokes are still being saved only ends the edit: click again.
  await expect(async () => {
    if (await button.isEnabled()) await button.click();
    await expect(page.getByTestId('pane-footer')).toContainText(/Published/, { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
}

/**
 * A field's error or warning, as the writer reads it: the mark beside the field's title, and the
 * message that shows when the pointer rests on it. `title` is the field's title as the form shows it.
 */
async function expectFieldMessage(page: Page, title: string, level: 'error' | 'warning', message: RegExp) {
  // The mark nearest the title: the closest element around the title that holds one.
  const icon = page
    .locator(
      `xpath=//*[normalize-space(text())="${title}"]/ancestor::*[.//*[@data-testid="input-validation-icon-${level}"]][1]//*[@data-testid="input-validation-icon-${level}"]`,
    )
    .first();
  await expect(icon).toBeVisible({ timeout: 15_000 });
  const tooltip = page.locator('[data-ui="Tooltip"], [data-ui="Popover"]').filter({ hasText: message }).filter({ visible: true }).first();
  await expect(async () => {
    await page.mouse.move(0, 0);
    await icon.hover();
    await expect(tooltip).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

/** Sets a switch or checkbox as a person clicks it, again until it holds (a form opening is not editable yet). */
async function setSwitch(toggle: Locator, on: boolean) {
  await expect(async () => {
    if ((await toggle.isChecked()) !== on) await toggle.click({ force: true });
    await expect(toggle).toBeChecked({ checked: on, timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** Opens one of the form's groups (its tabs), again until it stays the one shown, with `fieldId`'s input in it. */
async function openGroup(page: Page, title: string, fieldId: string) {
  const tab = page.getByRole('tab', { name: title });
  const input = page.locator(`[id="${fieldId}"]`).first();
  await expect(async () => {
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await expect(input).toBeAttached({ timeout: 1_000 });
    await page.waitForTimeout(500);
    await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 500 });
    await expect(input).toBeAttached({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
}

/** Selects words in the body as a writer does by dragging over them (the editor follows the page's selection). */
async function selectWords(page: Page, words: string) {
  const paragraph = field(page, 'body').locator('[data-testid="text-block__text"]').filter({ hasText: words }).first();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.evaluate((text) => {
    const span = [...document.querySelectorAll('[data-pt-text]')].find((s) => s.textContent?.includes(text));
    const node = span?.firstChild;
    if (!node?.textContent) throw new Error(`No text "${text}" in the editor`);
    const at = node.textContent.indexOf(text);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, words);
  await expect.poll(() => page.evaluate(() => String(window.getSelection()))).toBe(words);
}

async function typeInBody(page: Page, text: string) {
  await field(page, 'body').locator('[contenteditable="true"]').click();
  await page.keyboard.type(text);
}

test('a writer writes a new post from scratch and publishes it', async ({ page }) => {
  await openNew(page, 'post');
  await typeInto(field(page, 'title').locator('input'), 'Sleep and mood: small steps that help');
  await field(page, 'slug').getByRole('button', { name: 'Generate' }).click();
  await expect(field(page, 'slug').locator('input')).toHaveValue('sleep-and-mood-small-steps-that-help');
  await typeInto(
    field(page, 'excerpt').locator('textarea'),
    'Poor sleep and low mood feed each other. A few small habits can help you rest and feel better.',
  );
  await chooseReference(page, 'category', 'Ket', /Ketamine/);
  await typeInBody(page, 'Sleep and mood are linked. When you sleep badly, you may feel low. When you feel low, it can be hard to sleep.');
  await openGroup(page, 'Authors, dates and review', 'author');
  await chooseReference(page, 'author', 'Katie', /Katie Coon/);
  await typeInto(field(page, 'publishedAt').locator('input').first(), '2026-11-30 09:00');
  await page.keyboard.press('Tab');
  await shoot(page, 'new-post-dates', page.getByTestId('document-pane'));
  const id = openId(page);
  await publish(page);
  await expect.poll(async () => (await lakeDocument(id))?.title).toBe('Sleep and mood: small steps that help');
  const published = (await lakeDocument(id))!;
  expect(published).toMatchObject({
    _type: 'post',
    slug: { current: 'sleep-and-mood-small-steps-that-help' },
    category: { _ref: 'category-ketamine' },
  });
  expect(await lakeDocument(`drafts.${id}`)).toBeUndefined();
  await expect(page.getByTestId('document-header-Published-chip')).toBeEnabled();
});

test('a post about suicide cannot be published without crisis resources, and the field says why', async ({ page }) => {
  await openDocument(page, SEED_POST, 'post');
  await openGroup(page, 'References and safety', 'crisisSupport');
  const toggle = page.getByRole('checkbox', { name: 'Show crisis resources' });
  await expect(toggle).toBeChecked();
  await setSwitch(toggle, false);
  await expectFieldMessage(page, 'Show crisis resources', 'error', /speaks of suicide, self-harm or overdose .*988/);
  await shoot(page, 'crisis-resources-required', page.getByTestId('document-pane'));
  await expect(page.getByTestId('action-publish')).toBeDisabled();

  await setSwitch(toggle, true);
  await expect(page.getByTestId('action-publish')).toBeEnabled({ timeout: 15_000 });
});

test('the readability badge changes as a paragraph gets simpler', async ({ page }) => {
  await openNew(page, 'post');
  await typeInto(field(page, 'title').locator('input'), 'Readability trial');
  await typeInBody(
    page,
    'Pharmacological interventions targeting glutamatergic neurotransmission demonstrate considerable heterogeneity regarding therapeutic responsiveness among individuals experiencing treatment-resistant depressive symptomatology.',
  );
  const badge = page.getByText(/^Grade (\d+(\.\d)?|1 or lower)$/);
  const grade = async () => {
    const label = await badge.innerText();
    return label === 'Grade 1 or lower' ? 1 : Number(label.replace('Grade ', ''));
  };
  await expect(badge).toBeVisible({ timeout: 15_000 });
  await expect.poll(grade, { timeout: 15_000 }).toBeGreaterThan(14);

  await page.keyboard.press('Control+A');
  await page.keyboard.type(
    'Some medicines help with low mood. They do not work the same for everyone. Your care team can help you choose.',
  );
  await expect.poll(grade, { timeout: 15_000 }).toBeLessThan(8);
  await shoot(page, 'readability-badge', page.getByTestId('document-pane'));
});

test('a citation is filled from its DOI (Crossref, recorded) and cited inline in a post', async ({ page }) => {
  await openNew(page, 'citation');
  await typeInto(field(page, 'doi').locator('input'), '10.1016/j.biopsych.2018.08.012');
  await field(page, 'doi').getByRole('button', { name: 'Fill from DOI' }).click();
  await expect(field(page, 'title').locator('textarea, input').first()).toHaveValue(
    /Parsing the antidepressant and antisuicidal effects of ketamine/i,
    {
      timeout: 15_000,
    },
  );
  await expect(field(page, 'journal').locator('input')).toHaveValue('Biological Psychiatry');
  await expect(field(page, 'year').locator('input')).toHaveValue('2019');
  // The seed already cites this article: the writer is told, and may still keep the second record.
  await expectFieldMessage(page, 'DOI', 'warning', /This DOI is already in the citation "Parsing the antidepressant/);
  await shoot(page, 'citation-from-doi', page.getByTestId('document-pane'));
  const id = openId(page);
  await publish(page);
  await expect.poll(async () => (await lakeDocument(id))?.doi).toBe('10.1016/j.biopsych.2018.08.012');

  // Inline: in a new post, the writer selects words and links them to a citation.
  await openNew(page, 'post');
  await typeInto(field(page, 'title').locator('input'), 'How ketamine works');
  await typeInBody(page, 'Ketamine acts on the glutamate system. It blocks NMDA receptors. This helps grow neural connections.');
  await expect(page.getByTestId('pane-footer')).toContainText(/Edited/, { timeout: 15_000 });
  const postId = openId(page);
  // Should the form redraw while the draft settles and close the citation's box before it is filled,
  // the writer marks other words (each attempt its own, so none is unmarked by a second click).
  const phrases = ['glutamate system', 'NMDA receptors', 'neural connections'];
  let attempt = 0;
  await expect(async () => {
    const words = phrases[attempt++ % phrases.length];
    await selectWords(page, words);
    // "Citation" is on the toolbar when the pane is wide, else in its "…" menu.
    const citationButton = page.getByTestId('action-button-citationRef').filter({ visible: true });
    if (await citationButton.count()) await citationButton.click();
    else {
      await field(page, 'body').getByTestId('action-menu-auto-collapse-menu').getByRole('button').filter({ visible: true }).last().click();
      await page.getByRole('menuitem', { name: 'Citation' }).click();
    }
    // The annotation's own form opens beside the words: its citation field is the search box of a mark definition.
    const input = page.locator('input[role="combobox"][id*="markDefs"]').first();
    await input.pressSequentially('Zarate', { delay: 50 });
    const option = page
      .locator(`[id='${await input.getAttribute('aria-owns', { timeout: 2_000 })}']`)
      .locator('[data-ui="AutocompleteOption"]')
      .filter({ hasText: /randomized trial of an N-methyl-D-aspartate/i })
      .first();
    await option.click({ timeout: 15_000 });
  }).toPass({ timeout: 90_000 });
  await page.keyboard.press('Escape');
  await expect
    .poll(
      async () => {
        const body = ((await lakeDocument(`drafts.${postId}`))?.body ?? []) as Array<{
          markDefs?: Array<{ _type: string; citation?: { _ref?: string } }>;
        }>;
        return body
          .flatMap((block) => block.markDefs ?? [])
          .filter((mark) => mark._type === 'citationRef')
          .map((mark) => mark.citation?._ref);
      },
      { timeout: 15_000 },
    )
    .toContain('citation-zarate-2006');
});

const CLINICIAN = {
  _id: 'author-maria-reyes',
  _type: 'author',
  name: 'Maria Reyes',
  slug: { _type: 'slug', current: 'maria-reyes' },
  credentials: ['MD'],
  jobTitle: 'Psychiatrist',
};

/** A post as the list needs it: a title, an author, a date, and a review state. */
function reviewedPost(id: string, title: string, review: { by?: string; on?: string }): LakeDocument {
  return {
    _id: id,
    _type: 'post',
    title,
    slug: { _type: 'slug', current: id },
    author: { _type: 'reference', _ref: 'author-katie-coon' },
    publishedAt: '2024-01-10T09:00:00-06:00',
    ...(review.by ? { reviewedBy: { _type: 'reference', _ref: review.by } } : {}),
    ...(review.on ? { lastReviewedAt: review.on } : {}),
  };
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

test('"Needs medical review" lists the posts never reviewed or reviewed over a year ago, and no other', async ({ page }) => {
  await addDocuments([
    CLINICIAN,
    reviewedPost('post-reviewed-recently', 'Reviewed last month', { by: CLINICIAN._id, on: daysAgo(30) }),
    reviewedPost('post-review-overdue', 'Reviewed two years ago', { by: CLINICIAN._id, on: daysAgo(730) }),
    reviewedPost('post-never-reviewed', 'Never reviewed', {}),
  ]);
  await page.goto('/studio/structure/posts;post-needs-review');
  const list = page.getByTestId('document-list-pane').last();
  await expect(list.getByText('Reviewed two years ago')).toBeVisible({ timeout: 30_000 });
  await expect(list.getByText('Never reviewed')).toBeVisible();
  // The seed article has no medical reviewer yet.
  await expect(list.getByText('How Ketamine-Assisted Psychotherapy Helps Reduce Suicidality')).toBeVisible();
  await expect(list.getByText('Reviewed last month')).toHaveCount(0);
  await shoot(page, 'needs-medical-review');
});

test('a post’s author is refused as its medical reviewer; another clinician is accepted', async ({ page }) => {
  await addDocuments([CLINICIAN]);
  await openDocument(page, SEED_POST, 'post');
  await openGroup(page, 'Authors, dates and review', 'reviewedBy');
  await chooseReference(page, 'reviewedBy', 'Katie', /Katie Coon/);
  await expectFieldMessage(
    page,
    'Medically reviewed by',
    'error',
    /also named as its medical reviewer; nobody can review their own writing/,
  );
  await shoot(page, 'reviewer-is-author', page.getByTestId('document-pane'));
  await expect(page.getByTestId('action-publish')).toBeDisabled();

  // Back to the article as published, the writer names a psychiatrist instead: accepted, and published.
  expect((await lake.post('/__reset')).ok()).toBe(true);
  await addDocuments([CLINICIAN]);
  await openDocument(page, SEED_POST, 'post');
  await openGroup(page, 'Authors, dates and review', 'reviewedBy');
  await chooseReference(page, 'reviewedBy', 'Maria', /Maria Reyes/);
  await publish(page);
  await expect.poll(async () => (await lakeDocument(SEED_POST))?.reviewedBy).toMatchObject({ _ref: CLINICIAN._id });
});

test('site settings open as one document, which cannot be created again, duplicated or deleted', async ({ page }) => {
  await page.goto('/studio/structure');
  await page
    .getByRole('link', { name: 'Site settings' })
    .or(page.getByText('Site settings', { exact: true }))
    .first()
    .click();
  await expect(page.getByTestId('document-panel-scroller')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('document-panel-document-title')).toHaveText('Site settings');
  await expect(page).toHaveURL(/siteSettings/);
  await expect(field(page, 'title').locator('input')).toHaveValue('San Antonio Clinic');
  // No second one: the document menu offers neither Duplicate nor Delete, and "New document" has no Site settings.
  await page.getByTestId('pane-context-menu-button').last().click();
  await expect(page.getByRole('menu').filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Duplicate|Delete/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByTestId('new-document-button').click();
  await expect(page.getByRole('dialog').or(page.locator('[data-ui="Popover"]')).first()).toContainText('Post');
  await expect(page.getByRole('dialog').or(page.locator('[data-ui="Popover"]')).first()).not.toContainText('Site settings');
});

test('a writer adds a main image, and it needs its alternative text', async ({ page }) => {
  await openNew(page, 'post');
  await typeInto(field(page, 'title').locator('input'), 'A walk in the garden');
  // The draft exists once the title is saved; then, as a writer does: "Upload", and the file in the browser's chooser.
  await expect(page.getByTestId('pane-footer')).toContainText(/Edited/, { timeout: 15_000 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('file-input-upload-button-sanity-default').first().click();
  await (await chooser).setFiles(path.join(__dirname, '../fixtures/import/wordpress/uploads/2025/08/garden-walk.jpg'));
  const preview = page.getByTestId('document-panel-scroller').locator('img').first();
  await expect(preview).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await expectFieldMessage(page, 'Main image', 'error', /Describe the image for readers who cannot see it \(alt text\)/);
  await typeInto(field(page, 'mainImage.alt').locator('input, textarea').first(), 'A garden path between green hedges');
  await shoot(page, 'main-image', page.getByTestId('document-pane'));
  const id = openId(page);
  await expect
    .poll(async () => (await lakeDocument(`drafts.${id}`))?.mainImage, { timeout: 15_000 })
    .toMatchObject({
      alt: 'A garden path between green hedges',
      asset: { _ref: expect.stringMatching(/^image-[0-9a-f]{40}-\d+x\d+-jpg$/) },
    });
});

test('a writer creates and publishes a page and a location', async ({ page }) => {
  await openNew(page, 'page');
  await typeInto(field(page, 'title').locator('input'), 'Our care team');
  await field(page, 'slug').getByRole('button', { name: 'Generate' }).click();
  await expect(field(page, 'slug').locator('input')).toHaveValue('our-care-team');
  await typeInto(
    field(page, 'description').locator('textarea, input').first(),
    'Who you will meet at the clinic, and what each person does.',
  );
  await typeInBody(page, 'Our team includes nurses, a psychiatrist and therapists. They work together on your care.');
  const pageId = openId(page);
  await publish(page);
  await expect.poll(async () => (await lakeDocument(pageId))?.slug).toMatchObject({ current: 'our-care-team' });

  await openNew(page, 'location');
  await typeInto(field(page, 'name').locator('input'), 'Stone Oak clinic');
  await field(page, 'slug').getByRole('button', { name: 'Generate' }).click();
  await typeInto(field(page, 'address.streetAddress').locator('input'), '100 Stone Oak Pkwy, Suite 200');
  await typeInto(field(page, 'address.addressLocality').locator('input'), 'San Antonio');
  await typeInto(field(page, 'address.postalCode').locator('input'), '78258');
  await typeInto(field(page, 'telephone').locator('input'), '(210) 555-0142');
  await shoot(page, 'new-location', page.getByTestId('document-pane'));
  const locationId = openId(page);
  await publish(page);
  await expect
    .poll(async () => (await lakeDocument(locationId))?.address)
    .toMatchObject({
      streetAddress: '100 Stone Oak Pkwy, Suite 200',
      addressLocality: 'San Antonio',
      addressRegion: 'TX',
      postalCode: '78258',
    });
});

test('a writer translates the seed article into Spanish: the copy is Spanish, linked to the original, and publishes under the same slug', async ({
  page,
}) => {
  await openDocument(page, SEED_POST, 'post');
  const menu = page.getByTestId('document-internationalization-menu');
  const popover = page.locator('[data-ui="Popover"]').filter({ visible: true });
  // The menu's list redraws while it reads the translations: a choice is clicked once it holds still.
  const choose = async (language: RegExp, done: () => Promise<boolean>) =>
    expect(async () => {
      if (!(await popover.isVisible())) await menu.click();
      await popover.getByRole('button', { name: language }).click({ timeout: 3_000 });
      await expect.poll(done, { timeout: 5_000 }).toBe(true);
    }).toPass({ timeout: 60_000 });
  const seedLanguage = async () => (await lakeDocument(`drafts.${SEED_POST}`))?.language ?? (await lakeDocument(SEED_POST))?.language;
  // An article from before the Spanish edition has no language yet: it is marked English first.
  await choose(/English/, async () => (await seedLanguage()) === 'en');
  // Then the Spanish translation: a draft copy marked Spanish, and the metadata that links the two.
  await choose(/Español/, async () => (await documents()).some((d) => d._type === 'translation.metadata'));
  const metadata = (await documents()).find((d) => d._type === 'translation.metadata')!;
  const refs = (metadata.translations as Array<{ language?: string; _key: string; value: { _ref: string } }>).map((t) => [
    t.language ?? t._key,
    t.value._ref,
  ]);
  expect(refs).toContainEqual(['en', SEED_POST]);
  const spanishId = refs.find(([language]) => language === 'es')?.[1];
  expect(spanishId).toBeTruthy();
  const draft = await lakeDocument(`drafts.${spanishId}`);
  expect(draft).toMatchObject({
    _type: 'post',
    language: 'es',
    slug: { current: 'how-ketamine-assisted-psychotherapy-helps-reduce-suicidality' },
  });

  // The writer opens it, gives it its Spanish title and publishes it: the slug may stay the same,
  // since uniqueness is per language.
  await openDocument(page, spanishId!, 'post');
  const title = field(page, 'title').locator('input');
  await title.fill('');
  await typeInto(title, 'Cómo la psicoterapia asistida con ketamina ayuda a reducir el riesgo de suicidio');
  await publish(page);
  await expect.poll(async () => (await lakeDocument(spanishId!))?.language, { timeout: 15_000 }).toBe('es');
  expect((await lakeDocument(spanishId!))?.title).toBe('Cómo la psicoterapia asistida con ketamina ayuda a reducir el riesgo de suicidio');
});
