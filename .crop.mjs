import fs from 'node:fs';
import { chromium } from '@playwright/test';
const [,, src, out, x, y, w, h] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: Number(w), height: Number(h) } });
const data = fs.readFileSync(src).toString('base64');
await p.setContent(`<body style="margin:0;overflow:hidden"><img src="data:image/png;base64,${data}" style="display:block;margin-left:-${x}px;margin-top:-${y}px"></body>`);
await p.screenshot({ path: out });
await b.close();
