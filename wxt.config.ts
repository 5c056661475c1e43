import { defineConfig } from 'wxt';

// Manifest name and description come from public/_locales (zh_CN default, en complete).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
  },
});
