import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      demo: true,
      secureCookies: false,
      publicUrl: 'http://127.0.0.1:8080',
    });
    expect(c.database).toMatchObject({ kind: 'sqlite' });
    expect(c.database.kind === 'sqlite' && c.database.file.endsWith('data/lockstep.db')).toBe(true);
    expect(c.classificationLevels).toEqual(['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL']);
  });

  it('selects PostgreSQL by URL and secure cookies behind https', () => {
    const c = loadConfig({
      LOCKSTEP_DATABASE_URL: 'postgres://u:p@db/lockstep',
      LOCKSTEP_PUBLIC_URL: 'https://lockstep.example',
    });
    expect(c.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db/lockstep' });
    expect(c.secureCookies).toBe(true);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['LOCKSTEP_DEMO', 'maybe'],
    ['LOCKSTEP_DATABASE_URL', 'mysql://x'],
    ['LOCKSTEP_PUBLIC_URL', 'not a url'],
    ['LOCKSTEP_SMTP_URL', 'http://mail'],
    ['LOCKSTEP_DEMO_PASSWORD', 'short'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(name);
  });
});
