import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'
import { appStartPlugin } from './scripts/app-start-plugin.ts'
import { buildCpuPlugin, CpuMeter } from './scripts/build-cpu.ts'
import { bundleBudgetPlugin } from './scripts/bundle-budget.ts'
import { contentSecurityPolicyPlugin } from './scripts/content-security-policy.ts'
import { offlinePlugin } from './scripts/offline.ts'
import { postingsPlugin } from './scripts/postings-plugin.ts'
import { reactRouterProduction } from './scripts/react-router-production.ts'
import { siteFilesPlugin } from './scripts/site-files-plugin.ts'
import { techLogosPlugin } from './scripts/tech-logos-plugin.ts'
import { themeBootPlugin } from './scripts/theme-boot-plugin.ts'

export default defineConfig(({ command }) => {
  // CPU time per phase of a build, printed at its end (issue #9's build target).
  const cpu = new CpuMeter()
  return {
    plugins: [
      react(),
      tailwindcss(),
      postingsPlugin({ cpu }),
      siteFilesPlugin(),
      techLogosPlugin(),
      themeBootPlugin(),
      appStartPlugin(),
      bundleBudgetPlugin(),
      contentSecurityPolicyPlugin(),
      offlinePlugin({ cpu }),
      buildCpuPlugin(cpu),
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
  }
})
