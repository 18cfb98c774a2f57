import { buildSync } from 'esbuild'; import { gzipSync } from 'node:zlib';
const r = buildSync({ entryPoints: ['src/client/readerPreferences.ts'], bundle: true, minify: true, format: 'iife', target: 'es2022', write: false, tsconfigRaw: { compilerOptions: { alwaysStrict: false } } });
console.log(gzipSync(r.outputFiles[0].text.trim()).length);
