// npm run build: everything the CLI runs, made straight from the TypeScript sources by rolldown, in a
// couple of seconds. Type checking is not done here (it takes longer than all of this): `npm test` and
// `npm run typecheck` do it.
//
// 1. dist/**/*.js: each source module as an ES module, the layout tsc would emit, for the build's own
//    steps, scripts/write-schema.mjs, the benchmark's synthetic data and a few test fixtures. Not shipped.
// 2. dist/worksheets.json: every shipped worksheet definition, checked by the loader the program uses
//    (a bad definition fails the build), so a command reads one JSON file (src/worksheets/compiled.ts).
// 3. dist/bundle: the CLI for start-up speed. An entry and a chunk per lazily imported command, so
//    `fourpoint status` loads neither the prompts nor the worksheet engine.
//    CommonJS chunks (.cjs), though the source is ES modules: Node 20 starts a CommonJS program sooner,
//    and the launcher can then run them with V8's code cache (bin/bundle-loader.js).
//
// Rolldown replaced tsc + rollup (WebAssembly build) + esbuild's minifier, which took 15 to 30 s here:
// one dependency, no install script, and the TypeScript transform and minifier built in.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const BUILT = 'dist/.built'; // scripts/start.mjs reads its time
const minify = process.env.FOURPOINT_BUNDLE_MINIFY !== '0'; // 0: readable chunks, for profiles
const common = { platform: 'node', tsconfig: 'tsconfig.json', logLevel: 'warn' };

/**
 * commander requires node:child_process at load time, for executable subcommands fourpoint never uses.
 * Loading it (and net, dgram with it) is a tenth of start-up, so commander gets a stand-in that loads
 * the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  resolveId(id, importer) {
    const childProcess = id === 'node:child_process' || id === 'child_process';
    return childProcess && importer?.includes('node_modules/commander/') ? '\0lazy-child-process' : null;
  },
  load(id) {
    if (id !== '\0lazy-child-process') return null;
    return [
      "import { createRequire } from 'node:module';",
      'const load = createRequire(import.meta.url);',
      'let real;',
      "export default new Proxy({}, { get: (_, key) => (real ??= load('node:child_process'))[key] });",
    ].join('\n');
  },
};

/**
 * `createRequire(import.meta.url)('yaml')` loads a package on first use (src/worksheets/loader.ts), which a
 * bundler leaves as a require of node_modules at run time. As a plain require() the bundler carries the
 * package in the bundle like every other one, still run only on first use, so the installed CLI needs no
 * node_modules at all. Node's own modules stay as they are.
 */
const bundleLazyRequires = {
  name: 'bundle-lazy-requires',
  transform(code, id) {
    if (id.includes('node_modules') || !code.includes('createRequire(import.meta.url)(')) return null;
    return code.replace(/createRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g, (call, quote, name) => (isBuiltin(name) ? call : `require(${quote}${name}${quote})`));
  },
};

/** Fails the build if a bundle still requires a package at run time: the installed CLI has no node_modules. */
function checkSelfContained(dir) {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.cjs')) continue;
    const code = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    // Not a method (.require) and not inside a template of generated code (ajv's `require("ajv/...")`).
    for (const [, name] of code.matchAll(/(?<![.\w$`])require\((?:"|'|`)([^"'`]+)(?:"|'|`)\)/g)) {
      if (!name.startsWith('.') && !isBuiltin(name)) throw new Error(`${join(entry.parentPath, entry.name)} requires ${name} at run time; bundle it (see bundleLazyRequires)`);
    }
  }
}

/** Every .ts file under `dir`. */
const sources = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const started = performance.now();
const startedAt = new Date();
// Retried: a CLI run meanwhile may be adding to dist/bundle/.code-cache as it is removed.
rmSync('dist', { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });

// 1. The module tree. Packages stay imports: node_modules is there wherever this tree is used.
await build({
  ...common,
  input: sources('src'),
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  output: { dir: 'dist', format: 'esm', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
});

// 2. The shipped worksheet definitions.
const { builtinDir, loadDefinitionFile } = await import(pathToFileURL('dist/worksheets/loader.js').href);
const { compiledFile } = await import(pathToFileURL('dist/worksheets/compiled.js').href);
const shipped = builtinDir();
const compiled = {};
for (const entry of readdirSync(shipped, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
  const file = join(entry.parentPath, entry.name);
  const rel = relative(shipped, file).split('\\').join('/');
  const { size, mtimeMs } = statSync(file);
  compiled[rel] = { size, mtimeMs, definition: loadDefinitionFile(file, `worksheets/${rel}`) };
}
writeFileSync(compiledFile(shipped), `${JSON.stringify(compiled)}\n`);

// 3. The bundles. A chunk's name carries a hash of its content: the launcher keeps V8's code cache of
// chunks by name.
const bundle = { ...common, plugins: [lazyChildProcess, bundleLazyRequires] };
const cjs = { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', minify };
// What the entry loads before any command (the $initial modules) is one chunk, as rollup made it:
// otherwise rolldown splits it by which command chunks share each module, and `--help` loaded 17 files.
const core = { groups: [{ name: 'core', tags: ['$initial'] }] };
await build({ ...bundle, input: { fourpoint: 'src/cli/main.ts' }, output: { ...cjs, dir: 'dist/bundle', codeSplitting: core } });

checkSelfContained('dist/bundle');

// The launcher's code cache (bin/bundle-loader.js) is made on this machine, for its Node: never packed.
writeFileSync('dist/bundle/.npmignore', '.code-cache/\n');
// For `npm start` (scripts/start.mjs): the build is fresh while no source is newer than this file, whose
// time is when the build started, so a source saved during the build still counts as newer.
writeFileSync(BUILT, `${startedAt.toISOString()}\n`);
utimesSync(BUILT, startedAt, startedAt);

if (process.env.FOURPOINT_BUILD_QUIET !== '1') console.error(`built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
