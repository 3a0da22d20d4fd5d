import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { promisify } from 'util';
import { RegistryBootstrapService } from '../../src/speakers/registry-bootstrap.service';
import { uniqueSuffix } from './support/fixtures';
import { bearer, startTestApp, TestApp } from './support/test-app';
import { TestData } from './support/test-data';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** The speaker registry's admin API and import, over the real API and PostgreSQL (no worker needed). */
describe('speakers API (e2e)', () => {
  let app: TestApp;
  let db: DataSource;
  let data: TestData;

  beforeAll(async () => {
    app = await startTestApp({ worker: false });
    db = app.api.get(DataSource);
    data = new TestData(app);
  });

  afterAll(async () => {
    await data.cleanup();
    await app.close();
  });

  const admin = () => bearer(app.keys.admin);
  const viewer = () => bearer(app.keys.viewer);

  async function createSpeaker(body: object) {
    const res = await request(app.http).post('/speakers').set(admin()).send(body);
    if (res.body?.id) data.speakers.push(res.body.id);
    return res;
  }

  describe('seed registry', () => {
    it('is imported at start, so registry speakers and their roles are there out of the box', async () => {
      const res = await request(app.http).get('/speakers').query({ q: 'Касым-Жомарт Токаев' }).set(viewer());
      expect(res.status).toBe(200);
      const tokayev = res.body.items[0];
      expect(tokayev).toMatchObject({ name: 'Касым-Жомарт Токаев', type: 'person', registryId: 'kassym-jomart-tokayev', gender: 'male' });
      expect(tokayev.names).toMatchObject({ en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев' });
      const detail = await request(app.http).get(`/speakers/${tokayev.id}`).set(viewer());
      expect(detail.body.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'президент', of: 'Казахстан', from: '2019-03-20', to: null, source: 'seed' })]));
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM speakers WHERE registry_id IS NOT NULL`);
      expect(count).toBeGreaterThanOrEqual(300);
    });

    it('is imported once per version of the file, and a restart indexes speakers that lack search keys', async () => {
      const imports = (await db.query(`SELECT count(*)::int AS n FROM speaker_registry_imports WHERE source = 'bundled seed'`))[0].n;
      expect(imports).toBe(1);
      const [legacy] = await db.query(`INSERT INTO speakers (canonical_name, type) VALUES ('Аристарх Староверов', 'person') RETURNING id`);
      data.speakers.push(legacy.id);
      await app.api.get(RegistryBootstrapService).onApplicationBootstrap();
      expect((await db.query(`SELECT count(*)::int AS n FROM speaker_registry_imports WHERE source = 'bundled seed'`))[0].n).toBe(imports);
      const found = await request(app.http).get('/speakers').query({ q: 'Староверову' }).set(viewer());
      expect(found.body.items[0]?.id).toBe(legacy.id);
    });
  });

  describe('type-ahead', () => {
    it.each(['токаеву', 'Токаева', 'Tokayev', 'Тоқаев', 'Tokaev', 'токае', 'Kassym-Jomart'])('finds Токаев first for "%s"', async (q) => {
      const res = await request(app.http).get('/speakers').query({ q }).set(viewer());
      expect(res.status).toBe(200);
      expect(res.body.items[0]?.registryId).toBe('kassym-jomart-tokayev');
    });

    it('finds feminine and inflected forms of other names', async () => {
      const res = await request(app.http).get('/speakers').query({ q: 'Набиуллиной' }).set(viewer());
      expect(res.body.items[0]?.name).toBe('Эльвира Набиуллина');
      const org = await request(app.http).get('/speakers').query({ q: 'Министерства иностранных дел России', type: 'organization' }).set(viewer());
      expect(org.body.items[0]?.name).toBe('МИД России');
    });

    it('pages through matches with a cursor', async () => {
      const first = await request(app.http).get('/speakers').query({ q: 'Джонсон', limit: 1 }).set(viewer());
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await request(app.http).get('/speakers').query({ q: 'Джонсон', limit: 1, cursor: first.body.nextCursor }).set(viewer());
      expect(second.body.items).toHaveLength(1);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
      expect([first.body.items[0].name, second.body.items[0].name].sort()).toEqual(['Борис Джонсон', 'Майк Джонсон']);
    });

    it('pages through the plain list newest first', async () => {
      const first = await request(app.http).get('/speakers').query({ limit: 2 }).set(viewer());
      const second = await request(app.http).get('/speakers').query({ limit: 2, cursor: first.body.nextCursor }).set(viewer());
      expect(second.body.items.map((s: any) => s.id)).not.toContain(first.body.items[0].id);
      const bad = await request(app.http).get('/speakers').query({ cursor: 'garbage' }).set(viewer());
      expect(bad.status).toBe(400);
    });

    it('returns nothing for a name nobody has', async () => {
      const res = await request(app.http).get('/speakers').query({ q: `Несуществующий ${uniqueSuffix()}` }).set(viewer());
      expect(res.body).toEqual({ items: [], nextCursor: null });
    });
  });

  describe('create, read, update', () => {
    it('creates a speaker with aliases and roles and finds it by an inflected form', async () => {
      const res = await createSpeaker({
        name: 'Ефросинья Тестова',
        type: 'person',
        gender: 'female',
        description: 'вымышленный министр для тестов',
        names: { en: 'Efrosinya Testova' },
        aliases: ['Е. Тестова'],
        roles: [{ role: 'министр туризма', of: 'Тестландия', from: '2024-02', to: null }],
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ name: 'Ефросинья Тестова', gender: 'female', statementCount: 0, mergedInto: null });
      expect(res.body.aliases).toEqual(['Е. Тестова']);
      expect(res.body.roles[0]).toMatchObject({ role: 'министр туризма', of: 'Тестландия', from: '2024-02', to: null, source: 'admin' });
      const found = await request(app.http).get('/speakers').query({ q: 'Ефросиньи Тестовой' }).set(viewer());
      expect(found.body.items[0].id).toBe(res.body.id);
    });

    it('updates a speaker, and the new name is found at once', async () => {
      const { body } = await createSpeaker({ name: 'Прохор Черновой', type: 'person', gender: 'male' });
      const res = await request(app.http).patch(`/speakers/${body.id}`).set(admin()).send({ name: 'Прохор Чистовой', qid: 'Q123456789', names: { en: 'Prokhor Chistovoy' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ name: 'Прохор Чистовой', qid: 'Q123456789', names: { en: 'Prokhor Chistovoy' } });
      const found = await request(app.http).get('/speakers').query({ q: 'Чистовому' }).set(viewer());
      expect(found.body.items[0]?.id).toBe(body.id);
      const old = await request(app.http).get('/speakers').query({ q: 'Черновому' }).set(viewer());
      expect(old.body.items.map((s: any) => s.id)).not.toContain(body.id);
    });

    it('adds and removes aliases and roles', async () => {
      const { body } = await createSpeaker({ name: 'Савва Проверкин', type: 'person', gender: 'male' });
      const withAlias = await request(app.http).post(`/speakers/${body.id}/aliases`).set(admin()).send({ alias: 'Savva Proverkin', lang: 'en' });
      expect(withAlias.status).toBe(201);
      expect((await request(app.http).get('/speakers').query({ q: 'Proverkin' }).set(viewer())).body.items[0]?.id).toBe(body.id);
      const again = await request(app.http).post(`/speakers/${body.id}/aliases`).set(admin()).send({ alias: 'SAVVA PROVERKIN' });
      expect(again.status).toBe(409);

      const withRole = await request(app.http).post(`/speakers/${body.id}/roles`).set(admin()).send({ role: 'мэр', of: 'Проверочный', from: '2020-01-01', to: null });
      expect(withRole.status).toBe(201);
      const roleId = withRole.body.roles[0].id;
      const changed = await request(app.http).patch(`/speakers/${body.id}/roles/${roleId}`).set(admin()).send({ to: '2023-05' });
      expect(changed.body.roles[0]).toMatchObject({ id: roleId, from: '2020-01-01', to: '2023-05' });
      const backwards = await request(app.http).patch(`/speakers/${body.id}/roles/${roleId}`).set(admin()).send({ to: '2019' });
      expect(backwards.status).toBe(400);

      const aliasId = withAlias.body.aliasRecords[0].id;
      expect((await request(app.http).delete(`/speakers/${body.id}/aliases/${aliasId}`).set(admin())).body.aliases).toEqual([]);
      expect((await request(app.http).delete(`/speakers/${body.id}/roles/${roleId}`).set(admin())).body.roles).toEqual([]);
      expect((await request(app.http).delete(`/speakers/${body.id}/roles/${roleId}`).set(admin())).status).toBe(404);
    });

    it('refuses bad input with a 400 that names the field, and unknown ids with a 404', async () => {
      const noName = await request(app.http).post('/speakers').set(admin()).send({ type: 'person' });
      expect(noName.status).toBe(400);
      expect(JSON.stringify(noName.body.message)).toContain('name');
      const badType = await request(app.http).post('/speakers').set(admin()).send({ name: 'Кто-то', type: 'robot' });
      expect(JSON.stringify(badType.body.message)).toContain('type must be one of');
      const badDate = await request(app.http).post('/speakers').set(admin()).send({ name: 'Кто-то', type: 'person', roles: [{ role: 'мэр', of: 'X', from: '2020-13' }] });
      expect(badDate.status).toBe(400);
      expect(JSON.stringify(badDate.body.message)).toContain('from must be YYYY');
      const badNames = await request(app.http).post('/speakers').set(admin()).send({ name: 'Кто-то', type: 'person', names: { English: 'Somebody' } });
      expect(badNames.status).toBe(400);
      expect((await request(app.http).get('/speakers/00000000-0000-4000-8000-000000000000').set(viewer())).status).toBe(404);
      expect((await request(app.http).get('/speakers/not-a-uuid').set(viewer())).status).toBe(400);
      expect((await request(app.http).patch('/speakers/00000000-0000-4000-8000-000000000000').set(admin()).send({ name: 'X' })).status).toBe(404);
    });

    it('lets viewers read and only admins change', async () => {
      expect((await request(app.http).get('/speakers')).status).toBe(401);
      expect((await request(app.http).post('/speakers').set(viewer()).send({ name: 'Кто-то', type: 'person' })).status).toBe(403);
      expect((await request(app.http).post('/speakers').set(bearer(app.keys.editor)).send({ name: 'Кто-то', type: 'person' })).status).toBe(403);
    });
  });

  describe('role resolution', () => {
    const resolve = (role: string, date?: string) => request(app.http).get('/speakers/resolve-role').query({ role, ...(date ? { date } : {}) }).set(viewer());

    it('finds the holder before, during and after a term', async () => {
      expect((await resolve('президент США', '2020-06-01')).body.speaker.name).toBe('Дональд Трамп');
      const during = await resolve('президент США', '2023-06-01');
      expect(during.status).toBe(200);
      expect(during.body).toMatchObject({ role: 'президент', of: 'США', from: '2021-01-20', to: '2025-01-20', speaker: { name: 'Джо Байден' } });
      expect((await resolve('президент США', '2025-06-01')).body.speaker.name).toBe('Дональд Трамп');
      expect((await resolve('глава российского МИД', '2024')).body.speaker.name).toBe('Сергей Лавров');
      expect((await resolve('президент США', '1990')).status).toBe(404);
    });

    it('uses roles an admin adds', async () => {
      const { body } = await createSpeaker({ name: 'Зиновий Курортов', type: 'person', gender: 'male', roles: [{ role: 'министр курортов', of: 'Россия', from: '2024-03-01' }] });
      const res = await resolve('министр курортов России', '2024-06');
      expect(res.body.speaker?.id).toBe(body.id);
      expect((await resolve('министр курортов России', '2023-06')).status).toBe(404);
    });

    it('refuses a bad date with a 400', async () => {
      const res = await resolve('президент США', 'вчера');
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('date must be');
    });
  });

  describe('quotes speakers import', () => {
    const file = join(ROOT, 'test', 'fixtures', 'speakers', 'small-registry.json');
    const cli = (args: string[]) => run(process.execPath, [join(ROOT, 'bin', 'quotes.js'), 'speakers', 'import', ...args], { cwd: ROOT, env: process.env });

    async function snapshot() {
      return db.query(
        `SELECT s.id, s.registry_id, s.canonical_name, s.names,
                (SELECT array_agg(a.alias ORDER BY a.alias) FROM speaker_aliases a WHERE a.speaker_id = s.id) AS aliases,
                (SELECT array_agg(r.role || '/' || r.of || '/' || coalesce(r.valid_from, '') || '/' || coalesce(r.valid_to, '') ORDER BY r.valid_from) FROM speaker_roles r WHERE r.speaker_id = s.id) AS roles,
                (SELECT count(*)::int FROM speaker_search_keys k WHERE k.speaker_id = s.id) AS keys
           FROM speakers s WHERE s.registry_id LIKE 'e2e-%' ORDER BY s.registry_id`,
      );
    }

    it('imports a registry file, and importing it again leaves one copy of every row', async () => {
      const registry: { speakers: Array<{ id: string }> } = JSON.parse(readFileSync(file, 'utf8'));
      data.speakerRegistryIds.push(...registry.speakers.map((s) => s.id));
      const first = await cli([file]);
      expect(first.stdout).toContain('imported 3 speakers');
      const once = await snapshot();
      expect(once).toHaveLength(3);
      expect(once.find((s: any) => s.registry_id === 'e2e-anna-ryabinina')).toMatchObject({
        canonical_name: 'Анна Рябинина',
        aliases: ['А. Рябинина'],
        roles: ['мэр/Озёрск-на-Тесте/2019-09-01/'],
      });
      const second = await cli([file]);
      expect(second.stdout).toContain('0 new');
      expect(await snapshot()).toEqual(once);
      const found = await request(app.http).get('/speakers').query({ q: 'Рябининой' }).set(viewer());
      expect(found.body.items[0]?.registryId).toBe('e2e-anna-ryabinina');
    });

    it('refuses a bad file with a non-zero exit and a line on stderr, changing nothing', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'qt-speakers-'));
      const broken = join(dir, 'broken.json');
      // Never imported if the test passes; listed so that a failure leaves nothing behind either.
      data.speakerRegistryIds.push('e2e-broken');
      writeFileSync(broken, JSON.stringify({ speakers: [{ id: 'e2e-broken', name: 'Сломанный', type: 'person', roles: [{ role: 'мэр', of: 'X', from: 'вчера' }] }] }));
      const notJson = join(dir, 'not.json');
      writeFileSync(notJson, '{ speakers: ');
      for (const path of [broken, notJson, join(dir, 'missing.json')]) {
        const err = await cli([path]).then(
          () => null,
          (e: { code: number; stderr: string }) => e,
        );
        expect(err).not.toBeNull();
        expect(err!.code).not.toBe(0);
        expect(err!.stderr).toMatch(/^quotes speakers: .+/);
      }
      expect(await db.query(`SELECT 1 FROM speakers WHERE registry_id = 'e2e-broken'`)).toEqual([]);
    });
  });
});
