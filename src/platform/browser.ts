// The extension's API object, for the entrypoints only: nothing else in src/ imports it, so the pipeline stays free
// of extension APIs. It is webextension-polyfill's value, taken with require: an ES import of the polyfill (a
// CommonJS module) makes the bundler copy each property of that value into a namespace object, and where the browser
// has a `browser` of its own (Firefox; Chromium 150, the one these tests run) the value is that object, whose APIs
// are each built when their property is first read: the copy built all of them, at each content script's start on
// every page (the loader's start 8.7 → 6.5 ms on a page that holds no report, `npm run bench:loader`).
import type Browser from 'webextension-polyfill';

declare const require: (id: 'webextension-polyfill') => Browser.Browser;

export const browser: Browser.Browser = require('webextension-polyfill');
