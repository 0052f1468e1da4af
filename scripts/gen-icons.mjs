#!/usr/bin/env node
// `node scripts/gen-icons.mjs`: writes the app icons into public/ from one drawing.
//   icon.svg           favicon and the manifest's scalable icon
//   icon-192.png       manifest icon (purpose any)
//   icon-512.png       manifest icon (purpose any)
//   icon-maskable-512.png  full-bleed, drawing inside the 80 % safe circle (purpose maskable)
//   apple-touch-icon.png   180 px, opaque (iOS ignores transparency)
// The drawing: a token's three parts, header · payload · signature, as three bars with the two
// dots between them. PNGs are rasterised by the same Chromium the e2e tests use. The outputs
// are committed; run this again only when the drawing changes.
import { writeFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const out = (name) => fileURLToPath(new URL(`../public/${name}`, import.meta.url));
const background = '#0f172a';
const drawing = [
  '<rect x="100" y="150" width="80" height="212" rx="18" fill="#fb7185"/>',
  '<rect x="216" y="150" width="80" height="212" rx="18" fill="#c084fc"/>',
  '<rect x="332" y="150" width="80" height="212" rx="18" fill="#22d3ee"/>',
  '<circle cx="198" cy="344" r="11" fill="#e2e8f0"/>',
  '<circle cx="314" cy="344" r="11" fill="#e2e8f0"/>',
].join('');

const svg = (body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${body}</svg>\n`;
const rounded = svg(`<rect width="512" height="512" rx="112" fill="${background}"/>${drawing}`);
// Maskable: the platform cuts its own shape, so fill the square and keep the drawing inside
// the central circle of radius 40 % (the bars span 312 px, scaled by 0.72 they fit in it).
const fullBleed = (scale) =>
  svg(
    `<rect width="512" height="512" fill="${background}"/>` +
      `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${drawing}</g>`,
  );

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();

async function rasterise(source, size, name) {
  await page.setViewportSize({ width: size, height: size });
  const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0">${sized}</body></html>`);
  writeFileSync(out(name), await page.locator('svg').screenshot({ omitBackground: true }));
  console.log(`wrote public/${name}`);
}

writeFileSync(out('icon.svg'), rounded);
console.log('wrote public/icon.svg');
await rasterise(rounded, 192, 'icon-192.png');
await rasterise(rounded, 512, 'icon-512.png');
await rasterise(fullBleed(0.72), 512, 'icon-maskable-512.png');
await rasterise(fullBleed(0.86), 180, 'apple-touch-icon.png');
await browser.close();
