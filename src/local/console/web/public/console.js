// The web console's page script: plain DOM, no framework, no CDN. Everything the skill, the emulator or the
// user wrote is put on the page with textContent, never as HTML: instance names may contain < & >.

import { renderApl } from './apl.js';

const SESSION_KEY = 'dbvoice-console-session';
/** Each tab is an Echo Show 8 (the console's sessions send this viewport): 1280 x 800 dp. */
const HUB = { widthDp: 1280, heightDp: 800, shape: 'RECTANGLE', mode: 'HUB' };
const SPEAK_KEY = 'dbvoice-console-speak';
const LOCALE_KEY = 'dbvoice-console-locale';

/** One session per browser tab: sessionStorage is per tab, and survives a reload of that tab. */
function tabSessionId() {
  let id = sessionStorage.getItem(SESSION_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(SESSION_KEY, id);
  }
  return id;
}

const $ = (id) => document.getElementById(id);
const transcript = $('transcript');
const form = $('say-form');
const input = $('utterance');
const send = $('send');
const speak = $('speak');
const localeSelect = $('locale');
const history = [];
let historyIndex = 0;

/** createElement with a class and text; the only way this script puts text on the page. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-console-session': tabSessionId(),
      'x-console-locale': localeSelect.value,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const payload = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(payload.error ?? `HTTP ${response.status}`);
  return payload;
}

function scrollToEnd() {
  transcript.scrollTop = transcript.scrollHeight;
}

function addBubble(className, who, text) {
  const item = el('li', `bubble ${className}`);
  item.append(el('span', 'who', who), el('span', 'text', text));
  transcript.append(item);
  scrollToEnd();
  return item;
}

function cardNode(card) {
  const box = el('div', 'card');
  box.append(el('p', 'card-title', card.title ?? card.type));
  const content = card.type === 'Standard' ? card.text : card.content;
  if (content) box.append(el('p', 'card-content', content));
  return box;
}

function callSummary(calls) {
  if (calls.length === 0) return 'no AWS calls';
  return `${calls.length} AWS call${calls.length === 1 ? '' : 's'}`;
}

function speakAnswer(text) {
  if (!speak.checked || !text || !('speechSynthesis' in window)) return;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = localeSelect.value;
  window.speechSynthesis.speak(utterance);
}

function showTurn(turn, pending) {
  const spokenByAlexa = turn.spokenBy === 'alexa';
  pending.className = `bubble alexa${spokenByAlexa ? ' dialog' : ''}`;
  pending.replaceChildren(
    el('span', 'who', spokenByAlexa ? 'Alexa (dialog model)' : 'Alexa'),
    el('span', 'text', turn.speech ?? (turn.sessionEnded ? '(the session ends silently)' : '(no speech)')),
  );
  for (const progressive of turn.progressive) {
    pending.insertBefore(
      el('span', 'progressive', `${progressive.speech} (progressive response)`),
      pending.children[1],
    );
  }
  if (turn.card) pending.append(cardNode(turn.card));
  if (turn.reprompt && turn.reprompt !== turn.speech)
    pending.append(el('span', 'facts', `Reprompt: ${turn.reprompt}`));
  for (const warning of turn.warnings) pending.append(el('span', 'warning', `⚠ ${warning}`));
  if (turn.error)
    pending.append(el('span', 'error', `The skill failed: ${turn.error.name}: ${turn.error.message}`));
  const facts = [
    turn.requests.join(' → ') || 'answered by Alexa',
    `${turn.durationMs} ms`,
    callSummary(turn.calls),
  ];
  pending.append(el('span', 'facts', facts.join(' · ')));
  if (turn.sessionEnded) transcript.append(el('li', 'session-end', '— session ended —'));
  if (turn.screen) showScreen(turn.screen);
  showExchanges(turn.exchanges);
  showCalls(turn.calls);
  scrollToEnd();
  speakAnswer(turn.speech);
}

/** Draws the RenderDocument on the hub's screen, scaled to the panel; a touch sends a UserEvent. */
function showScreen(directive) {
  const panel = $('screen-panel');
  const screen = $('screen');
  panel.hidden = false;
  const root = renderApl(directive, HUB, (args) => {
    if (send.disabled) return;
    void runTurn(`(touches ${args.slice(1).filter(Boolean).join(' in ')})`, () =>
      api('POST', '/api/touch', { arguments: args, token: directive.token }),
    );
  });
  // The frame's 10 px padding on each side is not drawing room.
  const scale = Math.min(1, (($('screen-frame').clientWidth || 660) - 20) / HUB.widthDp);
  screen.style.width = `${HUB.widthDp * scale}px`;
  screen.style.height = `${HUB.heightDp * scale}px`;
  root.style.transform = `scale(${scale})`;
  root.style.transformOrigin = '0 0';
  screen.replaceChildren(root);
}

function jsonDetails(label, kind, value, open) {
  const details = el('details');
  details.open = open;
  const summary = el('summary', undefined, `${label} `);
  summary.append(el('span', 'kind', kind));
  details.append(summary, el('pre', undefined, JSON.stringify(value, null, 2)));
  return details;
}

function showExchanges(exchanges) {
  const box = $('exchanges');
  box.replaceChildren();
  $('exchange-count').textContent = exchanges.length
    ? `(${exchanges.length} request${exchanges.length > 1 ? 's' : ''})`
    : '';
  if (exchanges.length === 0) {
    box.append(el('p', 'empty', 'Alexa answered this turn herself: nothing was sent to the skill.'));
    return;
  }
  exchanges.forEach((exchange, index) => {
    const request = exchange.request.request;
    const kind = request.type === 'IntentRequest' ? `IntentRequest · ${request.intent.name}` : request.type;
    const n = exchanges.length > 1 ? ` ${index + 1}` : '';
    box.append(jsonDetails(`Request${n}`, kind, exchange.request, false));
    box.append(
      jsonDetails(
        `Response${n}`,
        exchange.response.response?.directives?.[0]?.type ?? '',
        exchange.response,
        false,
      ),
    );
  });
}

function showCalls(calls) {
  const body = $('calls').tBodies[0];
  body.replaceChildren();
  $('call-count').textContent = `(${calls.length})`;
  if (calls.length === 0) {
    const row = el('tr', 'empty-row');
    const cell = el('td', undefined, 'No AWS calls in this turn.');
    cell.colSpan = 7;
    row.append(cell);
    body.append(row);
    return;
  }
  for (const call of calls) {
    const row = el('tr', (call.status ?? 200) >= 400 ? 'failed' : undefined);
    row.append(
      el('td', undefined, call.seq),
      el('td', undefined, call.service),
      el('td', 'operation', call.operation),
      el('td', undefined, call.region),
      el('td', undefined, call.status ?? 'pending'),
      el('td', undefined, call.durationMs === undefined ? '' : Math.round(call.durationMs)),
      el('td', undefined, call.errorCode ?? ''),
    );
    body.append(row);
  }
}

function setBusy(busy) {
  send.disabled = busy;
  for (const button of document.querySelectorAll('.examples button, .toolbar button')) button.disabled = busy;
}

async function runTurn(userText, call) {
  $('hint')?.remove();
  if (userText !== undefined) addBubble('user', 'You', userText);
  const pending = addBubble('alexa pending', 'Alexa', '…');
  setBusy(true);
  try {
    showTurn(await call(), pending);
  } catch (error) {
    pending.className = 'bubble alexa';
    pending.replaceChildren(el('span', 'who', 'Console'), el('span', 'error', error.message));
  } finally {
    setBusy(false);
    input.focus();
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const utterance = input.value.trim();
  if (!utterance || send.disabled) return;
  history.push(utterance);
  historyIndex = history.length;
  input.value = '';
  void runTurn(utterance, () => api('POST', '/api/say', { utterance }));
});

// Up and down recall earlier utterances, as in a terminal.
input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowUp' && historyIndex > 0) {
    historyIndex -= 1;
    input.value = history[historyIndex];
    event.preventDefault();
  } else if (event.key === 'ArrowDown' && historyIndex < history.length) {
    historyIndex += 1;
    input.value = history[historyIndex] ?? '';
    event.preventDefault();
  }
});

// Ends the tab's session the way "exit" would (a SessionEndedRequest when one is open); the next utterance opens
// a new one.
$('new-session').addEventListener('click', async () => {
  setBusy(true);
  try {
    const turn = await api('POST', '/api/end');
    transcript.append(el('li', 'session-end', '— new session —'));
    showExchanges(turn.exchanges);
    showCalls(turn.calls);
  } catch (error) {
    transcript.append(el('li', 'session-end', `Could not end the session: ${error.message}`));
  } finally {
    setBusy(false);
    scrollToEnd();
  }
});

$('reset').addEventListener('click', async () => {
  setBusy(true);
  try {
    await api('POST', '/api/reset');
    transcript.append(el('li', 'session-end', '— emulator reset: back to the fleet file, cold skill —'));
    showExchanges([]);
    showCalls([]);
  } catch (error) {
    transcript.append(el('li', 'session-end', `Reset failed: ${error.message}`));
  } finally {
    setBusy(false);
    scrollToEnd();
  }
});

// The code the fleet's MFA device shows now, spoken as digits: what a user answers when Alexa asks for it.
$('mfa').addEventListener('click', async () => {
  try {
    const mfa = await api('GET', '/api/mfa');
    if (!mfa) throw new Error('this fleet has no MFA device');
    input.value = mfa.spoken;
    input.focus();
  } catch (error) {
    transcript.append(el('li', 'session-end', `No MFA code: ${error.message}`));
    scrollToEnd();
  }
});

speak.checked = 'speechSynthesis' in window && localStorage.getItem(SPEAK_KEY) !== 'off';
speak.disabled = !('speechSynthesis' in window);
speak.addEventListener('change', () => {
  localStorage.setItem(SPEAK_KEY, speak.checked ? 'on' : 'off');
  if (!speak.checked && 'speechSynthesis' in window) window.speechSynthesis.cancel();
});

/** The locale switch: the server's locales, this tab's choice kept across reloads (sessionStorage). */
function fillLocales(info) {
  const chosen = sessionStorage.getItem(LOCALE_KEY);
  localeSelect.replaceChildren(
    ...info.locales.map((locale) => {
      const option = el('option', undefined, locale);
      option.value = locale;
      return option;
    }),
  );
  localeSelect.value = info.locales.includes(chosen) ? chosen : info.locale;
  document.documentElement.lang = localeSelect.value;
}

/** The header line and the example buttons, for the tab's locale (its invocation name and examples). */
async function showInfo() {
  const info = await api('GET', `/api/info?locale=${encodeURIComponent(localeSelect.value)}`);
  const regions = Object.entries(info.regions);
  const instances = regions.reduce((sum, [, count]) => sum + count, 0);
  $('meta').textContent =
    `Skill: ${info.skillSource} · ${instances} instances in ${regions.length} Regions · emulator ${info.emulatorUrl} · say “open ${info.invocationName}” to start`;
  const examples = $('examples');
  examples.replaceChildren();
  for (const example of info.examples) {
    const button = el('button', undefined, example);
    button.type = 'button';
    button.addEventListener('click', () => {
      input.value = example;
      form.requestSubmit();
    });
    examples.append(button);
  }
}

// A device's locale is fixed for a session: the server starts a new one in the new locale.
localeSelect.addEventListener('change', () => {
  sessionStorage.setItem(LOCALE_KEY, localeSelect.value);
  document.documentElement.lang = localeSelect.value;
  transcript.append(el('li', 'session-end', `— locale ${localeSelect.value}: new session —`));
  scrollToEnd();
  void showInfo().catch(() => {});
  input.focus();
});

async function loadInfo() {
  try {
    fillLocales(await api('GET', '/api/info'));
    await showInfo();
  } catch (error) {
    $('meta').textContent = `Cannot reach the console server: ${error.message}`;
  }
}

void loadInfo();
input.focus();
