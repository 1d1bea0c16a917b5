// handboek: small progressive enhancements; every page works without them.
// No frameworks; no network but the site itself (the list of versions, the
// service worker). The one thing stored is the reader's choice of
// organisation (localStorage "handboek.organisatie": an organisation id, not
// personal data). Search lives in zoeken.js.
(() => {
  'use strict';
  const root = document.documentElement;
  root.classList.add('js');

  // Buttons with data-print print the page (the interview guide, forms).
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-print]');
    if (button) window.print();
  });

  // Phone header (below 60rem, see handboek.css): "Menu" opens the menu
  // panel — every section one under the other, the search and the
  // organisation picker; "Zoeken" opens the search alone, at the top, and
  // puts the cursor in it. Escape or a second press closes it. On a wide
  // screen the buttons are hidden and the panel's parts sit in the header.
  const header = document.querySelector('.site-header');
  const menuButtons = [...document.querySelectorAll('[data-menu-knop]')];
  if (header && menuButtons.length) {
    document.querySelector('[data-header-knoppen]').hidden = false;
    const setOpen = (open, by) => {
      header.classList.toggle('menu-open', open);
      if (open) header.dataset.paneel = by.dataset.menuKnop;
      else delete header.dataset.paneel;
      for (const button of menuButtons) button.setAttribute('aria-expanded', String(open && button === by));
    };
    for (const button of menuButtons) {
      button.addEventListener('click', () => {
        // "Menu" while the search is open shows the whole menu, and back
        const open = !(header.classList.contains('menu-open') && header.dataset.paneel === button.dataset.menuKnop);
        setOpen(open, button);
        if (open && button.dataset.menuKnop === 'zoeken') document.getElementById('zoekveld')?.focus();
      });
    }
    header.addEventListener('keydown', (event) => {
      const by = menuButtons.find((button) => button.getAttribute('aria-expanded') === 'true');
      // zoeken.js uses Escape first to close its results
      if (event.key !== 'Escape' || event.defaultPrevented || !by || !header.classList.contains('menu-open')) return;
      setOpen(false, null);
      by.focus();
    });
  }

  // Where the header sticks to the top (a phone or tablet), its height is
  // --kop-hoogte: sticky bars (glossary letters, form actions) sit under it
  // and jumps to a heading, step or term land below it (handboek.css). It is
  // measured with the menu closed: an open menu is not in the way of a jump.
  if (header) {
    const measure = () => {
      if (header.classList.contains('menu-open')) return;
      const sticky = getComputedStyle(header).position === 'sticky';
      root.style.setProperty('--kop-hoogte', `${sticky ? Math.ceil(header.getBoundingClientRect().height) : 0}px`);
    };
    measure();
    if (window.ResizeObserver) new ResizeObserver(measure).observe(header);
    else window.addEventListener('resize', measure, { passive: true });
  }

  // Table of contents: a closed <details> on a phone, always open beside the
  // text on a wide screen. Without script, the stylesheet shows it open on a
  // wide screen and the reader can open it on a phone.
  const toc = document.querySelector('.toc-details');
  if (toc && window.matchMedia) {
    const wide = window.matchMedia('(min-width: 64rem)');
    const summary = toc.querySelector('summary');
    const sync = () => {
      toc.open = wide.matches;
      // beside the text the heading "Op deze pagina" is a label, not a toggle
      if (wide.matches) summary.setAttribute('tabindex', '-1');
      else summary.removeAttribute('tabindex');
    };
    sync();
    if (wide.addEventListener) wide.addEventListener('change', sync);
    toc.addEventListener('click', (event) => {
      if (wide.matches) {
        if (event.target.closest('summary')) event.preventDefault();
      } else if (event.target.closest('a')) {
        toc.open = false;   // on a phone, close the list after a heading was picked
      }
    });
  }

  // Rows that scroll sideways on a phone (main menu, glossary letters): bring
  // the current item into view and fade the side where more items are hidden.
  for (const row of document.querySelectorAll('.site-nav ul, .letters ul')) {
    const current = row.querySelector('[aria-current]');
    if (current && row.scrollWidth > row.clientWidth) {
      const item = current.closest('li');
      row.scrollLeft = Math.max(0, item.offsetLeft - row.offsetLeft - row.clientWidth / 2 + item.offsetWidth / 2);
    }
    const mark = () => {
      const max = row.scrollWidth - row.clientWidth;
      if (max <= 1 || row.scrollLeft <= 1) row.removeAttribute('data-scroll');
      else row.dataset.scroll = row.scrollLeft >= max - 1 ? 'end' : 'middle';
    };
    mark();
    row.addEventListener('scroll', mark, { passive: true });
    window.addEventListener('resize', mark, { passive: true });
  }

  // A table wider than the column scrolls sideways in its frame
  // (.tabel-scroll): the frame can then be reached with Tab and scrolled
  // with the arrow keys, and says what it is.
  const frameTables = () => {
    for (const frame of document.querySelectorAll('.tabel-scroll')) {
      const scrolls = frame.scrollWidth > frame.clientWidth + 1;
      if (scrolls && !frame.hasAttribute('tabindex')) {
        frame.setAttribute('tabindex', '0');
        frame.setAttribute('role', 'region');
        frame.setAttribute('aria-label', 'Tabel, schuift opzij');
      } else if (!scrolls && frame.hasAttribute('tabindex')) {
        for (const name of ['tabindex', 'role', 'aria-label']) frame.removeAttribute(name);
      }
    }
  };
  frameTables();
  window.addEventListener('resize', frameTables, { passive: true });

  // Glossary tooltips (.begrip-uitleg, shown by CSS on hover and focus):
  // keep them inside the window, and let Escape close them (WCAG 1.4.13).
  const place = (term) => {
    const tip = term.querySelector('.begrip-uitleg');
    if (!tip) return;
    tip.style.setProperty('--shift', '0px');
    requestAnimationFrame(() => {
      const box = tip.getBoundingClientRect();
      const room = document.documentElement.clientWidth - 8;
      if (box.right > room) tip.style.setProperty('--shift', `${Math.round(Math.max(room - box.right, 8 - box.left))}px`);
    });
  };
  const open = (event) => {
    const term = event.target.closest && event.target.closest('.begrip');
    if (term && !term.contains(event.relatedTarget)) { term.classList.remove('is-dismissed'); place(term); }
  };
  document.addEventListener('mouseover', open);
  document.addEventListener('focusin', open);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of document.querySelectorAll('.begrip:hover, .begrip:focus-within')) term.classList.add('is-dismissed');
  });

  // On a touch screen there is no hover: a tap on a term opens its
  // definition in place, with a link to the full entry; a second tap, a tap
  // elsewhere or Escape closes it. A mouse click still follows the link.
  const touch = window.matchMedia && window.matchMedia('(hover: none)');
  const closeTerms = (except) => {
    for (const term of document.querySelectorAll('.begrip.is-open')) {
      if (term === except) continue;
      term.classList.remove('is-open');
      term.querySelector('.begrip-link')?.setAttribute('aria-expanded', 'false');
    }
  };
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('.begrip-link');
    if (!link) {
      if (!(event.target.closest && event.target.closest('.begrip-uitleg'))) closeTerms(null);
      return;
    }
    if (!touch || !touch.matches) return;
    event.preventDefault();
    const term = link.closest('.begrip');
    const tip = term.querySelector('.begrip-uitleg');
    if (tip && !tip.querySelector('.begrip-meer')) {
      const more = document.createElement('a');
      more.className = 'begrip-meer';
      more.setAttribute('href', link.getAttribute('href'));
      more.textContent = `Meer over ‘${link.textContent}’ in de begrippenlijst`;
      tip.append(more);
    }
    const open = !term.classList.contains('is-open');
    closeTerms(term);
    term.classList.toggle('is-open', open);
    term.classList.remove('is-dismissed');
    link.setAttribute('aria-expanded', String(open));
    if (open) place(term);
  });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') closeTerms(null); });

  // "Mijn organisatie" (header): the chosen organisation's local blocks are
  // open, the others closed to one line; "alle" opens every block and shows
  // a group of them side by side (the stylesheet reads html[data-organisatie]).
  // Without the script every block is open and the picker stays hidden.
  const ORGANISATION_KEY = 'handboek.organisatie';
  const picker = document.querySelector('[data-organisatie-keuze]');
  const select = picker && picker.querySelector('select');
  const readChoice = () => {
    try { return localStorage.getItem(ORGANISATION_KEY); } catch { return null; }
  };
  const saveChoice = (value) => {
    try { localStorage.setItem(ORGANISATION_KEY, value); } catch { /* storage blocked: the choice lasts this page */ }
  };
  const isOption = (value) => !!select && [...select.options].some((option) => option.value === value);
  const showOrganisation = (id) => {
    root.dataset.organisatie = id;
    for (const block of document.querySelectorAll('details.lokaal')) {
      block.open = id === 'alle' || block.dataset.organisatie === id;
    }
    for (const link of document.querySelectorAll('.lokaal-overzicht a[data-organisatie]')) {
      link.classList.toggle('is-eigen', link.dataset.organisatie === id);
    }
  };
  if (select) {
    const stored = readChoice();
    select.value = isOption(stored) ? stored : 'alle';
    showOrganisation(select.value);
    picker.hidden = false;
    select.addEventListener('change', () => { saveChoice(select.value); showOrganisation(select.value); });
    // the same choice in every open tab of the handbook
    window.addEventListener('storage', (event) => {
      if (event.key !== ORGANISATION_KEY || !isOption(event.newValue)) return;
      select.value = event.newValue;
      showOrganisation(event.newValue);
    });
  }
  // A link to a local block (#lokaal-buch, "Lokale afspraken op deze
  // pagina") opens it, whatever organisation was chosen.
  // The same for a changed page on a change page (#wijziging-…): its diff,
  // closed under its title, opens.
  const openLocalBlock = (id) => {
    const target = id && document.getElementById(id);
    const block = target && target.closest('details.lokaal');
    if (block) block.open = true;
    const diff = target && target.querySelector(':scope > details.diff-details');
    if (diff) diff.open = true;
    // A link to a page's history (#paginageschiedenis, from /lokaal/) opens it.
    const history = target && target.querySelector(':scope > details.history');
    if (history) history.open = true;
  };
  const hashId = () => { try { return decodeURIComponent(location.hash.slice(1)); } catch { return ''; } };
  openLocalBlock(hashId());
  window.addEventListener('hashchange', () => openLocalBlock(hashId()));
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[href^="#lokaal-"], a[href^="#wijziging-"]');
    if (link) openLocalBlock(decodeURIComponent(link.getAttribute('href').slice(1)));
  });
  // On paper every diff of a change page is shown, open or not.
  let closedDiffs = [];
  window.addEventListener('beforeprint', () => {
    closedDiffs = [...document.querySelectorAll('details.diff-details:not([open])')];
    for (const diff of closedDiffs) diff.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const diff of closedDiffs) diff.open = false;
    closedDiffs = [];
  });

  // The 404 page has <base href> so that its links work at any URL; in-page
  // links ("#inhoud") must then stay on this page instead of following the base.
  if (document.querySelector('base[href]')) {
    document.addEventListener('click', (event) => {
      const link = event.target.closest('a[href^="#"]');
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView();
      if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    });
  }
  // The version bar (docs/performance.md): which versions there are is not
  // in the page — a release's pages never change when a newer one appears —
  // but in /versies/versies.json, read here. Without it (no JavaScript,
  // file://, offline before the list was ever read) the bar keeps its plain
  // link to /versies/ and the banner its link to the current version's home.
  const versionBar = document.querySelector('[data-versiebalk]');
  if (versionBar && /^https?:$/.test(location.protocol)) {
    const listUrl = new URL(versionBar.dataset.versies, document.baseURI);
    const ownHome = new URL(versionBar.dataset.versieThuis, document.baseURI);
    // This page's place in its version ("processen/intake/"): the same page in another version.
    const inside = location.pathname.startsWith(ownHome.pathname) ? location.pathname.slice(ownHome.pathname.length) : '';
    // A link to this page in another version opens it when it exists there,
    // else that version's home (asked with HEAD at the click, not before).
    const sameOrHome = (link, home) => {
      link.addEventListener('click', async (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        let target = home.href;
        if (link.href !== home.href) {
          try {
            const response = await fetch(link.href, { method: 'HEAD' });
            await response.arrayBuffer();  // finished, so leaving the page does not abort it
            if (response.ok) target = link.href;
          } catch { /* no connection: the version's home */ }
        }
        location.href = target;
      });
    };
    fetch(listUrl).then((response) => (response.ok ? response.json() : null)).then((list) => {
      const versions = Array.isArray(list?.versions) ? list.versions : [];
      if (versions.length === 0) return;
      const ul = versionBar.querySelector('[data-versie-lijst]');
      const last = ul.lastElementChild;  // "Alle versies en wijzigingen" stays last
      for (const version of versions) {
        const home = new URL(version.url, listUrl);
        const link = document.createElement('a');
        link.textContent = version.label;
        const li = document.createElement('li');
        li.append(link);
        ul.insertBefore(li, last);
        if (home.pathname === ownHome.pathname) {
          link.href = location.pathname;
          link.setAttribute('aria-current', 'true');
          continue;
        }
        link.href = new URL(inside, home).href;
        sameOrHome(link, home);
      }
      versionBar.querySelector('[data-versie-keuze]').hidden = false;
      versionBar.querySelector('[data-alle-versies]').hidden = true;
      const current = versions.find((version) => version.current);
      const toCurrent = versionBar.querySelector('[data-naar-actueel]');
      if (current && toCurrent) {
        const home = new URL(current.url, listUrl);
        toCurrent.textContent = versionBar.classList.contains('is-concept')
          ? `Naar deze pagina in versie ${current.name}`
          : `Naar deze pagina in de actuele versie ${current.name}`;
        toCurrent.href = new URL(inside, home).href;
        sameOrHome(toCurrent, home);
      }
    }).catch(() => {});  // the plain links stay
  }

  // Offline reading (docs/offline.md): the service worker of this version
  // (html[data-offline-worker], its scope the version's folder) keeps the
  // version's pages, forms and search. Only over http(s): a file:// page
  // cannot have one. The notice "Er is een nieuwe versie" and its
  // "Vernieuwen" appear only when a newer build of this version's worker
  // waits to replace the one that serves this page; never for the first
  // worker of a version, nor when another version's worker serves the page
  // (an archived version first opened from the current one). The page never
  // reloads by itself (a form may be half filled).
  const workerUrl = document.documentElement.dataset.offlineWorker;
  if (workerUrl && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    const notice = document.querySelector('[data-nieuwe-versie]');
    const ownScript = new URL(workerUrl, document.baseURI).href;
    let waiting = null;
    let chosen = false;
    const replacesThisPage = (registration, worker) => {
      const controller = navigator.serviceWorker.controller;
      return !!controller && controller.scriptURL === ownScript && !!registration.active &&
        registration.waiting === worker;
    };
    const offer = (registration, worker) => {
      if (!notice || !replacesThisPage(registration, worker)) return;
      waiting = worker;
      notice.hidden = false;
    };
    const follow = (registration, worker) => {
      if (!worker) return;
      if (worker.state === 'installed') offer(registration, worker);
      worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(registration, worker); });
    };
    navigator.serviceWorker.register(workerUrl).then((registration) => {
      if (registration.waiting) offer(registration, registration.waiting);
      follow(registration, registration.installing);
      registration.addEventListener('updatefound', () => follow(registration, registration.installing));
    }).catch(() => {});  // a browser that refuses (private mode): the site works online as before
    notice?.querySelector('[data-vernieuwen]').addEventListener('click', () => {
      chosen = true;
      // already active (another tab chose it): this page only needs a reload
      if (waiting && waiting.state === 'installed') waiting.postMessage('vernieuwen');
      else location.reload();
    });
    notice?.querySelector('[data-later]').addEventListener('click', () => { notice.hidden = true; });
    navigator.serviceWorker.addEventListener('controllerchange', () => { if (chosen) location.reload(); });
  }
})();
