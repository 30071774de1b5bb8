import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

interface FieldProblem {
  field: string;
  message: string;
}

function fieldsOf(error: FastifyError): FieldProblem[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const params = v.params as { issue?: { path?: (string | number)[] } } | undefined;
    const issuePath = params?.issue?.path;
    const path =
      issuePath && issuePath.length > 0
        ? issuePath.join('.')
        : (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
    return { field: path ? `${context}.${path}` : context, message: v.message ?? 'is not valid' };
  });
}

/** Maps every error to the contract's shape; no stack traces or SQL reach a client. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      void reply.headers(error.headers);
      return reply.code(error.status).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.details === undefined ? {} : { details: error.details }),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const fields = fieldsOf(error);
      const names = fields.map((f) => f.field).join(', ');
      return reply.code(400).send({
        error: {
          code: 'validation_failed',
          message: names ? `Some fields are not valid: ${names}` : 'The request is not valid',
          details: { fields },
        },
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return reply
        .code(500)
        .send({ error: { code: 'internal_error', message: 'Something went wrong on our side' } });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply
          .code(413)
          .send({ error: { code: 'payload_too_large', message: 'The request body is too large' } });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply
          .code(415)
          .send({ error: { code: 'unsupported_media_type', message: 'Send JSON (application/json)' } });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply
          .code(400)
          .send({ error: { code: 'invalid_json', message: 'The body is not valid JSON' } });
      default:
        break;
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const code = error.statusCode === 413 ? 'payload_too_large' : 'bad_request';
      return reply.code(error.statusCode).send({ error: { code, message: error.message } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .code(500)
      .send({ error: { code: 'internal_error', message: 'Something went wrong on our side' } });
  });
}
