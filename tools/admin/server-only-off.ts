// What `server-only` resolves to for the operator's tools (tools/admin/tsconfig.json): they are server code run by Node.
export {};
