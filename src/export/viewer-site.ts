// Copies the built viewer (viewer/dist: index.html and assets/) beside the graph files, so an
// output folder is a self-contained static site that can be published as it is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempPathFor } from './temp.js';

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

/** Copies the viewer into `outDir`; returns the files written, or [] when it is not built. */
export function copyViewer(outDir: string, from = viewerDist()): string[] {
  if (!fs.existsSync(path.join(from, 'index.html'))) return [];
  const written: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const src = path.join(dir, entry.name);
      const dst = path.join(outDir, path.relative(from, src));
      if (entry.isDirectory()) walk(src);
      else if (entry.isFile()) {
        fs.mkdirSync(path.dirname(dst), { recursive: true });
        // copy to a temporary name and rename, like every other output
        const tmp = tempPathFor(dst);
        fs.copyFileSync(src, tmp);
        fs.renameSync(tmp, dst);
        written.push(dst);
      }
    }
  };
  walk(from);
  return written.sort();
}
