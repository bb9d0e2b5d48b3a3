// How people read a report's name: its issuing region and year (浑源县 2024), not its id. The
// viewer, summary.md, the CSV tables and the CLI all label reports with this one function.

/** `浑源县 2024`; the region alone when the year is unknown; the file's name when both are. */
export function reportLabel(region: string | undefined, year: number | undefined, file: string): string {
  if (region) return year ? `${region} ${year}` : region;
  const base = file.split(/[\\/]/).pop() ?? file;
  return year ? `${base} (${year})` : base;
}
