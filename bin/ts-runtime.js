// Chooses between the compiled tree in dist/ and the TypeScript sources: the build is used when it is
// at least as new as every source file, so a checkout that was edited after `npm install` still runs
// what is on disk.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function buildIsFresh(compiledEntry) {
  try {
    const built = fs.statSync(compiledEntry).mtimeMs;
    const sources = Math.max(newestMtime(path.join(root, 'src')), newestMtime(path.join(root, 'migrations')));
    return built >= sources;
  } catch {
    return false;
  }
}

function registerTypeScript() {
  require('ts-node').register({
    transpileOnly: true,
    project: path.join(root, 'tsconfig.json'),
  });
}

/** Loads src/<name>.ts, from dist/ when the build is fresh. */
function loadEntry(name) {
  const compiled = path.join(root, 'dist', 'src', `${name}.js`);
  if (buildIsFresh(compiled)) return require(compiled);
  registerTypeScript();
  return require(path.join(root, 'src', `${name}.ts`));
}

module.exports = { loadEntry, registerTypeScript };
