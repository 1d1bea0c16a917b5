// Bytes a browser downloads for a search, measured in Chromium through the
// theme's own search box (scripts/bench-search.sh):
//   node scripts/bench/search_bytes.mjs SITE_DIR QUERY [QUERY…]
// The first query starts cold (pagefind.js, its wasm, the language meta,
// the index chunks and the fragments of the shown results); every next
// query in the same page shows what one more search costs. Sizes are the
// bytes served (the test server does not compress; Pagefind's index and
// fragments are gzip files already).
import { serve, launch } from '../../tests/browser/support/site.mjs';

const [site, ...queries] = process.argv.slice(2);
const server = await serve(site);
const browser = await launch();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${server.base}/`);
await page.waitForLoadState('networkidle');

let recorded = [];
page.on('response', async (response) => {
  const body = await response.body().catch(() => Buffer.alloc(0));
  recorded.push({ url: new URL(response.url()).pathname, bytes: body.length });
});

for (const query of queries) {
  recorded = [];
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill(query);
  await page.locator('.zoek-aantal').filter({ hasText: `‘${query}’` }).waitFor({ timeout: 60000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const total = recorded.reduce((sum, item) => sum + item.bytes, 0);
  const kinds = {};
  for (const { url, bytes } of recorded) {
    const kind = url.endsWith('.js') ? 'js' : url.includes('/fragment/') ? 'fragment' : url.includes('/index/') ? 'index'
      : url.includes('wasm') ? 'wasm' : 'meta';
    kinds[kind] = (kinds[kind] || 0) + bytes;
  }
  const shown = await page.locator('.zoek-lijst a').count();
  const summary = await page.locator('.zoek-aantal').innerText();
  console.log(`  query "${query}": ${recorded.length} requests, ${(total / 1024).toFixed(1)} KiB `
    + `(${Object.entries(kinds).map(([kind, bytes]) => `${kind} ${(bytes / 1024).toFixed(1)}`).join(', ')}) `
    + `— ${shown} shown; ${summary}`);
}
await browser.close();
await server.close();
