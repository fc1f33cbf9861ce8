// drizzle-kit: `npm run db:generate` writes SQL migrations into drizzle/ from src/db/schema.
// Constraints drizzle cannot express are hand-edited into the generated SQL (see drizzle/README.md).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  strict: true,
  verbose: true,
});
