// Lets a bench load the app's server modules in plain Node: `server-only` (which throws outside React Server
// Components) becomes an empty module, while every other package resolves as in the tests (no react-server
// condition, which would give next-intl a React without hooks).
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
    export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
      return next(specifier, context);
    }`)}`,
);
