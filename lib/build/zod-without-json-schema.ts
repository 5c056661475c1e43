/**
 * Stands in for zod's JSON Schema converter in the content script's bundle only (wxt.config.ts
 * aliases zod's `json-schema-processors`, `to-json-schema` and `json-schema-generator` modules
 * here). zod's classic schemas reference the converter from every type, so the bundler cannot drop
 * it, yet nothing in the page converts a schema to JSON Schema (the rules page and the CLI do, with
 * the real converter). That is about 19 kB (minified) of every editor page's script. A call fails loudly.
 */
const unavailable = (): never => {
  throw new Error('JSON Schema conversion is not bundled into the content script');
};

export const toJSONSchema = unavailable;
export const createToJSONSchemaMethod = () => unavailable;
export const createStandardJSONSchemaMethod = () => unavailable;
export class JSONSchemaGenerator {
  constructor() {
    unavailable();
  }
}
