// A vision card: the table writes items under the workshop's fields, sees what the facilitator did to them,
// edits or withdraws its own; and the dot vote on a card's items.

import { t, tFor } from './texts.js';
import { el, text, newId, fill, add } from './views.js';

function fieldsOf(workshop) {
  return workshop.fields || [];
}

/** What became of an item, as the desktop table says it. */
function itemState(item) {
  const lines = [];
  if (item.hidden) lines.push(t('table.item.hidden'));
  if (item.mergedIntoText) lines.push(t('table.item.merged', item.mergedIntoText));
  else if (item.text !== item.tableText) lines.push(t('table.item.reworded', item.text));
  if (item.highlighted) lines.push(t('table.item.highlighted'));
  return lines;
}

/** The card open now: its text, a field to write under, the table's items newest first. */
export function cardView(session, cardId) {
  const w = session.workshop;
  const card = w.cards.find((c) => c.id === cardId);
  const fields = fieldsOf(w);
  const limit = w.textLimit || 1000;
  const draft = session.draft(`card:${cardId}`) || {};
  let field = draft.field && fields.some((f) => f.id === draft.field) ? draft.field : fields[0].id;
  const view = el('section', { class: 'card', 'aria-labelledby': 'card-title' });
  const input = el('textarea', { id: 'itemText', maxlength: limit, rows: 4, dir: 'auto' });
  input.value = draft.text || '';
  const keep = () => session.keepDraft(`card:${cardId}`, { field, text: input.value });
  input.addEventListener('input', keep);
  const label = el('label', { for: 'itemText', id: 'itemLabel' });
  const fieldButtons = el('div', { class: 'segmented', role: 'radiogroup', 'aria-label': t('export.col.field') });
  const mine = el('ul', { class: 'mine', id: 'mine' });
  const said = el('p', { id: 'itemState', role: 'status' });

  const chooseField = (id) => {
    field = id;
    keep();
    const f = fields.find((x) => x.id === id);
    label.textContent = f.title;
    for (const b of fieldButtons.children) {
      b.setAttribute('aria-checked', String(b.dataset.field === id));
    }
  };
  fields.forEach((f, i) => add(fieldButtons, el('button', {
    type: 'button', role: 'radio', id: `field-${i + 1}`, dataset: { field: f.id },
    onclick: () => { chooseField(f.id); input.focus(); },
  }, f.short || f.title)));

  const addItem = () => {
    const value = input.value.trim();
    if (!value) {
      input.focus();
      return;
    }
    session.submit({ type: 'addItem', commandId: newId(), tableId: session.tableId, cardId, fieldId: field, text: value }, `card:${cardId}`);
    input.value = '';
    keep();
    said.textContent = session.pendingText();
    input.focus();
    view.refresh();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      addItem();
    }
  });

  const fieldTitle = (id) => (fields.find((f) => f.id === id) || { title: id }).title;

  const row = (item) => {
    const li = el('li', { class: 'item', dataset: { item: item.id } },
      el('span', { class: 'field-name' }, fieldTitle(item.fieldId)),
      text('p', item.tableText, { class: 'item-text' }),
      itemState(item).map((s) => text('p', s, { class: 'item-state' })));
    const actions = el('div', { class: 'actions' });
    const edit = () => {
      const area = el('textarea', { maxlength: limit, rows: 3, dir: 'auto', 'aria-label': t('table.item.edit') });
      area.value = item.tableText;
      fill(actions, area,
        el('button', { type: 'button', class: 'primary', onclick: () => {
          const value = area.value.trim();
          if (value && value !== item.tableText) {
            session.submit({ type: 'editItem', commandId: newId(), tableId: session.tableId, itemId: item.id, text: value }, `card:${cardId}`);
          }
          view.refresh();
        } }, t('table.item.save')),
        el('button', { type: 'button', onclick: () => view.refresh() }, t('table.item.cancel')));
      area.focus();
    };
    const withdraw = () => {
      fill(actions, 
        el('button', { type: 'button', class: 'danger', onclick: () => {
          session.submit({ type: 'withdrawItem', commandId: newId(), tableId: session.tableId, itemId: item.id }, `card:${cardId}`);
          view.refresh();
        } }, t('table.item.confirmWithdraw')),
        el('button', { type: 'button', onclick: () => view.refresh() }, t('table.item.cancel')));
      actions.querySelector('button').focus();
    };
    add(actions, 
      el('button', { type: 'button', class: 'edit', 'aria-label': `${t('table.item.edit')}: ${item.tableText}`, onclick: edit }, t('table.item.edit')),
      el('button', { type: 'button', class: 'withdraw', 'aria-label': `${t('table.item.withdraw')}: ${item.tableText}`, onclick: withdraw }, t('table.item.withdraw')));
    add(li, actions);
    return li;
  };

  view.refresh = () => {
    const state = session.state;
    const items = (state && state.items) || [];
    const waiting = session.waitingOn(`card:${cardId}`)
      .filter((c) => c.type === 'addItem' && !items.some((i) => i.id === c.commandId))
      .map((c) => el('li', { class: 'item waiting' },
        el('span', { class: 'field-name' }, fieldTitle(c.fieldId)),
        text('p', c.text, { class: 'item-text' }),
        el('p', { class: 'item-state' }, session.connected() ? t('table.sending') : t('table.kept'))));
    const shown = items.slice().reverse().map(row);
    fill(mine, ...waiting.reverse(), ...shown);
    if (!waiting.length && !shown.length) mine.append(el('li', { class: 'none' }, t('table.mine.none')));
  };

  add(view, 
    card.kicker ? text('p', card.kicker, { class: 'kicker' }) : null,
    el('h1', { id: 'card-title', dir: 'auto' }, card.title),
    card.description ? el('details', { class: 'card-text' },
      el('summary', {}, t('table.card.more')),
      card.description.split(/\n\s*\n/).map((p) => text('p', p.trim()))) : null,
    fieldButtons,
    label,
    input,
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'primary', id: 'addItem', onclick: addItem }, t('table.addItem')),
      el('span', { class: 'hint' }, t('table.addKeys'))),
    said,
    el('h2', {}, t('table.mine')),
    mine);
  chooseField(field);
  view.refresh();
  return view;
}

/** The dot vote on a card: + and − at each item, the budget said at every step, and a receipt. */
export function dotsView(session, cardId) {
  const w = session.workshop;
  const card = w.cards.find((c) => c.id === cardId);
  const budget = w.voting && Number.isInteger(w.voting.dotVotesPerTable) ? w.voting.dotVotesPerTable : 3;
  // In individual voting the table's dots are its participants' together: this page shows its own set.
  const own = () => (session.individual
    ? ((session.lastSent(`dots:${cardId}`) || {}).dots || {})
    : ((session.state && session.state.dots) || {}));
  const given = { ...own() };
  const view = el('section', { class: 'dots', 'aria-labelledby': 'dots-title' });
  const used = () => Object.values(given).reduce((a, b) => a + b, 0);
  const line = el('p', { id: 'dotsUsed', role: 'status' });
  const list = el('ul', { class: 'dot-items' });
  const said = el('p', { id: 'dotsState', role: 'status' });

  const render = () => {
    const n = used();
    line.textContent = n >= budget ? tFor(session.individual, 'table.dots.allUsed', n, budget) : t('table.dots.used', n, budget, budget - n);
    const items = (session.state && session.state.dotItems) || [];
    fill(list, ...items.map((item) => {
      const count = given[item.id] || 0;
      return el('li', { class: 'dot-item' },
        text('p', item.text, { class: 'item-text' }),
        el('div', { class: 'dot-buttons' },
          el('button', { type: 'button', class: 'less', disabled: count === 0, 'aria-label': t('table.dots.less', item.text),
            onclick: () => { given[item.id] = count - 1; render(); } }, '−'),
          el('span', { class: 'count', 'aria-hidden': 'true' }, String(count)),
          el('button', { type: 'button', class: 'more', disabled: n >= budget, 'aria-label': t('table.dots.more', item.text),
            onclick: () => { given[item.id] = count + 1; render(); } }, '+')));
    }));
    if (!items.length) add(list, el('li', { class: 'none' }, t('table.mine.none')));
  };

  const send = () => {
    const dots = {};
    for (const [id, n] of Object.entries(given)) if (n > 0) dots[id] = n;
    session.submit({ type: 'castDots', commandId: newId(), tableId: session.tableId, cardId, dots }, `dots:${cardId}`);
    said.textContent = session.pendingText();
  };

  view.refresh = () => {
    const sent = session.lastSent(`dots:${cardId}`);
    if (sent && sent.ackedAt) {
      const items = (session.state && session.state.dotItems) || [];
      const on = Object.entries(own()).map(([id, n]) =>
        t('table.dots.on', n, (items.find((i) => i.id === id) || { text: id }).text));
      said.textContent = t('table.dots.saved', on.join(', '));
    }
  };

  add(view, 
    el('h1', { id: 'dots-title', dir: 'auto' }, t('phase.dots', card.title)),
    el('p', {}, tFor(session.individual, 'table.dots.intro', budget)),
    line,
    list,
    el('button', { type: 'button', class: 'primary', id: 'sendDots', onclick: send }, t('table.dots.send')),
    said);
  render();
  view.refresh();
  return view;
}
