// The search page (tim-kiem/index.html, issues 7 and 15): Pagefind's JS API behind the site's
// own Vietnamese interface. The bundle sits in pagefind/ at the top of the site (bantin/search.py
// makes it); every address here is relative, so the site works under any path prefix.

const BUNDLE = new URL("../pagefind/pagefind.js", import.meta.url).href;
// The index comes in parts (bantin/search.py: pagefind/ is part 0, parts.json names the others),
// merged into one instance that matches loosely and one that matches marks exactly.
const PARTS = new URL("../pagefind/parts.json", import.meta.url).href;
// bantin/search_records.py: đ is indexed as d + this combining mark (COMBINING LATIN SMALL LETTER D),
// so Pagefind folds it like the other marks yet keeps it in a word spelt exactly; turned back
// into đ before any text is shown.
const STROKE = "\u0369";
const PAGE_SIZE = 10;
const EXCERPT_WORDS = 32;
const DEBOUNCE_MS = 250;

const form = document.getElementById("tim");
const input = document.getElementById("q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const selects = [...form.querySelectorAll("select[data-filter]")];
const root = list.closest("[data-root]").dataset.root;

// --- words --------------------------------------------------------------------------------

/** Lower case, no marks, đ → d: how the reader's words and the text are compared. */
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** đ as the index spells it, and back. */
function stroked(text) {
  return text.replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

function unstroked(text) {
  return text.replaceAll(`d${STROKE}`, "đ").replaceAll(`D${STROKE}`, "Đ");
}

function hasMarks(text) {
  return /[^\u0000-\u007f]/.test(text);
}

/** The reader's words: each folded, and as typed when typed with marks (then it must match exactly). */
function queryWords(query) {
  return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    .map((word) => ({ plain: fold(word), exact: hasMarks(word) ? word : null }));
}

function bare(word) {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** Does a word of the text match a query word? The last word typed may be a word's start. */
function matches(word, wanted, strict) {
  const text = bare(word);
  if (!text) return false;
  return wanted.some((w, i) => {
    const [have, want] = strict && w.exact ? [text, w.exact] : [fold(text), w.plain];
    return have === want || (i === wanted.length - 1 && have.startsWith(want));
  });
}

/** Which words to mark: those spelt as typed; if none is, those that match without marks. */
function hitsIn(words, wanted) {
  const strict = words.map((w) => matches(w, wanted, true));
  return strict.some(Boolean) ? strict : words.map((w) => matches(w, wanted, false));
}

/** Text as nodes, each matching word in a <mark> (its punctuation left outside). */
function marked(words, hits) {
  const nodes = [];
  words.forEach((word, i) => {
    if (i > 0) nodes.push(" ");
    const [, before, core, after] = word.match(/^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u);
    if (hits[i] && core) {
      const mark = document.createElement("mark");
      mark.textContent = core;
      nodes.push(before, mark, after);
    } else {
      nodes.push(word);
    }
  });
  return nodes;
}

/** Where the query's words stand in a row, in the order typed (a name, a place), or -1. */
function phraseAt(words, wanted) {
  if (wanted.length < 2) return -1;
  const strict = (i) => wanted.every((w, k) => matches(words[i + k] || "", [w], true));
  const loose = (i) => wanted.every((w, k) => matches(words[i + k] || "", [w], false));
  for (const test of [strict, loose]) {
    for (let i = 0; i + wanted.length <= words.length; i++) if (test(i)) return i;
  }
  return -1;
}

/** Where an excerpt of `size` words starts: at the phrase typed, else around the most matches. */
function excerptStart(words, hits, wanted, size) {
  let first = phraseAt(words, wanted);
  if (first < 0) {
    let best = -1, bestCount = 0, count = 0;
    hits.forEach((hit, i) => {
      count += hit ? 1 : 0;
      if (i >= size && hits[i - size]) count -= 1;
      if (count > bestCount) [best, bestCount] = [Math.max(0, i - size + 1), count];
    });
    if (best < 0) return 0;
    first = hits.indexOf(true, best);
  }
  return Math.max(0, Math.min(first - 4, words.length - size));
}

/** The page's own text (the title cut off), as an excerpt with marks. */
function excerpt(content, title, wanted) {
  let text = unstroked(content).trim();
  if (text.startsWith(title)) text = text.slice(title.length).replace(/^[.\s]+/, "");
  const words = text.split(/\s+/).filter(Boolean);
  const hits = hitsIn(words, wanted);
  const start = excerptStart(words, hits, wanted, EXCERPT_WORDS);
  const end = Math.min(words.length, start + EXCERPT_WORDS);
  return [start > 0 ? "… " : "", ...marked(words.slice(start, end), hits.slice(start, end)),
    end < words.length ? " …" : ""];
}

// --- the page -----------------------------------------------------------------------------

function element(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href, ...children) {
  const a = element("a", "", ...children);
  a.href = root + href.replace(/^\/+/, "");
  return a;
}

function card(data, wanted) {
  const meta = { ...data.meta, title: unstroked(data.meta.title || "") };
  const titleWords = meta.title.split(/\s+/);
  const title = element("h2", "story-title",
    link(data.raw_url || data.url, ...marked(titleWords, hitsIn(titleWords, wanted))));
  const kicker = element("p", "kicker", meta.date || "Chưa rõ ngày");
  if (meta.place) {
    const sep = element("span", "sep", " · ");
    sep.setAttribute("aria-hidden", "true");
    kicker.append(sep, meta.place_url ? link(meta.place_url, meta.place) : meta.place);
  }
  const text = element("p", "story-summary search-excerpt", ...excerpt(data.content, meta.title, wanted));
  return element("li", "", element("article", "story", title, kicker, text));
}

function say(message) {
  status.textContent = message;
}

function chosenFilters() {
  const chosen = {};
  for (const select of selects) if (select.value) chosen[select.dataset.filter] = [select.value];
  return chosen;
}

function summary(count, query) {
  const chosen = selects.filter((s) => s.value).map((s) => `${s.labels[0].textContent.toLowerCase()}: ${s.value}`);
  const about = (query ? ` cho “${query}”` : "") + (chosen.length ? ` (${chosen.join("; ")})` : "");
  return count ? `Tìm thấy ${count} bài${about}.` : `Không tìm thấy bài nào${about}. Thử bớt từ hoặc bỏ bộ lọc.`;
}

function writeAddress(query) {
  const params = new URLSearchParams();
  if (query) params.set("q", query);
  for (const select of selects) if (select.value) params.set(select.name, select.value);
  const wanted = params.toString() ? `?${params}` : "";
  if (wanted !== location.search) history.replaceState(null, "", location.pathname + wanted);
}

/** Given name first, the way the site orders people (`Phan Đăng Toàn` under T). */
function givenFirst(name) {
  const parts = name.split(" ");
  return [parts.at(-1), ...parts.slice(0, -1)].join(" ");
}

async function fillFilters(params) {
  const all = await loose.filters();
  for (const select of selects) {
    const key = select.dataset.filter === "can_bo" ? givenFirst : (v) => v;
    const values = Object.entries(all[select.dataset.filter] || {})
      .sort(([a], [b]) => key(a).localeCompare(key(b), "vi"));
    for (const [value, count] of values) select.add(new Option(`${value} (${count})`, value));
    const asked = params.get(select.name);
    if (asked && values.some(([value]) => value === asked)) select.value = asked;
    select.disabled = false;
  }
}

// --- searching ----------------------------------------------------------------------------

let loose = null; // every spelling: marks, đ included, folded
let exact = null; // words spelt with the marks typed
let latest = 0;
let queue = Promise.resolve();
let current = { results: [], shown: 0, wanted: [] };

async function showMore(focusFirst) {
  const batch = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const items = (await Promise.all(batch.map((r) => r.data()))).map((d) => card(d, current.wanted));
  list.append(...items);
  current.shown += batch.length;
  more.hidden = current.shown >= current.results.length;
  if (focusFirst && items.length) items[0].querySelector("a").focus();
}

/** Does the page hold matches at `count` positions in a row (the words typed, side by side)? */
function adjacent(result, count) {
  const at = [...new Set(result.words)].sort((a, b) => a - b);
  let run = 1;
  for (let i = 1; i < at.length && run < count; i++) run = at[i] === at[i - 1] + 1 ? run + 1 : 1;
  return count > 1 && run >= count;
}

/** Pagefind's results in tiers, each in Pagefind's order (merged across the parts by score):
 *  the words typed, spelt as typed, side by side; then (marks typed) spelt as typed anywhere;
 *  then side by side in any spelling; then the rest. A word's start matches only in the last
 *  two tiers (Pagefind's phrase search takes whole words), so it never outranks whole words. */
async function ranked(query, filters) {
  if (!query) {
    const found = await loose.search(null, { filters });
    return found ? found.results : null;
  }
  const count = queryWords(query).length;
  const term = stroked(query);
  const [all, phrase, spelt] = await Promise.all([
    loose.search(term, { filters }),
    count > 1 ? exact.search(`"${term.replace(/"/g, " ")}"`, { filters }) : null,
    hasMarks(query) ? exact.search(term, { filters }) : null,
  ]);
  if (!all) return null;
  const near = all.results.filter((r) => adjacent(r, count));
  const seen = new Set();
  const ordered = [];
  for (const tier of [phrase && phrase.results, spelt && spelt.results, near, all.results]) {
    for (const result of tier || []) {
      if (!seen.has(result.id)) {
        seen.add(result.id);
        ordered.push(result);
      }
    }
  }
  return ordered;
}

async function run(id) {
  if (id !== latest) return; // a newer request has come in since
  const query = input.value.trim().normalize("NFC");
  const filters = chosenFilters();
  writeAddress(query);
  if (!query && !Object.keys(filters).length) {
    current = { results: [], shown: 0, wanted: [] };
    list.replaceChildren();
    more.hidden = true;
    say("Nhập từ khoá để tìm trong các bài.");
    return;
  }
  const results = await ranked(query, filters);
  if (id !== latest || !results) return;
  current = { results, shown: 0, wanted: queryWords(query) };
  list.replaceChildren();
  await showMore(false);
  say(summary(results.length, query));
}

function schedule() {
  const id = ++latest;
  queue = queue.then(() => run(id)).catch(failed);
}

function failed(error) {
  console.error(error);
  say("Tìm kiếm gặp lỗi. Hãy tải lại trang và thử lại.");
}

/** One Pagefind instance over every part, matching marks exactly or not. */
async function merged(pagefind, parts, exactDiacritics) {
  const instance = pagefind.createInstance({ basePath: new URL("../pagefind/", import.meta.url).href, exactDiacritics });
  await instance.init();
  await Promise.all(parts.map((part) =>
    instance.mergeIndex(new URL(`../pagefind/${part}/`, import.meta.url).href, { exactDiacritics })));
  return instance;
}

async function start() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  try {
    const pagefind = await import(BUNDLE);
    const parts = await fetch(PARTS).then((answer) => (answer.ok ? answer.json() : []));
    [loose, exact] = await Promise.all([false, true].map((exactDiacritics) => merged(pagefind, parts, exactDiacritics)));
    await fillFilters(params);
  } catch (error) {
    console.error(error);
    say("Không tải được chỉ mục tìm kiếm. Bạn vẫn có thể tìm theo địa phương, cán bộ hoặc dòng thời gian.");
    return;
  }
  let timer = 0;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    schedule();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(schedule, DEBOUNCE_MS);
  });
  for (const select of selects) select.addEventListener("change", schedule);
  more.addEventListener("click", () => {
    queue = queue.then(() => showMore(true)).catch(failed);
  });
  schedule();
}

start();
