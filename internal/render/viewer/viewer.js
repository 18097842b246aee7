// linkgraph's map viewer: zoom and pan the SVG, find nodes by their words,
// and show a node with its relationships. Everything from the listing is
// put on the page as text (textContent), never as markup.
(() => {
	"use strict";
	const data = JSON.parse(document.getElementById("data").textContent);
	const map = document.getElementById("map");
	const svg = map.querySelector("svg");
	const find = document.getElementById("find");
	const hits = document.getElementById("hits");
	const info = document.getElementById("info");
	const nodes = data.nodes;

	// Nodes and edges as drawn: a node's group has its id as title, an
	// edge's "source->target" (two relationships between the same papers
	// are two groups with one title).
	const index = new Map(nodes.map((n, i) => [n.id, i]));
	const nodeEl = new Array(nodes.length);
	for (const g of svg.querySelectorAll("g.node")) {
		const t = g.querySelector("title");
		const i = t ? index.get(t.textContent) : undefined;
		if (i === undefined) {
			if (t && t.textContent === "legend") g.classList.add("legend");
			continue;
		}
		nodeEl[i] = g;
		g.dataset.node = i;
	}
	const groupsByTitle = new Map();
	for (const g of svg.querySelectorAll("g.edge")) {
		const t = g.querySelector("title");
		if (!t) continue;
		const list = groupsByTitle.get(t.textContent) || [];
		list.push(g);
		groupsByTitle.set(t.textContent, list);
	}
	// Each edge group is marked with its relationship's kind: the k-th
	// group of a title is the k-th relationship between those nodes, as
	// both are in the map's order.
	const seen = new Map();
	const edgeEl = new Array(data.edges.length);
	data.edges.forEach(([s, t, kind, , drawn], j) => {
		if (!drawn) return;
		const key = nodes[s].id + "->" + nodes[t].id;
		const k = seen.get(key) || 0;
		seen.set(key, k + 1);
		const g = (groupsByTitle.get(key) || [])[k];
		if (g) {
			g.classList.add("k-" + kind);
			edgeEl[j] = g;
		}
	});
	const rels = nodes.map(() => []);
	for (const [s, t, kind, why, drawn, weight] of data.edges) {
		rels[s].push({ other: t, kind, why, drawn, weight, out: true });
		rels[t].push({ other: s, kind, why, drawn, weight, out: false });
	}
	const between = (a, b) => [
		...(groupsByTitle.get(nodes[a].id + "->" + nodes[b].id) || []),
		...(groupsByTitle.get(nodes[b].id + "->" + nodes[a].id) || []),
	];

	// The view is the SVG's viewBox, kept to the window's proportions.
	const base = svg.viewBox.baseVal;
	const home = { x: base.x, y: base.y, w: base.width, h: base.height };
	svg.removeAttribute("width");
	svg.removeAttribute("height");
	let view = { ...home };
	const apply = () => svg.setAttribute("viewBox", `${view.x} ${view.y} ${view.w} ${view.h}`);
	const aspect = () => (map.clientHeight > 0 ? map.clientWidth / map.clientHeight : 1);
	function show(cx, cy, w, h) {
		const r = aspect();
		if (w / h < r) w = h * r;
		else h = w / r;
		view = { x: cx - w / 2, y: cy - h / 2, w, h };
		apply();
	}
	const fit = () => show(home.x + home.w / 2, home.y + home.h / 2, home.w * 1.02, home.h * 1.02);
	const toMap = (x, y) => new DOMPoint(x, y).matrixTransform(svg.getScreenCTM().inverse());
	function zoom(factor, x, y) {
		const w = Math.min(Math.max(view.w / factor, home.w / 500), home.w * 4);
		const k = w / view.w;
		const p = toMap(x, y);
		view = { x: p.x - (p.x - view.x) * k, y: p.y - (p.y - view.y) * k, w, h: view.h * k };
		apply();
	}
	const middle = () => {
		const r = map.getBoundingClientRect();
		return [r.left + r.width / 2, r.top + r.height / 2];
	};
	// reveal brings a node into view with its neighbours, as far as the
	// node stays big enough to read; else the node alone, centred.
	function reveal(i) {
		if (!nodeEl[i]) return;
		const m = map.getBoundingClientRect();
		const boxOf = (g) => {
			const r = g.getBoundingClientRect();
			const a = toMap(r.left, r.top);
			const b = toMap(r.right, r.bottom);
			return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
		};
		const own = boxOf(nodeEl[i]);
		const all = { ...own };
		for (const r of rels[i]) {
			if (!nodeEl[r.other]) continue;
			const b = boxOf(nodeEl[r.other]);
			all.x0 = Math.min(all.x0, b.x0);
			all.y0 = Math.min(all.y0, b.y0);
			all.x1 = Math.max(all.x1, b.x1);
			all.y1 = Math.max(all.y1, b.y1);
		}
		const wide = own.x1 - own.x0;
		const most = wide * Math.max(m.width / 80, 1.5); // the node 80 pixels wide
		const least = wide * 6;
		let w = Math.max((all.x1 - all.x0) * 1.1, (all.y1 - all.y0) * 1.1 * aspect(), least);
		let c = all;
		if (w > most) {
			w = most;
			c = own;
		}
		show((c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2, w, w / aspect());
	}

	map.addEventListener("wheel", (e) => {
		e.preventDefault();
		zoom(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), e.clientX, e.clientY);
	}, { passive: false });
	let drag = null;
	let dragged = false;
	// Two fingers on a touch screen zoom about the point between them.
	const pointers = new Map();
	let pinch = null;
	const fingers = () => {
		const [a, b] = [...pointers.values()];
		return { d: Math.hypot(a.x - b.x, a.y - b.y) || 1, x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
	};
	map.addEventListener("pointerdown", (e) => {
		pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
		if (pointers.size === 2) {
			pinch = { ...fingers(), view: { ...view } };
			for (const id of pointers.keys()) map.setPointerCapture(id);
			drag = null;
			dragged = true; // no click when the fingers lift
			return;
		}
		if (e.button !== 0) return;
		drag = { x: e.clientX, y: e.clientY, view: { ...view }, id: e.pointerId, moving: false };
	});
	map.addEventListener("pointermove", (e) => {
		if (pointers.has(e.pointerId)) pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
		if (pinch && pointers.size === 2) {
			view = { ...pinch.view };
			apply();
			zoom(fingers().d / pinch.d, pinch.x, pinch.y);
			return;
		}
		if (!drag) return;
		const dx = e.clientX - drag.x;
		const dy = e.clientY - drag.y;
		if (!drag.moving) {
			if (Math.hypot(dx, dy) < 4) return;
			drag.moving = true;
			map.setPointerCapture(drag.id);
			map.classList.add("panning");
		}
		const s = drag.view.w / map.clientWidth;
		view = { ...drag.view, x: drag.view.x - dx * s, y: drag.view.y - dy * s };
		apply();
	});
	const endDrag = (e) => {
		pointers.delete(e.pointerId);
		if (pointers.size < 2) pinch = null;
		if (drag && drag.moving) dragged = true;
		drag = null;
		map.classList.remove("panning");
	};
	map.addEventListener("pointerup", endDrag);
	map.addEventListener("pointercancel", endDrag);
	for (const b of document.querySelectorAll("#zoom button")) {
		b.addEventListener("click", () => {
			const z = b.dataset.zoom;
			if (z === "fit") fit();
			else zoom(z === "in" ? 1.5 : 1 / 1.5, ...middle());
		});
	}
	window.addEventListener("resize", () => show(view.x + view.w / 2, view.y + view.h / 2, view.w, view.h));

	// Selecting a node: it and its neighbours stand out, the rest fades,
	// and the panel tells what is known of it.
	let current = -1;
	function clearSelection() {
		for (const g of svg.querySelectorAll("g.on")) g.classList.remove("on", "sel");
		svg.classList.remove("dim");
		current = -1;
		info.replaceChildren();
		if (location.hash) history.replaceState(null, "", location.pathname + location.search);
	}
	function select(i, move) {
		clearSelection();
		current = i;
		svg.classList.add("dim");
		nodeEl[i]?.classList.add("on", "sel");
		for (const r of rels[i]) {
			nodeEl[r.other]?.classList.add("on");
			if (r.drawn) for (const g of between(i, r.other)) g.classList.add("on");
		}
		describe(i);
		// The list of where to start gives way to what was chosen (and
		// comes back when it is let go); what a query found stays.
		if (!find.value.trim()) hits.replaceChildren();
		if (move) reveal(i);
		history.replaceState(null, "", "#" + encodeURIComponent(nodes[i].id));
	}
	function letGo() {
		clearSelection();
		if (!find.value.trim()) search("");
	}

	const el = (parent, tag, cls, text) => {
		const e = document.createElement(tag);
		if (cls) e.className = cls;
		if (text !== undefined) e.textContent = text;
		parent.append(e);
		return e;
	};
	const kindNames = { paper: "paper", repo: "repository", org: "owner" };
	// How a relationship reads from the node chosen, in the order the
	// panel lists them: code and owners first, then papers by how they
	// relate. An out of null reads the same both ways.
	const relations = [
		["code", true, "links the repository"],
		["code", false, "code of the paper"],
		["owned-by", true, "owned by"],
		["owned-by", false, "repositories"],
		["links-org", true, "links the owner's page"],
		["links-org", false, "linked by the paper"],
		["shared-repo", null, "links the same repository"],
		["shared-org", null, "code under the same owner"],
		["shared-author", null, "by the same authors"],
		["mentions", true, "names the method of"],
		["mentions", false, "its method is named by"],
		["similar-text", null, "similar text"],
	];
	const relation = (r) => {
		const k = relations.findIndex(([kind, out]) => kind === r.kind && (out === null || out === r.out));
		return k >= 0 ? k : relations.length;
	};
	const quiet = new Set(["code", "owned-by", "links-org"]);
	function describe(i) {
		const n = nodes[i];
		el(info, "div", "kind", kindNames[n.kind] || n.kind);
		el(info, "h2", null, n.label);
		for (const d of n.details || []) el(info, "p", "detail", d);
		const link = (parent, url, text) => {
			const a = el(parent, "a", null, text);
			a.href = url;
			a.target = "_blank";
			a.rel = "noopener noreferrer";
		};
		if (n.url) link(el(info, "p"), n.url, n.url);
		if (n.links) {
			const list = el(info, "ul", "links");
			for (const [kind, url] of n.links) {
				const li = el(list, "li", null, kind + " ");
				link(li, url, url.replace(/^https?:\/\/(www\.)?/, ""));
			}
		}
		if (n.abstract) {
			const p = el(info, "p", "abstract", n.abstract);
			p.title = "the whole abstract";
			p.addEventListener("click", () => {
				p.classList.add("open");
				p.removeAttribute("title");
			});
		}
		const groups = new Map();
		for (const r of rels[i]) {
			const k = relation(r);
			if (!groups.has(k)) groups.set(k, []);
			groups.get(k).push(r);
		}
		if (groups.size === 0) el(info, "p", "why", "no relationship on this map");
		for (const k of [...groups.keys()].sort((a, b) => a - b)) {
			const list = groups.get(k).sort((a, b) => b.weight - a.weight); // the strongest first
			const name = k < relations.length ? relations[k][2] : list[0].kind;
			el(info, "h3", null, `${name} (${list.length})`);
			const box = el(info, "div", "rel");
			for (const r of list) {
				const b = el(box, "button", null, nodes[r.other].label);
				b.type = "button";
				if (!r.drawn) {
					el(b, "small", null, "no line drawn");
					b.title = "a tie the map leaves out, to draw each paper's strongest few (--max-ties)";
				}
				b.addEventListener("click", () => select(r.other, true));
				if (r.why && !quiet.has(r.kind)) el(box, "div", "why", r.why);
			}
		}
	}

	map.addEventListener("click", (e) => {
		if (dragged) {
			dragged = false;
			e.preventDefault();
			return;
		}
		// A modified click opens a link as the browser would.
		if (e.ctrlKey || e.metaKey || e.shiftKey) return;
		const g = e.target.closest("g.node, g.cluster");
		if (e.target.closest("a")) e.preventDefault();
		if (g && g.dataset.node !== undefined) {
			select(Number(g.dataset.node), false);
			return;
		}
		if (g && g.classList.contains("cluster")) {
			// An owner drawn as a cluster around its repositories.
			const a = g.querySelector("a");
			const href = a && (a.getAttribute("href") || a.getAttributeNS("http://www.w3.org/1999/xlink", "href"));
			const i = nodes.findIndex((n) => n.kind === "org" && n.url === href);
			if (i >= 0) {
				select(i, false);
				return;
			}
		}
		letGo();
	});

	// Finding: every word of the query, in any order, in a node's label,
	// address or details; accents and case ignored.
	const fold = (s) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
	const haystack = nodes.map((n) => fold([n.label, n.url || "", ...(n.details || [])].join(" ")));
	const kindOrder = { paper: 0, repo: 1, org: 2 };
	const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
	let found = [];
	let pos = -1;
	function search(q) {
		for (const g of svg.querySelectorAll("g.match")) g.classList.remove("match");
		hits.replaceChildren();
		found = [];
		pos = -1;
		const words = fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
		if (words.length === 0) {
			// Where to start: the papers with the most relationships.
			const top = nodes.map((_, i) => i).filter((i) => nodes[i].kind === "paper" && rels[i].length > 0)
				.sort((a, b) => rels[b].length - rels[a].length || a - b).slice(0, 10);
			if (top.length === 0) return;
			found = top;
			el(hits, "div", "count", "the most connected papers:");
			for (const i of top) {
				const b = el(hits, "button", null, nodes[i].label);
				b.type = "button";
				el(b, "small", null, String(rels[i].length));
				b.title = plural(rels[i].length, "relationship");
				b.addEventListener("click", () => select(i, true));
			}
			return;
		}
		nodes.forEach((n, i) => {
			if (words.every((w) => haystack[i].includes(w))) found.push(i);
		});
		// Papers, then code, then owners; the most connected first.
		found.sort((a, b) => kindOrder[nodes[a].kind] - kindOrder[nodes[b].kind] || rels[b].length - rels[a].length || a - b);
		for (const i of found) nodeEl[i]?.classList.add("match");
		const shown = Math.min(found.length, 100);
		el(hits, "div", "count", found.length === 0 ? "nothing found" :
			found.length > shown ? `${found.length} found; the first ${shown}:` : `${found.length} found`);
		for (const i of found.slice(0, shown)) {
			const b = el(hits, "button", null, nodes[i].label);
			b.type = "button";
			if (nodes[i].kind !== "paper") el(b, "small", null, kindNames[nodes[i].kind]);
			b.addEventListener("click", () => select(i, true));
		}
	}
	find.addEventListener("input", () => search(find.value));
	find.addEventListener("keydown", (e) => {
		// Enter and the arrows step through what was found.
		const by = { Enter: 1, ArrowDown: 1, ArrowUp: -1 }[e.key];
		if (by && found.length > 0) {
			e.preventDefault();
			pos = (pos + by + found.length) % found.length;
			select(found[pos], true);
			const buttons = hits.querySelectorAll("button");
			buttons.forEach((b, k) => b.classList.toggle("current", k === pos));
			buttons[pos]?.scrollIntoView({ block: "nearest" });
		} else if (e.key === "Escape") {
			find.value = "";
			search("");
			find.blur();
		}
	});
	document.addEventListener("keydown", (e) => {
		if (e.target.closest?.("input, select, textarea") || e.ctrlKey || e.metaKey || e.altKey) return;
		if (e.key === "/") {
			e.preventDefault();
			find.focus();
		} else if (e.key === "Escape") letGo();
		else if (e.key === "+" || e.key === "=") zoom(1.5, ...middle());
		else if (e.key === "-") zoom(1 / 1.5, ...middle());
		else if (e.key === "0") fit();
	});

	// Showing and hiding each kind of relationship.
	const kinds = new Map();
	for (const [, , kind, , drawn] of data.edges) if (drawn) kinds.set(kind, (kinds.get(kind) || 0) + 1);
	const kindWords = {
		"code": "paper links repository", "owned-by": "repository owned by",
		"links-org": "paper links owner's page", "shared-org": "code under one owner",
		"shared-author": "same authors", "shared-repo": "same repository",
		"mentions": "names the other's method", "similar-text": "similar text",
	};
	const shown = document.getElementById("kinds");
	for (const kind of Object.keys(kindWords).filter((k) => kinds.has(k))) {
		const label = el(shown, "label");
		const box = el(label, "input");
		box.type = "checkbox";
		box.checked = true;
		el(label, "span", null, ` ${kindWords[kind]} (${kinds.get(kind)})`);
		box.addEventListener("change", () => svg.classList.toggle("hide-" + kind, !box.checked));
	}

	// Years: papers dated outside the years chosen fade, with their lines,
	// and so do repositories and owners none of whose papers is in them.
	const years = [...new Set(nodes.map((n) => n.year).filter(Boolean))].sort((a, b) => a - b);
	if (years.length >= 2) {
		const box = document.getElementById("years");
		box.hidden = false;
		const pick = (chosen) => {
			const s = el(box, "select");
			for (const y of years) el(s, "option", null, String(y)).selected = y === chosen;
			s.addEventListener("change", chooseYears);
			return s;
		};
		const from = pick(years[0]);
		from.setAttribute("aria-label", "from");
		el(box, "span", null, " to ");
		const to = pick(years[years.length - 1]);
		to.setAttribute("aria-label", "to");
		const inYears = el(box, "div", "why");
		function chooseYears() {
			const lo = Math.min(+from.value, +to.value);
			const hi = Math.max(+from.value, +to.value);
			const on = nodes.map((n) => n.kind !== "paper" || !n.year || (n.year >= lo && n.year <= hi));
			nodes.forEach((n, i) => {
				if (n.kind === "repo") on[i] = rels[i].some((r) => nodes[r.other].kind === "paper" && on[r.other]);
			});
			nodes.forEach((n, i) => {
				if (n.kind === "org") on[i] = rels[i].some((r) => nodes[r.other].kind !== "org" && on[r.other]);
			});
			nodes.forEach((n, i) => nodeEl[i]?.classList.toggle("out", !on[i]));
			data.edges.forEach(([s, t], j) => edgeEl[j]?.classList.toggle("out", !(on[s] && on[t])));
			const dated = nodes.filter((n) => n.year).length;
			const shownDated = nodes.filter((n) => n.year && n.year >= lo && n.year <= hi).length;
			inYears.textContent = `${shownDated} of ${dated} dated papers in these years` +
				(dated < nodes.filter((n) => n.kind === "paper").length ? "; undated papers stay" : "");
		}
		chooseYears();
	}

	search("");
	fit();
	// A link to the page with #node-id opens it on that node, as does
	// changing the address's #node-id while it is open; else a map drawn
	// around one paper (--focus) opens on it.
	const fromAddress = () => {
		let id = location.hash.slice(1);
		try {
			id = decodeURIComponent(id);
		} catch {
			return; // not an address this page made
		}
		const i = index.get(id);
		if (i !== undefined && i !== current) select(i, true);
	};
	window.addEventListener("hashchange", fromAddress);
	fromAddress();
	if (current < 0 && data.focus >= 0) select(data.focus, false);
})();
