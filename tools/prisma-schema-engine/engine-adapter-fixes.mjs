import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { charColumnsOfRows } from "./catalog-aware-pg-client.mjs";

function withCharacterColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const charColumns = charColumnsOfRows.get(result.rows);
    // The native driver hands the engine `"char"` catalog columns (foreign-key actions, constraint kinds) as
    // Character values, and the design notes found the engine needs them so; the adapter has no mapping for that
    // type, so the client marked where they are.
    if (charColumns) {
      result.columnTypes = result.columnTypes.map((type, i) =>
        charColumns.includes(i) ? ColumnTypeEnum.Character : type,
      );
    }
    return result;
  };
  return queryable;
}

/**
 * Adjusts a connected PrismaPg adapter (not the factory: the fixes need the adapter instance) for the engine.
 */
export function fitForSchemaEngine(adapter) {
  withCharacterColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => withCharacterColumns(await startTransaction(isolationLevel));

  // The adapter's `executeScript` splits the script on every ";" and sends the pieces one by one, which breaks
  // migrations with a `;` inside a string or a `$$ ... $$` function body, and runs them outside one implicit
  // transaction. The native engine sends the whole script as one simple query; so do we.
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}
