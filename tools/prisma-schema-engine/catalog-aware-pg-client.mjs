import pg from "pg";

const TEXT = 25;
const TEXT_ARRAY = 1009;
const CHAR = 18;
const FIRST_USER_OID = 16384;

// The type OIDs @prisma/adapter-pg knows how to describe (its `fieldToColumnType`). It throws
// `UnsupportedNativeDataType` for any other built-in type, which is fine for application queries but not for the
// schema engine, whose catalog queries return `name`, `"char"`, `regclass`, `oidvector`, `void` and the like.
const READABLE = new Set([
  16, 17, 19, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184, 1266, 1560,
  1562, 1700, 2950, 3802, 143, 199, 651, 791, 1000, 1001, 1002, 1005, 1007, 1009, 1014, 1015, 1016, 1021, 1022, 1028,
  1041, 1115, 1182, 1183, 1185, 1231, 1561, 1563, 2951, 3807,
]);

// Built-in array types whose element type the adapter cannot read; read as text[] instead.
const UNREADABLE_ARRAYS = new Set([
  271, 629, 719, 775, 1003, 1006, 1008, 1010, 1011, 1012, 1013, 1017, 1018, 1019, 1020, 1027, 1034, 1040, 1187, 1263,
  1270, 2201, 2207, 2208, 2209, 2210, 2211, 2949, 3221, 3643, 3644, 3645, 3735, 3770, 3905, 3907, 3909, 3911, 3913,
  3927, 4073, 4090, 4097, 4192, 5039, 6150, 6151, 6152, 6153, 6155, 6157,
]);

/** The OID to present to the adapter (and to parse the value as) for a column of type `oid`. */
export function readableTypeOid(oid) {
  if (oid >= FIRST_USER_OID || READABLE.has(oid)) return oid;
  return UNREADABLE_ARRAYS.has(oid) ? TEXT_ARRAY : TEXT;
}

/**
 * Result row arrays whose columns include PostgreSQL's one-byte `"char"` type, with those column indexes. The
 * adapter can only report such a column as text; engine-adapter-fixes.mjs uses this to report it as Character.
 */
export const charColumnsOfRows = new WeakMap();

function presentReadableTypes(result) {
  if (!result || Array.isArray(result) || !Array.isArray(result.fields)) return result;
  const charColumns = [];
  result.fields.forEach((field, index) => {
    if (field.dataTypeID === CHAR) charColumns.push(index);
    field.dataTypeID = readableTypeOid(field.dataTypeID);
  });
  if (charColumns.length > 0 && Array.isArray(result.rows)) charColumnsOfRows.set(result.rows, charColumns);
  return result;
}

/**
 * A `pg.Client` (handed to the adapter's pool as its `Client` class) that parses values of types the adapter
 * cannot read as text or text[], and reports them under those OIDs, so the adapter accepts the engine's catalog
 * queries. Application queries never use it: only the schema engine stand-in does.
 */
export class CatalogAwareClient extends pg.Client {
  query(config, values, callback) {
    // Strings (scripts) and Submittables (cursors, streams) carry no row description we need to touch.
    if (config === null || typeof config !== "object" || typeof config.submit === "function") {
      return super.query(config, values, callback);
    }
    const done = typeof values === "function" ? values : callback;
    const params = typeof values === "function" ? undefined : values;
    const baseTypes = config.types ?? pg.types;
    const types = { getTypeParser: (oid, format) => baseTypes.getTypeParser(readableTypeOid(oid), format) };
    const readableConfig = { ...config, types };
    if (typeof done === "function") {
      return super.query(readableConfig, params, (error, result) =>
        done(error, error ? result : presentReadableTypes(result)),
      );
    }
    return super.query(readableConfig, params).then(presentReadableTypes);
  }
}
