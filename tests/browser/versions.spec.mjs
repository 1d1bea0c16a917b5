// The version bar (issue 12, docs/performance.md): no page of a release names
// the other releases; the switcher and the link to the current version are
// filled in the browser from /versies/versies.json. Without JavaScript the
// bar links to /versies/. Under the offline service worker the list is never
// served stale: from the network while there is one, the last copy without.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage, siteDir } from './support/site.mjs';

let browser;
let work;
let site;  // a copy of the built site: the tests rewrite its versies.json
let server;
const versionsJson = () => path.join(site, 'versies/versies.json');
const hasVersions = fs.existsSync(path.join(siteDir, 'versies/versies.json')) &&
  fs.existsSync(path.join(siteDir, 'versies/2019.1/index.html'));

before(async () => {
  browser = await launch();
  if (!hasVersions) return;
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-versions-'));
  site = path.join(work, 'public');
  fs.cpSync(siteDir, site, { recursive: true });
  server = await serve(site);
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const switcherItems = (page) => page.locator('[data-versie-lijst] li a');

async function openSwitcher(page) {
  await page.locator('[data-versie-keuze]').waitFor({ state: 'visible' });
  await page.locator('[data-versie-keuze] summary').click();
}

test('the switcher lists the versions of versies.json and leads to the same page in another version', async (t) => {
  if (!hasVersions) { t.skip('this site was built without versions 2019.1 …'); return; }
  const { context, page, problems } = await watchedPage(browser);
  try {
    await page.goto(`${server.base}/processen/mens-in-beeld/`);
    await openSwitcher(page);
    const labels = await switcherItems(page).allInnerTexts();
    const listed = JSON.parse(fs.readFileSync(versionsJson(), 'utf8')).versions.map((version) => version.label);
    assert.deepEqual(labels, [...listed, 'Alle versies en wijzigingen']);
    assert.equal(await page.locator('[data-alle-versies]').isVisible(), false, 'the plain link gives way');
    assert.equal(await switcherItems(page).first().getAttribute('aria-current'), 'true');
    assert.equal(await page.locator('.version-banner').count(), 0, 'the current version has no banner');

    await switcherItems(page).filter({ hasText: /^2019\.1$/ }).click();
    await page.waitForURL(`${server.base}/versies/2019.1/processen/mens-in-beeld/`);
    assert.match(await page.locator('main h1').innerText(), /Mens in beeld/i);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a page the other version lacks leads to that version\'s home', async (t) => {
  if (!hasVersions) { t.skip('this site was built without versions'); return; }
  const { context, page } = await watchedPage(browser);
  try {
    await page.goto(`${server.base}/processen/moreel-beraad/`);  // not in 2019.1 (the pilot plan)
    await openSwitcher(page);
    await switcherItems(page).filter({ hasText: /^2019\.1$/ }).click();
    await page.waitForURL(`${server.base}/versies/2019.1/`);
  } finally {
    await context.close();
  }
});

test('an old version names the current one from versies.json and leads to this page in it', async (t) => {
  if (!hasVersions) { t.skip('this site was built without versions'); return; }
  const { context, page, problems } = await watchedPage(browser);
  try {
    await page.goto(`${server.base}/versies/2019.1/processen/mens-in-beeld/`);
    const banner = page.locator('.version-banner');
    assert.match(await banner.innerText(), /niet de actuele versie/);
    const current = JSON.parse(fs.readFileSync(versionsJson(), 'utf8')).versions.find((version) => version.current);
    const link = banner.getByRole('link', { name: `Naar deze pagina in de actuele versie ${current.name}` });
    await link.waitFor();
    await link.click();
    await page.waitForURL(`${server.base}/processen/mens-in-beeld/`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a release added to versies.json appears on every version\'s pages without rebuilding them', async (t) => {
  if (!hasVersions) { t.skip('this site was built without versions'); return; }
  const original = fs.readFileSync(versionsJson(), 'utf8');
  const list = JSON.parse(original);
  list.versions.unshift({ name: '2099.1', label: '2099.1 (actueel)', url: '../', date: '1 januari 2099', current: true, concept: false });
  for (const version of list.versions.slice(1)) {
    if (version.current) { version.current = false; version.label = version.name; }
  }
  fs.writeFileSync(versionsJson(), JSON.stringify(list));
  const { context, page } = await watchedPage(browser);
  try {
    await page.goto(`${server.base}/versies/2019.1/processen/mens-in-beeld/`);
    await openSwitcher(page);
    assert.equal(await switcherItems(page).first().innerText(), '2099.1 (actueel)');
    assert.ok(await page.getByRole('link', { name: 'Naar deze pagina in de actuele versie 2099.1' }).isVisible());
  } finally {
    await context.close();
    fs.writeFileSync(versionsJson(), original);
  }
});

test('without JavaScript the bar links to the list of versions', async (t) => {
  if (!hasVersions) { t.skip('this site was built without versions'); return; }
  const { context, page } = await watchedPage(browser, { javaScriptEnabled: false });
  try {
    await page.goto(`${server.base}/versies/2019.1/processen/mens-in-beeld/`);
    assert.equal(await page.locator('[data-versie-keuze]').isVisible(), false);
    await page.getByRole('link', { name: 'Alle versies', exact: true }).click();
    await page.waitForURL(`${server.base}/versies/`);
    assert.ok(await page.locator('.versions-table').isVisible());
    await page.goto(`${server.base}/versies/2019.1/processen/mens-in-beeld/`);
    await page.getByRole('link', { name: 'Naar de actuele versie' }).click();
    await page.waitForURL(`${server.base}/`);
  } finally {
    await context.close();
  }
});

test('under the service worker the list comes from the network, and offline from its last copy', async (t) => {
  if (!hasVersions) { t.skip('this site was built without versions'); return; }
  const original = fs.readFileSync(versionsJson(), 'utf8');
  const { context, page } = await watchedPage(browser);
  try {
    await page.goto(`${server.base}/processen/mens-in-beeld/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.reload();  // now through the worker, which keeps a copy of the list
    await openSwitcher(page);
    const before = await switcherItems(page).allInnerTexts();

    // A new release on the server: the next visit shows it (never the precache's copy).
    const list = JSON.parse(original);
    list.versions.splice(1, 0, { name: '2019.9', label: '2019.9', url: '2019.9/', date: '', current: false, concept: false });
    fs.writeFileSync(versionsJson(), JSON.stringify(list));
    await page.reload();
    await openSwitcher(page);
    assert.deepEqual(await switcherItems(page).allInnerTexts(), [before[0], '2019.9', ...before.slice(1)]);

    // Without a connection the page and its list come from the worker's last copies.
    await context.setOffline(true);
    await page.reload();
    await openSwitcher(page);
    assert.deepEqual(await switcherItems(page).allInnerTexts(), [before[0], '2019.9', ...before.slice(1)]);
    await context.setOffline(false);
  } finally {
    await context.close();
    fs.writeFileSync(versionsJson(), original);
  }
});
