import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would launch a browser; there is none to show here. `npm start` opens Chromium itself.
export default defineWebExtConfig({ disabled: true });
