// `npm run loupe:dev -- <command> …`: the CLI straight from the TypeScript sources (through tsx), for editing
// them without rebuilding. bin/loupe.js runs the built JavaScript instead.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
