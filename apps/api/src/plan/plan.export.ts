import { Router } from 'express';
import { Principal } from '../auth/principal.js';
import type { Viewer } from '../auth/viewer.js';
import type { Services } from '../context.js';
import { planWorkbook } from './plan-sheet.js';

/**
 * `GET /api/plans/<year>.xlsx`: the plan in its import layout, with the same credentials as the
 * GraphQL API. A draft exists only for those who manage plans; for anyone else it is a 404, as a
 * year without a plan.
 */
export function planExportRouter(services: Services): Router {
  const router = Router();
  router.get('/:year.xlsx', async (req, res, next) => {
    try {
      const viewer = res.locals.viewer as Viewer | null;
      if (!viewer) return res.status(401).json({ error: 'Inicie sesión para descargar el plan.' });
      if (!/^\d{4}$/.test(req.params.year)) return res.status(400).json({ error: 'El año no es válido: use cuatro dígitos, p. ej. /api/plans/2024.xlsx.' });
      const year = Number(req.params.year);
      const document = await services.plans.document(Principal.of(viewer), year);
      if (!document) return res.status(404).json({ error: `No hay plan de trabajo ${year}.` });
      return res
        .attachment(`plan-de-trabajo-${year}.xlsx`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await planWorkbook(document));
    } catch (error) {
      return next(error);
    }
  });
  return router;
}
