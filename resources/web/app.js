// The browser ballot: joins the meeting with the code from the QR code or typed, takes the table's seat, and
// shows what the facilitator has opened. Every entry goes through the outbox (kept in the browser before it
// is sent) and the page says at all times whether it is connected and how many entries wait.

import { loadTexts, t, has, language } from './texts.js';
import { Connection } from './connection.js';
import { Outbox, NOT_FINAL } from './outbox.js';
import { el, text, show, fill, add } from './views.js';
import { ballotView } from './ballot.js';
import { cardView, dotsView } from './items.js';

const PROTOCOL = 4;
const main = document.getElementById('main');
const statusLine = document.getElementById('status');
const seatLabel = document.getElementById('seat');
const languageButton = document.getElementById('language');

const app = {
  code: new URLSearchParams(location.hash.slice(1)).get('code') || '',
  meetingId: null,
  workshop: null,
  taken: [],
  tableId: null,
  token: null,
  outbox: null,
  state: null,
  link: 'connecting',
  view: null,
  viewKey: null,
  waitingFor: null,
  message: null,
  refused: null,
  joinedWithToken: false,
};

function stored(key) {
  try {
    return JSON.parse(localStorage.getItem(`dialogforum:${app.meetingId}:${key}`));
  } catch (e) {
    return null;
  }
}

function store(key, value) {
  try {
    localStorage.setItem(`dialogforum:${app.meetingId}:${key}`, JSON.stringify(value));
  } catch (e) {
    // A draft or a receipt the browser will not keep: the page still shows it while open.
  }
}

const session = {
  get workshop() { return app.workshop; },
  get tableId() { return app.tableId; },
  get state() { return app.state; },
  get individual() { return app.workshop.voting && app.workshop.voting.mode === 'individual'; },
  lang: () => language(),
  connected: () => connection.connected && app.token !== null,
  draft: (key) => stored(`draft:${key}`),
  keepDraft: (key, value) => store(`draft:${key}`, value),
  lastSent: (step) => stored(`sent:${step}`),
  waitingOn: (step) => (app.outbox ? app.outbox.from(step) : []),
  pendingText() {
    return session.connected() ? t('table.sending') : t('table.kept');
  },
  focusTitle(view) {
    const heading = view.querySelector('h1');
    if (heading && main.contains(view)) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    }
  },
  /** Keeps `command` from `step` in the outbox, then sends it if the host can be reached. */
  submit(command, step) {
    app.outbox.add(command, step);
    // What was sent is remembered for its receipt; dots with them, as a participant's own set.
    store(`sent:${step}`, { commandId: command.commandId, ackedAt: null, dots: command.dots });
    if (app.token) {
      connection.send({ type: 'submit', token: app.token, command });
    }
    updateStatus();
  },
};

const connection = new Connection(receive, (link) => {
  app.link = link;
  if (link === 'open') {
    app.token = null;
  }
  updateStatus();
});

function tableName(id) {
  const table = app.workshop && app.workshop.tables.find((x) => x.id === id);
  return table ? table.name : id;
}

function updateStatus() {
  const parts = [];
  if (app.state && app.state.closed) {
    parts.push(t('table.status.ended'));
  } else if (app.link === 'open' && app.token) {
    parts.push(t('table.status.connected'));
  } else if (app.link === 'open' && app.waitingFor) {
    parts.push(t('table.status.waitingForSeat'));
  } else if (app.link === 'open' && app.workshop) {
    parts.push(t('table.status.chooseSeat'));
  } else if (app.link === 'open') {
    parts.push(t('table.status.connected'));
  } else {
    parts.push(app.meetingId ? t('table.status.reconnecting') : t('table.status.offline'));
  }
  if (app.outbox && app.outbox.pending > 0) {
    parts.push(t('table.pending', app.outbox.pending));
  }
  const unkept = app.outbox && app.outbox.unkept;
  if (unkept) {
    parts.push(t('web.notKept'));
  }
  // The code and seat views say what went wrong themselves, where the person is looking: not twice.
  const [view] = current();
  const said = app.message && !view.startsWith('code:') && !view.startsWith('seat:');
  if (said) {
    parts.push(app.message);
  }
  statusLine.textContent = parts.join(' · ');
  statusLine.className = `status ${app.link === 'open' && !said && !unkept ? 'ok' : 'trouble'}`;
  seatLabel.textContent = app.tableId ? tableName(app.tableId) : '';
}

function receive(m) {
  switch (m.type) {
    case 'hello': return hello(m);
    case 'admitted':
      app.workshop = m.workshop;
      app.taken = m.taken || [];
      return render();
    case 'seats':
      app.taken = m.taken || [];
      return render();
    case 'joined': return joined(m);
    case 'state':
      app.state = m;
      return render();
    case 'items':
      if (app.state) app.state = withItems(app.state, m);
      return render();
    case 'ack': return acked(m.commandId);
    case 'error': return refused(m);
    default: return undefined;
  }
}

function hello(m) {
  if (m.protocol !== PROTOCOL) {
    app.refused = t('net.error.OTHER_VERSION');
    connection.stop();
    return render();
  }
  if (app.meetingId && app.meetingId !== m.meeting) {
    // Another meeting at this address: what this page kept belongs to the one before.
    app.tableId = null;
    app.workshop = null;
    app.state = null;
    app.message = t('net.error.NEW_MEETING');
  }
  app.meetingId = m.meeting;
  app.outbox = new Outbox(m.meeting);
  join();
  return render();
}

function join() {
  const seat = app.outbox.seat();
  if (seat && seat.token) {
    app.joinedWithToken = true;
    connection.send({ type: 'join', tableId: seat.tableId, token: seat.token });
  } else if (app.code) {
    app.joinedWithToken = false;
    connection.send({ type: 'join', code: app.code, tableId: app.waitingFor });
  }
}

function joined(m) {
  app.tableId = m.tableId;
  app.token = m.token;
  app.waitingFor = null;
  app.message = null;
  app.outbox.keepSeat(m.tableId, m.token);
  // Everything kept and not yet acknowledged goes again, with its own id: the host applies each once.
  app.outbox.resend((message) => connection.send(message), m.token);
  render();
}

function withItems(state, change) {
  const changed = new Map(change.changed.map((i) => [i.id, i]));
  const gone = new Set(change.gone);
  const items = [];
  for (const i of state.items) {
    if (gone.has(i.id)) continue;
    const now = changed.get(i.id);
    changed.delete(i.id);
    items.push(now || i);
  }
  items.push(...changed.values());
  return { ...state, n: change.n, seq: Math.max(state.seq, change.seq), items };
}

function acked(commandId) {
  const step = app.outbox.stepOf(commandId);
  app.outbox.ack(commandId);
  const sent = step && stored(`sent:${step}`);
  if (sent && sent.commandId === commandId && !sent.ackedAt) {
    sent.ackedAt = Date.now();
    store(`sent:${step}`, sent);
  }
  app.message = null;
  refresh();
}

/** Forgets that `commandId` was the last thing sent from its step (call before the outbox lets it go). */
function forgetSent(commandId) {
  const step = app.outbox.stepOf(commandId);
  const sent = step && stored(`sent:${step}`);
  if (sent && sent.commandId === commandId) {
    store(`sent:${step}`, null);
    return true;
  }
  return false;
}

function refusalText(m) {
  if (has(`net.error.${m.code}`)) return t(`net.error.${m.code}`);
  return language() === 'da' || !has(`reject.${m.code}`) ? m.message : t(`reject.${m.code}`);
}

function refused(m) {
  if (m.commandId && m.code === 'NOT_SEATED') {
    join();
    return;
  }
  if (m.commandId) {
    const forgotten = !NOT_FINAL.has(m.code) && forgetSent(m.commandId);
    const final = app.outbox.refuse(m.commandId, m.code);
    app.message = final ? t('table.refused', refusalText(m)) : t('table.held', refusalText(m));
    if (forgotten) {
      // A ballot or dots refused for good: the step shows its form again, with what was chosen, and why.
      render(true);
      return;
    }
    refresh();
    return;
  }
  switch (m.code) {
    case 'BAD_CODE':
    case 'CODE_NEEDED':
    case 'TOO_MANY_ATTEMPTS':
      if (app.joinedWithToken && m.code === 'BAD_CODE') {
        app.outbox.forgetSeat();
        app.joinedWithToken = false;
        join();
        return;
      }
      app.code = '';
      app.message = refusalText(m);
      break;
    case 'SEAT_WAIT':
      app.message = null;
      break;
    case 'SEAT_REFUSED':
      app.message = t('table.seat.refused', tableName(app.waitingFor));
      app.waitingFor = null;
      break;
    case 'TABLE_FULL':
      app.message = refusalText(m);
      app.waitingFor = null;
      break;
    case 'SEAT_REPLACED':
      app.outbox.forgetSeat();
      app.token = null;
      app.tableId = null;
      app.refused = refusalText(m);
      connection.stop();
      break;
    default:
      app.message = refusalText(m);
  }
  render();
}

// ---------- what the page shows ----------

function codeView() {
  const input = el('input', { id: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', required: true });
  const go = () => {
    app.code = input.value.trim();
    app.message = null;
    if (app.code) join();
    render();
  };
  input.addEventListener('keydown', (e) => { if (e.key === 'Enter') go(); });
  return el('section', { 'aria-labelledby': 'join-title' },
    el('h1', { id: 'join-title' }, t('web.join.title')),
    el('p', {}, t('web.join.intro')),
    el('label', { for: 'code' }, t('table.code')),
    input,
    app.message ? el('p', { class: 'problem', role: 'alert' }, app.message) : null,
    el('button', { type: 'button', class: 'primary', id: 'join', onclick: go }, t('table.connect')));
}

function seatView() {
  const tables = app.workshop.tables;
  const section = el('section', { 'aria-labelledby': 'seat-title' },
    el('h1', { id: 'seat-title' }, t('table.chooseSeat')),
    app.message ? el('p', { class: 'problem', role: 'alert' }, app.message) : null);
  if (app.waitingFor) {
    add(section, 
      el('p', { role: 'status' }, t('table.seat.waiting', tableName(app.waitingFor))),
      el('button', { type: 'button', onclick: () => { app.waitingFor = null; render(); } }, t('table.seat.stopWaiting')));
    return section;
  }
  const list = el('ul', { class: 'seats' });
  for (const table of tables) {
    // In individual voting every participant joins their table beside the others: no table is "taken".
    const taken = !session.individual && app.taken.includes(table.id);
    add(list, el('li', {}, el('button', {
      type: 'button', class: 'seat-choice', id: `seat-${table.id}`, dataset: { colour: table.colour || '' },
      onclick: () => {
        if (taken) {
          confirmSeat(section, table);
          return;
        }
        app.waitingFor = table.id;
        app.message = null;
        connection.send({ type: 'join', code: app.code, tableId: table.id });
      },
    }, el('span', { class: `chip colour-${table.colour || 'grey'}`, 'aria-hidden': 'true' }),
    taken ? t('table.seat.inUse', table.name) : table.name)));
  }
  add(section, list);
  return section;
}

function confirmSeat(section, table) {
  fill(section, 
    el('h1', { id: 'seat-title' }, t('table.chooseSeat')),
    el('p', {}, t('table.seat.inUseText', table.name)),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'primary', onclick: () => {
        app.waitingFor = table.id;
        connection.send({ type: 'join', code: app.code, tableId: table.id });
        render();
      } }, t('table.seat.confirm', table.name)),
      el('button', { type: 'button', onclick: () => render(true) }, t('table.seat.other'))));
}

function resultView(revealed) {
  const w = app.workshop;
  const titles = new Map(w.ranking.items.map((i) => [i.id, i.title]));
  const statements = new Map(w.enquete.statements.map((s) => [s.id, s.text]));
  const name = revealed.phase === 'enquete' ? t('phase.enquete') : t('phase.ranking');
  return el('section', { 'aria-labelledby': 'result-title' },
    el('h1', { id: 'result-title' }, t('table.result.title', name)),
    el('p', {}, t('table.result.ballots', revealed.ballots)),
    el('ol', { class: 'result' }, revealed.ranking.map((p) =>
      text('li', t('table.result.place', p.position, titles.get(p.itemId) || p.itemId, p.points)))),
    revealed.statements.length ? el('h2', {}, t('table.result.statements')) : null,
    el('ul', { class: 'result' }, revealed.statements.map((s) =>
      text('li', t('table.result.agreement', s.agreeing, statements.get(s.statementId) || s.statementId, s.answered)))));
}

function endedView() {
  const r = app.state.receipt;
  const waiting = app.outbox ? app.outbox.pending : 0;
  return el('section', { 'aria-labelledby': 'ended-title' },
    el('h1', { id: 'ended-title' }, t('table.ended.title')),
    el('p', {}, t('table.ended.text')),
    r ? el('p', { id: 'endedReceipt' }, t('table.ended.receipt', r.enqueteBallots, r.rankingBallots, r.items, r.dottedCards)) : null,
    waiting > 0 ? el('p', { class: 'problem' }, t('table.ended.pending', waiting)) : null);
}

function waitingView() {
  return el('section', { 'aria-labelledby': 'wait-title' },
    el('h1', { id: 'wait-title' }, t('table.waiting')),
    el('p', {}, t('table.followScreen')));
}

/** The view for what is open now, and a key that stays the same while it does (so typing is not lost). */
function current() {
  if (app.refused) return ['refused', () => el('section', {}, el('h1', {}, t('table.joinRefused', app.refused)))];
  if (!app.meetingId) return ['connecting', () => el('section', {}, el('h1', {}, t('table.connecting', location.host)))];
  if (!app.tableId || !app.token && !app.state) {
    if (!app.code && !(app.outbox && app.outbox.seat())) return [`code:${app.message}`, codeView];
    if (!app.workshop) return ['connecting', () => el('section', {}, el('h1', {}, t('table.connecting', location.host)))];
    return [`seat:${app.waitingFor}:${app.taken.join(',')}:${app.message}`, seatView];
  }
  if (!app.state) return ['connecting', () => el('section', {}, el('h1', {}, t('table.connecting', location.host)))];
  if (app.state.closed) return [`ended:${app.state.n}`, endedView];
  const open = app.state.openPhases[0];
  if (open === 'enquete' || open === 'ranking') return [open, () => ballotView(session, open)];
  if (open && open.startsWith('card:')) return [open, () => cardView(session, open.slice(5))];
  if (open && open.startsWith('dots:')) return [open, () => dotsView(session, open.slice(5))];
  if (app.state.revealed) return [`revealed:${app.state.n}`, () => resultView(app.state.revealed)];
  return ['waiting', waitingView];
}

function render(force) {
  updateStatus();
  const [key, make] = current();
  if (force === true || key !== app.viewKey) {
    app.viewKey = key;
    app.view = make();
    show(main, app.view);
  } else if (app.view && app.view.refresh) {
    app.view.refresh();
  }
}

function refresh() {
  updateStatus();
  if (app.view && app.view.refresh) app.view.refresh();
}

async function start() {
  let lang = 'da';
  try {
    lang = localStorage.getItem('dialogforum:language') || 'da';
  } catch (e) {
    // no storage: Danish, the program's own default
  }
  await loadTexts(lang);
  languageButton.textContent = lang === 'da' ? 'English' : 'Dansk';
  languageButton.setAttribute('lang', lang === 'da' ? 'en' : 'da');
  languageButton.addEventListener('click', async () => {
    const next = language() === 'da' ? 'en' : 'da';
    try {
      localStorage.setItem('dialogforum:language', next);
    } catch (e) {
      // the choice lasts while the page is open
    }
    await loadTexts(next);
    languageButton.textContent = next === 'da' ? 'English' : 'Dansk';
    languageButton.setAttribute('lang', next === 'da' ? 'en' : 'da');
    render(true);
  });
  connection.start();
  render();
}

start();
