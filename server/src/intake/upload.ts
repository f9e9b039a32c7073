/**
 * POST /api/briefs reads either JSON or a multipart form whose `file` is the brief (PDF, HTML or
 * plain text) beside the same fields. Both end as one BriefIntake object; a file's own title
 * stands in for a missing `title`. The file stays in memory (at most MAX_FILE_BYTES).
 */
import { AppError } from '@briefgraph/graph/domain/errors';
import express, { type RequestHandler } from 'express';
import multer from 'multer';
import { extractText } from './extract-text.ts';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** A pasted text of 1,000,000 characters is at most 4 MB of UTF-8. */
const JSON_LIMIT = '4mb';

const form = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 20, fieldSize: 4 * 1024 * 1024, parts: 21 },
}).single('file');

const MULTER_MESSAGES: Record<string, [number, string]> = {
  LIMIT_FILE_SIZE: [413, `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`],
  LIMIT_FIELD_VALUE: [413, 'A form field is larger than 4 MB.'],
  LIMIT_UNEXPECTED_FILE: [400, 'Send the brief as one file in the form field "file".'],
  LIMIT_FILE_COUNT: [400, 'Send the brief as one file in the form field "file".'],
};

const multipart: RequestHandler = (req, res, next) => {
  form(req, res, (error: unknown) => {
    if (!error) return next();
    if (error instanceof multer.MulterError) {
      const [status, message] = MULTER_MESSAGES[error.code] ?? [
        400,
        `The form could not be read (${error.message}).`,
      ];
      return next(new AppError('BAD_UPLOAD', status, message));
    }
    // busboy: a body that is not the multipart it says it is.
    next(new AppError('BAD_UPLOAD', 400, `The form could not be read (${(error as Error).message}).`));
  });
};

const json = express.json({ limit: JSON_LIMIT });

/** Leaves the intake fields in req.body, with `text` taken from the file when one was sent. */
export const readBriefBody: RequestHandler = (req, res, next) => {
  if (req.is('multipart/form-data')) {
    return multipart(req, res, (error?: unknown) => {
      if (error) return next(error);
      // A form's empty optional field is an absent one.
      req.body = Object.fromEntries(
        Object.entries((req.body ?? {}) as Record<string, unknown>).filter(([, v]) => v !== ''),
      );
      const file = req.file;
      if (!file) return next(); // fields only: `text` is one of them, or validation says it is missing
      const fields = { ...(req.body as Record<string, unknown>) };
      if (fields.text !== undefined) {
        return next(new AppError('BAD_UPLOAD', 400, 'Send either a file or a text, not both.'));
      }
      extractText(file.buffer, file.mimetype, file.originalname).then((extracted) => {
        req.body = { ...fields, text: extracted.text, title: fields.title || extracted.title };
        next();
      }, next);
    });
  }
  if (req.is('application/json')) return json(req, res, next);
  next(
    new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      415,
      'Send the brief as application/json, or as multipart/form-data with the file in "file".',
    ),
  );
};
