// handboek: small progressive enhancements; every page works without them.
// No frameworks, no network, nothing stored.
(() => {
  'use strict';
  const root = document.documentElement;
  root.classList.add('js');

  // Buttons with data-print print the page (the interview guide, forms).
  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-print]');
    if (button) window.print();
  });

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
})();
