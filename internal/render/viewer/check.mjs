// A check of the map viewer in a real browser, which `go test` cannot run:
// it opens a page `linkgraph render -o map.html` wrote in headless Chromium
// and fails on a script error, a dialog (a title run as code), a request
// (the page must need no network), or a viewer that does not find, select,
// zoom, pan, let go or open at #node-id.
//
//   apt-get install chromium && npm install playwright-core
//   linkgraph render -o /tmp/map.html testdata/daily-papers.txt
//   node internal/render/viewer/check.mjs /tmp/map.html "challenging forgets"
import { chromium } from "playwright-core";

const [file, query = "unlearning"] = process.argv.slice(2);
if (!file) {
	console.error("usage: node check.mjs MAP.html [QUERY]");
	process.exit(2);
}
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on("dialog", (d) => { failures.push("dialog: " + d.message()); d.dismiss(); });
page.on("pageerror", (e) => failures.push("script error: " + e.message));
page.on("console", (m) => { if (m.type() === "error") failures.push("console: " + m.text()); });
page.on("request", (r) => { if (!r.url().startsWith("file:")) failures.push("request: " + r.url()); });
await page.goto("file://" + file);
const viewBox = () => page.$eval("#map svg", (s) => s.getAttribute("viewBox"));
const heading = () => page.$eval("#info h2", (e) => e.textContent).catch(() => "");
const home = await viewBox();

// With nothing typed the panel lists where to start, which gives way to a
// chosen paper and comes back when it is let go.
const starts = () => page.$$eval("#hits button", (l) => l.length);
const start0 = await starts();
expect(start0 > 0, "no most connected papers listed to start from");
if (start0 > 0) {
	await page.click("#hits button");
	expect(await heading() !== "" && await starts() === 0, "choosing a paper to start from did not show it in place of the list");
	await page.keyboard.press("Escape");
	expect(await starts() === start0, "letting go did not bring back the list to start from");
}

// Every relationship drawn is marked with its kind, the one its tooltip
// names, and hiding a kind hides those lines and no other.
const kinds = await page.$$eval("g.edge", (l) => l.map((g) => {
	const a = g.querySelector("a");
	const tip = (a && a.getAttributeNS("http://www.w3.org/1999/xlink", "title")) || "";
	const k = [...g.classList].find((c) => c.startsWith("k-"));
	return [k ? k.slice(2) : "", tip.split(":")[0]];
}));
const unmarked = kinds.filter(([k, tip]) => k !== tip);
expect(unmarked.length === 0, `${unmarked.length} of ${kinds.length} lines marked with another kind than their tooltip's, as ${JSON.stringify(unmarked.slice(0, 3))}`);
const drawn = () => page.$$eval("g.edge", (l) => l.filter((g) => getComputedStyle(g).display !== "none").length);
const boxes = await page.$$("#kinds input");
expect(boxes.length > 0, "no relationship kinds to show or hide");
if (boxes.length > 0) {
	const lastKind = await page.$eval("#kinds label:last-of-type", (e) => e.textContent);
	const n = Number(/\((\d+)\)$/.exec(lastKind)?.[1]);
	await boxes[boxes.length - 1].click();
	expect(await drawn() === kinds.length - n, `hiding ${JSON.stringify(lastKind.trim())} left ${await drawn()} of ${kinds.length} lines`);
	await boxes[boxes.length - 1].click();
	expect(await drawn() === kinds.length, "showing a kind again did not bring its lines back");
}

// Years: a narrower range fades papers dated outside it, and brings them
// back when widened again.
const yearSelects = await page.$$("#years select");
if (yearSelects.length === 2) {
	const options = await page.$$eval("#years select:first-of-type option", (l) => l.map((o) => o.value));
	const faded = () => page.$$eval("g.node.out", (l) => l.length);
	await yearSelects[0].selectOption(options[options.length - 1]);
	const narrow = await faded();
	const outsideYear = await page.evaluate((y) => JSON.parse(document.getElementById("data").textContent).nodes.filter((n) => n.year && n.year < y).length, Number(options[options.length - 1]));
	expect(narrow >= outsideYear && narrow > 0, `the last year alone faded ${narrow} nodes; ${outsideYear} papers are older`);
	await yearSelects[0].selectOption(options[0]);
	expect(await faded() === 0, "widening the years again left nodes faded");
}

await page.fill("#find", query);
const found = await page.$$eval("#hits button", (l) => l.length);
expect(found > 0, `nothing found for ${JSON.stringify(query)}`);
expect(await page.$$eval("g.node.match", (l) => l.length) >= Math.min(found, 100), "found nodes are not marked on the map");
await page.press("#find", "Enter");
const first = await heading();
expect(first !== "", "Enter selected nothing");
expect(await page.$$eval("svg.dim g.node.sel", (l) => l.length) === 1, "the selected node is not outlined, or the rest not faded");
expect(await viewBox() !== home, "the view did not move to the selected node");

if (found > 1) {
	await page.press("#find", "ArrowDown");
	const second = await heading();
	expect(second !== first && second !== "", "ArrowDown did not step to the next paper found");
	await page.press("#find", "ArrowUp");
	expect(await heading() === first, "ArrowUp did not step back");
}

const neighbour = await page.$("#info .rel button");
if (neighbour) {
	const name = await neighbour.textContent();
	await neighbour.click();
	expect(await heading() === name, `clicking neighbour ${JSON.stringify(name)} did not select it`);
}

await page.mouse.move(500, 400);
let before = await viewBox();
await page.mouse.wheel(0, -400);
expect(await viewBox() !== before, "the wheel did not zoom");
before = await viewBox();
await page.mouse.down();
await page.mouse.move(600, 450, { steps: 5 });
await page.mouse.up();
expect(await viewBox() !== before, "dragging did not pan");
expect(await heading() !== "", "a drag let go of the selection");

await page.keyboard.press("Escape");
expect(await page.$$eval("svg.dim", (l) => l.length) === 0, "Esc did not let go");
await page.keyboard.press("0");
expect(await viewBox() === home, "0 did not show the whole map");

const [x, y, id] = await page.$eval("g.node[data-node]", (g) => {
	const r = g.getBoundingClientRect();
	return [r.x + r.width / 2, r.y + r.height / 2, g.querySelector("title").textContent];
});
await page.mouse.click(x, y);
const clicked = await heading();
expect(clicked !== "", `clicking node ${id} selected nothing`);
expect(page.url().includes("#"), "the address does not name the selected node");
const again = await browser.newPage();
await again.goto(page.url());
expect((await again.$eval("#info h2", (e) => e.textContent).catch(() => "")) === clicked, "the page's #node-id address does not open on that node");
// Two fingers drawn apart on a touch screen zoom in, as far as they spread.
const touchCtx = await browser.newContext({ viewport: { width: 900, height: 700 }, hasTouch: true });
const touchPage = await touchCtx.newPage();
touchPage.on("pageerror", (e) => failures.push("script error on a touch screen: " + e.message));
await touchPage.goto("file://" + file);
const width = () => touchPage.$eval("#map svg", (s) => Number(s.getAttribute("viewBox").split(" ")[2]));
const cdp = await touchCtx.newCDPSession(touchPage);
const touch = (type, points) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
const wide = await width();
await touch("touchStart", [[200, 300], [300, 300]]);
for (let i = 1; i <= 5; i++) await touch("touchMove", [[200 - 20 * i, 300], [300 + 20 * i, 300]]);
await touch("touchEnd", []);
const pinched = wide / await width();
expect(Math.abs(pinched - 3) < 0.1, `fingers spread from 100 to 300 pixels zoomed ${pinched.toFixed(2)} times, want 3`);

// An address that is no node's, even a malformed one, opens the page as
// it is.
const odd = await browser.newPage();
odd.on("pageerror", (e) => failures.push("script error at #%E0%A4%A: " + e.message));
await odd.goto("file://" + file + "#%E0%A4%A");
expect(await odd.$$eval("#hits .count", (l) => l.length) >= 0, "the page did not open");
await browser.close();

if (failures.length > 0) {
	console.error(failures.join("\n"));
	process.exit(1);
}
console.log(`ok: found ${found} for ${JSON.stringify(query)}, selected ${JSON.stringify(first)}, clicked ${id}`);
