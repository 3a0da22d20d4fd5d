/** Payload of an `export` job: the exports row says what to export. */
export interface ExportJob {
  exportId: string;
}

/** One queue job per export: asking BullMQ twice for the same export queues it once. */
export function exportJobId(exportId: string): string {
  return `export-${exportId}`;
}
