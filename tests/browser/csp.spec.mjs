// The Content-Security-Policy every page carries (docs/security.md): no
// inline script, nothing from another host; Pagefind's WebAssembly is the one
// exception ('wasm-unsafe-eval'). Every HTML page of the built site is opened
// in Chromium and the violations it reports are collected: there must be
// none, also while searching (Pagefind) and while a form is filled and saved.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watchedPage, siteDir } from './support/site.mjs';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Every .html file of the site as a URL path ("/processen/intake/").
function htmlPages(folder = siteDir) {
  const pages = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) pages.push(...htmlPages(full));
    else if (entry.name.endsWith('.html')) {
      const url = '/' + path.relative(siteDir, full).split(path.sep).join('/');
      pages.push(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url);
    }
  }
  return pages.sort();
}

// A page that records every CSP violation the browser reports.
async function policedPage() {
  const watched = await watchedPage(browser, { bypassCSP: false });
  await watched.page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return watched;
}

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'self'; form-action 'self'";

test('every page of the site carries the policy and breaks none of it', async () => {
  const { page, problems, context } = await policedPage();
  const pages = htmlPages();
  assert.ok(pages.length > 40, `only ${pages.length} pages`);
  const violations = [];
  for (const url of pages) {
    await page.goto(`${server.base}${url}`, { waitUntil: 'load' });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.equal(policy, POLICY, url);
    for (const violation of await page.evaluate(() => window.cspViolations)) violations.push(`${url}: ${violation}`);
  }
  assert.deepEqual(violations, []);
  assert.deepEqual(problems.filter((problem) => !problem.startsWith('HTTP 404')), []);
  await context.close();
});

test('searching (Pagefind and its WebAssembly) and a missing page stay within the policy', async () => {
  const { page, problems, context } = await policedPage();
  await page.goto(`${server.base}/`);
  const field = page.getByRole('searchbox', { name: 'Zoeken' });
  await field.fill('gesprek');
  await page.locator('.zoek-aantal').filter({ hasText: '‘gesprek’' }).waitFor();
  assert.ok(await page.locator('.zoek-aantal').count() > 0);
  await page.goto(`${server.base}/zoeken/?q=intake`);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  await page.goto(`${server.base}/bestaat-niet/`);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(problems.filter((problem) => !problem.includes('bestaat-niet') && !problem.includes('status of 404')), []);
  await context.close();
});
