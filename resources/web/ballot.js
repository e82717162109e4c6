// The enquete ballot (the ranking and an answer to every statement) and the live-ranking ballot: put in
// order with the buttons or the keyboard, looked over before sending, and a receipt once the host has it.

import { t, tFor } from './texts.js';
import { el, text, newId, fill, add } from './views.js';

function shuffled(list) {
  const a = list.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function steps(workshop) {
  const scale = (workshop.enquete && workshop.enquete.scale) || {};
  const named = scale.steps || [1, 2, 3, 4, 5].map((n) => t(`scale.${n}`));
  return { steps: named, dontKnow: scale.dontKnow || null };
}

/** The items in `order` as a list whose rows move up and down with their buttons, or Alt+↑/↓ on a row. */
function rankingList(session, order, onChange) {
  const titles = new Map(session.workshop.ranking.items.map((i) => [i.id, i]));
  const list = el('ol', { class: 'ranking', id: 'ranking' });
  const move = (index, by, focusClass) => {
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    [order[index], order[to]] = [order[to], order[index]];
    onChange();
    render();
    const row = list.children[to];
    const button = row && (row.querySelector(`.${focusClass}:not([disabled])`) || row.querySelector('button:not([disabled])'));
    if (button) button.focus();
    list.setAttribute('aria-busy', 'false');
  };
  /**
   * Dragging a row by its handle (a finger on a phone, a mouse on a laptop): the row follows the pointer and
   * the others make way; where it is let go is its place. The buttons and keys do the same without a pointer.
   */
  const drag = (down, from) => {
    down.preventDefault();
    const rows = Array.from(list.children);
    const row = rows[from];
    const tops = rows.map((r) => r.getBoundingClientRect());
    let to = from;
    row.classList.add('dragging');
    down.target.setPointerCapture(down.pointerId);
    const moveTo = (e) => {
      const y = e.clientY;
      to = tops.findIndex((r) => y < r.top + r.height / 2);
      if (to < 0) to = rows.length - 1;
      row.style.transform = `translateY(${y - (tops[from].top + tops[from].height / 2)}px)`;
      rows.forEach((r, i) => {
        if (r === row) return;
        const shift = from < to && i > from && i <= to ? -tops[from].height : from > to && i >= to && i < from ? tops[from].height : 0;
        r.style.transform = shift ? `translateY(${shift}px)` : '';
      });
    };
    const done = () => {
      down.target.removeEventListener('pointermove', moveTo);
      rows.forEach((r) => { r.style.transform = ''; });
      row.classList.remove('dragging');
      if (to !== from) {
        const [moved] = order.splice(from, 1);
        order.splice(to, 0, moved);
        onChange();
      }
      render();
    };
    down.target.addEventListener('pointermove', moveTo);
    down.target.addEventListener('pointerup', done, { once: true });
    down.target.addEventListener('pointercancel', done, { once: true });
  };
  const render = () => {
    fill(list, ...order.map((id, index) => {
      const item = titles.get(id);
      const handle = el('span', { class: 'handle', 'aria-hidden': 'true', title: t('web.ranking.drag') }, '⠿');
      handle.addEventListener('pointerdown', (e) => drag(e, index));
      const row = el('li', { class: 'rank-row', dataset: { item: id } },
        handle,
        el('span', { class: 'place', 'aria-hidden': 'true' }, `${index + 1}.`),
        text('span', item.title, { class: 'rank-title' }),
        item.description ? text('span', item.description, { class: 'rank-description' }) : null,
        el('span', { class: 'rank-buttons' },
          el('button', {
            type: 'button', class: 'up', disabled: index === 0,
            'aria-label': `${t('ranking.up')}: ${item.title}`,
            onclick: () => move(index, -1, 'up'),
          }, '↑'),
          el('button', {
            type: 'button', class: 'down', disabled: index === order.length - 1,
            'aria-label': `${t('ranking.down')}: ${item.title}`,
            onclick: () => move(index, 1, 'down'),
          }, '↓')));
      row.addEventListener('keydown', (e) => {
        if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          move(index, e.key === 'ArrowUp' ? -1 : 1, e.key === 'ArrowUp' ? 'up' : 'down');
        }
      });
      return row;
    }));
  };
  render();
  return list;
}

/** One statement: its text as the group's name and one radio button per answer, the whole label tappable. */
function statement(st, scale, answers, onChange, number) {
  const name = `st-${st.id}`;
  const options = scale.steps.map((label, i) => ({ value: i + 1, label }));
  if (scale.dontKnow) options.push({ value: 0, label: scale.dontKnow });
  return el('fieldset', { class: 'statement', id: `statement-${st.id}` },
    el('legend', { dir: 'auto' }, `${number}. ${st.text}`),
    el('div', { class: 'answers' }, options.map((o) => el('label', { class: 'answer' },
      el('input', {
        type: 'radio', name, value: o.value, checked: answers[st.id] === o.value,
        onchange: () => { answers[st.id] = o.value; onChange(); },
      }),
      el('span', {}, o.label)))));
}

/**
 * The ballot of `kind` ('enquete' or 'ranking'). `sent` is what this browser sent last in this step (shown as
 * the receipt), if anything.
 */
export function ballotView(session, kind) {
  const w = session.workshop;
  const enquete = kind === 'enquete';
  const draft = session.draft(kind) || {};
  const order = draft.order && draft.order.length === w.ranking.items.length
    ? draft.order
    : shuffled(w.ranking.items.map((i) => i.id));
  const answers = draft.answers || {};
  const keep = () => session.keepDraft(kind, { order, answers });
  const view = el('section', { class: 'ballot', 'aria-labelledby': 'ballot-title' });
  let showing = null;

  const form = () => {
    showing = 'form';
    const scale = steps(w);
    fill(view, 
      el('h1', { id: 'ballot-title' }, enquete ? t('phase.enquete') : t('phase.ranking')),
      w.ranking.question ? text('p', w.ranking.question, { class: 'question' }) : null,
      el('h2', {}, w.ranking.title),
      el('p', { class: 'hint' }, tFor(session.individual, 'web.ranking.hint')),
      rankingList(session, order, keep),
      enquete && w.enquete.question ? text('p', w.enquete.question, { class: 'question' }) : null,
      enquete ? w.enquete.statements.map((st, i) => statement(st, scale, answers, keep, i + 1)) : null,
      el('button', { type: 'button', class: 'primary', id: 'review', onclick: review }, tFor(session.individual, 'table.reviewBallot')));
    session.focusTitle(view);
  };

  const review = () => {
    showing = 'review';
    const scale = steps(w);
    const titles = new Map(w.ranking.items.map((i) => [i.id, i.title]));
    // Every statement needs an answer ("ved ikke" is one, where the workshop has it) before the ballot goes.
    const missing = enquete
      ? w.enquete.statements.map((st, i) => (answers[st.id] === undefined ? i + 1 : null)).filter((n) => n !== null)
      : [];
    const answerName = (v) => (v === undefined ? t('table.review.unanswered') : v === 0 ? scale.dontKnow : scale.steps[v - 1]);
    fill(view, 
      el('h1', { id: 'ballot-title' }, tFor(session.individual, 'table.review.title')),
      el('h2', {}, tFor(session.individual, 'table.review.ranking')),
      el('ol', { class: 'review' }, order.map((id) => text('li', titles.get(id)))),
      enquete ? el('h2', {}, tFor(session.individual, 'table.review.statements')) : null,
      enquete ? el('ol', { class: 'review' }, w.enquete.statements.map((st) =>
        el('li', {}, text('span', st.text), el('strong', { class: 'given' }, ` – ${answerName(answers[st.id])}`)))) : null,
      missing.length ? el('p', { class: 'problem', id: 'missing' }, tFor(session.individual, 'web.review.missing', missing.join(', '))) : null,
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'primary', id: 'send', disabled: missing.length > 0, onclick: send }, t('table.review.confirm')),
        el('button', { type: 'button', id: 'back', onclick: form }, t('table.review.back'))));
    session.focusTitle(view);
  };

  const send = () => {
    const id = newId();
    const ballotId = session.individual ? id : null;
    const command = enquete
      ? { type: 'enqueteBallot', commandId: id, tableId: session.tableId, ballotId, ranking: order.slice(), answers: { ...answers } }
      : { type: 'rankingBallot', commandId: id, tableId: session.tableId, ballotId, ranking: order.slice() };
    session.submit(command, kind);
    receipt();
  };

  const receipt = () => {
    showing = 'receipt';
    const sent = session.lastSent(kind);
    const acked = sent && sent.ackedAt;
    const time = acked ? new Date(sent.ackedAt).toLocaleTimeString(session.lang(), { hour: '2-digit', minute: '2-digit' }) : '';
    fill(view, 
      el('h1', { id: 'ballot-title' }, acked ? tFor(session.individual, 'table.receipt.title', time) : t('table.sending')),
      el('p', { id: 'ballotState', role: 'status' },
        acked ? tFor(session.individual, 'table.savedMayChange') : session.pendingText()),
      el('button', { type: 'button', id: 'change', onclick: form }, t('table.receipt.change')));
    session.focusTitle(view);
  };

  /** A new state or answer from the host: the receipt says what is now known. */
  view.refresh = () => {
    if (showing === 'receipt') receipt();
  };
  if (session.lastSent(kind)) receipt(); else form();
  return view;
}
