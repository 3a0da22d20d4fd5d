import { ProgressBar, renderProgress } from '../../../src/exports/export-progress-bar';

describe('progress bar', () => {
  it('shows the fraction done, the counts and the time', () => {
    expect(renderProgress(250, 1000, 1.25, 20)).toBe('[#####---------------]  25% 250/1000 rows 1.3 s');
    expect(renderProgress(0, 0, 0, 4)).toBe('[####] 100% 0/0 rows 0.0 s');
    expect(renderProgress(1200, 1000, 2, 4)).toBe('[####] 100% 1200/1000 rows 2.0 s');
  });

  it('redraws in place and ends its line when finished', () => {
    const written: string[] = [];
    const bar = new ProgressBar({ write: (t: string) => written.push(t) }, 10, 10);
    bar.update(5, true);
    bar.finish(10);
    expect(written[0]).toMatch(/^\r\[#####-----\]  50% 5\/10 rows/);
    expect(written[1]).toMatch(/^\r\[##########\] 100% 10\/10 rows/);
    expect(written[2]).toBe('\n');
  });
});
