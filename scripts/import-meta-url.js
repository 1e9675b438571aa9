// Injected into every bundle by scripts/build.mjs: the bundle's own file URL, for ESM dependencies
// that read import.meta.url in a CommonJS bundle.
export const importMetaUrl = require('node:url').pathToFileURL(__filename).href
