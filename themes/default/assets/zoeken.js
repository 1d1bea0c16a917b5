// zoeken: the search box in the header. The index is Pagefind's (written by
// `handboek build` into <version>/pagefind/, see docs/search.md); this script
// is only the interface: results with title, section and the excerpt with the
// matched words marked, usable with the keyboard alone:
//   type → results appear under the field; ↓ → into the results; ↑/↓ move;
//   Enter on a result opens it; Enter in the field opens the search page
//   (zoeken/?q=…, every result, 20 a page); Escape closes and returns.
// A result's link carries ?zoekterm=…, and the page it opens marks the
// words searched for in its text.
// The bundle is loaded on first use, so pages that are only read download
// nothing extra. Without the script the box stays hidden; without an index
// (a build without Pagefind, or a page opened from file://) it says so.
(() => {
  'use strict';
  const box = document.querySelector('[data-zoeken]');
  if (!box) return;
  const form = box.querySelector('form');
  const input = box.querySelector('input[type="search"]');
  const panel = box.querySelector('.zoek-paneel');
  const summary = box.querySelector('[data-zoek-aantal]');
  const list = box.querySelector('[data-zoek-lijst]');
  const announcer = box.querySelector('[data-zoek-melding]');
  const bundleUrl = new URL(box.dataset.bundle, document.baseURI);
  const MAX_RESULTS = 10;
  box.hidden = false;
  // Other search boxes (the home page's) lead to zoeken/, which needs this
  // script too: shown only where it runs.
  for (const other of document.querySelectorAll('[data-zoeken-elders]')) other.hidden = false;

  // Pagefind, loaded once; every version has its own bundle, and the
  // bundle's folder is the version's root (its results are relative to it).
  let loading = null;
  const pagefind = () => {
    if (!loading) {
      loading = import(bundleUrl.href).then(async (module) => {
        await module.options({ baseUrl: new URL('../', bundleUrl).pathname, excerptLength: 24 });
        return module;
      });
      loading.catch(() => {});
    }
    return loading;
  };

  const withSearchTerm = (url, query) => {
    const [path, hash] = url.split('#');
    return `${path}${path.includes('?') ? '&' : '?'}zoekterm=${encodeURIComponent(query)}${hash === undefined ? '' : `#${hash}`}`;
  };

  const links = () => [...list.querySelectorAll('a')];
  const open = () => { panel.hidden = false; };
  const close = () => { panel.hidden = true; };
  const say = (text) => {
    summary.textContent = text;
    announcer.textContent = text;
  };

  let unavailable = false;
  const showUnavailable = () => {
    unavailable = true;
    list.replaceChildren();
    say('Zoeken is niet beschikbaar: deze versie van het handboek heeft geen zoekindex.');
    box.classList.add('is-uit');
    open();
  };

  // Pagefind's excerpt is text with <mark> around the matched words; only
  // those two survive (nothing else of the index ever becomes HTML).
  const excerpt = (html) => {
    const span = document.createElement('span');
    span.className = 'zoek-uittreksel';
    const parsed = document.createElement('template');
    parsed.innerHTML = html || '';
    for (const node of parsed.content.childNodes) {
      if (node.nodeName === 'MARK') {
        // Pagefind marks a word with its punctuation ("intake."): mark the word only.
        const [, before, word, after] = node.textContent.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su);
        const mark = document.createElement('mark');
        mark.textContent = word;
        span.append(before, ...(word ? [mark] : []), after);
      } else {
        span.append(document.createTextNode(node.textContent));
      }
    }
    return span;
  };

  // A page is one result, pointing at its best matching part when that is a
  // section of the page; on the glossary every matching term is a result.
  // How well a part of a page matches: Pagefind's scores of its matches.
  const score = (sub) => (sub.weighted_locations || []).reduce((sum, match) => sum + (match.balanced_score || 0), 0)
    || (sub.locations || []).length;
  const entriesOf = (page) => {
    const section = page.meta.section || '';
    const parts = (page.sub_results || [])
      .filter((sub) => sub.url.includes('#') && (sub.locations || []).length)
      .sort((a, b) => score(b) - score(a));
    if (page.meta.begrippen) {
      const terms = parts.filter((sub) => sub.title.length > 1);  // not the letter headings
      if (terms.length) {
        return terms.slice(0, 5).map((term) => ({ url: term.url, title: term.title, section: page.meta.title, excerpt: term.excerpt }));
      }
    }
    const best = parts[0];
    const heading = best && best.title !== page.meta.title ? best.title : '';
    return [{
      url: heading ? best.url : page.url,
      title: page.meta.title || page.url,
      section: [section, heading].filter(Boolean).join(' › '),
      excerpt: heading ? best.excerpt : page.excerpt,
    }];
  };

  // One result as a list item; its link tells the page opened what was searched.
  const resultItem = (entry, query) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'zoek-resultaat';
    link.href = withSearchTerm(entry.url, query);
    const title = document.createElement('span');
    title.className = 'zoek-titel';
    title.textContent = entry.title;
    link.append(title);
    if (entry.section) {
      const section = document.createElement('span');
      section.className = 'zoek-sectie';
      section.textContent = entry.section;
      link.append(section);
    }
    link.append(excerpt(entry.excerpt));
    item.append(link);
    return item;
  };

  const show = (query, total, entries) => {
    const items = entries.slice(0, MAX_RESULTS).map((entry) => resultItem(entry, query));
    if (total > items.length && form.getAttribute('action')) {
      const all = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'zoek-resultaat zoek-alles';
      link.href = `${form.getAttribute('action')}?q=${encodeURIComponent(query)}`;
      link.textContent = `Alle ${total} resultaten`;
      all.append(link);
      items.push(all);
    }
    list.replaceChildren(...items);
    const quoted = `‘${query}’`;
    if (!total) say(`Geen resultaten voor ${quoted}. Probeer een ander of korter woord.`);
    else if (total === 1) say(`1 pagina gevonden voor ${quoted}.`);
    else say(`${total} pagina's gevonden voor ${quoted}${total > MAX_RESULTS ? `; de beste ${MAX_RESULTS} staan hieronder` : ''}.`);
    open();
  };

  let latest = 0;
  const search = async (debounce) => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query.length < 2) {
      if (!unavailable) close();
      return false;
    }
    let module;
    try {
      module = await pagefind();
    } catch {
      showUnavailable();
      return false;
    }
    const found = debounce ? await module.debouncedSearch(query, {}, 180) : await module.search(query);
    if (found === null || ticket !== latest) return false;  // a newer query took over
    const pages = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (ticket !== latest) return false;
    show(query, found.results.length, pages.flatMap(entriesOf));
    return true;
  };

  input.addEventListener('input', () => { search(true); });
  const hasResults = () => list.children.length > 0 && input.value.trim().length >= 2;
  input.addEventListener('focus', () => { pagefind().catch(showUnavailable); });
  input.addEventListener('click', () => { if (hasResults()) open(); });
  // Enter in the field: the search page with every result (the form's
  // action, zoeken/?q=…); a theme without that page keeps the first result.
  form.addEventListener('submit', async (event) => {
    if (form.getAttribute('action') && input.value.trim().length >= 2) return;
    event.preventDefault();
    if (await search(false)) links()[0]?.focus();
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && (!panel.hidden || hasResults()) && links().length) {
      event.preventDefault();
      open();
      links()[0].focus();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    let next = null;
    if (event.key === 'ArrowDown') next = all[Math.min(at + 1, all.length - 1)];
    else if (event.key === 'ArrowUp') next = at <= 0 ? input : all[at - 1];
    else if (event.key === 'Home') next = all[0];
    else if (event.key === 'End') next = all[all.length - 1];
    else if (event.key === 'Escape') { close(); next = input; }
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  // Leaving the search (a click elsewhere, Tab past the results) closes it.
  document.addEventListener('click', (event) => { if (!box.contains(event.target)) close(); });
  box.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !box.contains(event.relatedTarget)) close();
  });

  // The search page (zoeken/?q=…&pagina=N): every result, PAGE_SIZE a page,
  // with links to the other pages of results.
  const results = document.querySelector('[data-zoekpagina]');
  if (results) {
    const PAGE_SIZE = 20;
    const params = new URLSearchParams(location.search);
    const query = (params.get('q') || '').trim();
    const pageField = results.querySelector('input[type="search"]');
    const pageList = results.querySelector('[data-zoekpagina-lijst]');
    const pageStatus = results.querySelector('[data-zoekpagina-melding]');
    const pager = results.querySelector('[data-zoekpagina-pager]');
    pageField.value = query;
    const pageLink = (number, label, current) => {
      const link = document.createElement('a');
      link.href = `?q=${encodeURIComponent(query)}&pagina=${number}`;
      link.textContent = label;
      if (current) link.setAttribute('aria-current', 'page');
      return link;
    };
    const run = async () => {
      if (query.length < 2) {
        pageStatus.textContent = query ? 'Typ minstens twee letters.' : '';
        pageField.focus();
        return;
      }
      let module;
      try {
        module = await pagefind();
      } catch {
        pageStatus.textContent = 'Zoeken is niet beschikbaar: deze versie van het handboek heeft geen zoekindex.';
        return;
      }
      const found = await module.search(query);
      const total = found.results.length;
      const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      const number = Math.min(pages, Math.max(1, parseInt(params.get('pagina'), 10) || 1));
      const slice = found.results.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE);
      const data = await Promise.all(slice.map((result) => result.data()));
      pageList.start = (number - 1) * PAGE_SIZE + 1;
      pageList.replaceChildren(...data.flatMap(entriesOf).map((entry) => resultItem(entry, query)));
      const quoted = `‘${query}’`;
      pageStatus.textContent = !total ? `Geen resultaten voor ${quoted}. Probeer een ander of korter woord.`
        : `${total} ${total === 1 ? 'pagina' : "pagina's"} gevonden voor ${quoted}` +
          (pages > 1 ? `; resultaten ${pageList.start}–${pageList.start + slice.length - 1}, pagina ${number} van ${pages}.` : '.');
      document.title = `${quoted} — ${document.title}`;
      if (pages > 1) {
        const items = [];
        if (number > 1) items.push(pageLink(number - 1, 'Vorige', false));
        for (let i = 1; i <= pages; i++) items.push(pageLink(i, String(i), i === number));
        if (number < pages) items.push(pageLink(number + 1, 'Volgende', false));
        const row = document.createElement('ul');
        row.append(...items.map((link) => { const li = document.createElement('li'); li.append(link); return li; }));
        pager.replaceChildren(row);
        pager.hidden = false;
      }
    };
    run();
  }
})();

// The page opened from a search result (…?zoekterm=intake) marks the words
// searched for in its text, accents and case ignored, a word's start
// enough ("intake" marks "intakes"), and shows the first one.
(() => {
  'use strict';
  let term = '';
  try { term = new URLSearchParams(location.search).get('zoekterm') || ''; } catch { return; }
  const main = document.querySelector('main');
  if (!main || term.trim().length < 2) return;
  const fold = (text) => text.split('').map((c) => c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().charAt(0) || c).join('');
  const words = fold(term).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 2);
  if (!words.length) return;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join('|')})[\\p{L}\\p{N}]*`, 'gu');
  const skip = 'script, style, svg, .begrip-uitleg, textarea, select, option, button';
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  const marks = [];
  for (const node of nodes) {
    const text = node.textContent;
    const folded = fold(text);  // the same length as text: one folded character per character
    const found = [...folded.matchAll(pattern)];
    if (!found.length) continue;
    const parts = [];
    let at = 0;
    for (const match of found) {
      parts.push(text.slice(at, match.index));
      const mark = document.createElement('mark');
      mark.className = 'zoek-markering';
      mark.textContent = text.slice(match.index, match.index + match[0].length);
      parts.push(mark);
      marks.push(mark);
      at = match.index + match[0].length;
    }
    parts.push(text.slice(at));
    node.replaceWith(...parts);
  }
  if (marks.length && !location.hash) marks[0].scrollIntoView({ block: 'center' });
})();
