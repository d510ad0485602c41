/**
 * The INEI ubigeo import: parsing and validation (pure), the import on both backends (counts,
 * idempotence, changes, all-or-nothing), the government search, the GraphQL queries and the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataSource, EntityManager } from 'typeorm';
import { bootstrap } from '../bootstrap.js';
import { runImportUbigeo } from '../cli/import-ubigeo.js';
import { backends, openTestDataSource, startTestApi, type TestApi, type TestDataSource } from '../test/harness.js';
import { DepartmentRow, DistrictRow, GovernmentRow, ProvinceRow } from './geography.entity.js';
import { GeographyService, type ImportTally } from './geography.service.js';
import { deriveGovernments, parseUbigeoFile, readBundledUbigeo, UbigeoFileError } from './ubigeo-file.js';

const BUNDLED = (await readBundledUbigeo()).toString('utf8');
const LINES = BUNDLED.split('\n');

/** The bundled file with some lines replaced (1-based file line numbers) and some added after others. */
function edited(replace: Record<number, string>, insertAfter: Record<number, string> = {}): string {
  return LINES.flatMap((text, i) => {
    const line = i + 1;
    const own = replace[line] ?? text;
    return insertAfter[line] === undefined ? [own] : [own, insertAfter[line]];
  }).join('\n');
}

/** Line `line` of the bundled file with one column changed. */
function withColumn(line: number, column: number, value: string): string {
  const cells = LINES[line - 1]!.split(';');
  cells[column] = value;
  return cells.join(';');
}

const tally = (values: Partial<ImportTally>): ImportTally => ({ inserted: 0, updated: 0, unchanged: 0, notInFile: 0, ...values });

describe('ubigeo file (pure)', () => {
  it('reads the bundled INEI 2025 list: 25 departments, 196 provinces, 1,891 districts', () => {
    const list = parseUbigeoFile(BUNDLED);
    expect(list.departments).toHaveLength(25);
    expect(list.provinces).toHaveLength(196);
    expect(list.districts).toHaveLength(1891);
    expect(list.departments[1]).toEqual({ code: '02', name: 'Áncash' });
    expect(list.districts[0]).toEqual({ line: 2, ubigeo: '010101', provinceCode: '0101', departmentCode: '01', name: 'Chachapoyas', population: 41843 });
    // The source names province 0613 "Ninabamba" on one of its 11 rows: the majority name wins.
    expect(list.provinces.find((p) => p.code === '0613')?.name).toBe('Santa Cruz');
    expect(list.warnings).toEqual(['Fila 691: la provincia 0613 figura como "Ninabamba"; se usa "Santa Cruz", el nombre de sus otras filas.']);
  });

  it('derives 25 + 196 + 1,695 governments, a province capital (DDPP01) having none of its own', () => {
    const governments = deriveGovernments(parseUbigeoFile(BUNDLED));
    const count = (level: string) => governments.filter((g) => g.level === level).length;
    expect([count('REGIONAL'), count('PROVINCIAL'), count('DISTRICT')]).toEqual([25, 196, 1695]);
    expect(governments).toHaveLength(1916);
    const named = (ubigeo: string) => governments.find((g) => g.ubigeo === ubigeo)?.name;
    expect(named('02')).toBe('Gobierno Regional de Áncash');
    expect(named('07')).toBe('Gobierno Regional del Callao');
    expect(named('0701')).toBe('Municipalidad Provincial de Callao');
    expect(named('1501')).toBe('Municipalidad Metropolitana de Lima');
    expect(named('1505')).toBe('Municipalidad Provincial de Cañete');
    expect(named('150101')).toBeUndefined();
    expect(named('150810')).toBe('Municipalidad Distrital de Santa María');
    expect(governments.every((g) => g.departmentCode === g.ubigeo.slice(0, 2))).toBe(true);
  });

  it('accepts a Buffer or a string, with or without BOM, headers in any case and without accents', () => {
    const text = 'DEPARTAMENTO;Provincia;distrito;UBIGEO;POBLACION\nLima;Lima;Lima;150101;\nLima;Lima;Ancón;150102;104552\n';
    for (const content of [text, `\uFEFF${text}`, Buffer.from(`\uFEFF${text}`), text.replaceAll('\n', '\r\n')]) {
      const list = parseUbigeoFile(content);
      expect(list.districts.map((d) => [d.ubigeo, d.name, d.population])).toEqual([
        ['150101', 'Lima', null],
        ['150102', 'Ancón', 104552],
      ]);
    }
    // No population column at all: populations are null.
    expect(parseUbigeoFile('departamento;provincia;distrito;ubigeo\nLima;Lima;Ancón;150102').districts[0]?.population).toBeNull();
  });

  it('lists every bad line, in Spanish, and rejects the whole file', () => {
    const header = 'departamento;provincia;distrito;ubigeo;población';
    const bad = [
      header,
      'Lima;Lima;Lima;150101;1',
      'Lima;Lima;Ancón;1501;2',
      'Lima;Lima;;150103;3',
      'Lima;Lima',
      'Lima;Lima;Ate;150101;4',
      'Lima;Lima;Breña;150105;mucha',
      'Amazonas;Chachapoyas;Asunción;10102;1',
    ].join('\n');
    let error: unknown;
    try {
      parseUbigeoFile(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UbigeoFileError);
    expect((error as UbigeoFileError).problems).toEqual([
      'Fila 3: ubigeo "1501" no tiene 6 dígitos.',
      'Fila 4: el nombre del distrito está vacío.',
      'Fila 5: faltan columnas (distrito, ubigeo); la fila tiene 2 de 5.',
      'Fila 6: el ubigeo "150101" ya figura en la fila 2.',
      'Fila 7: la población "mucha" no es un número entero.',
      'Fila 8: ubigeo "10102" no tiene 6 dígitos (¿se perdió el cero inicial?).',
    ]);
    expect((error as Error).message).toMatch(/^El archivo de ubigeos tiene 6 errores; no se importó nada\.\nFila 3: /);

    expect(() => parseUbigeoFile('departamento;provincia;distrito\nLima;Lima;Lima')).toThrow('Fila 1: falta la columna obligatoria "ubigeo".');
    expect(() => parseUbigeoFile('departamento;provincia;distrito;ubigeo\nLima;Lima;Lima;150100')).toThrow(
      /^Fila 2: ubigeo "150100" no es un código de distrito/,
    );
    expect(() => parseUbigeoFile('')).toThrow('El archivo de ubigeos está vacío.');
    expect(() => parseUbigeoFile('departamento;provincia;distrito;ubigeo\n')).toThrow('El archivo de ubigeos no tiene filas de distritos.');
    expect(() => parseUbigeoFile(Buffer.from('departamento;provincia;distrito;ubigeo\nLima;Lima;Bre\xf1a;150105', 'latin1'))).toThrow(
      /no está codificado en UTF-8/,
    );
    expect(() => parseUbigeoFile('departamento;provincia;distrito;ubigeo\n"Lima;Lima;Lima;150101')).toThrow(/^Fila 2: el archivo no es un CSV válido/);
  });
});

type Snapshot = Record<string, unknown[]>;

async function snapshot(dataSource: DataSource): Promise<Snapshot> {
  return {
    departments: await dataSource.getRepository(DepartmentRow).find({ order: { code: 'ASC' } }),
    provinces: await dataSource.getRepository(ProvinceRow).find({ order: { code: 'ASC' } }),
    districts: await dataSource.getRepository(DistrictRow).find({ order: { ubigeo: 'ASC' } }),
    governments: await dataSource.getRepository(GovernmentRow).find({ order: { ubigeo: 'ASC' } }),
  };
}

describe.each(backends())('geography import on %s', (backend) => {
  let db: TestDataSource;
  let geography: GeographyService;

  // A renamed district (010202) and province (0102, all six rows), and a new district 010122.
  const renamedProvince = Object.fromEntries([23, 24, 25, 26, 27, 28].map((line) => [line, withColumn(line, 1, 'Bagua Capital')]));
  const MODIFIED = edited(
    { ...renamedProvince, 24: withColumn(24, 1, 'Bagua Capital').replace(';Aramango;010202;', ';Aramango Nuevo;010202;') },
    { 22: 'Amazonas;Chachapoyas;Nuevo Horizonte;010122;Nuevo Horizonte;Pueblo;2000.0;1500;-6.2;-77.8' },
  );

  let wasEmpty: boolean;
  let firstImport: Awaited<ReturnType<GeographyService['importUbigeo']>>;

  beforeAll(async () => {
    db = await openTestDataSource(backend);
    geography = new GeographyService(db.dataSource);
    wasEmpty = await geography.isEmpty();
    firstImport = await geography.importUbigeo(await readBundledUbigeo());
  });
  afterAll(() => db?.close());

  it('imports the bundled 2025 list with the exact counts', async () => {
    expect(wasEmpty).toBe(true);
    expect(firstImport).toEqual({
      departments: tally({ inserted: 25 }),
      provinces: tally({ inserted: 196 }),
      districts: tally({ inserted: 1891 }),
      governments: tally({ inserted: 1916 }),
      warnings: [expect.stringMatching(/^Fila 691: /)],
    });
    expect(await geography.isEmpty()).toBe(false);

    const governments = db.dataSource.getRepository(GovernmentRow);
    expect(await governments.countBy({ level: 'REGIONAL' })).toBe(25);
    expect(await governments.countBy({ level: 'PROVINCIAL' })).toBe(196);
    expect(await governments.countBy({ level: 'DISTRICT' })).toBe(1695);
    expect(await governments.findOneBy({ ubigeo: '1501' })).toMatchObject({
      level: 'PROVINCIAL',
      name: 'Municipalidad Metropolitana de Lima',
      departmentCode: '15',
    });
    expect(await db.dataSource.getRepository(DistrictRow).findOneBy({ ubigeo: '150138' })).toEqual({
      ubigeo: '150138',
      provinceCode: '1501',
      departmentCode: '15',
      name: 'Santa María del Mar',
      population: expect.any(Number),
    });
    expect((await geography.listDepartments()).map((d) => d.code)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await snapshot(db.dataSource);
    const summary = await geography.importUbigeo(BUNDLED);
    expect(summary).toMatchObject({
      departments: tally({ unchanged: 25 }),
      provinces: tally({ unchanged: 196 }),
      districts: tally({ unchanged: 1891 }),
      governments: tally({ unchanged: 1916 }),
    });
    expect(await snapshot(db.dataSource)).toEqual(before);
  });

  it('finds governments by name ignoring case and accents, filtered by level and department', async () => {
    const ubigeos = async (search: Parameters<GeographyService['searchGovernments']>[0]) => (await geography.searchGovernments(search)).map((g) => g.ubigeo);
    const santaMaria = await geography.searchGovernments({ search: 'santa maria', limit: 50 });
    expect(santaMaria.map((g) => [g.ubigeo, g.name])).toEqual([
      ['030215', 'Municipalidad Distrital de Santa María de Chicmo'],
      ['100109', 'Municipalidad Distrital de Santa María del Valle'],
      ['150138', 'Municipalidad Distrital de Santa María del Mar'],
      ['150810', 'Municipalidad Distrital de Santa María'],
    ]);
    expect(santaMaria[3]?.department).toEqual({ code: '15', name: 'Lima' });
    expect(await ubigeos({ search: '  SANTA   MARÍA DEL mar ', limit: 50 })).toEqual(['150138']);
    expect(await ubigeos({ search: 'canete', limit: 50 })).toEqual(['1505']);
    expect(await ubigeos({ search: 'CHANCAYBANOS', limit: 50 })).toEqual(['061304']);
    expect(await ubigeos({ search: 'santa maria', departmentCode: '15', limit: 50 })).toEqual(['150138', '150810']);
    expect(await ubigeos({ search: 'santa maria', limit: 2 })).toEqual(['030215', '100109']);
    expect(await ubigeos({ departmentCode: '07', limit: 50 })).toEqual(['07', '0701', '070102', '070103', '070104', '070105', '070106', '070107']);
    expect(await ubigeos({ level: 'REGIONAL', limit: 200 })).toHaveLength(25);
    expect(await ubigeos({ level: 'PROVINCIAL', search: 'lima', limit: 200 })).toEqual(['1501']);
    expect(await ubigeos({ limit: 3 })).toEqual(['01', '0101', '010102']);
    expect(await ubigeos({ search: 'no existe ningún nombre así', limit: 50 })).toEqual([]);
  });

  it('rejects a file with a bad row in the middle, naming it, and writes nothing', async () => {
    const before = await snapshot(db.dataSource);
    // A valid new district after the bad row: it must not be written either.
    const bad = edited({ 1000: withColumn(1000, 3, '1501') }, { 1500: 'Lima;Lima;Nuevo Horizonte;150199;;;;;;' });
    await expect(geography.importUbigeo(bad)).rejects.toThrow(new UbigeoFileError(['Fila 1000: ubigeo "1501" no tiene 6 dígitos.']));
    expect(await snapshot(db.dataSource)).toEqual(before);
  });

  it('rolls every write back when the transaction fails after writing', async () => {
    const before = await snapshot(db.dataSource);
    const transaction = db.dataSource.transaction.bind(db.dataSource) as (run: (manager: EntityManager) => Promise<unknown>) => Promise<unknown>;
    const spy = vi.spyOn(db.dataSource, 'transaction').mockImplementationOnce((async (run: (manager: EntityManager) => Promise<unknown>) =>
      transaction(async (manager) => {
        await run(manager);
        throw new Error('falla simulada');
      })) as never);
    try {
      await expect(geography.importUbigeo(MODIFIED)).rejects.toThrow('falla simulada');
    } finally {
      spy.mockRestore();
    }
    expect(await snapshot(db.dataSource)).toEqual(before);
  });

  it('updates renamed rows and adds new ones without duplicates; keeps rows a newer file no longer lists', async () => {
    // Its own database: this test changes the geography the others read.
    const own = await openTestDataSource(backend);
    try {
      const geo = new GeographyService(own.dataSource);
      await geo.importUbigeo(BUNDLED);
      const governments = own.dataSource.getRepository(GovernmentRow);
      const aramango = await governments.findOneByOrFail({ ubigeo: '010202' });
      const summary = await geo.importUbigeo(MODIFIED);
      expect(summary).toEqual({
        departments: tally({ unchanged: 25 }),
        provinces: tally({ updated: 1, unchanged: 195 }),
        districts: tally({ inserted: 1, updated: 1, unchanged: 1890 }),
        governments: tally({ inserted: 1, updated: 2, unchanged: 1914 }),
        warnings: [expect.stringMatching(/^Fila 692: /)],
      });
      expect(await own.dataSource.getRepository(ProvinceRow).findOneByOrFail({ code: '0102' })).toMatchObject({ name: 'Bagua Capital' });
      expect(await own.dataSource.getRepository(DistrictRow).findOneByOrFail({ ubigeo: '010202' })).toMatchObject({
        name: 'Aramango Nuevo',
        provinceCode: '0102',
      });
      expect(await own.dataSource.getRepository(DistrictRow).findOneByOrFail({ ubigeo: '010122' })).toEqual({
        ubigeo: '010122',
        provinceCode: '0101',
        departmentCode: '01',
        name: 'Nuevo Horizonte',
        population: 1500,
      });
      expect(await governments.findOneByOrFail({ ubigeo: '010202' })).toEqual({ ...aramango, name: 'Municipalidad Distrital de Aramango Nuevo' });
      expect(await governments.findOneByOrFail({ ubigeo: '0102' })).toMatchObject({ name: 'Municipalidad Provincial de Bagua Capital' });
      expect(await governments.findOneByOrFail({ ubigeo: '010122' })).toMatchObject({
        level: 'DISTRICT',
        name: 'Municipalidad Distrital de Nuevo Horizonte',
        departmentCode: '01',
      });
      expect(await own.dataSource.getRepository(DistrictRow).count()).toBe(1892);
      expect(await governments.count()).toBe(1917);

      // The original list again: names come back, the new district stays and is counted.
      const again = await geo.importUbigeo(BUNDLED);
      expect(again).toMatchObject({
        provinces: tally({ updated: 1, unchanged: 195 }),
        districts: tally({ updated: 1, unchanged: 1890, notInFile: 1 }),
        governments: tally({ updated: 2, unchanged: 1914, notInFile: 1 }),
      });
      expect(await own.dataSource.getRepository(DistrictRow).findOneBy({ ubigeo: '010122' })).not.toBeNull();
      expect(await governments.count()).toBe(1917);
    } finally {
      await own.close();
    }
  });
});

describe('geography over GraphQL and start-up (sqlite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(() => api?.close());

  it('is loaded at start-up once, and not again', async () => {
    expect(await api.dataSource.getRepository(GovernmentRow).count()).toBe(1916);
    const again = await bootstrap(api.dataSource, api.services.accounts, { demo: 'never', database: { type: 'sqlite', file: ':memory:' } });
    expect(again.geography).toBeNull();
  });

  it('answers departments and governments to anyone', async () => {
    const r = await api.gql(`{
      departments { code name }
      governments(search: "santa maria del mar") { id ubigeo level name department { code name } }
      regional: governments(level: REGIONAL, departmentCode: "07") { name level }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data?.departments).toHaveLength(25);
    expect(r.data?.departments[6]).toEqual({ code: '07', name: 'Callao' });
    expect(r.data?.governments).toEqual([
      {
        id: expect.any(Number),
        ubigeo: '150138',
        level: 'DISTRICT',
        name: 'Municipalidad Distrital de Santa María del Mar',
        department: { code: '15', name: 'Lima' },
      },
    ]);
    expect(r.data?.regional).toEqual([{ name: 'Gobierno Regional del Callao', level: 'REGIONAL' }]);
  });

  it('returns 50 by default, caps the limit at 200 and refuses a limit below 1', async () => {
    const r = await api.gql('{ byDefault: governments { id } capped: governments(limit: 5000) { id } }');
    expect(r.data?.byDefault).toHaveLength(50);
    expect(r.data?.capped).toHaveLength(200);
    const zero = await api.gql('{ governments(limit: 0) { id } }');
    expect(zero.errors?.[0]).toMatchObject({ message: '"limit" debe ser al menos 1.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('import:ubigeo command (sqlite)', () => {
  let db: TestDataSource;
  const dir = mkdtempSync(join(tmpdir(), 'gj-ubigeo-'));
  beforeAll(async () => {
    db = await openTestDataSource('sqlite');
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const run = async (argv: string[]) => {
    const lines: string[] = [];
    const code = await runImportUbigeo(argv, new GeographyService(db.dataSource), { out: (line) => lines.push(line), cwd: dir });
    return { code, output: lines.join('\n') };
  };

  it('imports a file given by a relative path and prints the summary in Spanish', async () => {
    writeFileSync(join(dir, 'ubigeo.csv'), BUNDLED);
    const { code, output } = await run(['ubigeo.csv']);
    expect(code).toBe(0);
    expect(output).toContain(`Ubigeos importados de ${join(dir, 'ubigeo.csv')}:`);
    expect(output).toMatch(/distritos: +1891 nuevos, 0 actualizados, 0 sin cambios/);
    expect(output).toMatch(/gobiernos: +1916 nuevos/);
    expect(output).toContain('Advertencias (1):\n  Fila 691: ');
  });

  it('exits with 1 and the Spanish message on a bad file, 2 without a file', async () => {
    writeFileSync(join(dir, 'malo.csv'), edited({ 40: withColumn(40, 2, '') }));
    expect(await run(['malo.csv'])).toEqual({ code: 1, output: 'Error: Fila 40: el nombre del distrito está vacío.\nNo se importó nada.' });
    expect(await run(['no-existe.csv'])).toEqual({ code: 1, output: `Error: no existe el archivo ${join(dir, 'no-existe.csv')}.` });
    expect((await run([])).code).toBe(2);
  });
});
