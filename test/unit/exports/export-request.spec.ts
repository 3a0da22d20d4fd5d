import 'reflect-metadata';
import { toRequest } from '../../../src/cli/export-command';
import { UsageError } from '../../../src/cli/cli-args';
import { toExportFilters } from '../../../src/exports/export-filters';

describe('export filters and CLI options', () => {
  it('keeps the filters of a query and drops the format, the BOM flag and empty values', () => {
    expect(toExportFilters({ format: 'csv', bom: true, speaker: 'Токаев', outlet: '', type: undefined, from: '2025-01-01' })).toEqual({ speaker: 'Токаев', from: '2025-01-01' });
    expect(toExportFilters(undefined)).toEqual({});
  });

  it('turns command-line options into an export request', () => {
    expect(toRequest({ format: 'jsonl', speaker: 'Токаев', status: 'confirmed', from: '2025-01-01', to: '2025-12-31', type: 'direct', outlet: 'example.kz', verdict: 'false' })).toEqual({
      format: 'jsonl',
      filters: { speaker: 'Токаев', reviewStatus: 'confirmed', from: '2025-01-01', to: '2025-12-31', type: 'direct', outlet: 'example.kz', verdict: 'false' },
      bom: undefined,
    });
    expect(toRequest({ format: 'csv', bom: true })).toMatchObject({ format: 'csv', bom: true, filters: {} });
    expect(toRequest({ format: 'claimreview', q: 'переговоров', assignee: '8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f' }).filters).toEqual({ q: 'переговоров', assignee: '8f8f8f8f-8f8f-4f8f-8f8f-8f8f8f8f8f8f' });
  });

  it('refuses a missing or unknown format and bad filters with a message naming the option', () => {
    expect(() => toRequest({})).toThrow(UsageError);
    expect(() => toRequest({})).toThrow(/--format/);
    expect(() => toRequest({ format: 'xml' })).toThrow(/--format: format must be one of csv, jsonl, claimreview/);
    expect(() => toRequest({ format: 'csv', status: 'maybe' })).toThrow(/--status: reviewStatus must be one of/);
    expect(() => toRequest({ format: 'csv', from: '14.10.2025' })).toThrow(/--from/);
    expect(() => toRequest({ format: 'csv', 'speaker-id': 'nope' })).toThrow(/--speaker-id/);
    expect(() => toRequest({ format: 'csv', verdict: 'maybe' })).toThrow(/--verdict: verdict must be one of/);
  });
});
