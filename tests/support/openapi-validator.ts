/**
 * Checks a response against the OpenAPI document the server itself serves: the schema of the
 * operation's response for that status, with component $refs resolved by Ajv (JSON Schema 2020-12).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>
  >;
  components: { schemas: Record<string, object> };
};

export function createResponseValidator(doc: Doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'openapi', components: doc.components } as object);
  return (method: string, path: string, status: number, body: unknown): string[] => {
    const op = doc.paths[path]?.[method];
    if (!op) return [`no operation ${method.toUpperCase()} ${path} in the OpenAPI document`];
    const response = op.responses[String(status)];
    if (!response) return [`status ${status} is not documented for ${method.toUpperCase()} ${path}`];
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return [];
    const rewritten = JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'),
    );
    const validate = ajv.compile(rewritten);
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}
