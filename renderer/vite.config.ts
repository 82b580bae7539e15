import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The renderer is built on its own: served by Electron over app:// and by the browser-mode host
 * over http, so every URL in the output is relative (base './').
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    // MUI and the DataGrid are large libraries; the per-route split keeps the first screen small.
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    strictPort: true,
    // Point KUNDSTART_HOST at a running `kundstart serve` to develop against real data.
    proxy: process.env.KUNDSTART_HOST ? { '/api': process.env.KUNDSTART_HOST } : undefined,
  },
});
