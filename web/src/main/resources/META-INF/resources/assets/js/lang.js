// The language the pages are shown in: Vietnamese unless the user chose English, remembered in this browser.

const LANG_KEY = 'taphuan.lang';
const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANG_KEY);
let current = stored === 'en' ? 'en' : 'vi';

export function lang() {
  return current;
}

/** Takes `next` ('en', else Vietnamese) as the language from now on; returns it. */
export function chooseLang(next) {
  current = next === 'en' ? 'en' : 'vi';
  if (typeof localStorage !== 'undefined') localStorage.setItem(LANG_KEY, current);
  return current;
}
