// formulier.js — the fillable forms of the handbook: print (filled in or
// blank), save the answers as a JSON file, open such a file again, clear,
// add or remove table rows, and show a translated form in two languages
// (Dutch beside the chosen translation; the answers stay keyed by field id). Works on every <form data-formulier> of the
// page (a form page, or a page that embeds forms).
//
// Privacy: the answers never leave this page. This script makes no network
// requests and uses no cookies, localStorage, sessionStorage or IndexedDB;
// the form has method="dialog" and autocomplete="off", so it is never sent
// and the browser keeps no autofill history of it. Answers leave the
// browser only when the user saves a file or prints.
//
// Because nothing is kept, nothing may be lost by accident either: while a
// form has answers that were not saved to a file since they were typed, a
// link or search inside the site first asks "Je antwoorden zijn nog niet
// opgeslagen" (save, leave anyway, stay), the browser asks before the tab is
// closed or reloaded, and links in the form's own text open in a new tab so
// the form stays open. The actions (save, open, print) stand at the start
// and the end of every form.
(function () {
  'use strict';

  var BLANK_CLASS = 'leeg-afdrukken';

  // ---------------------------------------------------------------- values

  function fieldsOf(form) {
    return Array.prototype.slice.call(form.querySelectorAll('[data-veld]'));
  }

  function textOrNull(value) {
    return value.trim() === '' ? null : value;
  }

  function controlValue(control) {
    if (control.type === 'number') return control.value === '' ? null : Number(control.value);
    return textOrNull(control.value);
  }

  function checkedValues(field) {
    return Array.prototype.map.call(field.querySelectorAll('input:checked'), function (input) {
      return input.value;
    });
  }

  function rowsOf(field) {
    return Array.prototype.slice.call(field.querySelector('tbody[data-rijen]').rows);
  }

  // The answer of one field, as it is saved (see docs/forms.md).
  function readField(field) {
    var type = field.dataset.type;
    switch (type) {
      case 'single_choice':
        return checkedValues(field)[0] || null;
      case 'scale': {
        var level = checkedValues(field)[0];
        return level === undefined ? null : Number(level);
      }
      case 'yes_no': {
        var answer = checkedValues(field)[0];
        return answer === undefined ? null : answer === 'ja';
      }
      case 'multiple_choice':
        return checkedValues(field);
      case 'table':
        return rowsOf(field).map(function (row) {
          var values = {};
          var filled = false;
          row.querySelectorAll('[data-kolom]').forEach(function (control) {
            values[control.dataset.kolom] = controlValue(control);
            filled = filled || values[control.dataset.kolom] !== null;
          });
          return filled ? values : null;
        }).filter(function (row) { return row !== null; });
      case 'signature':
        return {
          name: textOrNull(field.querySelector('[data-deel="name"]').value),
          date: textOrNull(field.querySelector('[data-deel="date"]').value),
        };
      default:
        return controlValue(field.querySelector('input, textarea, select'));
    }
  }

  function collect(form) {
    var answers = {};
    fieldsOf(form).forEach(function (field) { answers[field.dataset.veld] = readField(field); });
    return answers;
  }

  function isEmpty(value) {
    if (value === null || value === undefined) return true;
    if (Array.isArray(value)) return value.length === 0;
    if (typeof value === 'object') return Object.keys(value).every(function (key) { return value[key] === null; });
    return false;
  }

  function hasAnswers(form) {
    var answers = collect(form);
    return Object.keys(answers).some(function (key) { return !isEmpty(answers[key]); });
  }

  // Labels of required fields that are still empty (a saved file may be a draft).
  function missingRequired(form) {
    return fieldsOf(form).filter(function (field) {
      return field.querySelector(':scope > label .verplicht, :scope > legend .verplicht') && isEmpty(readField(field));
    }).map(function (field) {
      var title = field.querySelector(':scope > label, :scope > legend').cloneNode(true);
      title.querySelectorAll('.verplicht, .vertaling').forEach(function (marker) { marker.remove(); });
      return title.textContent.trim();
    });
  }

  function setControl(control, value) {
    control.value = value === null || value === undefined ? '' : String(value);
  }

  function check(field, values) {
    field.querySelectorAll('input').forEach(function (input) {
      input.checked = values.indexOf(input.value) !== -1;
    });
  }

  function writeField(field, value) {
    switch (field.dataset.type) {
      case 'single_choice':
      case 'scale':
        check(field, value === null || value === undefined ? [] : [String(value)]);
        break;
      case 'yes_no':
        check(field, value === true ? ['ja'] : value === false ? ['nee'] : []);
        break;
      case 'multiple_choice':
        check(field, Array.isArray(value) ? value.map(String) : []);
        break;
      case 'table': {
        var rows = Array.isArray(value) ? value : [];
        setRowCount(field, rows.length > 0 ? rows.length : initialRows(field));
        rowsOf(field).forEach(function (row, index) {
          row.querySelectorAll('[data-kolom]').forEach(function (control) {
            setControl(control, rows[index] ? rows[index][control.dataset.kolom] : null);
          });
        });
        break;
      }
      case 'signature':
        setControl(field.querySelector('[data-deel="name"]'), value && value.name);
        setControl(field.querySelector('[data-deel="date"]'), value && value.date);
        break;
      default:
        setControl(field.querySelector('input, textarea, select'), value);
    }
  }

  // ---------------------------------------------------------------- tables

  function initialRows(field) {
    return field.querySelectorAll('tbody.alleen-leeg tr').length || 1;
  }

  // Names, ids and labels follow the row number: "acties.2.wat", "Wat, rij 2".
  function renumber(field) {
    var form = field.closest('form');
    // data-sleutel: the key of the form's element ids where a document holds the form twice.
    var prefix = 'f-' + (form.dataset.sleutel || form.dataset.formulier) + '-' + field.dataset.veld;
    rowsOf(field).forEach(function (row, index) {
      var number = index + 1;
      row.querySelectorAll('[data-kolom]').forEach(function (control) {
        var column = control.dataset.kolom;
        control.id = prefix + '-' + number + '-' + column;
        control.name = field.dataset.veld + '.' + number + '.' + column;
        control.setAttribute('aria-label', control.getAttribute('aria-label').replace(/, rij \d+$/, ', rij ' + number));
      });
      row.querySelector('[data-actie="rij-verwijderen"]').setAttribute('aria-label', 'Verwijderen: rij ' + number);
    });
  }

  function newRow(field) {
    var template = field.querySelector('template[data-sjabloon]');
    var row = template.content.firstElementChild.cloneNode(true);
    var form = field.closest('form');
    if (form.dataset.taal) showTranslations(row, form.dataset.taal);
    return row;
  }

  function addRow(field) {
    var row = newRow(field);
    field.querySelector('tbody[data-rijen]').appendChild(row);
    renumber(field);
    return row;
  }

  // All rows at once and numbered once: a file with thousands of rows once
  // took minutes (each added row renumbered all rows before it).
  function setRowCount(field, count) {
    var rows = rowsOf(field);
    rows.slice(count).forEach(function (row) { row.remove(); });
    var added = document.createDocumentFragment();
    for (var i = rows.length; i < count; i++) added.appendChild(newRow(field));
    field.querySelector('tbody[data-rijen]').appendChild(added);
    renumber(field);
  }

  function removeRow(field, row) {
    var rows = rowsOf(field);
    var index = rows.indexOf(row);
    if (rows.length === 1) {
      row.querySelectorAll('[data-kolom]').forEach(function (control) { setControl(control, null); });
      row.querySelector('[data-kolom]').focus();
      return;
    }
    row.remove();
    renumber(field);
    var next = rowsOf(field)[Math.min(index, rows.length - 2)];
    next.querySelector('[data-kolom]').focus();
  }

  // ---------------------------------------------------------- two languages

  // The build wrote every translation into the page, each in an element
  // with its lang and dir, hidden (class "vertaling"). Choosing "Nederlands +
  // <language>" shows that language's texts beside the Dutch ones, on screen
  // and on paper; the controls, their names and so the saved answers stay
  // the same. The choice is kept in the address (?taal=ar) so that a link
  // can be shared; nothing else remembers it.
  var LANGUAGE_PARAM = 'taal';

  // Translations in <option> can hold no element: their text becomes
  // "Dutch / translation" (data-vertaling-CODE holds the translation).
  function showTranslations(root, code) {
    root.querySelectorAll('.vertaling').forEach(function (text) { text.hidden = text.lang !== code; });
    root.querySelectorAll('option').forEach(function (option) {
      if (option.dataset.nl === undefined) option.dataset.nl = option.textContent;
      var translated = code === 'nl' ? null : option.getAttribute('data-vertaling-' + code.toLowerCase());
      option.textContent = translated ? option.dataset.nl + ' / ' + translated : option.dataset.nl;
    });
  }

  function offersLanguage(form, code) {
    return Array.prototype.some.call(form.querySelectorAll('[data-taalkeuze]'), function (button) {
      return button.dataset.taalkeuze === code;
    });
  }

  function setLanguage(form, code) {
    // On a form page the title and purpose above the form are translated too.
    var scope = form.closest('.formulier-pagina, .formulier-ingebed') || form;
    scope.classList.toggle('tweetalig', code !== 'nl');
    showTranslations(scope, code);
    form.dataset.taal = code;
    form.querySelectorAll('[data-taalkeuze]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.dataset.taalkeuze === code));
    });
  }

  function rememberLanguage(code) {
    var url = new URL(window.location.href);
    if (code === 'nl') url.searchParams.delete(LANGUAGE_PARAM);
    else url.searchParams.set(LANGUAGE_PARAM, code);
    window.history.replaceState(window.history.state, '', url.href);
  }

  function initLanguages(form) {
    var choice = form.querySelector('[data-talen]');
    if (!choice) return;
    choice.hidden = false;
    var asked = new URLSearchParams(window.location.search).get(LANGUAGE_PARAM);
    if (asked && offersLanguage(form, asked)) setLanguage(form, asked);
    choice.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-taalkeuze]');
      if (!button) return;
      setLanguage(form, button.dataset.taalkeuze);
      rememberLanguage(button.dataset.taalkeuze);
    });
  }

  // ------------------------------------------------------------ the actions

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  }

  function save(form, say) {
    var data = {
      form: form.dataset.formulier,
      title: form.dataset.titel,
      form_version: Number(form.dataset.formulierversie),
      handbook_version: form.dataset.handboekversie,
      answers: collect(form),
    };
    var name = data.form + '-' + today() + '.json';
    var url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    var missing = missingRequired(form);
    say('ok', 'De antwoorden zijn opgeslagen in het bestand ' + name + '. Bewaar het op een veilige plek: ' +
      'er staan persoonsgegevens in.' + (missing.length ? ' Nog niet ingevuld: ' + missing.join(', ') + '.' : ''));
  }

  function clear(form) {
    form.reset();
    fieldsOf(form).forEach(function (field) {
      if (field.dataset.type === 'table') setRowCount(field, initialRows(field));
    });
  }

  // More rows than a person fills in; a file with more is refused.
  var MAX_TABLE_ROWS = 500;

  function open(form, file, say) {
    file.text().then(function (text) {
      var data;
      try { data = JSON.parse(text); } catch (error) { data = null; }
      if (!data || typeof data !== 'object' || typeof data.form !== 'string' ||
          !data.answers || typeof data.answers !== 'object') {
        say('fout', 'Het bestand ' + file.name + ' is niet geopend: het is geen opgeslagen formulier van dit handboek.');
        return;
      }
      if (data.form !== form.dataset.formulier) {
        say('fout', 'Het bestand ' + file.name + ' is niet geopend: het hoort bij een ander formulier (' +
          (data.title || data.form) + '). Open het op de pagina van dat formulier.');
        return;
      }
      // Checked before anything changes: the answers on screen stay when a file is refused.
      var tooLong = fieldsOf(form).filter(function (field) {
        var value = Object.prototype.hasOwnProperty.call(data.answers, field.dataset.veld) &&
          data.answers[field.dataset.veld];
        return field.dataset.type === 'table' && Array.isArray(value) && value.length > MAX_TABLE_ROWS;
      });
      if (tooLong.length) {
        say('fout', 'Het bestand ' + file.name + ' is niet geopend: een tabel heeft meer dan ' + MAX_TABLE_ROWS +
          ' rijen. Dat maakt dit formulier niet.');
        return;
      }
      clear(form);
      markUnsaved(form, false);  // the answers are in that file
      var known = {};
      fieldsOf(form).forEach(function (field) {
        known[field.dataset.veld] = true;
        if (Object.prototype.hasOwnProperty.call(data.answers, field.dataset.veld)) {
          writeField(field, data.answers[field.dataset.veld]);
        }
      });
      var missing = Object.keys(data.answers).filter(function (key) { return !known[key]; });
      var version = Number(form.dataset.formulierversie);
      if (Number(data.form_version) !== version) {
        say('waarschuwing', 'Let op: dit bestand is gemaakt met versie ' + data.form_version + ' van dit formulier; ' +
          'dit is versie ' + version + '. ' + (missing.length
          ? 'Deze velden bestaan niet meer en zijn niet geladen: ' + missing.join(', ') + '. De rest is geladen.'
          : 'Alle antwoorden zijn geladen; kijk ze na.'));
      } else if (missing.length) {
        say('waarschuwing', 'Deze velden bestaan niet in dit formulier en zijn niet geladen: ' + missing.join(', ') +
          '. De rest is geladen.');
      } else {
        say('ok', 'Het bestand ' + file.name + ' is geopend: alle antwoorden staan weer in het formulier.');
      }
    });
  }

  // Before printing: long answers grow to their text, and empty controls
  // are marked so that they print empty (formulier.css). After: undone.
  function prepareForPrint(printing) {
    var grow = printing && !document.documentElement.classList.contains(BLANK_CLASS);
    document.querySelectorAll('form[data-formulier] textarea').forEach(function (area) {
      area.style.height = '';
      if (grow && area.value) area.style.height = (area.scrollHeight + 4) + 'px';
    });
    document.querySelectorAll('form[data-formulier] :is(input, select, textarea)').forEach(function (control) {
      if (printing && control.value === '') control.setAttribute('data-leeg', '');
      else control.removeAttribute('data-leeg');
    });
  }

  // A filled-in print with required fields still empty says which, on the
  // screen and at the top of the paper (so the paper is not taken as finished).
  function notePrintGaps(form, say) {
    var note = form.querySelector('[data-afdruk-ontbreekt]');
    var missing = missingRequired(form);
    if (!note) {
      note = document.createElement('p');
      note.className = 'afdruk-ontbreekt';
      note.setAttribute('data-afdruk-ontbreekt', '');
      form.querySelector('.afdruk-kop').insertAdjacentElement('afterend', note);
    }
    note.textContent = missing.length ? 'Nog niet ingevuld (verplicht): ' + missing.join(', ') + '.' : '';
    note.hidden = missing.length === 0;
    if (missing.length) {
      say('waarschuwing', 'Let op: deze verplichte velden zijn nog leeg: ' + missing.join(', ') +
        '. Dat staat ook bovenaan de afdruk.');
    }
  }

  function print(blank) {
    document.documentElement.classList.toggle(BLANK_CLASS, blank);
    window.print();  // returns when the print dialog has closed
    document.documentElement.classList.remove(BLANK_CLASS);
  }

  window.addEventListener('beforeprint', function () { prepareForPrint(true); });
  window.addEventListener('afterprint', function () {
    document.documentElement.classList.remove(BLANK_CLASS);
    prepareForPrint(false);
  });

  // ------------------------------------------------- keeping the answers

  // Forms whose answers changed since they were last saved, opened or cleared.
  var unsaved = [];
  function markUnsaved(form, isUnsaved) {
    var at = unsaved.indexOf(form);
    if (isUnsaved && at === -1) unsaved.push(form);
    if (!isUnsaved && at !== -1) unsaved.splice(at, 1);
    form.toggleAttribute('data-niet-opgeslagen', isUnsaved);
  }

  // Set when the reader chose "Toch weggaan": then nothing asks again.
  var leaveAnyway = false;
  function answersAtRisk() {
    return !leaveAnyway && unsaved.some(hasAnswers);
  }

  window.addEventListener('beforeunload', function (event) {
    if (!answersAtRisk()) return;
    event.preventDefault();
    event.returnValue = '';  // older browsers need a value to ask
  });
  window.addEventListener('pageshow', function () { leaveAnyway = false; });

  // The in-page prompt before a link or a search inside the site is
  // followed: the browser's own question (beforeunload) is generic, cannot
  // offer to save, and iPhone Safari never shows it. A <dialog>: modal,
  // Escape is "Blijven", focus returns to the link.
  var prompt = null;
  var onLeave = null;  // what "Toch weggaan" and "Opslaan en weggaan" continue with

  function leavePrompt() {
    if (prompt) return prompt;
    prompt = document.createElement('dialog');
    prompt.className = 'verlaat-vraag';
    prompt.setAttribute('aria-labelledby', 'verlaat-vraag-titel');
    prompt.setAttribute('aria-describedby', 'verlaat-vraag-tekst');
    prompt.innerHTML =
      '<h2 class="verlaat-vraag-titel" id="verlaat-vraag-titel">Je antwoorden zijn nog niet opgeslagen</h2>' +
      '<p id="verlaat-vraag-tekst">De browser bewaart ze niet: als je deze pagina verlaat, ben je ze kwijt. ' +
      'Sla ze op als bestand, dan kun je ze later weer openen.</p>' +
      '<div class="verlaat-vraag-knoppen">' +
      '<button type="button" class="verlaat-opslaan" data-keuze="opslaan">Opslaan en weggaan</button>' +
      '<button type="button" class="verlaat-toch" data-keuze="weggaan">Toch weggaan</button>' +
      '<button type="button" class="verlaat-blijven" data-keuze="blijven">Blijven</button>' +
      '</div>';
    prompt.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-keuze]');
      if (!button) return;
      var choice = button.dataset.keuze;
      var then = onLeave;
      onLeave = null;
      prompt.close();
      if (choice === 'blijven' || !then) return;
      if (choice === 'opslaan') {
        unsaved.filter(hasAnswers).forEach(function (form) { save(form, sayers.get(form)); markUnsaved(form, false); });
      }
      leaveAnyway = true;
      // the file's download starts before the page is left
      setTimeout(then, choice === 'opslaan' ? 400 : 0);
    });
    prompt.addEventListener('close', function () { onLeave = null; });
    document.body.appendChild(prompt);
    return prompt;
  }

  function askBeforeLeaving(event, then) {
    if (!answersAtRisk()) return;
    event.preventDefault();
    event.stopPropagation();  // other handlers of the link (the version bar) wait for the answer
    onLeave = then;
    var dialog = leavePrompt();
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('[data-keuze="opslaan"]').focus();
  }

  // Links to another page of the site (not a place on this page, not a new
  // tab or a download); links elsewhere leave through beforeunload.
  function leavesThePage(link) {
    if (link.target && link.target !== '_self') return false;
    if (link.hasAttribute('download')) return false;
    var to = new URL(link.href, document.baseURI);
    if (!/^https?:$|^file:$/.test(to.protocol) || to.origin !== window.location.origin) return false;
    var here = window.location;
    return !(to.pathname === here.pathname && to.search === here.search && to.hash !== '');
  }

  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var link = event.target.closest && event.target.closest('a[href]');
    if (!link || !leavesThePage(link) || (prompt && prompt.contains(link))) return;
    askBeforeLeaving(event, function () { link.click(); });
  }, true);
  // The header's search: Enter or "Zoek" opens the search page.
  document.addEventListener('submit', function (event) {
    var search = event.target;
    if (search.matches('form[data-formulier]') || !search.getAttribute('action')) return;
    var field = search.querySelector('input[type="search"]');
    if (field && field.value.trim().length < 2) return;  // zoeken.js stays on the page then
    askBeforeLeaving(event, function () { search.requestSubmit(); });
  }, true);

  // Links in the text of a form page (purpose, intro, help, the steps it
  // belongs to) open in a new tab: reading them keeps the form as it is.
  // Links to a place on this page stay, and so do the site's menus (leaving
  // through those asks first, above).
  function openLinksInNewTab(scope) {
    scope.querySelectorAll('a[href]').forEach(function (link) {
      var href = link.getAttribute('href');
      if (href.charAt(0) === '#' || link.target || link.hasAttribute('download')) return;
      link.target = '_blank';
      link.rel = 'noopener';
      var hint = document.createElement('span');
      hint.className = 'visually-hidden';
      hint.textContent = ' (opent in een nieuw tabblad)';
      link.appendChild(hint);
    });
  }

  var sayers = new Map();  // form -> its say(kind, text)

  function init(form) {
    // A message appears under the actions that were used: at the start or
    // at the end of the form.
    var messages = [form.querySelector('[data-melding]'), form.querySelector('[data-melding-einde]') || form.querySelector('[data-melding]')];
    var message = messages[0];
    var fileInput = form.querySelector('[data-bestand]');
    var say = function (kind, text) {
      messages.forEach(function (other) { if (other !== message) other.textContent = ''; });
      message.className = 'formulier-melding melding-' + kind;
      message.textContent = text;
    };
    sayers.set(form, say);

    form.querySelectorAll('[data-acties]').forEach(function (actions) { actions.hidden = false; });
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    var changed = function (event) { if (event.target !== fileInput) markUnsaved(form, true); };
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    openLinksInNewTab(form);
    initLanguages(form);
    fileInput.addEventListener('change', function () {
      if (fileInput.files.length) open(form, fileInput.files[0], say);
      fileInput.value = '';
    });

    form.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-actie]');
      if (!button || !form.contains(button)) return;
      var field = button.closest('[data-veld]');
      var bar = button.closest('[data-acties]');
      if (bar) message = bar.classList.contains('formulier-acties-einde') ? messages[messages.length - 1] : messages[0];
      switch (button.dataset.actie) {
        case 'afdrukken': notePrintGaps(form, say); print(false); break;
        case 'leeg-afdrukken': print(true); break;
        case 'opslaan': save(form, say); markUnsaved(form, false); break;
        case 'openen': fileInput.click(); break;
        case 'wissen':
          if (hasAnswers(form) &&
              !window.confirm('Alle antwoorden in dit formulier wissen? Dat kan niet ongedaan worden gemaakt.')) return;
          clear(form);
          markUnsaved(form, false);
          say('ok', 'Het formulier is leeggemaakt.');
          break;
        case 'rij-toevoegen': addRow(field).querySelector('[data-kolom]').focus(); break;
        case 'rij-verwijderen': removeRow(field, button.closest('tr')); markUnsaved(form, true); break;
      }
    });
  }

  var forms = document.querySelectorAll('form[data-formulier]');
  forms.forEach(init);
  // On a form's own page the text above the form links out as well.
  document.querySelectorAll('.formulier-pagina > .page-header').forEach(openLinksInNewTab);
})();
