import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';

// The layout is a promise: entry points on top, then the pipeline and the features, the entities, and
// the plain libraries (extraction, speaker-registry) at the bottom. Import cycles between top-level
// folders of src/ break that promise silently, and cycles between files make load order matter, so
// both are checked here on every test run.

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

/** The file an import names: `x` is x.ts, x.tsx or x/index.ts; anything else (JSON) as written. */
function importedFile(target: string): string {
  return [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')].find((candidate) => existsSync(candidate)) ?? target;
}

type ImportGraph = Map<string, Map<string, ImportEdge[]>>;

/** node → node it imports → the imports that make the edge, for the message of a failure; a node is what `nodeOf` makes of a file. */
function importGraph(nodeOf: (file: string) => string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(SRC)) {
    const from = nodeOf(file);
    for (const specifier of specifiers(file).filter((s) => s.startsWith('.'))) {
      const target = importedFile(resolve(dirname(file), specifier));
      if (!target.startsWith(SRC + sep)) continue;
      const to = nodeOf(target);
      if (to === from) continue;
      const edges = graph.get(from) ?? new Map<string, ImportEdge[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), { file: relative(SRC, file), specifier }]);
    }
  }
  return graph;
}

/** Every cycle reachable by depth-first search, each named once by the path that closed it. */
function cycles(graph: ImportGraph): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, path: string[]): void => {
    const seenAt = path.indexOf(node);
    if (seenAt >= 0) {
      found.push([...path.slice(seenAt), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node)?.keys() ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

function explain(cycle: string[], graph: ImportGraph): string {
  const steps = cycle.slice(1).map((to, i) => {
    const from = cycle[i];
    const edges = graph.get(from)?.get(to) ?? [];
    return `  ${from} → ${to}: ${edges.slice(0, 3).map((e) => `${e.file} imports ${e.specifier}`).join('; ')}`;
  });
  return [cycle.join(' → '), ...steps].join('\n');
}

describe('imports between the top-level folders of src/', () => {
  const graph = importGraph(topFolder);

  it('form no cycle', () => {
    expect(cycles(graph).map((cycle) => explain(cycle, graph))).toEqual([]);
  });

  it('form no cycle between files either, type-only imports included', () => {
    const files = importGraph((file) => relative(SRC, file));
    expect(cycles(files).map((cycle) => explain(cycle, files))).toEqual([]);
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
    expect(cycles(looped)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
