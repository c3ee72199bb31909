import { resetEnvCache } from '@/lib/env';

/**
 * For tests of what the configuration shows (support address, DPO, processors): `configure` sets the
 * given variables (undefined removes one) and re-reads lib/env; every variable touched is restored after
 * each test.
 */
export function configuredEnv(): (values: Record<string, string | undefined>) => void {
  const saved = new Map<string, string | undefined>();
  afterEach(() => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    saved.clear();
    resetEnvCache();
  });
  return (values) => {
    for (const [key, value] of Object.entries(values)) {
      if (!saved.has(key)) saved.set(key, process.env[key]);
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetEnvCache();
  };
}
