// One render function per view: data from the API in, DOM out (no innerHTML, so no injection).

/** Builds an element: h('td', {class: 'x', dataset: {testid: 'y'}}, 'text', child…). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

const time = (iso) => (iso ? iso.replace('T', ' ').replace(/(\.\d+)?Z$/, 'Z') : '—');
const text = (value) => (value === null || value === undefined || value === '' ? '—' : String(value));
const badge = (status, testid) => h('span', { class: `badge s-${status}`, dataset: { testid } }, String(status).replaceAll('_', ' '));
const table = (headers, rows, empty) => (rows.length === 0 ? h('p', { class: 'empty' }, empty)
  : h('div', { class: 'scroll' }, h('table', {},
    h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows))));

export function board(slas) {
  const order = { breached: 0, unmeasured: 1, met: 2, outside_window: 3 };
  const sorted = [...slas].sort((a, b) => (order[a.status] ?? 9) - (order[b.status] ?? 9));
  return h('section', { 'aria-labelledby': 'v-title' }, h('h1', { id: 'v-title' }, 'SLAs'),
    sorted.length === 0 ? h('p', { class: 'empty' }, 'No SLAs configured.')
      : h('div', { class: 'cards' }, sorted.map((sla) => h('article', {
        class: `card b-${sla.status}`, dataset: { testid: 'sla-card', sla: sla.id, status: sla.status },
      }, h('header', {}, h('h2', {}, sla.id), badge(sla.status, 'sla-status')),
      h('p', { class: 'objective' }, text(sla.objective), sla.window ? ` over ${sla.window}` : ''),
      h('p', { class: 'muted' }, `${text(sla.severity)} · ${text(sla.description)}`),
      h('p', { class: 'detail' }, text(sla.detail))))));
}

export function tree(data, selected, select) {
  const nodes = new Map(data.nodes.map((n) => [n.id, n]));
  const item = (id, path) => {
    const node = nodes.get(id) ?? { id, health: 'unknown', reason: 'not in the tree', dependsOn: [] };
    const cycle = path.has(id);
    const next = new Set(path).add(id);
    return h('li', {}, h('button', {
      type: 'button', class: `node h-${node.health}`, title: text(node.reason),
      'aria-pressed': String(selected === id), onclick: () => select(id),
      dataset: { testid: 'tree-node', node: id, health: node.health },
    }, h('span', { class: `dot s-${node.health}`, 'aria-hidden': 'true' }),
    h('span', { class: 'id' }, id), h('span', { class: 'muted' }, ` ${text(node.type)} · ${node.health}`),
    node.health !== 'healthy' && node.reason ? h('span', { class: 'reason' }, ` — ${node.reason}`) : null),
    cycle || !node.dependsOn?.length ? null : h('ul', {}, node.dependsOn.map((d) => item(d, next))));
  };
  const chosen = selected && nodes.get(selected);
  return h('section', { class: 'split' }, h('div', {}, h('h1', {}, 'Dependency tree'),
    h('ul', { class: 'tree', dataset: { testid: 'tree' } }, data.slas.map((sla) => h('li', {},
      h('span', { class: 'sla' }, `SLA ${sla.id}`),
      h('ul', {}, sla.dependsOn.map((d) => item(d, new Set()))))))),
  h('aside', { class: 'panel', 'aria-live': 'polite', dataset: { testid: 'node-detail' } },
    chosen ? [h('h2', {}, chosen.id), kv([
      ['Health', badge(chosen.health, 'node-health')], ['Type', text(chosen.type)],
      ['Description', text(chosen.description)], ['Reason', text(chosen.reason)],
      ['Checked', time(chosen.checkedAt)], ['Depends on', text(chosen.dependsOn?.join(', '))]])]
      : h('p', { class: 'muted' }, 'Select a node to see why it has its health.')));
}

const kv = (pairs) => h('dl', { class: 'kv' }, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
const closed = (i) => Boolean(i.closedAt) || i.state === 'resolved' || i.state === 'escalated';
const OPEN_FIRST = (a, b) => Number(closed(a)) - Number(closed(b));

export function incidents(list) {
  const sorted = [...list].sort(OPEN_FIRST); // stable: newest first within open and closed
  return h('section', {}, h('h1', {}, 'Incidents'), table(
    ['Incident', 'State', 'SLA', 'Severity', 'Trigger', 'Opened', 'Closed', 'Root cause'],
    sorted.map((i) => h('tr', { dataset: { testid: 'incident-row', incident: i.id, state: i.state } },
      h('td', {}, h('a', { href: `#/incidents/${encodeURIComponent(i.id)}` }, i.id)),
      h('td', {}, badge(i.state, 'incident-state')), h('td', {}, text(i.sla)),
      h('td', {}, text(i.severity)), h('td', {}, text(i.trigger)), h('td', {}, time(i.openedAt)),
      h('td', {}, time(i.closedAt)),
      h('td', {}, text(i.rootCause), i.knownError ? h('span', { class: 'muted' }, ` (${i.knownError})`) : ''))),
    'No incidents.'));
}

export function incident(i, approvalCard, extra) {
  return h('section', {}, h('p', {}, h('a', { href: '#/incidents' }, '← All incidents')),
    h('h1', {}, `Incident ${i.id} `, badge(i.state, 'incident-state')),
    kv([['SLA', text(i.sla)], ['Severity', text(i.severity)], ['Trigger', text(i.trigger)],
      ['Opened', time(i.openedAt)], ['Closed', time(i.closedAt)], ['Root cause', text(i.rootCause)],
      ['Known error', text(i.knownError)]]),
    h('h2', {}, 'Timeline'), table(['At', 'Event', 'Message'], (i.timeline ?? []).map((e) => h('tr', {},
      h('td', { class: 'nowrap' }, time(e.at)), h('td', {}, e.type),
      h('td', {}, h('span', { dataset: { testid: 'timeline-event' } }, e.message), e.facts && Object.keys(e.facts).length
        ? h('div', { class: 'muted' }, Object.entries(e.facts).map(([k, v]) => `${k}=${v}`).join('  ')) : ''))),
    'No events.'),
    h('h2', {}, 'Actions'), table(['At', 'Action', 'Outcome', 'Detail', 'Key'], (i.actions ?? []).map((a) =>
      h('tr', {}, h('td', { class: 'nowrap' }, time(a.at)), h('td', {}, a.action), h('td', {}, text(a.outcome)),
        h('td', {}, text(a.detail)), h('td', { class: 'muted' }, a.key))), 'No actions.'),
    (i.approvals ?? []).length ? [h('h2', {}, 'Approvals'),
      h('div', { class: 'cards' }, i.approvals.map(approvalCard))] : null,
    h('h2', {}, 'Report'), i.report ? h('pre', { class: 'report', dataset: { testid: 'incident-report' } }, i.report)
      : h('p', { class: 'empty' }, 'No report yet.'), extra ?? null);
}

/** One approval; `decide(key, verb)` posts the answer, `message` is the last answer's outcome. */
export function approval(a, decide, message) {
  const pending = a.state === 'pending';
  return h('article', { class: `card approval b-${a.state}`, dataset: { testid: 'approval-card', key: a.key, state: a.state } },
    h('header', {}, h('h3', {}, a.action), badge(a.state, 'approval-state')),
    h('p', {}, text(a.reason)),
    kv([['Incident', h('a', { href: `#/incidents/${encodeURIComponent(a.incident)}` }, a.incident)],
      ['Key', a.key], ['Requested', time(a.requestedAt)], ['Expires', time(a.expiresAt)],
      pending ? null : ['Decided', `${text(a.decidedBy)} at ${time(a.decidedAt)}`]].filter(Boolean)),
    pending ? h('div', { class: 'buttons' },
      h('button', { type: 'button', class: 'approve', 'aria-label': `Approve: ${a.action} (incident ${a.incident})`, onclick: () => decide(a.key, 'approve'), dataset: { testid: 'approve' } }, 'Approve'),
      h('button', { type: 'button', class: 'deny', 'aria-label': `Deny: ${a.action} (incident ${a.incident})`, onclick: () => decide(a.key, 'deny'), dataset: { testid: 'deny' } }, 'Deny')) : null,
    message ? h('p', { class: `msg ${message.ok ? 'ok' : 'err'}`, role: 'alert', dataset: { testid: 'approval-message' } }, message.text) : null);
}

export function approvals(list, card) {
  const pending = list.filter((a) => a.state === 'pending');
  const decided = list.filter((a) => a.state !== 'pending');
  return h('section', {}, h('h1', {}, `Pending approvals (${pending.length})`),
    pending.length ? h('div', { class: 'cards' }, pending.map(card)) : h('p', { class: 'empty' }, 'Nothing waits for a human.'),
    h('h2', {}, 'Decided'), table(['Action', 'Incident', 'State', 'By', 'At'], decided.map((a) => h('tr', {},
      h('td', {}, a.action), h('td', {}, a.incident), h('td', {}, badge(a.state, 'approval-state')),
      h('td', {}, text(a.decidedBy)), h('td', {}, time(a.decidedAt ?? a.expiresAt)))), 'None yet.'));
}

export function knownErrors(list, learnedCard) {
  const rate = (k) => (k.successes + k.failures ? `${Math.round((100 * k.successes) / (k.successes + k.failures))} %` : '—');
  const mttr = (s) => (s === null || s === undefined ? '—' : s < 120 ? `${Math.round(s)} s` : `${(s / 60).toFixed(1)} min`);
  const active = list.filter((k) => !k.state || k.state === 'configured' || k.state === 'approved');
  const proposed = list.filter((k) => k.state === 'proposed');
  const rejected = list.filter((k) => k.state === 'rejected');
  return h('section', {}, h('h1', {}, 'Known errors'),
    h('h2', {}, `Learned, waiting for a human (${proposed.length})`),
    proposed.length ? h('div', { class: 'cards' }, proposed.map(learnedCard))
      : h('p', { class: 'empty' }, 'No learned known error waits for approval.'),
    h('h2', {}, 'Active'), table(
      ['Root cause', 'Node', 'Severity', 'Fix', 'Seen', 'Last seen', 'Fixed / failed', 'Success', 'Mean time to resolve', 'Signature', 'Source'],
      active.map((k) => h('tr', { dataset: { testid: 'known-error', id: k.id, state: k.state ?? 'configured' } },
        h('td', {}, k.rootCause), h('td', {}, text(k.node)), h('td', {}, text(k.severity)), h('td', {}, text(k.fixType)),
        h('td', { class: 'num' }, text(k.occurrences)), h('td', { class: 'nowrap' }, time(k.lastSeen)),
        h('td', { class: 'num' }, `${k.successes} / ${k.failures}`), h('td', { class: 'num' }, rate(k)),
        h('td', { class: 'num' }, mttr(k.meanTimeToResolveSeconds)),
        h('td', { class: 'muted' }, [k.logPattern, k.metricCondition].filter(Boolean).join(' · ') || '—'),
        h('td', { class: 'muted' }, k.state === 'approved' ? `learned from incident ${k.incident}, approved by ${text(k.decidedBy)}` : 'known_errors.yaml'))),
      'No known errors recorded yet.'),
    rejected.length ? [h('h2', {}, 'Rejected'), table(['Id', 'Incident', 'By', 'Why'], rejected.map((k) => h('tr', {},
      h('td', {}, k.id), h('td', {}, text(k.incident)), h('td', {}, text(k.decidedBy)), h('td', {}, text(k.note)))), '')] : null);
}

/** A proposed known error: its YAML editable; `decide(id, verb, {yaml|reason})` posts the answer. */
export function learned(k, decide, message, draft) {
  const yamlId = `yaml-${k.id}`;
  const reasonId = `reason-${k.id}`;
  const yaml = h('textarea', { id: yamlId, rows: String(Math.min(24, k.yaml.split('\n').length + 1)), spellcheck: 'false', dataset: { testid: 'learned-yaml' } }, draft ?? k.yaml);
  const reason = h('input', { id: reasonId, type: 'text', placeholder: 'why not (goes to the audit trail)', dataset: { testid: 'learned-reason' } });
  return h('article', { class: 'card learned b-unmeasured', dataset: { testid: 'learned-card', id: k.id, state: k.state } },
    h('header', {}, h('h3', {}, k.id), badge(k.state, 'learned-state')),
    h('p', {}, text(k.rootCause), k.node ? h('span', { class: 'muted' }, ` at ${k.node}`) : null),
    kv([['Incident', h('a', { href: `#/incidents/${encodeURIComponent(k.incident)}` }, k.incident)],
      ['Source', text(k.source)], ['Proposed', time(k.proposedAt)]]),
    (k.problems ?? []).length ? h('p', { class: 'msg err' }, `No longer loads: ${k.problems.join('; ')}`) : null,
    message ? h('p', { class: `msg ${message.ok ? 'ok' : 'err'}`, role: 'alert', dataset: { testid: 'learned-message' } }, message.text) : null,
    h('label', { for: yamlId }, 'As it will be added (known_errors.yaml format; edit before approving if needed)'), yaml,
    h('div', { class: 'buttons' },
      h('button', { type: 'button', class: 'approve', dataset: { testid: 'learned-approve' }, 'aria-label': `Approve known error ${k.id}`,
        onclick: () => decide(k.id, 'approve', yaml.value === k.yaml ? {} : { yaml: yaml.value }) }, 'Approve'),
      h('label', { for: reasonId, class: 'muted' }, 'Reason'), reason,
      h('button', { type: 'button', class: 'deny', dataset: { testid: 'learned-reject' }, 'aria-label': `Reject known error ${k.id}`,
        onclick: () => decide(k.id, 'reject', reason.value ? { reason: reason.value } : {}) }, 'Reject')));
}

/**
 * "Record what fixed it" for a closed incident no known error explained; `submit(id, body, draft)`
 * posts it, `draft` (what was typed) fills the form again after a refusal.
 */
export function fixForm(i, { catalog, nodes }, submit, message, draft = {}) {
  const field = (id, label, el) => [h('label', { for: id }, label), el];
  const cause = h('input', { id: 'fix-cause', type: 'text', required: true, value: draft.cause, dataset: { testid: 'fix-root-cause' } });
  const action = h('select', { id: 'fix-action', dataset: { testid: 'fix-action' } },
    catalog.map((c) => h('option', { value: c.type, title: c.description, selected: c.type === draft.action }, c.type)));
  const node = h('select', { id: 'fix-node', dataset: { testid: 'fix-node' } },
    nodes.map((n) => h('option', { value: n.id, selected: n.id === (draft.node ?? i.rootCause) }, n.id)));
  const params = h('textarea', { id: 'fix-params', rows: '3', placeholder: 'command=redis-cli CONFIG SET activedefrag yes', dataset: { testid: 'fix-params' } }, draft.params ?? '');
  const metric = h('input', { id: 'fix-metric', type: 'text', value: draft.metric, placeholder: 'optional, e.g. redis_connected_clients > 280', dataset: { testid: 'fix-metric' } });
  const send = (e) => {
    e.preventDefault();
    const step = { action: action.value, node: node.value };
    for (const line of params.value.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const eq = line.indexOf('=');
      if (eq > 0) step[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
    }
    const body = { root_cause: cause.value, steps: [step] };
    if (metric.value.trim()) body.metric_condition = metric.value.trim();
    submit(i.id, body, { cause: cause.value, action: action.value, node: node.value, params: params.value, metric: metric.value });
  };
  return h('form', { class: 'fix', dataset: { testid: 'fix-form' }, onsubmit: send },
    h('h2', {}, 'Record what fixed it'),
    h('p', { class: 'muted' }, 'No known error explained this incident. Say what fixed it: it becomes a proposed known error that a human approves before the agent uses it.'),
    message ? h('p', { class: `msg ${message.ok ? 'ok' : 'err'}`, role: 'alert', dataset: { testid: 'fix-message' } }, message.text) : null,
    h('div', { class: 'grid' }, field('fix-cause', 'Root cause', cause), field('fix-action', 'Action', action),
      field('fix-node', 'Node', node), field('fix-params', 'Parameters (key=value, one per line)', params),
      field('fix-metric', 'Metric condition', metric)),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'approve', dataset: { testid: 'fix-submit' } }, 'Propose known error')));
}

/** Kill switch and phases; `act` = {toggle(engaged, reason), phase(severity, phase)}, `message` as above. */
export function admin({ kill, phases }, act, message) {
  const reason = h('input', { id: 'kill-reason', type: 'text', placeholder: 'why (goes to the audit trail)' });
  return h('section', {}, h('h1', {}, 'Controls'),
    message ? h('p', { class: `msg ${message.ok ? 'ok' : 'err'}`, role: 'alert', dataset: { testid: 'admin-message' } }, message.text) : null,
    h('h2', {}, 'Kill switch'),
    h('p', {}, kill.engaged ? 'Engaged: the agent diagnoses and reports but executes no action.'
      : 'Released: the agent acts as its phases allow.'),
    h('div', { class: 'row' }, h('label', { for: 'kill-reason' }, 'Reason'), reason,
      h('button', { type: 'button', class: kill.engaged ? 'approve' : 'deny', 'aria-pressed': String(kill.engaged),
        dataset: { testid: 'kill-switch', engaged: String(kill.engaged) },
        onclick: () => act.toggle(!kill.engaged, reason.value) }, kill.engaged ? 'Release kill switch' : 'Engage kill switch')),
    h('h2', {}, 'Phase per severity'), table(['Severity', 'Phase'], Object.entries(phases).map(([sev, phase]) => {
      const id = `phase-${sev}`;
      return h('tr', {}, h('th', { scope: 'row' }, h('label', { for: id }, sev)), h('td', {},
        h('select', { id, dataset: { testid: 'phase', severity: sev }, onchange: (e) => act.phase(sev, e.target.value) },
          ['observe', 'assist', 'autonomous'].map((p) => h('option', { value: p, selected: p === phase }, p)))));
    }), 'No phases reported.'));
}
