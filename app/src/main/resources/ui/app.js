// Router, 2 s polling, header, login and the write actions; views.js renders, api.js talks HTTP.
import { adoptTokenFromFragment, ApiError, call, forgetToken, setToken, token } from './api.js';
import * as views from './views.js';

const $ = (id) => document.getElementById(id);
const POLL_MS = 2000;
const state = { selectedNode: null, messages: new Map(), adminMessage: null, fixMessage: null, fixDraft: undefined, drafts: new Map(), lastKey: null, timer: null };

/** Each route: what to fetch, then how to draw it. */
const routes = {
  board: { load: () => call('/slas'), draw: views.board },
  tree: { load: () => call('/tree'), draw: (d) => views.tree(d, state.selectedNode, selectNode) },
  incidents: { load: () => call('/incidents?state=all&limit=50'), draw: views.incidents },
  incident: { load: loadIncident, draw: drawIncident },
  approvals: { load: () => call('/approvals?state=all'), draw: (d) => views.approvals(d, card) },
  'known-errors': { load: () => call('/known-errors'), draw: (d) => views.knownErrors(d, learnedCard) },
  admin: {
    load: async () => ({ kill: await call('/kill-switch'), phases: await call('/phase') }),
    draw: (d) => views.admin(d, { toggle, phase }, state.adminMessage),
  },
};

function route() {
  const [name, arg] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (name === 'incidents' && arg) return { name: 'incident', arg };
  return { name: routes[name] ? name : 'board', arg };
}

function card(a) {
  return views.approval(a, decide, state.messages.get(a.key));
}

const closedUnexplained = (i) => Boolean(i.closedAt) && !i.knownError;

/** An incident, with what the fix form needs when it is closed and no known error explained it. */
async function loadIncident(id) {
  const incident = await call(`/incidents/${encodeURIComponent(id)}`);
  if (!closedUnexplained(incident)) return { incident };
  const [catalog, tree] = await Promise.all([call('/known-errors/catalog'), call('/tree')]);
  return { incident, form: { catalog, nodes: tree.nodes } };
}

function drawIncident({ incident, form }) {
  return views.incident(incident, card, form ? views.fixForm(incident, form, recordFix, state.fixMessage, state.fixDraft) : null);
}

function learnedCard(k) {
  return views.learned(k, decideLearned, state.messages.get(`learned:${k.id}`), state.drafts.get(k.id));
}

async function decideLearned(id, verb, body) {
  try {
    const k = await call(`/known-errors/learned/${encodeURIComponent(id)}/${verb}`, { method: 'POST', body });
    state.messages.set(`learned:${id}`, { ok: true, text: `${verb === 'approve' ? 'Approved' : 'Rejected'} (recorded as ${k?.decidedBy ?? 'you'}).` });
    state.drafts.delete(id);
  } catch (e) {
    state.messages.set(`learned:${id}`, { ok: false, text: explain(e, 'operator') });
    if (body.yaml !== undefined) state.drafts.set(id, body.yaml); // keep the edit to fix it
  }
  refresh(true);
}

async function recordFix(id, body, draft) {
  try {
    const k = await call(`/incidents/${encodeURIComponent(id)}/fix`, { method: 'POST', body });
    state.fixMessage = { ok: true, text: `Proposed ${k.id}; approve it under Known errors.` };
    state.fixDraft = undefined;
  } catch (e) {
    state.fixMessage = { ok: false, text: explain(e, 'operator') };
    state.fixDraft = draft; // what was typed stays, beside the reason it was refused
  }
  refresh(true);
}

function selectNode(id) {
  state.selectedNode = id;
  refresh(true);
}

async function decide(key, verb) {
  try {
    const a = await call(`/approvals/${encodeURIComponent(key)}/${verb}`, { method: 'POST', body: {} });
    state.messages.set(key, { ok: true, text: `${verb === 'approve' ? 'Approved' : 'Denied'} (recorded as ${a?.decidedBy ?? 'you'}).` });
  } catch (e) {
    state.messages.set(key, { ok: false, text: explain(e, 'operator') });
  }
  refresh(true);
}

async function toggle(engaged, reason) {
  await adminCall('/kill-switch', { engaged, reason: reason || 'from the web UI' },
    engaged ? 'Kill switch engaged.' : 'Kill switch released.');
}

async function phase(severity, value) {
  await adminCall('/phase', { severity, phase: value }, `${severity} now runs in ${value}.`);
}

async function adminCall(path, body, done) {
  try {
    await call(path, { method: 'PUT', body });
    state.adminMessage = { ok: true, text: done };
  } catch (e) {
    state.adminMessage = { ok: false, text: explain(e, 'admin') };
  }
  refresh(true);
}

/** A failed write in words a person can act on. */
function explain(error, role) {
  if (!(error instanceof ApiError)) return String(error);
  if (error.status === 403) return `Not allowed: this needs a token with the ${role} role. (${error.message})`;
  if (error.status === 409) return `Already decided: ${error.message}`;
  if (error.status === 401) needLogin('Your token was not accepted.');
  return error.message;
}

function header(status) {
  $('agent').textContent = status.agent;
  $('kill').textContent = status.killSwitch ? 'ENGAGED' : 'off';
  $('kill').className = status.killSwitch ? 'badge s-breached' : 'badge s-met';
  $('kill').dataset.engaged = String(status.killSwitch);
  $('open').textContent = status.openIncidents;
  $('pending').textContent = status.pendingApprovals;
  const blind = status.blindSources ?? [];
  $('blind').hidden = blind.length === 0;
  $('blind').textContent = blind.length === 0 ? '' : `Blind: the agent cannot read ${blind
    .map((b) => `${b.source} (${b.reason}, since ${b.since ?? '?'})`).join('; ')}. What it shows may be stale.`;
}

function needLogin(why) {
  forgetToken();
  $('login-why').textContent = why;
  if (!$('login').open) $('login').showModal();
}

/** Fetches the header and the current view; redraws only when the data changed, so focus survives. */
async function refresh(force = false) {
  if (!token()) return needLogin('The agent needs an API token.');
  const { name, arg } = route();
  try {
    const [status, data] = await Promise.all([call('/status'), routes[name].load(arg)]);
    header(status);
    $('conn').textContent = `Updated ${new Date().toLocaleTimeString()}`;
    const key = JSON.stringify([name, arg, data]);
    const editing = $('view').contains(document.activeElement) && /INPUT|SELECT|TEXTAREA/.test(document.activeElement.tagName);
    if (force || (key !== state.lastKey && !editing)) {
      state.lastKey = key;
      $('view').replaceChildren(routes[name].draw(data));
    }
  } catch (e) {
    if (!(e instanceof ApiError)) console.error(e); // a bug in the page, not the agent's answer
    if (e instanceof ApiError && e.status === 401) return needLogin('Your token was not accepted; enter another.');
    $('conn').textContent = e.message;
    if (e instanceof ApiError && e.status === 404) $('view').replaceChildren(views.h('p', { class: 'empty' }, e.message));
  }
}

function schedule() {
  clearTimeout(state.timer);
  if (document.hidden) return;
  state.timer = setTimeout(async () => {
    await refresh();
    schedule();
  }, POLL_MS);
}

function markNav() {
  const { name } = route();
  const current = name === 'incident' ? 'incidents' : name;
  for (const a of document.querySelectorAll('nav a')) {
    if (a.getAttribute('href') === `#/${current}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function start() {
  adoptTokenFromFragment();
  $('login-form').addEventListener('submit', () => {
    setToken($('login-token').value.trim());
    $('login-token').value = '';
    refresh(true).then(schedule);
  });
  window.addEventListener('hashchange', () => {
    if (/token=/.test(location.hash)) adoptTokenFromFragment();
    state.lastKey = null;
    state.fixMessage = null;
    state.fixDraft = undefined;
    markNav();
    refresh(true);
    $('view').focus();
  });
  document.addEventListener('visibilitychange', () => (document.hidden ? clearTimeout(state.timer) : refresh().then(schedule)));
  markNav();
  refresh(true).then(schedule);
}

start();
