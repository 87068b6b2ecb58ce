import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importArchive, UserFacingError } from '../../../electron/engine/index';
import { HOSTILE_CASES } from '../../fixtures/hostile/index';

/**
 * The same corpus through the engine in this process (as the app's worker runs it): the same outcome
 * as the CLI gives, only UserFacingErrors thrown, nothing logged, and Object.prototype untouched
 * (the corpus has records built to pollute it).
 */
describe('hostile archives through the engine in-process', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'xe-hostile-inproc-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  HOSTILE_CASES.forEach((c, index) => {
    it(`${c.name} -> ${c.expect}`, async () => {
      const dir = join(root, `case-${index}`);
      mkdirSync(dir);
      const input = await c.build(dir);
      const logged: unknown[] = [];
      const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
        vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args)),
      );
      let outcome: string;
      try {
        const summary = await importArchive(input, { dataDir: join(dir, 'data') });
        outcome = summary.partial ? 'partial' : 'ok';
        expect(summary.counts).toMatchObject(c.counts ?? {});
      } catch (err) {
        expect(err).toBeInstanceOf(UserFacingError);
        expect((err as UserFacingError).code).toBe('BAD_INPUT');
        outcome = 'fatal';
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
      expect(outcome).toBe(c.expect);
      expect(logged).toEqual([]);
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }, 60_000);
  });
});
