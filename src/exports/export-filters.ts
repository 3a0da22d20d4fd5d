import type { ExportFilters } from './export-search-words';

/** The filters of a validated query or body, without the export's own options and empty values. */
export function toExportFilters(input: object | undefined): ExportFilters {
  if (!input) return {};
  const { format: _format, bom: _bom, ...rest } = input as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined && value !== null && value !== '')) as ExportFilters;
}
