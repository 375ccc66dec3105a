import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './types.ts';

/** The three front-ends; each is its own page of the one Vite build with client-side routes below it. */
export const FRONTENDS = ['admin', 'pos', 'm'] as const;

/**
 * Serves the built web app from the same process. Deep links (/admin/audit) get their front-end's
 * index.html so a reload works. Without a build the API still runs, and the pages say so.
 */
export async function registerWeb(app: App, distDir: string): Promise<void> {
  const built = existsSync(join(distDir, 'admin', 'index.html'));
  const pages = new Map<string, string>();
  if (built) {
    for (const name of FRONTENDS) {
      const file = join(distDir, name, 'index.html');
      if (existsSync(file)) pages.set(name, readFileSync(file, 'utf8'));
    }
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: '/',
      index: false,
      wildcard: true,
      serve: true,
    });
  }
  const sendPage = (name: string) => (_request: FastifyRequest, reply: FastifyReply) => {
    const html = pages.get(name);
    if (!html)
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built: npm run build --workspace web');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };
  app.get('/', { config: { auth: 'public' }, schema: { hide: true } }, (_req, reply) =>
    reply.redirect('/admin/'),
  );
  for (const name of FRONTENDS) {
    app.get(`/${name}`, { config: { auth: 'public' }, schema: { hide: true } }, (_req, reply) =>
      reply.redirect(`/${name}/`),
    );
    app.get(`/${name}/`, { config: { auth: 'public' }, schema: { hide: true } }, sendPage(name));
    // Client-side routes; real files under /<name>/assets are served by the static plugin first.
    app.get(`/${name}/*`, { config: { auth: 'public' }, schema: { hide: true } }, (request, reply) => {
      const path = (request.params as { '*': string })['*'];
      if (built && /\.[a-z0-9]+$/i.test(path)) return reply.sendFile(`${name}/${path}`);
      return sendPage(name)(request, reply);
    });
  }
}
