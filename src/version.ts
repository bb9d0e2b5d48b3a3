// The package version, read once from package.json (one level up from both src/ and dist/).
import { createRequire } from 'node:module';

export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
