// A professional opens the handbook, reaches a process through the menu and
// follows a link in it — with no console error and no failed request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('home → menu → process → link to a glossary term, without errors', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/`);
  assert.match(await page.title(), /Zo doen wij het hier/);

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Processen' }).click();
  await page.waitForURL(/\/processen\/$/);
  await page.locator('main').getByRole('link', { name: /Mens in beeld/ }).first().click();
  await page.waitForURL(/\/processen\/mens-in-beeld\/$/);
  assert.equal(await page.locator('h1').innerText(), 'Mens in beeld');
  assert.ok(await page.locator('ol.steps > li.step').count() >= 4, 'the route shows its steps');

  const glossaryLink = page.locator('main a[href*="begrippen/#"]').first();
  const href = await glossaryLink.getAttribute('href');
  await glossaryLink.click();
  await page.waitForURL(/\/begrippen\/#/);
  const anchor = href.split('#')[1];
  assert.ok(await page.locator(`[id="${anchor}"]`).isVisible(), `the glossary entry #${anchor} is shown`);

  assert.deepEqual(problems, []);
  await context.close();
});

test('every step of a process has who, when and a stable anchor', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/processen/brede-intake-en-pip/`);
  const steps = page.locator('li.step');
  const count = await steps.count();
  assert.ok(count >= 3);
  for (let i = 0; i < count; i++) {
    const id = await steps.nth(i).getAttribute('id');
    assert.match(id, /^stap-[a-z0-9-]+$/);
    assert.ok(await steps.nth(i).locator('dt', { hasText: 'Wie' }).count(), `step ${id} says who`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone no page is wider than the screen', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: { width: 390, height: 844 } });
  for (const path of ['/', '/processen/mens-in-beeld/', '/begrippen/', '/formulieren/plan-van-aanpak/']) {
    await page.goto(`${server.base}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${path} is ${width}px wide on a 390px screen`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
