// Copies the built viewer (viewer/dist: index.html and assets/) beside the graph files, so an
// output folder is a self-contained static site that can be published as it is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FolderExporter } from './types.js';

/** viewer/dist of this package (one level above both src/ and dist/). */
export function viewerDist(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'viewer', 'dist');
}

/** The viewer's files, relative and `/`-separated (index.html, assets/…), or [] when it is not built. */
export function viewerFiles(from = viewerDist()): string[] {
  if (!fs.existsSync(path.join(from, 'index.html'))) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const src = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(src);
      else if (entry.isFile()) out.push(path.relative(from, src).split(path.sep).join('/'));
    }
  };
  walk(from);
  return out.sort();
}

/** The built viewer as an output of a build: copied into the output set beside the graph files. */
export function viewerSite(from = viewerDist()): FolderExporter {
  return {
    description: 'the viewer: index.html and assets/, a static site that opens graph.json beside it',
    files: () => viewerFiles(from),
    writeInto(dir) {
      for (const file of viewerFiles(from)) {
        const dst = path.join(dir, ...file.split('/'));
        fs.mkdirSync(path.dirname(dst), { recursive: true });
        fs.copyFileSync(path.join(from, ...file.split('/')), dst);
      }
    },
  };
}
