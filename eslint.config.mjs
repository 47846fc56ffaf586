import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import layers from "./tools/eslint/layer-boundaries.mjs";

export default tseslint.config(
  {
    ignores: [
      // Also the bare Next app the wizard benchmark builds (bench/support/bare-next-app/.next).
      "**/.next/**",
      "node_modules/**",
      "src/generated/**",
      ".data/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // The layer table (docs/architecture-map.md): a violation fails `npm run lint`.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { vemtas: layers },
    rules: { "vemtas/layer-boundaries": "error" },
  },
  {
    // Browsers may carry no Azerbaijani date or number data (Chromium prints "2026 M12 7, Mon"); the hook formats
    // Azerbaijani by hand, so a page reads the same before and after hydration.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/components/use-locale-format.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "next-intl",
              importNames: ["useFormatter"],
              message: "Use useLocaleFormat (src/components/use-locale-format.ts): browsers may lack the az data.",
            },
          ],
        },
      ],
    },
  },
  {
    // A calendar day is shown through one helper per side, so every page writes days the same way.
    files: ["src/app/**/*.tsx", "src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TemplateElement[value.raw=/T00:00:00Z/]",
          message: "Format a calendar day with useLocaleFormat().day (client) or getDayFormat() (server).",
        },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    // The inspector's service worker runs in the browser's worker scope.
    files: ["public/**/*.js"],
    languageOptions: {
      globals: {
        self: "readonly",
        caches: "readonly",
        fetch: "readonly",
        Response: "readonly",
        setTimeout: "readonly",
      },
    },
  },
);
