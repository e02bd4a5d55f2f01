/**
 * Validates a report against the committed JSON Schema file (schema/sitrep.report-1.schema.json)
 * with ajv — deliberately not with zod, so the shipped schema itself is what tests exercise.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';

export const SCHEMA_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'schema',
  'sitrep.report-1.schema.json',
);

// ajv-formats is CommonJS: under NodeNext typing its default import is the module object, and at
// run time the plugin function may sit on `.default`. Take whichever is callable.
const formatsModule = addFormatsModule as unknown as FormatsPlugin | { default: FormatsPlugin };
const addFormats: FormatsPlugin = typeof formatsModule === 'function' ? formatsModule : formatsModule.default;

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  }
  return compiled;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(report)' : e.instancePath;
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return `${where}: missing required field "${String(params.missingProperty)}"`;
  if (e.keyword === 'additionalProperties')
    return `${where}: unknown field "${String(params.additionalProperty)}"`;
  if (e.keyword === 'enum')
    return `${where}: ${e.message} (${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`;
  return `${where}: ${e.message}`;
}

/** The readable error lines for a report; empty when it is valid. */
export function reportErrors(report: unknown): string[] {
  const validate = validator();
  if (validate(report)) return [];
  return [...new Set((validate.errors ?? []).map(describe))];
}

/** Throws an Error listing every violation (one per line) unless `report` matches the schema. */
export function assertValidReport(report: unknown): void {
  const errors = reportErrors(report);
  if (errors.length > 0) {
    const shown = errors.slice(0, 20);
    const more = errors.length > shown.length ? `\n  … and ${errors.length - shown.length} more` : '';
    throw new Error(`report does not match ${SCHEMA_PATH}:\n  ${shown.join('\n  ')}${more}`);
  }
}
