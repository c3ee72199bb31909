// `prisma generate` without network: generation needs no schema engine, but the CLI insists on
// resolving one and tries to download it unless PRISMA_SCHEMA_ENGINE_BINARY names a file. Any file
// will do (docs/decisions/002-hand-written-migrations.md).
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync('npx', ['prisma', 'generate'], { env, stdio: 'inherit' });
process.exit(result.status ?? 1);
