// Glossary terms in the text: the first occurrence links to the entry and
// shows the short definition on hover and on keyboard focus, as a tooltip the
// screen reader gets through aria-describedby (not a title attribute);
// Escape hides it. Never inside headings, links or code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAGE = '/processen/mens-in-beeld/';

// The definition the glossary page gives for the term at `href`.
async function definitionOnGlossary(context, href, from) {
  const glossary = await context.newPage();
  const url = new URL(href, from);
  await glossary.goto(url.href);
  const definition = await glossary.locator(`[id="${url.hash.slice(1)}"]`).locator('xpath=..').locator('.definition').innerText();
  await glossary.close();
  return definition;
}

test('hovering a term shows its definition from the glossary', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}${PAGE}`);
  const term = page.locator('main .begrip').first();
  const link = term.locator('a.begrip-link');
  const tooltip = term.locator('.begrip-uitleg');
  assert.ok(await tooltip.isHidden(), 'the definition is hidden until asked for');

  await link.hover();
  await tooltip.waitFor({ state: 'visible' });
  const text = await tooltip.innerText();
  const href = await link.getAttribute('href');
  const definition = await definitionOnGlossary(context, href, page.url());
  assert.ok(text.endsWith(definition), `tooltip "${text}" ends with the glossary definition "${definition}"`);

  // the tooltip is accessible: role, id, aria-describedby; no title attribute
  assert.equal(await tooltip.getAttribute('role'), 'tooltip');
  assert.equal(await link.getAttribute('aria-describedby'), await tooltip.getAttribute('id'));
  assert.equal(await link.getAttribute('title'), null);
  const description = await page.evaluate((id) => document.getElementById(id).textContent,
    await link.getAttribute('aria-describedby'));
  assert.equal(description, text);

  // the pointer can move onto the tooltip without it disappearing (WCAG 1.4.13)
  const box = await tooltip.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  assert.ok(await tooltip.isVisible(), 'the tooltip stays while hovered');
  await page.mouse.move(1, 1);
  await tooltip.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard focus shows the definition; Escape hides it; Enter follows the link', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}${PAGE}`);
  const first = page.locator('main a.begrip-link').first();
  const id = await first.getAttribute('aria-describedby');
  // Tab through the page until the first term link has the focus.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((tip) => document.activeElement?.getAttribute('aria-describedby') === tip, id)) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement.className), 'begrip-link');
  const tooltip = page.locator(`[id="${id}"]`);
  await tooltip.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await tooltip.waitFor({ state: 'hidden' });
  const href = await first.getAttribute('href');
  await Promise.all([page.waitForURL((url) => url.href === new URL(href, `${server.base}${PAGE}`).href),
    page.keyboard.press('Enter')]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each term is linked once per page, never in headings, links or code', async () => {
  const { page, problems, context } = await watchedPage(browser);
  for (const path of ['/processen/mens-in-beeld/', '/processen/brede-intake-en-pip/', '/processen/moreel-beraad/',
    '/competenties/klantmanager-brede-intake-en-pip/', '/over/visie/', '/']) {
    await page.goto(`${server.base}${path}`);
    const hrefs = await page.locator('main a.begrip-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    assert.equal(new Set(hrefs).size, hrefs.length, `${path}: every term once (${hrefs.join(', ')})`);
    assert.equal(await page.locator(':is(h1, h2, h3, h4, a, code, pre, summary) .begrip').count(), 0, `${path}: not in headings, links or code`);
    // ids of the tooltips are unique on the page
    const ids = await page.locator('.begrip-uitleg').evaluateAll((tips) => tips.map((tip) => tip.id));
    assert.equal(new Set(ids).size, ids.length);
  }
  assert.ok((await page.goto(`${server.base}/processen/mens-in-beeld/`)).ok());
  assert.ok(await page.locator('main a.begrip-link').count() >= 3, 'a process page links several terms');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every id on the glossary page is unique and every term link lands on its entry', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/processen/mens-in-beeld/`);
  const hrefs = await page.locator('main a.begrip-link').evaluateAll((links) => links.map((link) => link.href));
  await page.goto(`${server.base}/begrippen/`);
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  assert.deepEqual(repeated, [], 'no id twice on /begrippen/');
  for (const href of hrefs) {
    const hash = decodeURIComponent(new URL(href).hash.slice(1));
    assert.equal(await page.locator(`[id="${hash}"] dfn`).count(), 1, `${href} leads to one term's heading`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
