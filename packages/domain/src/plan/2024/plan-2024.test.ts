/**
 * Transcription check: parses the plan as extracted from the PDF (source.md, a verbatim copy of
 * the shared plan) and compares every activity's fields with the typed data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_CODES, getUnit, isEntityCode } from '../../entities.js';
import { PLAN_2024, resolveActivity } from '../index.js';

const sourcePath = fileURLToPath(new URL('./source.md', import.meta.url));
const source = readFileSync(sourcePath, 'utf8');

interface SourceRow {
  page: number;
  code: string;
  name: string;
  nameFootnotes: number[];
  responsible: string;
  meta: string;
  metaFootnotes: number[];
  indicator: string;
  markedColumns: number[];
  monthColumnCount: number;
  ds: string;
}

const FOOTNOTE_MARK = /\s*<sup>(\d+)<\/sup>\s*/g;

function clean(text: string): { text: string; footnotes: number[] } {
  const footnotes = [...text.matchAll(FOOTNOTE_MARK)].map((m) => Number(m[1]));
  let out = text.replace(FOOTNOTE_MARK, ' ');
  // One footnote mark lost its <sup> in the extraction ("territorial8").
  const glued = /(?<=[a-zá-ú])(\d+)$/.exec(out.trim());
  if (glued) {
    footnotes.push(Number(glued[1]));
    out = out.trim().slice(0, -glued[1]!.length);
  }
  out = out.replace(/\s+/g, ' ').replace(/ ,/g, ',').replace(/ \./g, '.').trim();
  return { text: out, footnotes };
}

function parseRows(): SourceRow[] {
  const rows: SourceRow[] = [];
  let page = 0;
  let monthColumnCount = 0;
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const cells = line.split('\t');
    if (cells[1]?.startsWith('Actividad operativa')) {
      page += 1;
      const header = lines[i + 1]!.split('\t');
      monthColumnCount = header.length - 6; // 5 leading cells, DS last
      return;
    }
    const match = /^(\d+\.\d+)\.\s*(.*)$/.exec(cells[1] ?? '');
    if (!match || cells.length < 6) return;
    const name = clean(match[2]!);
    const meta = clean(cells[3]!);
    const monthCells = cells.slice(5, 5 + monthColumnCount);
    rows.push({
      page,
      code: match[1]!,
      name: name.text,
      nameFootnotes: name.footnotes,
      responsible: cells[2]!,
      meta: meta.text,
      metaFootnotes: meta.footnotes,
      indicator: clean(cells[4]!).text,
      markedColumns: monthCells.flatMap((c, index) => (c.trim() ? [index] : [])),
      monthColumnCount,
      ds: cells[5 + monthColumnCount]!,
    });
  });
  return rows;
}

/** "MIMP/DGIGND", "SD/PCM", "SERVIR/ ENAP", "PCM/SD-SGP", "OSCE- MIMP" → unit codes. */
function parseResponsible(text: string): { entities: string[]; units: string[] } {
  const tokens = text
    .split(/[/-]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const entities = tokens.filter(isEntityCode);
  const units = tokens.filter((t) => !isEntityCode(t));
  return { entities, units: units.length > 0 ? units : entities };
}

const rows = parseRows();
const rowByCode = new Map(rows.map((r) => [r.code, r]));

describe('the 2024 plan transcription', () => {
  it('has a verbatim copy of the shared plan', () => {
    const shared = fileURLToPath(new URL('../../../../../../shared/plan/plan-de-trabajo-gobernando-juntas-2024.md', import.meta.url));
    if (existsSync(shared)) expect(source).toBe(readFileSync(shared, 'utf8'));
  });

  it('has the 19 activities of the source, in order', () => {
    expect(rows).toHaveLength(19);
    expect(PLAN_2024.activities.map((a) => a.code)).toEqual(rows.map((r) => r.code));
  });

  it('has the 3 specific objectives and the general objective as written', () => {
    expect(PLAN_2024.objectives.map((o) => o.code)).toEqual(['1', '2', '3']);
    for (const objective of PLAN_2024.objectives) {
      expect(source).toContain(`- ${objective.code}. ${objective.name}`);
    }
    expect(source).toContain(PLAN_2024.generalObjective);
  });

  describe.each(PLAN_2024.activities.map((a) => [a.code, a] as const))('activity %s', (code, activity) => {
    const row = rowByCode.get(code)!;

    it('belongs to its objective', () => {
      expect(activity.objective).toBe(code.split('.')[0]);
    });

    it('has the name, target text and indicator of the source', () => {
      expect(activity.name).toBe(row.name);
      expect(activity.target.description).toBe(row.meta);
      const indicator = row.indicator.replace(/^'$/, '');
      expect(activity.indicator).toBe(indicator === '' ? null : indicator);
    });

    it('has the target value and unit of the source', () => {
      const value = Number(/^[\d,]+/.exec(row.meta)![0].replace(/,/g, ''));
      expect(activity.target.value).toBe(value);
      expect(activity.target.unit).toBe(/^[\d,]+%/.test(row.meta) ? 'PERCENT' : 'COUNT');
    });

    it('has the responsible units of the source', () => {
      const parsed = parseResponsible(row.responsible);
      expect([...activity.responsibleUnits].sort()).toEqual([...parsed.units].sort());
      for (const unit of activity.responsibleUnits) expect(parsed.entities).toContain(getUnit(unit).entity);
    });

    it('has the marks of the source on the right page layout', () => {
      expect(activity.schedule.layout.page).toBe(row.page);
      expect(activity.schedule.layout.columns).toHaveLength(row.monthColumnCount);
      expect(activity.schedule.markedColumns).toEqual(row.markedColumns);
    });

    it('has the alignment of column DS', () => {
      expect(activity.strategyObjectives).toEqual(row.ds.split('/').map((s) => s.trim()));
    });

    it('carries the footnotes the source attaches to it', () => {
      for (const n of [...row.nameFootnotes, ...row.metaFootnotes]) expect(activity.footnotes).toContain(n);
    });
  });

  it('reads the planned months as documented', () => {
    const planned = Object.fromEntries(PLAN_2024.activities.map((a) => [a.code, resolveActivity(a).plannedMonths]));
    expect(planned).toEqual({
      '1.1': [4, 5],
      '1.2': [4, 6, 8, 9, 10, 11],
      '1.3': [7],
      '1.4': [5, 6, 7, 8],
      '1.5': [4, 10],
      '1.6': [6],
      '1.7': [5, 6],
      '1.8': [6, 7],
      '1.9': [5, 7, 9, 11],
      '1.10': [6, 11],
      '1.11': [6, 11],
      '1.12': [6, 11],
      '2.1': [4, 5, 10, 12],
      '2.2': [4, 5, 6, 7, 8, 9, 10, 11, 12],
      '2.3': [5, 9, 10],
      '2.4': [4, 5, 6, 7, 8, 9, 10, 11, 12],
      '3.1': [4, 5, 6, 7, 8, 9, 10, 11, 12],
      '3.2': [4, 6, 8, 10, 11],
      '3.3': [4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
  });

  it('flags every merged-month mark and every missing indicator, and nothing else', () => {
    const flags = PLAN_2024.activities.flatMap((a) => resolveActivity(a).flags.map((f) => `${a.code}:${f.field}`));
    expect(flags).toEqual(['1.2:schedule', '1.5:schedule', '1.9:schedule', '2.2:schedule', '2.3:schedule', '2.4:indicator', '3.3:indicator']);
    const ambiguous = PLAN_2024.activities.flatMap((a) =>
      resolveActivity(a)
        .marks.filter((m) => m.ambiguous)
        .map((m) => [a.code, m.candidates, m.reading]),
    );
    expect(ambiguous).toEqual([
      ['1.2', [9, 10], [9, 10]],
      ['1.5', [9, 10], [10]],
      ['1.9', [8, 9], [9]],
      ['2.2', [8, 9], [8, 9]],
      ['2.3', [8, 9], [9]],
    ]);
  });

  it('assigns activities to entities, joint ones to both, MEF and CGR none', () => {
    const byEntity = Object.fromEntries(
      ENTITY_CODES.map((e) => [e, PLAN_2024.activities.filter((a) => resolveActivity(a).entities.includes(e)).map((a) => a.code)]),
    );
    expect(byEntity).toEqual({
      MIMP: ['1.1', '1.2', '1.3', '1.5', '1.6', '1.7', '2.3', '2.4', '3.1', '3.2', '3.3'],
      PCM: ['1.4', '1.9', '1.10', '1.11', '1.12', '2.1'],
      MEF: [],
      OSCE: ['1.5', '1.6', '2.3'],
      CGR: [],
      SERVIR: ['1.8'],
      CEPLAN: ['2.2'],
    });
  });

  it('has the footnotes of the source, verbatim', () => {
    const text = (t: string) => t.replace(/\\\*/g, '*').replace(/\s+/g, ' ').trim();
    const flat = text(source.replace(/<sup>&<\/sup>lt;/g, '<').replace(/<sup>(\d+)<\/sup>/g, '\n$1 '));
    for (const footnote of PLAN_2024.footnotes) {
      expect(flat).toContain(`${footnote.number} ${text(footnote.text)}`);
    }
    expect(PLAN_2024.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('has compositions that add up to their targets', () => {
    for (const activity of PLAN_2024.activities) {
      if (activity.rule.kind === 'COMPOSITION') {
        expect(activity.rule.parts.reduce((s, p) => s + p.value, 0)).toBe(activity.target.value);
      }
    }
  });
});
