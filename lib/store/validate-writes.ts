/**
 * Row validation on write, as a Dexie DBCore middleware. Chosen over `creating`/`updating` hooks
 * because (a) it sees every write path — `add`, `put`, `bulkPut`, `update`, `modify`, `upsert` all
 * reach DBCore as `add`/`put` requests carrying the full new objects — so a caller cannot bypass it,
 * and (b) Dexie's hooks turn bulk puts into read-then-write and give `updating` only the changes,
 * not the row to validate. A bad row rejects the request, which aborts the whole transaction.
 * Rows are stored as the schema outputs them (unknown keys dropped).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { z } from '../zod';
import { StoreError } from './errors';
import { describeIssue } from './describe-issue';

function validateRequest(table: string, schema: z.ZodType, req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  const values = req.values.map((value, i) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      throw new StoreError('invalid-row', `Refused to store an invalid ${table} row (#${i}): ${describeIssue(parsed.error)}`);
    }
    return parsed.data;
  });
  return { ...req, values };
}

/** Creates the middleware that validates writes to each table in `schemas` (others pass through). */
export function createValidationMiddleware(schemas: Readonly<Record<string, z.ZodType>>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'lodestone-validate-writes',
    create(down: DBCore): DBCore {
      return {
        ...down,
        table(name: string): DBCoreTable {
          const table = down.table(name);
          const schema = Object.hasOwn(schemas, name) ? schemas[name] : undefined;
          if (!schema) return table;
          return {
            ...table,
            mutate(req) {
              try {
                return table.mutate(validateRequest(name, schema, req));
              } catch (err) {
                return Promise.reject(err);
              }
            },
          };
        },
      };
    },
  };
}
