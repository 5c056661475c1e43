import { defineConfig } from 'wxt';

// Manifest name and description come from public/_locales (zh_CN default, en complete).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // A fixed public key keeps the extension ID (eibkcieilcckdeaflgnhpjkkobjdcjol) the same in
    // every build and folder, so enterprise policies can name it (issue 5).
    key: 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAieP2f8sO6ti1nvcUEnGbsAo9g1Xr3RNa1ucdxR+uqB1uSo7JCK3y5TW++e5Gi4Wgk/oJgIQj1wFQDjEu27U6S4/5Rvu2u5C273F+R0EgD5oksjx6C4InuQIqw/uSdYv/3aQs9PlAVEol3MZcAP2du1VS5/v+WfAM7PSzfpX7lDRYy0ONPiKEFiBr+LLgFR2dNzNq7vA2QpBJy+GLdfknq5ZPoNW5OCE6dD2GnC5ayfyio3pNRMAm7JMurluIVDwvZ+00b+RyIUpyC4/6YBbPsJvMEAl2bgIcRDFKuA0+mLxx38Cb0s6DZiViKhXKvhJsboyF8KUG3fsuiyJD5KmCqQIDAQAB',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    // chrome.storage.managed: what administrators may push through Chrome/Edge policy.
    storage: { managed_schema: 'managed_schema.json' },
  },
});
