import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions stay minimal: the extension reads pages and never talks to any server.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // WXT's own runtime reads the extension's API through 'wxt/browser': it gets the same polyfill value as our code
  // (src/platform/browser.ts says why it is not an ES import).
  vite: () => ({ plugins: [preact()], resolve: { alias: { 'wxt/browser': resolve('src/platform/browser.ts') } } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: ['*://*.gov.cn/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'audit-page': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_commandAudit__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'disclosure-lens@example.org', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
});
