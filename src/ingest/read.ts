// One file -> RawDoc, or the reason it is not a readable report. Never throws.
import { DEFAULTS } from '../defaults.js';
import fs from 'node:fs';
import path from 'node:path';
import { fsPath, shownPath } from './paths.js';
import type { Warning } from '../types.js';
import { decode } from './decode.js';
import type { RawDoc } from './types.js';

export interface ReadOptions {
  /** Files larger than this are skipped (default 20 MB): no report is that long. */
  maxBytes?: number;
  /** The report id to use (default: the file name without extension). */
  id?: string;
}

export const DEFAULT_MAX_BYTES = DEFAULTS.maxBytes;

/** The report id of a file: its name without the extension. */
/** The file name without its extension (bytes of a name that is not UTF-8 shown as \xNN). */
export function reportId(file: string): string {
  const base = shownPath(path.basename(file));
  return base.replace(/\.[^.]*$/, '') || base;
}

export function megabytes(n: number): string {
  const mb = n / (1024 * 1024);
  return `${mb >= 10 || Number.isInteger(mb) ? mb.toFixed(0) : mb.toFixed(1)} MB`;
}

/** Explains a failed file-system call in words (ENOENT -> "no such file"). */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: cannot be read';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENAMETOOLONG':
      return 'path longer than the system allows: what is under it cannot be read (move the reports up)';
    default:
      return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

export function readDoc(file: string, options: ReadOptions = {}): RawDoc | Warning {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Buffer;
  try {
    const stat = fs.statSync(fsPath(file));
    if (stat.isDirectory()) return { file, reason: 'is a directory, not a file' };
    if (!stat.isFile()) return { file, reason: 'not a regular file' };
    if (stat.size > maxBytes)
      return { file, reason: `too large (${megabytes(stat.size)} > ${megabytes(maxBytes)} limit)` };
    bytes = fs.readFileSync(fsPath(file));
  } catch (err) {
    return { file, reason: fsReason(err) };
  }
  const decoded = decode(bytes);
  if ('reason' in decoded) return { file, reason: decoded.reason };
  if (!decoded.text.trim()) return { file, reason: 'empty file (only whitespace)' };
  return {
    id: options.id ?? reportId(file),
    file,
    text: decoded.text,
    encoding: decoded.encoding,
    bytes: bytes.length,
    warnings: decoded.warnings,
  };
}
