import { defineConfig } from 'wxt';
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: { name: 'GovPost Guard', permissions: ['storage'] },
});
