// handboek: small progressive enhancements; every page works without them.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-print]');
  if (button) window.print();
});
