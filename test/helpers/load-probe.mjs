// Preloaded (node --import) into a fourpoint process by tests that check what a command loads: at exit it
// writes to $FOURPOINT_LOAD_PROBE whether zod, the prompts (node:readline) and CommonJS modules (such as
// the YAML parser, required when needed) were loaded, leaving out the launcher's own files in bin/.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const launcher = join(fileURLToPath(import.meta.url), '..', '..', '..', 'bin');
process.on('exit', () => {
  const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  writeFileSync(
    process.env.FOURPOINT_LOAD_PROBE,
    JSON.stringify({
      // zod keeps its configuration on globalThis from the moment it loads.
      zod: '__zod_globalConfig' in globalThis,
      readline: builtins.includes('readline'),
      commonjs: Object.keys(require.cache).filter((file) => !file.startsWith(launcher)),
    }),
  );
});
