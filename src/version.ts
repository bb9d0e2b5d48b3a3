// The package version, read once from package.json (one level up from both src/ and dist/).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const VERSION: string = (require('../package.json') as { version: string }).version;

/**
 * The installed version of library `name` as this package finds it ('?' when it is not
 * installed). Read from its package.json where Node would look for the library: a package whose
 * `exports` do not list its package.json (graphology, commander) cannot be asked for it by name.
 */
export function installedVersion(name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    try {
      return (JSON.parse(fs.readFileSync(path.join(dir, name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      // not in this node_modules: the next one up
    }
  }
  return '?';
}
