import { EVIDENCE_MAX_BYTES, evidenceTooLargeMessage } from '@gj/domain';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import multer from 'multer';
import { Principal } from '../auth/principal.js';
import type { Viewer } from '../auth/viewer.js';
import type { Services } from '../context.js';
import { EvidenceType } from './evidence.types.js';

const STATUS_OF: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/** Errors as the rest of /api answers them: JSON, in Spanish, with the GraphQL code. */
function fail(res: Response, error: unknown, next: NextFunction) {
  if (!(error instanceof GraphQLError)) return next(error);
  const code = String(error.extensions.code ?? 'BAD_USER_INPUT');
  res.status(STATUS_OF[code] ?? 400).json({ errors: [{ message: error.message, extensions: { code, reason: error.extensions.reason } }] });
}

/** Browsers send multipart file names as UTF-8 bytes, which busboy reads as Latin-1. */
const decodeName = (name: string) => Buffer.from(name, 'latin1').toString('utf8');

const idOf = (value: unknown) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : 0);

/**
 * Means of verification over HTTP: uploads as multipart/form-data (field "archivo", one file per
 * request, held in memory up to the 10 MB limit) and downloads as attachments. Authenticated by
 * the middleware in front of /api (app.ts), with the same scope as the GraphQL API.
 */
export function evidenceRouter(services: Services): Router {
  const router = Router();
  const names = new WeakMap<Request, string>();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 4, parts: 5 },
    // Seen before the bytes: the name is known even when the file turns out too large.
    fileFilter: (req, file, accept) => {
      names.set(req, decodeName(file.originalname));
      accept(null, true);
    },
  }).single('archivo');

  router.post('/api/executions/:id/evidence', (req, res, next) => {
    const principal = Principal.of((res.locals.viewer as Viewer | null) ?? null);
    // Refused before the body is read: an anonymous caller never makes the server hold 10 MB.
    if (!principal.viewer)
      return res.status(401).json({ errors: [{ message: 'Inicie sesión para adjuntar archivos.', extensions: { code: 'UNAUTHENTICATED' } }] });
    upload(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        const name = names.get(req) ?? 'adjunto';
        const message =
          error.code === 'LIMIT_FILE_SIZE'
            ? evidenceTooLargeMessage(name)
            : error.code === 'LIMIT_FILE_COUNT' || error.code === 'LIMIT_UNEXPECTED_FILE'
              ? 'Adjunte un archivo por vez, en el campo «archivo».'
              : 'El formulario del archivo no es válido.';
        return res.status(error.code === 'LIMIT_FILE_SIZE' ? 413 : 400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
      }
      if (error) return next(error);
      if (!req.file)
        return res.status(400).json({ errors: [{ message: 'Adjunte un archivo en el campo «archivo».', extensions: { code: 'BAD_USER_INPUT' } }] });
      services.evidence
        .upload(principal, idOf(req.params.id), { name: decodeName(req.file.originalname), data: req.file.buffer })
        .then((row) => res.status(201).json({ evidence: EvidenceType.from(row) }))
        .catch((caught: unknown) => fail(res, caught, next));
    });
  });

  router.get('/api/evidence/:id', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const principal = Principal.of((res.locals.viewer as Viewer | null) ?? null);
      if (!principal.viewer)
        return res.status(401).json({ errors: [{ message: 'Inicie sesión para descargar archivos.', extensions: { code: 'UNAUTHENTICATED' } }] });
      const { file, data } = await services.evidence.download(principal, idOf(req.params.id));
      res.set('Cache-Control', 'private, no-store');
      res.attachment(file.fileName).type(file.contentType).send(data);
    } catch (error) {
      fail(res, error, next);
    }
  });
  return router;
}
