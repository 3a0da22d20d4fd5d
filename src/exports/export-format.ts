export const EXPORT_FORMATS = ['csv', 'jsonl', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How each format is served and named on disk. */
export const EXPORT_FORMAT_FILES: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  // A JSON array of ClaimReview objects, each with its own @context: one valid JSON-LD document.
  claimreview: { contentType: 'application/ld+json; charset=utf-8', extension: 'json' },
};
