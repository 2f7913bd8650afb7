// Where an in-page audit's time goes, stage by stage, against the same bare walk as bench/in-page.ts, in real
// Chromium, in an isolated world of the page (as the extension runs). Ratios from one run.
// Run: npm run build && npm run bench:stages
import { launch, serve, tabIdOf } from '../tests/e2e/harness';
import { PAGES, WALK_SOURCE, bundleForPage, inIsolatedWorld } from './in-page-support';

const core = await bundleForPage(`
  import { readItems } from './src/page/items';
  import { buildGrid } from './src/grid/grid';
  import { readDocument, checkReading } from './src/audit/audit';
  import { matchHeading, pickHeadings } from './src/locate/sections';
  import { segmentTables } from './src/locate/tables';
  import { mapActiveDisclosure } from './src/map/activeDisclosure';
  import { mapRequests } from './src/map/requests';
  import { mapReviewLitigation } from './src/map/reviewLitigation';
  import { emptyMapping } from './src/map/types';
  globalThis.__stages = { readItems, buildGrid, readDocument, checkReading, matchHeading, pickHeadings,
    segmentTables, mapActiveDisclosure, mapRequests, mapReviewLitigation, emptyMapping };`);

// Stages cannot be timed one by one on the same inputs: later stages memoise on the grids (rowCells, rowLine), and
// the garbage each makes lands on whoever runs next. So the pipeline is timed in growing prefixes, each run from
// the page afresh, and a stage's cost is its prefix minus the one before.
const STAGES_SOURCE = `
  const S = globalThis.__stages;
  const body = document.body;
  const prose = () => S.readItems(body);
  const grids = () => { const r = prose(); return { r, grids: r.items.filter((i) => i.kind === 'table').map((i) => S.buildGrid(i.table)) }; };
  const headings = () => {
    const g = grids(); const found = [];
    g.r.items.forEach((it, i) => { const m = it.kind === 'text' && S.matchHeading(it.text); if (m) found.push({ ...m, index: i, text: it.text, el: it.el }); });
    return { ...g, headings: S.pickHeadings(found) };
  };
  const segment = () => { const h = headings(); return { ...h, segments: S.segmentTables(h.grids) }; };
  const map = () => {
    const s = segment(); const m = S.emptyMapping();
    S.mapActiveDisclosure(s.segments, m); S.mapRequests(s.segments, m); S.mapReviewLitigation(s.segments, m);
    return m;
  };
  const fns = {
    walk: ${WALK_SOURCE},
    prose, grids, headings, segment, map,
    read: () => S.readDocument(document),
    audit: () => S.checkReading(S.readDocument(document)),
  };
  for (let i = 0; i < 300; i++) for (const f of Object.values(fns)) f();
  const samples = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  // Rounds interleave the prefixes, so drift on this shared machine hits all of them alike.
  for (let j = 0; j < 40; j++) for (const [k, f] of Object.entries(fns)) {
    const t0 = performance.now(); for (let i = 0; i < 20; i++) f(); samples[k].push((performance.now() - t0) / 20);
  }
  return Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, xs.sort((a, b) => a - b)[20]]));`;

const srv = await serve();
const b = await launch();
// Prefix → the stage it adds.
const STAGES: [string, string, string][] = [
  ['prose', '', 'prose'],
  ['grids', 'prose', 'grids'],
  ['headings', 'grids', 'headings'],
  ['segment', 'headings', 'segment'],
  ['map', 'segment', 'map'],
  ['read', 'map', 'meta+'],
  ['audit', 'read', 'check'],
];
try {
  console.log('ms per audit stage: each its prefix of the pipeline minus the one before (medians of 40 batches of 20)');
  console.log(`${'page'.padEnd(29)} ${['walk', ...STAGES.map(([, , name]) => name), 'audit'].map((c) => c.padStart(8)).join(' ')}  reading/walk  rest/walk  audit/walk`);
  for (const path of PAGES) {
    const page = await b.context.newPage();
    await page.goto(srv.url(path));
    await page.waitForSelector('disclosure-lens-ui', { state: 'attached' });
    const tabId = await tabIdOf(b, page.url());
    const t = await inIsolatedWorld<Record<string, number>>(b, tabId, `${core}\n${STAGES_SOURCE}`);
    const stage = STAGES.map(([prefix, before]) => t[prefix] - (before ? t[before] : 0));
    const reading = t.grids;
    const ratio = (x: number) => `${(x / t.walk).toFixed(1)}×`;
    console.log(
      `${path.padEnd(29)} ${[t.walk, ...stage, t.audit].map((x) => x.toFixed(3).padStart(8)).join(' ')}  ${ratio(reading).padStart(12)} ${ratio(t.audit - reading).padStart(10)} ${ratio(t.audit).padStart(11)}`,
    );
    await page.close();
  }
  console.log('prose: walking the page for its text blocks, title elements and report tables; grids: reading those tables');
  console.log('(spans resolved); meta+: title, agency, year and the parts\' texts; check: rules and findings (the export is built only when read: the popup, the CLI).');
  console.log('reading = prose + grids, the DOM work; rest = everything after it. A difference can dip below 0 in noise.');
} finally {
  await b.close();
  srv.server.close();
}
