import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';

// The layout is a promise: entry points on top, then the pipeline and the features, the entities, and
// the plain libraries (extraction, speaker-registry) at the bottom. Import cycles between top-level
// folders of src/ break that promise silently, so they are checked here on every test run.

const SRC = resolve(__dirname, '..', '..', '..', 'src');
const ROOT_FOLDER = '(entry points)';
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function topFolder(path: string): string {
  const parts = relative(SRC, path).split(sep);
  return parts.length > 1 ? parts[0] : ROOT_FOLDER;
}

interface ImportEdge {
  file: string;
  specifier: string;
}

function specifiers(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1]);
}

/** folder → folder it imports → the imports that make the edge, for the message of a failure. */
function folderGraph(): Map<string, Map<string, ImportEdge[]>> {
  const graph = new Map<string, Map<string, ImportEdge[]>>();
  for (const file of sourceFiles(SRC)) {
    const from = topFolder(file);
    for (const specifier of specifiers(file).filter((s) => s.startsWith('.'))) {
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SRC + sep)) continue;
      const to = topFolder(join(target, 'file'));
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, ImportEdge[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), { file: relative(SRC, file), specifier }]);
    }
  }
  return graph;
}

/** Every folder cycle reachable by depth-first search, each named once by the path that closed it. */
function folderCycles(graph: Map<string, Map<string, ImportEdge[]>>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (folder: string, path: string[]): void => {
    const seenAt = path.indexOf(folder);
    if (seenAt >= 0) {
      cycles.push([...path.slice(seenAt), folder]);
      return;
    }
    if (done.has(folder)) return;
    for (const next of graph.get(folder)?.keys() ?? []) visit(next, [...path, folder]);
    done.add(folder);
  };
  for (const folder of graph.keys()) visit(folder, []);
  return cycles;
}

function explain(cycle: string[], graph: Map<string, Map<string, ImportEdge[]>>): string {
  const steps = cycle.slice(1).map((to, i) => {
    const from = cycle[i];
    const edges = graph.get(from)?.get(to) ?? [];
    return `  ${from} → ${to}: ${edges.slice(0, 3).map((e) => `${e.file} imports ${e.specifier}`).join('; ')}`;
  });
  return [cycle.join(' → '), ...steps].join('\n');
}

describe('imports between the top-level folders of src/', () => {
  const graph = folderGraph();

  it('form no cycle', () => {
    const cycles = folderCycles(graph).map((cycle) => explain(cycle, graph));
    expect(cycles).toEqual([]);
  });

  it('leave the plain libraries at the bottom: extraction imports no other folder, speaker-registry only extraction', () => {
    expect([...(graph.get('extraction')?.keys() ?? [])]).toEqual([]);
    expect([...(graph.get('speaker-registry')?.keys() ?? [])].filter((folder) => folder !== 'extraction')).toEqual([]);
  });

  it('keep NestJS and the database out of the plain libraries', () => {
    const frameworkImports = ['extraction', 'speaker-registry'].flatMap((folder) =>
      sourceFiles(join(SRC, folder)).flatMap((file) =>
        specifiers(file)
          .filter((s) => /^(@nestjs\/|typeorm$|pg$|pg-|bullmq$|ioredis$)/.test(s))
          .map((s) => `${relative(SRC, file)} imports ${s}`),
      ),
    );
    expect(frameworkImports).toEqual([]);
  });

  it('finds a cycle when one is there', () => {
    const looped = new Map([
      ['a', new Map([['b', [{ file: 'a/x.ts', specifier: '../b/y' }]]])],
      ['b', new Map([['c', [{ file: 'b/y.ts', specifier: '../c/z' }]]])],
      ['c', new Map([['a', [{ file: 'c/z.ts', specifier: '../a/x' }]]])],
    ]);
    expect(folderCycles(looped)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
