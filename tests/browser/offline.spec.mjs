// Offline reading (docs/offline.md): after a first visit a klantmanager
// without signal still opens a process, its route, a form and the search; a
// page that was never kept shows "Deze pagina is niet offline beschikbaar";
// a new build offers "Vernieuwen" and never reloads by itself, and only when
// it really replaces the page being read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage, siteDir } from './support/site.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const binary = process.env.HANDBOEK_BINARY || path.join(repo, 'build-test/generator/handboek');
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Waits until this version's worker is active (its install, the precache,
// is done) and controls the page.
async function workerReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after a first visit, process, route, form and search open without a connection', async () => {
  const server = await serve(siteDir);
  const { context, page, problems } = await watchedPage(browser, PHONE);
  try {
    await page.goto(`${server.base}/`);
    await workerReady(page);
    assert.deepEqual(problems, []);
    const kept = await page.evaluate(async () => {
      const names = await caches.keys();
      return (await (await caches.open(names.find((name) => name.startsWith('handboek / ')))).keys()).length;
    });
    assert.ok(kept > 30, `only ${kept} files kept`);

    await context.setOffline(true);
    await page.goto(`${server.base}/processen/brede-intake-en-pip/`);
    assert.match(await page.locator('main h1').innerText(), /intake/i);
    // The stylesheet came from the cache too: the header is styled.
    assert.notEqual(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).display), 'inline');

    await page.goto(`${server.base}/processen/brede-intake-en-pip/#route`);
    assert.ok(await page.locator('#route').count() > 0);
    assert.ok(await page.locator('li.step').count() > 1);

    await page.goto(`${server.base}/formulieren/plan-van-aanpak/`);
    const name = page.getByLabel('Naam klant');
    await name.fill('Jan Jansen');
    assert.equal(await name.inputValue(), 'Jan Jansen');

    // Search: the version's Pagefind bundle was kept at install.
    await page.goto(`${server.base}/zoeken/?q=intake`);
    await page.locator('ol[data-zoekpagina-lijst] li').first().waitFor({ timeout: 15000 });

    // A page that was never kept: an older version not visited, a missing page.
    for (const url of ['/versies/2019.2/', '/processen/bestaat-niet/']) {
      await page.goto(`${server.base}${url}`);
      assert.equal(await page.locator('main h1').innerText(), 'Deze pagina is niet offline beschikbaar');
    }
    // Its links lead to the kept pages.
    await page.getByRole('link', { name: 'voorpagina' }).click();
    await page.waitForURL(`${server.base}/`);
    assert.ok(await page.locator('main').count() > 0);
    assert.notEqual(await page.locator('main h1').innerText(), 'Deze pagina is niet offline beschikbaar');
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new build shows "Vernieuwen"; the page reloads only when the reader chooses it', async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-offline-'));
  const site = path.join(work, 'site');
  const out = path.join(work, 'public');
  fs.cpSync(path.join(repo, 'tests/fixtures/sites/basic'), site, { recursive: true });
  fs.cpSync(path.join(repo, 'themes'), path.join(site, 'themes'), { recursive: true });
  const build = () => execFileSync(binary, ['build', site, '-o', out, '--quiet'], { stdio: 'ignore' });
  build();
  const server = await serve(out);
  const { context, page, problems } = await watchedPage(browser, PHONE);
  try {
    await page.goto(`${server.base}/over/visie/`);
    await workerReady(page);
    const notice = page.locator('[data-nieuwe-versie]');
    assert.equal(await notice.isVisible(), false);

    const visie = path.join(site, 'content/over/visie.md');
    fs.writeFileSync(visie, fs.readFileSync(visie, 'utf8').replace('Wij werken samen.', 'Wij werken altijd samen.'));
    build();
    await page.goto(`${server.base}/formulieren/`);  // any visit makes the browser look for a new worker
    await notice.waitFor({ state: 'visible', timeout: 15000 });
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.match(await notice.innerText(), /Er is een nieuwe versie van het handboek\./);

    // Nothing reloads by itself: a mark set in the page survives a while.
    await page.evaluate(() => { window.nietHerladen = true; });
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => window.nietHerladen), true);

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Vernieuwen' }).click()]);
    assert.equal(await page.evaluate(() => window.nietHerladen), undefined);
    await page.goto(`${server.base}/over/visie/`);
    await context.setOffline(true);
    await page.reload();
    assert.match(await page.locator('main').innerText(), /Wij werken altijd samen\./);
    assert.equal(await page.locator('[data-nieuwe-versie]').isVisible(), false);
    await context.setOffline(false);
    assert.deepEqual(problems.filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED')), []);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
});

const SIZES = {
  phone: PHONE,
  tablet: { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
  laptop: { viewport: { width: 1366, height: 768 } },
};
for (const [size, options] of Object.entries(SIZES)) {
  test(`${size}: an archived version opened from the current one shows no "nieuwe versie": its first worker replaces nothing`, async (t) => {
    const folder = path.join(siteDir, 'versies');
    const older = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => /^\d/.test(name)).sort() : [];
    if (older.length === 0) { t.skip('this site has no older release'); return; }
    const server = await serve(siteDir);
    const { context, page, problems } = await watchedPage(browser, options);
    try {
      await page.goto(`${server.base}/`);
      await workerReady(page);
      // The current version's worker serves the archived page; the page
      // registers its own version's worker, which installs for the first time.
      await page.goto(`${server.base}/versies/${older[0]}/`);
      const scope = `${server.base}/versies/${older[0]}/`;
      await page.waitForFunction(async (url) => {
        const registration = await navigator.serviceWorker.getRegistration(url);
        return registration?.active?.state === 'activated';
      }, scope, { timeout: 15000 });
      await page.waitForTimeout(500);
      const notice = page.locator('[data-nieuwe-versie]');
      assert.equal(await notice.isVisible(), false, 'no notice for a first worker');
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      await page.waitForTimeout(500);
      assert.equal(await notice.isVisible(), false, 'nor after a reload, under its own worker');
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL.includes('/versies/')));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
}
