import { MONTH_LABELS, lastMonthOver, limaDate, type Month } from '@gj/domain';
import { Router } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { Principal } from '../../auth/principal.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Services } from '../../context.js';
import { followUpDocx } from './follow-up.document.js';
import { FollowUpService } from './follow-up.service.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Parsed = { ok: true; year: number | undefined; from: Month | undefined; to: Month | undefined } | { ok: false; message: string };

/** year (4 digits), from and to (months 1–12, from ≤ to); each optional. */
export function parseFollowUpQuery(query: Record<string, unknown>): Parsed {
  const { year, from, to } = query;
  if (year !== undefined && (typeof year !== 'string' || !/^\d{4}$/.test(year) || Number(year) < 2000 || Number(year) > 2100))
    return { ok: false, message: 'El año no es válido: use cuatro dígitos, p. ej. year=2024.' };
  const month = (value: unknown, name: string): Month | undefined | string => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 12)
      return `El mes ${name} no es válido: use un número del 1 al 12, p. ej. ${name === 'inicial' ? 'from=1' : 'to=6'}.`;
    return Number(value) as Month;
  };
  const first = month(from, 'inicial');
  if (typeof first === 'string') return { ok: false, message: first };
  const last = month(to, 'final');
  if (typeof last === 'string') return { ok: false, message: last };
  if (first !== undefined && last !== undefined && first > last)
    return { ok: false, message: 'El mes inicial no puede ser posterior al mes final (from ≤ to).' };
  return { ok: true, year: year === undefined ? undefined : Number(year), from: first, to: last };
}

/**
 * The follow-up report as a Word document: GET /api/reports/seguimiento.docx?year&from&to.
 * The same credentials and scope as the GraphQL API (a focal point gets her entity's report).
 */
export function followUpRouter(services: Services, dataSource: DataSource): Router {
  const router = Router();
  const followUp = new FollowUpService(dataSource, services);
  router.get('/seguimiento.docx', async (req, res, next) => {
    try {
      // Authenticated by the middleware in front of /api (app.ts).
      const viewer = res.locals.viewer as Viewer | null;
      if (!viewer) return res.status(401).json({ error: 'Inicie sesión para descargar reportes.' });
      const query = parseFollowUpQuery(req.query);
      if (!query.ok) return res.status(400).json({ error: query.message });
      const principal = Principal.of(viewer);
      const year = query.year ?? (await services.plans.defaultYear(principal));
      const from = query.from ?? 1;
      const to = query.to ?? Math.max(from, lastMonthOver(year, limaDate(new Date())));
      const report = await followUp.build(principal, year, from, to as Month);
      res
        .attachment(`informe-seguimiento-${year}-${from === to ? MONTH_LABELS[from] : `${MONTH_LABELS[from]}-${MONTH_LABELS[to as Month]}`}.docx`)
        .type(DOCX_TYPE)
        .send(await followUpDocx(report));
    } catch (error) {
      if (error instanceof GraphQLError && !res.headersSent) return res.status(400).json({ error: error.message });
      next(error);
    }
  });
  return router;
}
