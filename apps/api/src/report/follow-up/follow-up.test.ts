import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { formatInUnit, formatPercent } from '@gj/domain';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityRow } from '../../activity/activity.entity.js';
import { MonthNarrativeRow } from '../../cycle/month-narrative.entity.js';
import { MonthlySubmissionRow } from '../../cycle/monthly-submission.entity.js';
import { seedDemoData } from '../../demo/demo-data.js';
import { EvidenceFileRow } from '../../evidence/evidence-file.entity.js';
import { ExecutionRow } from '../../execution/execution.entity.js';
import { backends, startTestApi, type TestApi } from '../../test/harness.js';
import type { ConsolidatedReport } from '../report.service.js';
import { parseFollowUpQuery } from './follow-up.router.js';

const run = promisify(execFile);
const has = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;
const readers = has('soffice') && has('pdftotext');
// CI must read the document back: a missing LibreOffice or poppler fails there instead of skipping.
if (!readers && process.env.CI === 'true')
  throw new Error('LibreOffice (soffice) y pdftotext son necesarios en CI: instale libreoffice-writer-nogui y poppler-utils (.ci/run lo hace).');

/** Word's own text of a docx (the runs of word/document.xml), one line per paragraph. */
function docxText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

const NARRATIVE = {
  pcmMay: 'Se desarrolló el módulo 1 del curso de gestión pública municipal con regidoras de 24 municipalidades.',
  pcmMayOld: 'Primera versión enviada y luego corregida: no debe figurar.',
  pcmDraft: 'Borrador de julio aún no enviado.',
  pcmJune: 'El módulo 2 se dictó con apoyo de las oficinas de enlace regionales.',
  pcmJuneDifficulty: 'Baja conectividad en distritos rurales de Apurímac y Huancavelica.',
  mimpApril: 'La conferencia 1 convocó a alcaldesas, regidoras y consejeras de las 25 regiones.',
};
const EVIDENCE_FILE = 'lista-asistencia-modulo-1.pdf';

describe.each(backends())('follow-up report (Word) on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;
  let consolidated: ConsolidatedReport;
  let dir: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    await seedDemoData(api.dataSource);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    dir = mkdtempSync(join(tmpdir(), 'gj-follow-up-'));
    const activity = (code: string) => api.dataSource.getRepository(ActivityRow).findOneByOrFail({ planYear: 2024, code });
    const [a14, a11] = [await activity('1.4'), await activity('1.1')];

    // Months as the cycle leaves them: the submission names its latest sent version.
    const month = async (entityCode: string, m: number, status: MonthlySubmissionRow['status'], version: number) => {
      const repo = api.dataSource.getRepository(MonthlySubmissionRow);
      const row = (await repo.findOneBy({ entityCode, year: 2024, month: m })) ?? repo.create({ entityCode, year: 2024, month: m });
      await repo.save(Object.assign(row, { status, version, submittedBy: `${entityCode.toLowerCase()}@demo.gob.pe`, submittedAt: new Date() }));
    };
    const narrative = (entityCode: string, m: number, version: number, activityId: number, achievements: string, difficulties = '') =>
      api.dataSource.getRepository(MonthNarrativeRow).save({
        entityCode,
        year: 2024,
        month: m,
        version,
        activityId,
        achievements,
        difficulties,
        correctiveActions: difficulties ? 'Se grabaron las sesiones y se enviaron por WhatsApp.' : '',
        updatedBy: 'pcm@demo.gob.pe',
        updatedAt: new Date(),
      });
    await month('PCM', 5, 'APPROVED', 2);
    await narrative('PCM', 5, 1, a14.id, NARRATIVE.pcmMayOld);
    await narrative('PCM', 5, 2, a14.id, NARRATIVE.pcmMay);
    await month('PCM', 6, 'SUBMITTED', 1);
    await narrative('PCM', 6, 1, a14.id, NARRATIVE.pcmJune, NARRATIVE.pcmJuneDifficulty);
    await narrative('PCM', 7, 0, a14.id, NARRATIVE.pcmDraft);
    await month('MIMP', 4, 'APPROVED', 1);
    await narrative('MIMP', 4, 1, a11.id, NARRATIVE.mimpApril);

    const execution = await api.dataSource.getRepository(ExecutionRow).findOneByOrFail({ activityId: a14.id, date: '2024-05-09' });
    await api.dataSource.getRepository(EvidenceFileRow).save({
      executionId: execution.id,
      fileName: EVIDENCE_FILE,
      contentType: 'application/pdf',
      size: 48_213,
      sha256: 'a'.repeat(64),
      storageKey: `test/${randomBytes(8).toString('hex')}`,
      uploadedBy: 'pcm@demo.gob.pe',
      uploadedAt: new Date(),
    });
    consolidated = await api.services.reports.consolidated(await api.principal(coordinator), 2024, { year: 2024, month: 6, day: 30 });
  });
  afterAll(async () => {
    await api?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const download = (query: string, token?: string) =>
    fetch(`${api.url}/api/reports/seguimiento.docx${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it.skipIf(!readers)(
    'writes the January–June 2024 report that LibreOffice opens with the consolidated figures, narrative, evidence, alerts and charts',
    async () => {
      const response = await download('?year=2024&from=1&to=6', coordinator);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(response.headers.get('content-disposition')).toContain('informe-seguimiento-2024-enero-junio.docx');
      const docx = new Uint8Array(await response.arrayBuffer());
      const media = Object.keys(unzipSync(docx, { filter: (f) => f.name.startsWith('word/media/') }));
      expect(media.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(2);

      const file = join(dir, 'informe.docx');
      writeFileSync(file, docx);
      // A profile of its own: parallel runs of LibreOffice must not share one.
      await run(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, `lo-${randomBytes(4).toString('hex')}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        { timeout: 90_000 },
      );
      const pdf = join(dir, 'informe.pdf');
      const layout = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
      const flowing = squash((await run('pdftotext', [pdf, '-'])).stdout);
      if (process.env.GJ_FOLLOW_UP_SCREENSHOTS && backend === 'sqlite') {
        // The README's pictures: `GJ_FOLLOW_UP_SCREENSHOTS=1 GJ_SKIP_MYSQL=1 npx vitest run src/report/follow-up`.
        for (const page of [1, 2, 3])
          await run('pdftoppm', [
            '-png',
            '-r',
            '60',
            '-f',
            String(page),
            '-l',
            String(page),
            '-singlefile',
            pdf,
            join(process.cwd(), `../../docs/screenshots/30-informe-seguimiento-${page}`),
          ]);
        if (process.env.GJ_FOLLOW_UP_PDF) writeFileSync(process.env.GJ_FOLLOW_UP_PDF, readFileSync(pdf));
      }

      expect(layout.split('\f').filter((p) => p.trim() !== '').length).toBeGreaterThan(1);
      expect(flowing).toContain('Informe de seguimiento');
      expect(flowing).toContain(squash((await api.services.plans.find(await api.principal(coordinator), 2024))!.plan.title));
      expect(flowing).toContain('Periodo: enero a junio de 2024');
      expect(flowing).toContain('Alcance: Todas las entidades');
      expect(flowing).toContain('Avance acumulado al 30/06/2024');

      // Each activity's section holds its figures exactly as the consolidated report formats them.
      const starts = consolidated.activities.map((a) => layout.indexOf(`${a.code}. ${a.name.slice(0, 25)}`));
      expect(starts.every((s) => s > 0)).toBe(true);
      const checked = consolidated.activities.filter((a) => ['1.1', '1.4', '3.2', '1.10'].includes(a.code));
      expect(checked).toHaveLength(4);
      for (const activity of checked) {
        const i = consolidated.activities.indexOf(activity);
        const section = layout.slice(starts[i], starts[i + 1] ?? layout.indexOf('4. Alertas'));
        expect(section, activity.code).toMatch(
          new RegExp(`Logro acumulado al 30/06/2024\\s+${escape(formatInUnit(activity.achieved, activity.targetUnit))}\\n`),
        );
        expect(section, activity.code).toMatch(new RegExp(`% de la meta\\s+${escape(formatPercent(activity.percentOfTarget))}\\n`));
        expect(section, activity.code).toMatch(new RegExp(`% esperado a la fecha\\s+${escape(formatPercent(activity.expectedPercent))}\\n`));
      }

      // The latest sent version of each month, marked when not approved; never drafts or older versions.
      for (const text of [NARRATIVE.pcmMay, NARRATIVE.pcmJune, NARRATIVE.pcmJuneDifficulty, NARRATIVE.mimpApril]) expect(flowing).toContain(text);
      expect(flowing).toContain('PCM — junio de 2024 (enviado, pendiente de aprobación)');
      expect(flowing).not.toContain(NARRATIVE.pcmMayOld);
      expect(flowing).not.toContain(NARRATIVE.pcmDraft);
      expect(flowing).toContain(`Gestión pública municipal: módulo 1 (PCM): ${EVIDENCE_FILE}`);
      expect(flowing).toContain('Gestión pública municipal: módulo 2 (PCM): sin medios de verificación');

      expect(consolidated.alerts.length).toBeGreaterThan(0);
      for (const alert of consolidated.alerts) expect(flowing).toContain(squash(alert.message));
      expect(flowing).toContain('Nombre, cargo y firma');
    },
    120_000,
  );

  it("gives a focal point her entity's report only", async () => {
    const response = await download('?year=2024&from=1&to=6', pcm);
    expect(response.status).toBe(200);
    const text = docxText(new Uint8Array(await response.arrayBuffer()));
    const pcmCodes = ['1.4', '1.9', '1.10', '1.11', '1.12', '2.1'];
    const other = consolidated.activities.find((a) => a.code === '1.1')!;
    expect(text).toContain('Alcance: PCM — ');
    for (const code of pcmCodes) expect(text).toContain(`${code}. ${consolidated.activities.find((a) => a.code === code)!.name}`);
    expect(text).not.toContain(other.name);
    expect(text).not.toMatch(/\b3\.2\. /);
    expect(text).toContain(NARRATIVE.pcmMay);
    expect(text).not.toContain(NARRATIVE.mimpApril);
  });

  it('checks its parameters and credentials in Spanish', async () => {
    const error = async (query: string) => {
      const response = await download(query, coordinator);
      expect(response.status, query).toBe(400);
      return ((await response.json()) as { error: string }).error;
    };
    expect(await error('?year=24')).toBe('El año no es válido: use cuatro dígitos, p. ej. year=2024.');
    expect(await error('?year=2024&from=13')).toMatch(/^El mes inicial no es válido/);
    expect(await error('?year=2024&to=0')).toMatch(/^El mes final no es válido/);
    expect(await error('?year=2024&from=1.5')).toMatch(/^El mes inicial no es válido/);
    expect(await error('?year=2024&from=7&to=6')).toBe('El mes inicial no puede ser posterior al mes final (from ≤ to).');
    const anonymous = await download('?year=2024&from=1&to=6');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'Inicie sesión para descargar reportes.' });
    const single = await download('?year=2024&from=3&to=3', coordinator);
    expect(single.headers.get('content-disposition')).toContain('informe-seguimiento-2024-marzo.docx');
    expect(docxText(new Uint8Array(await single.arrayBuffer()))).toContain('Periodo: marzo de 2024');
  });

  it('reads the query', () => {
    expect(parseFollowUpQuery({})).toEqual({ ok: true, year: undefined, from: undefined, to: undefined });
    expect(parseFollowUpQuery({ year: '2024', from: '1', to: '12' })).toEqual({ ok: true, year: 2024, from: 1, to: 12 });
    expect(parseFollowUpQuery({ from: ['1', '2'] })).toMatchObject({ ok: false });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
