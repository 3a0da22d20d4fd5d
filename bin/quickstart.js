#!/usr/bin/env node
// The README's first command: builds the web app when it is missing, runs the service on its defaults
// (API + worker), creates an admin key, ingests the sample articles in examples/ through the API, prints
// what was extracted and where the web app is, and keeps the service running until Ctrl-C.
const { spawn, spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const port = process.env.PORT ?? '3000';
const base = `http://127.0.0.1:${port}`;
const env = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };

if (!fs.existsSync(path.join(root, 'web', 'dist', 'index.html'))) {
  console.log('building the web app (web/ → web/dist)…');
  const build = spawnSync(process.execPath, [path.join(__dirname, 'build-web.js')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
}

// In a process group of its own, so a Ctrl-C reaches the service once, through here; the IPC channel
// stops it if this script dies.
const service = spawn(process.execPath, [path.join(__dirname, 'start.js'), 'all'], { env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'], detached: true });
service.on('exit', (code) => process.exit(code ?? 1));
let lastSignal = 0;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // The service counts a repeat after 2 s as "stop now"; one Ctrl-C may arrive twice at once.
    if (Date.now() - lastSignal > 2000) service.kill('SIGTERM');
    lastSignal = Date.now();
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return;
    } catch {}
    await sleep(500);
  }
  throw new Error('the service did not become healthy in 2 minutes');
}

async function main() {
  await waitForHealth();
  const keyOutput = execFileSync(process.execPath, [path.join(__dirname, 'quotes.js'), 'keys', 'create', '--role', 'admin', '--name', 'quickstart'], { env, encoding: 'utf8' });
  const key = keyOutput.trim().split('\n').pop();
  const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };

  const folder = path.join(root, 'examples');
  const files = fs.readdirSync(folder).filter((f) => /\.(txt|html?)$/.test(f)).sort();
  const ids = [];
  for (const file of files) {
    const content = fs.readFileSync(path.join(folder, file), 'utf8');
    const body = /\.html?$/.test(file) ? { html: content, url: `https://example.org/${file}` } : { text: content };
    const res = await fetch(`${base}/articles`, { method: 'POST', headers, body: JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`${file}: ${res.status} ${JSON.stringify(json)}`);
    ids.push([file, json.id]);
  }
  for (const [file, id] of ids) {
    let article;
    for (let i = 0; i < 240; i++) {
      article = await (await fetch(`${base}/articles/${id}`, { headers })).json();
      if (['done', 'failed', 'duplicate'].includes(article.status)) break;
      await sleep(500);
    }
    console.log(`\n${file}: ${article.status}${article.failureReason ? ` (${article.failureReason})` : ''}, ${article.statements?.length ?? 0} statements`);
    for (const s of article.statements ?? []) console.log(`  ${s.speaker.name} [${s.type}, ${s.date ?? 'no date'}]: ${s.quote}`);
  }
  console.log(`\nquote-tracker is running at ${base}
  web app:         ${base}/admin/  (sign in with the admin key below)
  API docs:        ${base}/docs
  queue dashboard: ${base}/admin/queues  (once signed in to the web app as admin)
  admin API key:   ${key}
Try: curl -H "Authorization: Bearer ${key}" "${base}/statements?limit=5"
Press Ctrl-C to stop.`);
}

main().catch((err) => {
  console.error(`quickstart: ${err.message}`);
  service.kill('SIGTERM');
  process.exitCode = 1;
});
