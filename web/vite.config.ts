import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = import.meta.dirname;
const FRONTENDS = ['admin', 'pos', 'm'];

/** Dev only: /admin/audit → /admin/index.html, as the Fastify server does in production. */
function deepLinks(): Plugin {
  return {
    name: 'memberdesk-deep-links',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const name = FRONTENDS.find((n) => path === `/${n}` || path.startsWith(`/${n}/`));
        if (name && !/\.[a-z0-9]+$/i.test(path)) req.url = `/${name}/index.html`;
        next();
      });
    },
  };
}

/**
 * One multi-page build for the three front-ends: the server serves dist/<name>/index.html for every
 * deep link below /<name>/, and all pages share dist/assets/.
 */
export default defineConfig({
  base: '/',
  plugins: [react(), deepLinks()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        admin: resolve(root, 'admin/index.html'),
        pos: resolve(root, 'pos/index.html'),
        m: resolve(root, 'm/index.html'),
      },
      output: {
        // antd is large and changes rarely: its own long-cached chunk. React comes first (higher
        // priority) so it is not pulled into the antd chunk as a dependency: /m loads React, never antd.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              priority: 20,
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|cookie|set-cookie-parser)[\\/]/,
            },
            {
              name: 'i18n',
              priority: 15,
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
            },
            {
              name: 'antd',
              priority: 10,
              test: /node_modules[\\/](antd|@ant-design|@rc-component|@emotion|dayjs)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    // No changeOrigin: the server's CSRF check compares Origin with the Host it sees.
    proxy: { '/api': { target: 'http://localhost:3000' } },
  },
});
