// The seed shipped with the project: its shape, its consistency with the lexicon, and the cases the
// registry exists for, answered by the same directory `quotes extract` uses.
import { bundledLexicon, loadBundledRegistry } from '../../../src/speaker-registry/bundled-speaker-directory';
import type { SpeakerRegistry } from '../../../src/speaker-registry/speaker-registry';
import { validateSeed } from '../../../src/speaker-registry/registry-types';
import seed from '../../../src/speaker-registry/seed/speakers.seed.json';

let registry: SpeakerRegistry;
beforeAll(async () => {
  registry = await loadBundledRegistry();
}, 30000);

describe('bundled seed', () => {
  it('holds at least 300 valid entries with unique ids', () => {
    const { entries, errors } = validateSeed(seed);
    expect(errors).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(300);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it('names every role holder by a country, place or organisation the registry knows', () => {
    const known = new Set([
      ...bundledLexicon.countries.map((c) => c.name),
      ...bundledLexicon.places.map((p) => p.name),
      ...registry.entries.filter((e) => e.type === 'organization').map((e) => e.name),
    ]);
    const unknown = registry.entries.flatMap((e) => (e.roles ?? []).filter((r) => !known.has(r.of)).map((r) => `${e.name}: ${r.of}`));
    expect(unknown).toEqual([]);
    const orphanLexicon = Object.keys(bundledLexicon.organizations).filter((name) => !known.has(name));
    expect(orphanLexicon).toEqual([]);
  });

  it('keeps every term in order and never gives one role two holders for long', () => {
    const byRole = new Map<string, { name: string; from: string; to: string }[]>();
    for (const e of registry.entries) {
      for (const r of e.roles ?? []) {
        if (r.from && r.to) expect(r.to >= r.from).toBe(true);
        const key = `${r.role}|${r.of}`;
        byRole.set(key, [...(byRole.get(key) ?? []), { name: e.name, from: r.from ?? '0000', to: r.to ?? '9999' }]);
      }
    }
    // Roles held by several people at once by design.
    const shared = new Set(['вице-премьер|Россия', 'официальный представитель|МИД Китая', 'помощник президента|Россия', 'первый заместитель руководителя|Администрация президента России', 'заместитель министра иностранных дел|Россия']);
    const clashes: string[] = [];
    for (const [key, terms] of byRole) {
      if (shared.has(key)) continue;
      terms.sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < terms.length; i++) {
        const prev = terms[i - 1];
        // Same-month handovers are allowed (dates known to the month); longer overlaps are data errors.
        if (prev.to.slice(0, 7) > terms[i].from.slice(0, 7) && prev.name !== terms[i].name) clashes.push(`${key}: ${prev.name} / ${terms[i].name}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('finds every entry by its own names in each script', () => {
    const misses: string[] = [];
    for (const e of registry.entries) {
      for (const name of [e.name, ...Object.values(e.names ?? {}), ...(e.aliases ?? [])]) {
        if (registry.matchName(name)?.entry.id !== e.id) misses.push(name);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('the cases the registry exists for', () => {
  it.each([
    ['Токаев'],
    ['Касым-Жомарт Токаев'],
    ['Токаева'],
    ['токаеву'],
    ['Tokayev'],
    ['Тоқаев'],
  ])('"%s" is Касым-Жомарт Токаев', (name) => {
    expect(registry.findByName(name)?.name).toBe('Касым-Жомарт Токаев');
  });

  it('resolves "президент Казахстана" in 2025 to the same person', () => {
    expect(registry.resolveRole('президент Казахстана', '2025-05-01')?.name).toBe('Касым-Жомарт Токаев');
  });

  it('resolves "президент США" to one person in 2023 and another in 2025', () => {
    expect(registry.resolveRole('президент США', '2023-06-01')?.name).toBe('Джо Байден');
    expect(registry.resolveRole('президент США', '2025-06-01')?.name).toBe('Дональд Трамп');
  });

  it.each([
    ['глава МИД России', '2024-01-10', 'Сергей Лавров'],
    ['пресс-секретарь Кремля', '2024-01-10', 'Дмитрий Песков'],
    ['генсек НАТО', '2023-01-10', 'Йенс Столтенберг'],
    ['генсек НАТО', '2025-01-10', 'Марк Рютте'],
    ['мэр Москвы', '2024-01-10', 'Сергей Собянин'],
    ['глава Банка России', '2024-01-10', 'Эльвира Набиуллина'],
    ['председатель ЦБ', '2024-01-10', 'Эльвира Набиуллина'],
    ['французский лидер', '2024-01-10', 'Эмманюэль Макрон'],
    ['американский президент', '2019-01-10', 'Дональд Трамп'],
    ['британский премьер', '2023-01-10', 'Риши Сунак'],
    ['министр обороны России', '2023-01-10', 'Сергей Шойгу'],
    ['министр обороны России', '2025-01-10', 'Андрей Белоусов'],
    ['генеральный секретарь ООН', '2015-01-10', 'Пан Ги Мун'],
    ['глава МАГАТЭ', '2024-01-10', 'Рафаэль Гросси'],
    ['председатель Еврокомиссии', '2018-01-10', 'Жан-Клод Юнкер'],
    ['официальный представитель МИД России', '2024-01-10', 'Мария Захарова'],
    ['канцлер Германии', '2020-01-10', 'Ангела Меркель'],
    ['президент Украины', '2018-01-10', 'Пётр Порошенко'],
    ['президент Украины', '2020-01-10', 'Владимир Зеленский'],
    ['председатель правительства России', '2021-01-10', 'Михаил Мишустин'],
    ['глава правительства Германии', '2019-01-10', 'Ангела Меркель'],
    ['пресс-секретарь президента России', '2023-01-10', 'Дмитрий Песков'],
    ['спикер Госдумы', '2020-01-10', 'Вячеслав Володин'],
    ['мэр Киева', '2021-01-10', 'Виталий Кличко'],
    ['глава евродипломатии', '2023-01-10', 'Жозеп Боррель'],
    ['лидер КНДР', '2020-01-10', 'Ким Чен Ын'],
    ['глава российского МИД', '2020-01-10', 'Сергей Лавров'],
    ['глава Пентагона', '2023-01-10', 'Ллойд Остин'],
  ])('"%s" on %s is %s', (role, date, name) => {
    expect(registry.resolveRole(role, date)?.name).toBe(name);
  });
});
