// Live figures: reporting-service pushes a plan's or a province's new figures (Server-Sent Events) whenever an event
// changes them, so a dashboard updates without reloading. Tabs of the same browser showing the same stream share one
// connection: a browser keeps at most six connections to a server over HTTP/1.1, and with a stream held open per tab
// the seventh tab would never load. One tab holds the stream (a Web Lock names the holder; when its tab closes the
// next waiting tab takes over), the others hear its events over a BroadcastChannel.

import { h } from './dom.js';
import { t } from './i18n.js';
import { get, streamUrl, signInAgain, ApiProblem } from './api.js';
import { currentUser } from './session.js';

const RETRY_MS = 5000;
/** How long a tab waits to hear from the tab holding a stream before it opens one of its own. */
const LEADER_WAIT_MS = 3000;
/**
 * The shared streams this tab holds or waits for, by name: one page at a time shows a stream in a tab, so a holder
 * still here when the next page asks for the same stream belongs to a page no longer shown, and is let go.
 */
const mine = new Map();

/** The small "● Live" indicator a stream keeps up to date. */
export function liveIndicator() {
  return h('span.live', { 'data-testid': 'live', 'data-state': 'connecting', role: 'status' }, t('common.live'));
}

function setIndicator(indicator, connected) {
  if (!indicator) return;
  indicator.classList.toggle('on', connected);
  indicator.dataset.state = connected ? 'open' : 'retrying';
  indicator.textContent = connected ? t('common.live') : t('common.liveOff');
}

/**
 * Calls handlers[eventName](data) for each event of the stream, shared with the other tabs showing it, and
 * `onConnect()` each time the stream is (again) connected: a change pushed between the page's first read and that
 * moment is not in the stream, so the page reads once more what it shows. Returns {close()}.
 */
export function openStream(service, path, query, handlers, indicator, onConnect = () => {}) {
  const shared = typeof BroadcastChannel === 'function' && navigator.locks?.request;
  return shared ? sharedStream(service, path, query, handlers, indicator, onConnect)
    : ownStream(service, path, query, handlers, indicator, () => {}, onConnect);
}

/**
 * What a page passes as `onConnect`: reads what it shows once more and shows it if anything differs. Compared whole,
 * not by `dataAsOf`: that is the newest event applied, and figures derived a moment after their events were applied
 * (or from an event older than one applied before it) change while it stays the same — a page compared so kept the
 * figures of its first read when the change it missed had been pushed before its stream was open.
 * `shown()` gives what the page shows now (null: nothing yet; the first push brings it).
 */
export function showIfChanged(service, path, query, shown, show) {
  return async () => {
    try {
      const now = await get(service, path, query);
      const current = shown();
      if (current && JSON.stringify(now) !== JSON.stringify(current)) show(now);
    } catch (error) {
      // unreachable for a moment, or not reported yet: the stream pushes the next change anyway
      if (!(error instanceof ApiProblem)) throw error;
    }
  };
}

/**
 * The stream shared by the tabs of one user: whoever holds the lock connects and passes every event on; the others
 * hand their events to their handlers and wait in line for the lock.
 */
function sharedStream(service, path, query, handlers, indicator, onConnect) {
  const user = currentUser();
  const names = Object.keys(handlers).sort();
  // shared only by pages listening to the same events (a province's page and a plan's read the same stream for
  // different events)
  const name = `taphuan-live:${user?.username || ''}:${service}:${path}:${JSON.stringify(query || {})}:${names}`;
  mine.get(name)?.();
  const channel = new BroadcastChannel(name);
  let own = null;
  let closed = false;
  let heard = false;
  let connectedBefore = false;
  let release = null;
  const released = new Promise(resolve => { release = resolve; });
  const connectOwn = () => ownStream(service, path, query, Object.fromEntries(names.map(event => [event, data => {
    handlers[event](data);
    channel.postMessage({ kind: 'event', name: event, data });
  }])), indicator, connected => channel.postMessage({ kind: 'state', connected }), onConnect);

  channel.onmessage = ({ data }) => {
    if (data.kind === 'state') {
      heard = true;
      if (!own) {
        setIndicator(indicator, data.connected);
        if (data.connected && !connectedBefore) onConnect();
        connectedBefore = data.connected;
      }
    }
    else if (data.kind === 'hello' && own) channel.postMessage({ kind: 'state', connected: own.connected() });
    else if (data.kind === 'event' && handlers[data.name] && !own) {
      heard = true;
      setIndicator(indicator, true);
      handlers[data.name](data.data);
    }
  };
  // no tab answers for the stream (its holder is gone without a word): this tab connects without waiting its turn
  const unanswered = setTimeout(() => {
    if (!closed && !own && !heard) own = connectOwn();
  }, LEADER_WAIT_MS);
  // a tab that joins asks the holder, if there is one, whether it is connected
  channel.postMessage({ kind: 'hello' });

  navigator.locks.request(name, () => {
    if (closed) return undefined;
    if (!own) own = connectOwn();
    return released; // held until this tab closes the stream (or the tab itself goes)
  }).catch(() => {});

  const close = () => {
    if (closed) return;
    closed = true;
    clearTimeout(unanswered);
    own?.close();
    release();
    channel.close();
    if (mine.get(name) === close) mine.delete(name);
  };
  mine.set(name, close);
  return { close };
}

/**
 * Opens a stream of this tab's own and calls handlers[eventName](data) for each event. When the stream closes (a
 * restart, an expired token), it is opened again with the current token. `onState(connected)` hears each change of
 * the connection, `onConnect()` each (re)connection. Returns {close(), connected()}.
 */
function ownStream(service, path, query, handlers, indicator, onState = () => {}, onConnect = () => {}) {
  let connected = false;
  const state = value => {
    connected = value;
    setIndicator(indicator, value);
    onState(value);
  };
  let source = null;
  let retry = null;
  let closed = false;

  const connect = () => {
    if (!currentUser()) {
      signInAgain(); // the session ended while the page stayed open
      return;
    }
    source = new EventSource(streamUrl(service, path, query));
    source.addEventListener('ready', () => {
      state(true);
      onConnect();
    });
    for (const [name, handler] of Object.entries(handlers)) {
      source.addEventListener(name, event => {
        if (!connected) state(true);
        handler(JSON.parse(event.data));
      });
    }
    source.onerror = () => {
      state(false);
      if (source.readyState === EventSource.CLOSED && !closed) {
        retry = setTimeout(connect, RETRY_MS);
      }
    };
  };
  connect();
  return {
    close() {
      closed = true;
      clearTimeout(retry);
      source?.close();
    },
    connected: () => connected,
  };
}
