import { buildSync } from 'esbuild';
const r = buildSync({ entryPoints: ['src/client/readerPreferences.ts'], bundle: true, minify: true, format: 'iife', target: 'es2022', write: false });
console.log(r.outputFiles[0].text);
