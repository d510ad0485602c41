/**
 * Means of verification: type checked from the bytes, scoped downloads (another entity's file does
 * not exist for her), month lock, audit, the report's counts, and both storages (a folder, and an
 * S3-compatible server started by the test).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, executionInput, sendMonth } from '../test/fixtures.js';
import { backends, startTestApi, TEST_RATE_LIMITS, type TestApi } from '../test/harness.js';
import { EvidenceFileRow } from './evidence-file.entity.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);
const HTML = Buffer.from('<!doctype html><script>alert(1)</script>');

async function docxFile(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Acta de la reunión')] }] }));
}

async function xlsxFile(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Asistencia').addRow(['DNI', 'Nombres']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CREATE = 'mutation ($code: String!, $input: ExecutionInput!) { createExecution(activityCode: $code, year: 2024, input: $input) { id } }';
const EVIDENCE = 'query ($id: Int!) { execution(id: $id) { evidence { id fileName contentType size uploadedBy downloadPath } } }';

function suite(
  name: string,
  backend: 'sqlite' | 'mysql',
  storage: () => Promise<{ options: Record<string, unknown>; objects: () => Promise<number>; stop: () => Promise<void> }>,
) {
  describe(name, () => {
    let api: TestApi;
    let coordinator: string;
    let pcm: string;
    let osce: string;
    let mimp: string;
    let mef: string;
    let store: Awaited<ReturnType<typeof storage>>;

    beforeAll(async () => {
      store = await storage();
      api = await startTestApi(backend, { rateLimits: TEST_RATE_LIMITS, ...store.options });
      [coordinator, pcm, osce, mimp, mef] = (await Promise.all(
        ['coordinacion', 'pcm', 'osce', 'mimp', 'mef'].map((who) => api.login(`${who}@demo.gob.pe`)),
      )) as [string, string, string, string, string];
    });
    afterAll(async () => {
      await api?.close();
      await store?.stop();
    });

    const execution = async (token: string, code: string, date: string): Promise<number> => {
      const r = await api.gql(CREATE, { code, input: executionInput(date) }, { token });
      expect(r.errors).toBeUndefined();
      return r.data!.createExecution.id;
    };
    const upload = async (token: string | null, executionId: number, name: string, data: Buffer) => {
      const form = new FormData();
      form.append('archivo', new Blob([new Uint8Array(data)]), name);
      const response = await fetch(`${api.url}/api/executions/${executionId}/evidence`, {
        method: 'POST',
        headers: token ? { authorization: `Bearer ${token}` } : {},
        body: form,
      });
      return {
        status: response.status,
        body: (await response.json()) as {
          evidence?: { id: number; fileName: string; contentType: string };
          errors?: { message: string; extensions: Record<string, unknown> }[];
        },
      };
    };
    const download = async (token: string, id: number) => {
      const response = await fetch(`${api.url}/api/evidence/${id}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
    };

    it('accepts the five kinds by their content, names them by what they are, and lists them on the execution', async () => {
      const id = await execution(pcm, '1.4', '2024-03-05');
      const files: [string, Buffer, string, string][] = [
        ['Acta de reunión.pdf', PDF, 'application/pdf', 'Acta de reunión.pdf'],
        ['C:\\Users\\pcm\\Escritorio\\foto 1.JPG', JPEG, 'image/jpeg', 'foto 1.jpg'],
        // A photo someone named .pdf is kept as what it is.
        ['captura.pdf', PNG, 'image/png', 'captura.png'],
        ['asistencia', await xlsxFile(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'asistencia.xlsx'],
        ['../../etc/informe<1>.docx', await docxFile(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'informe1.docx'],
      ];
      for (const [name, data, type, stored] of files) {
        const r = await upload(pcm, id, name, data);
        expect(r.status, JSON.stringify(r.body)).toBe(201);
        expect(r.body.evidence).toMatchObject({ fileName: stored, contentType: type });
      }
      const listed = (await api.gql(EVIDENCE, { id }, { token: pcm })).data!.execution.evidence;
      expect(listed.map((f: { fileName: string }) => f.fileName)).toEqual(files.map((f) => f[3]));
      expect(listed[0]).toMatchObject({ uploadedBy: 'pcm@demo.gob.pe', size: PDF.length, downloadPath: `/api/evidence/${listed[0].id}` });
      // A sixth is one too many.
      const sixth = await upload(pcm, id, 'otra.pdf', PDF);
      expect(sixth.status).toBe(409);
      expect(sixth.body.errors![0]!.message).toBe('Una ejecución admite hasta 5 archivos de sustento: elimine uno antes de adjuntar otro.');
      expect(await store.objects()).toBeGreaterThanOrEqual(5);
    });

    it('refuses forged types, empty and oversized files, with the reason in Spanish', async () => {
      const id = await execution(pcm, '1.4', '2024-03-06');
      for (const [name, data] of [
        ['acta.pdf', HTML],
        ['informe.docx', Buffer.from(zipSync({ 'a.txt': new TextEncoder().encode('hola') }))],
        ['programa.png', Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1')],
      ] as const) {
        const r = await upload(pcm, id, name, data);
        expect(r.status).toBe(400);
        expect(r.body.errors![0]!.message).toBe(
          `El archivo «${name}» no es un PDF, JPEG, PNG, Excel (XLSX) o Word (DOCX) (se revisa su contenido, no su nombre). Guárdelo en uno de esos formatos y vuelva a adjuntarlo.`,
        );
      }
      expect((await upload(pcm, id, 'vacio.pdf', Buffer.alloc(0))).body.errors![0]!.message).toBe('El archivo «vacio.pdf» está vacío.');
      const big = await upload(pcm, id, 'grande.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
      expect(big.status).toBe(413);
      expect(big.body.errors![0]!.message).toBe('El archivo «grande.pdf» supera el máximo de 10 MB.');
      expect((await upload(null, id, 'a.pdf', PDF)).status).toBe(401);
      expect((await api.gql(EVIDENCE, { id }, { token: pcm })).data!.execution.evidence).toEqual([]);
      expect(await api.dataSource.getRepository(EvidenceFileRow).count({ where: { executionId: id } })).toBe(0);
    });

    it('serves a file to its entity and the coordination, and to nobody else (as if it did not exist)', async () => {
      const id = await execution(pcm, '1.4', '2024-03-07');
      const uploaded = (await upload(pcm, id, 'Lista de asistencia – sesión.pdf', PDF)).body.evidence!;
      for (const token of [pcm, coordinator]) {
        const r = await download(token, uploaded.id);
        expect(r.status).toBe(200);
        expect(r.bytes.equals(PDF)).toBe(true);
        expect(r.headers.get('content-type')).toBe('application/pdf');
        expect(r.headers.get('content-disposition')).toContain('attachment');
        expect(r.headers.get('content-disposition')).toContain("filename*=UTF-8''Lista%20de%20asistencia%20%E2%80%93%20sesi%C3%B3n.pdf");
        expect(r.headers.get('cache-control')).toBe('private, no-store');
      }
      const missing = await download(mef, 999_999);
      for (const token of [mef, osce]) {
        const r = await download(token, uploaded.id);
        expect(r.status).toBe(404);
        expect(r.bytes.toString()).toBe(missing.bytes.toString());
      }
      expect(JSON.parse(missing.bytes.toString()).errors[0].message).toBe('El archivo no existe.');
      // Nor can another entity delete or add to it: the same "does not exist".
      const deleted = await api.gql('mutation ($id: Int!) { deleteEvidence(id: $id) }', { id: uploaded.id }, { token: osce });
      expect(deleted.errors![0]!.message).toBe('El archivo no existe.');
      expect((await upload(osce, id, 'x.pdf', PDF)).body.errors![0]!.message).toBe('La ejecución no existe.');
      const trail = await auditOf(api.dataSource, { targetType: 'evidence', targetId: String(uploaded.id) });
      expect(trail.map((t) => [t.action, t.actorEmail])).toEqual([
        ['evidence.download', 'pcm@demo.gob.pe'],
        ['evidence.download', 'coordinacion@demo.gob.pe'],
      ]);
      const uploads = await auditOf(api.dataSource, { action: 'evidence.upload', targetId: String(id) });
      expect(uploads[0]!.after).toMatchObject({ fileName: 'Lista de asistencia – sesión.pdf', contentType: 'application/pdf', size: PDF.length });
    });

    it('lets both entities of a joint activity read its files, and only the recorder change them', async () => {
      const id = await execution(osce, '1.5', '2024-03-08');
      const uploaded = (await upload(osce, id, 'acta.pdf', PDF)).body.evidence!;
      expect((await download(mimp, uploaded.id)).status).toBe(200);
      const refused = await upload(mimp, id, 'otra.pdf', PDF);
      expect(refused.status).toBe(403);
      expect((await api.gql('mutation ($id: Int!) { deleteEvidence(id: $id) }', { id: uploaded.id }, { token: mimp })).errors![0]!.extensions!.code).toBe(
        'FORBIDDEN',
      );
    });

    it('locks files with their month, and deletes them (row and object) while it is open', async () => {
      const id = await execution(pcm, '1.4', '2024-09-10');
      const first = (await upload(pcm, id, 'a.pdf', PDF)).body.evidence!;
      const second = (await upload(pcm, id, 'b.png', PNG)).body.evidence!;
      const before = await store.objects();
      expect((await api.gql('mutation ($id: Int!) { deleteEvidence(id: $id) }', { id: first.id }, { token: pcm })).data!.deleteEvidence).toBe(true);
      expect(await store.objects()).toBe(before - 1);
      expect((await download(pcm, first.id)).status).toBe(404);
      expect((await auditOf(api.dataSource, { action: 'evidence.delete', targetId: String(id) }))[0]!.before).toMatchObject({ fileName: 'a.pdf' });

      expect((await sendMonth(api, pcm, 9)).errors).toBeUndefined();
      expect(
        (await api.gql('mutation { approveMonth(entityCode: "PCM", year: 2024, month: 9) { status } }', {}, { token: coordinator })).errors,
      ).toBeUndefined();
      const locked = await upload(pcm, id, 'c.pdf', PDF);
      expect(locked.status).toBe(409);
      expect(locked.body.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'MONTH_LOCKED' } });
      const removal = await api.gql('mutation ($id: Int!) { deleteEvidence(id: $id) }', { id: second.id }, { token: pcm });
      expect(removal.errors![0]!.extensions).toMatchObject({ reason: 'MONTH_LOCKED' });
      // Reading a locked month's files is still allowed.
      expect((await download(pcm, second.id)).status).toBe(200);
    });

    it('removes the files of a deleted execution', async () => {
      const id = await execution(pcm, '1.4', '2024-10-02');
      await upload(pcm, id, 'a.pdf', PDF);
      await upload(pcm, id, 'b.pdf', PDF);
      const before = await store.objects();
      expect((await api.gql('mutation ($id: Int!) { deleteExecution(id: $id) }', { id }, { token: pcm })).data!.deleteExecution).toBe(true);
      expect(await store.objects()).toBe(before - 2);
      const trail = await auditOf(api.dataSource, { action: 'execution.delete', targetId: String(id) });
      expect(trail[0]!.before.evidence.map((f: { fileName: string }) => f.fileName)).toEqual(['a.pdf', 'b.pdf']);
    });

    it('counts executions with evidence in the report, and alerts on closed months without', async () => {
      // 1.9 (PCM): one execution with a file in February, one without in April.
      const withFile = await execution(pcm, '1.9', '2024-02-12');
      await upload(pcm, withFile, 'acta.pdf', PDF);
      await execution(pcm, '1.9', '2024-04-15');
      const query = `query ($asOf: String!) { consolidatedReport(year: 2024, asOf: $asOf) {
        activities { code executions executionsWithEvidence } byEntity { key executions executionsWithEvidence } alerts { kind activityCode message } } }`;
      const report = async (asOf: string) => (await api.gql(query, { asOf }, { token: pcm })).data!.consolidatedReport;
      const june = await report('2024-06-30');
      expect(june.activities.find((a: { code: string }) => a.code === '1.9')).toEqual({ code: '1.9', executions: 2, executionsWithEvidence: 1 });
      const entity = june.byEntity.find((e: { key: string }) => e.key === 'PCM');
      expect(entity.executionsWithEvidence).toBeGreaterThanOrEqual(1);
      expect(june.alerts).toContainEqual({
        kind: 'NO_EVIDENCE',
        activityCode: '1.9',
        message: 'Actividad 1.9 (PCM): 1 ejecución de meses cerrados sin medios de verificación (abril).',
      });
      // While April is still open, it is not an alert yet.
      const april = await report('2024-04-20');
      expect(april.alerts.filter((a: { activityCode: string; kind: string }) => a.activityCode === '1.9' && a.kind === 'NO_EVIDENCE')).toEqual([]);
    });
  });
}

for (const backend of backends()) {
  suite(`evidence on ${backend}, in a folder`, backend, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gj-evidence-test-'));
    const count = (path: string): number =>
      readdirSync(path, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? count(join(path, entry.name)) : 1), 0);
    return {
      options: { storage: { kind: 'local', dir } },
      objects: async () => count(dir),
      stop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  });
}

// The S3 path once (on SQLite): what differs is the storage, not the database.
suite('evidence in an S3-compatible bucket (s3rver)', 'sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gj-s3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', directory: dir, silent: true, configureBuckets: [{ name: 'evidencias-test', configs: [] }] });
  const address = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${address.port}`;
  const { S3Client, ListObjectsV2Command } = await import('@aws-sdk/client-s3');
  const client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  return {
    options: {
      storage: {
        kind: 's3',
        bucket: 'evidencias-test',
        region: 'us-east-1',
        endpoint,
        forcePathStyle: true,
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
        prefix: 'evidencias/',
      },
    },
    objects: async () => (await client.send(new ListObjectsV2Command({ Bucket: 'evidencias-test', Prefix: 'evidencias/' }))).KeyCount ?? 0,
    stop: async () => {
      client.destroy();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
