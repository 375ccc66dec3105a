import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const ROOT = join(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-artifacts/screenshots');

/** Starts `cli start` on a fresh SQLite data folder with the demo, on a free port. */
export async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'md-e2e-'));
  const proc: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      MEMBERDESK_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MEMBERDESK_BACKUP_KEEP: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk;
      const match = /Admin:\s+(http:\/\/localhost:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace('localhost', '127.0.0.1'));
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
  // Once up, the server logs only warnings and errors: show them beside the flow that caused them.
  const echo = (chunk: Buffer) => process.stderr.write(`[server] ${chunk}`);
  proc.stdout!.on('data', echo);
  proc.stderr!.on('data', echo);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/**
 * Picks the option whose text contains `option` in the Ant Design select that `selector` names (the
 * select itself or its input), and waits until the select shows it. A dropdown that closes under
 * the click (its form re-rendered as data arrived) is opened again, a few times, instead of
 * failing the flow.
 */
export async function chooseOption(page: Page, selector: string, option: string): Promise<void> {
  const select = page
    .locator(selector)
    .locator(
      `xpath=ancestor-or-self::div[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]`,
    );
  const chosen = select.filter({ hasText: option });
  for (let attempt = 0; attempt < 5; attempt++) {
    // The select's own box, not forced: a forced click during a dialog's opening animation can land
    // on the mask behind it and close the dialog.
    await select.click();
    const item = page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: option })
      .first();
    await item.click({ timeout: 5_000 }).catch(() => undefined);
    if (
      await chosen.waitFor({ timeout: 2_000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error(`could not choose ${option} in ${selector}`);
}

/**
 * The API as the signed-in page: its own session cookie, and its origin, so the CSRF check passes.
 * Every call must succeed; the failure message carries the server's answer.
 */
export function pageApi(page: Page, baseUrl: string) {
  return {
    async post<T>(path: string, data: unknown, idempotencyKey?: string): Promise<T> {
      const response = await page.request.post(`${baseUrl}/api/v1${path}`, {
        data,
        headers: { origin: baseUrl, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
      });
      expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
    async get<T>(path: string): Promise<T> {
      const response = await page.request.get(`${baseUrl}/api/v1${path}`);
      expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
      return (await response.json()) as T;
    },
  };
}
