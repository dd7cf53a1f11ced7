import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'
import { appStartPlugin } from './scripts/app-start-plugin.ts'
import { bundleBudgetPlugin } from './scripts/bundle-budget.ts'
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy.ts'
import { offlinePlugin } from './scripts/offline.ts'
import { postingsPlugin } from './scripts/postings-plugin.ts'
import { reactRouterProduction } from './scripts/react-router-production.ts'
import { siteFilesPlugin } from './scripts/site-files-plugin.ts'
import { techLogosPlugin } from './scripts/tech-logos-plugin.ts'
import { themeBootPlugin } from './scripts/theme-boot-plugin.ts'

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    tailwindcss(),
    postingsPlugin(),
    siteFilesPlugin(),
    techLogosPlugin(),
    themeBootPlugin(),
    appStartPlugin(),
    bundleBudgetPlugin(),
    contentSecurityPolicyPlugin(),
    offlinePlugin(),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      ...(command === 'build' ? reactRouterProduction : []),
    ],
  },
  build: { target: 'es2022', sourcemap: false },
  server: { port: Number(process.env.PORT ?? 5173) },
  preview: { port: Number(process.env.PORT ?? 4173) },
}))
