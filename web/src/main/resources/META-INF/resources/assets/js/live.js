// Live figures: reporting-service pushes a plan's or a province's new figures (Server-Sent Events) whenever an event
// changes them, so a dashboard updates without reloading.

import { h } from './dom.js';
import { t } from './i18n.js';
import { streamUrl, signInAgain } from './api.js';
import { currentUser } from './session.js';

const RETRY_MS = 5000;

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
 * Opens a stream and calls handlers[eventName](data) for each event. When the stream closes (a restart, an expired
 * token), it is opened again with the current token. Returns {close()}.
 */
export function openStream(service, path, query, handlers, indicator) {
  let source = null;
  let retry = null;
  let closed = false;

  const connect = () => {
    if (!currentUser()) {
      signInAgain(); // the session ended while the page stayed open
      return;
    }
    source = new EventSource(streamUrl(service, path, query));
    source.addEventListener('ready', () => setIndicator(indicator, true));
    for (const [name, handler] of Object.entries(handlers)) {
      source.addEventListener(name, event => {
        setIndicator(indicator, true);
        handler(JSON.parse(event.data));
      });
    }
    source.onerror = () => {
      setIndicator(indicator, false);
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
  };
}
