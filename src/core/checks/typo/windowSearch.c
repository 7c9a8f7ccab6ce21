/*
 * The window search of confusableTypos.ts, compiled to WebAssembly (scripts/buildWindowSearch.mjs):
 * for each character that binds to no likely word, the best sound- or look-alike replacement that
 * turns a window around it into a common word. It answers exactly what the TypeScript search
 * answers (test/core/checks/typo/compiledWindowSearch.test.ts compares them), only without a cold
 * engine's cost: see docs/architecture.md, "Start-up and generated data". What follows the search
 * (names, doubled words, overlaps, messages) stays in TypeScript.
 *
 * The tables are the TypeScript ones, laid out by compiledWindowSearch.ts: the hashed costs of one-
 * and two-character words (shortWordCosts.ts), the filters of which characters stand where
 * (wordPositions.ts), the sorted word and completion tables (sortedWords.ts) and the sound and shape
 * groups (groupsByCharacter.ts). Freestanding: no C library, memory grown by hand.
 */

typedef unsigned char u8;
typedef unsigned short u16;
typedef int i32;
typedef unsigned int u32;

#define FIRST_CODE 0x3400
#define LAST_CODE 0x9fff
#define SLOTS (LAST_CODE - FIRST_CODE + 1)
#define MAX_LEN 4
#define SHORTEST 2
#define MAX_RUN 255
#define EMPTY (-1)
#define UNKEYED (-2)
#define UNKNOWN (-1)
#define NONE_COST (-1.0)

enum Kind { KIND_NONE = 0, KIND_SOUND = 1, KIND_SHAPE = 2, KIND_SOUND_SHAPE = 3 };

/* What compiledWindowSearch.ts writes into `layout` before calling init(), in this order. */
enum Layout {
  L_SHORT = 0,          /* width 1 and 2: keys, costs, size (3 each) */
  L_POSITIONS = 6,      /* lengths 2..4: bits, then per pair (length - 1 of them from length 3): keys, costs, size */
  L_SORTED = 6 + 1 + (1 + 2 * 3) + (1 + 3 * 3), /* lengths 1..4: keys, costs, count (3 each) */
  L_COMPLETIONS = L_SORTED + 4 * 3,             /* lengths 2..4, each position: others, fills, costs, count */
  L_GROUPS = L_COMPLETIONS + (2 + 3 + 4) * 4,    /* sound then shape: chars, offsets, count */
  L_CHAR_FLAGS = L_GROUPS + 6,                   /* u8 per UTF-16 code: 1 classifier, 2 numeral */
  L_SIZE = L_CHAR_FLAGS + 1
};

/* Numbers compiledWindowSearch.ts writes into `constants` (the TypeScript constants, one source). */
enum Constant {
  C_MARGIN = 0,          /* by kind: sound, shape, soundShape */
  C_LENGTH_MARGIN = 3,   /* by word length 0..4 */
  C_CHEAPEST = 8,        /* by word length 0..4, in natural-log units */
  C_BOUND_COST = 13,
  C_CONTEXT_SLACK,
  C_COST_SCALE,
  C_UNKNOWN_COST,        /* natural-log units */
  C_LEAST_MARGIN,
  C_CONTEXT,             /* characters of context on each side (hanContext.ts) */
  C_MAX_WORD_LENGTH,     /* wordTables.ts's, which `layout` and this file's MAX_LEN must match */
  C_LAYOUT_ENTRIES,      /* how many entries JavaScript wrote into `layout` */
  C_SIZE
};

i32 layout[L_SIZE];
double constants[C_SIZE];

extern u8 __heap_base;
static u32 heapTop = 0;

/*
 * Memory for the tables and the per-paragraph arrays, handed out upwards, 8-byte aligned, and never
 * given back: one instance serves one process. 0 when the memory cannot grow that far.
 */
u32 reserve(u32 bytes) {
  if (heapTop == 0) heapTop = (u32)&__heap_base;
  u32 at = (heapTop + 7) & ~7u;
  if (bytes > 0xffffffffu - at) return 0;
  u32 end = at + bytes;
  u32 have = __builtin_wasm_memory_size(0) * 65536u;
  if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535u) / 65536u) == (unsigned long)-1) return 0;
  heapTop = end;
  return at;
}

typedef struct { const i32 *keys; const u16 *costs; u32 mask; int width; } Short;
typedef struct { const u16 *keys; const u16 *costs; int count; int width; i32 *starts; i32 *ends; } Sorted;
typedef struct { Sorted others; const u16 *fills; const u16 *costs; } Completion;
typedef struct { const u8 *bits; Short pairs[MAX_LEN - 1]; int pairCount; } Positions;
typedef struct { const u16 *chars; const u32 *offsets; int count; i32 *head; i32 *groupOf; i32 *next; } Groups;

static Short shortCosts[2];
static Positions positions[MAX_LEN + 1];
static Sorted sorted[MAX_LEN + 1];
static Completion completions[MAX_LEN + 1][MAX_LEN];
static Groups sound, shape;
static const u8 *charFlags;

/* ---- shortWordCosts.ts ---- */

static i32 shortKey(const Short *t, const u16 *text, int start) {
  i32 a = (i32)text[start] - FIRST_CODE;
  if (!(a >= 0 && a < SLOTS)) return UNKEYED;
  if (t->width == 1) return a;
  i32 b = (i32)text[start + 1] - FIRST_CODE;
  return b >= 0 && b < SLOTS ? a * SLOTS + b : UNKEYED;
}

static i32 shortFind(const Short *t, const u16 *text, int start) {
  i32 key = shortKey(t, text, start);
  if (key < 0) return UNKEYED;
  for (u32 slot = ((u32)key * 0x9e3779b1u) & t->mask;; slot = (slot + 1) & t->mask) {
    i32 held = t->keys[slot];
    if (held == key) return t->costs[slot];
    if (held == EMPTY) return -1;
  }
}

/* ---- sortedWords.ts ---- */

static int sortedCompare(const Sorted *s, int at, const u16 *text, int start, int length, int skip) {
  int base = at * s->width;
  for (int k = 0; k < length; k++) {
    int d = (int)s->keys[base + k] - (int)text[start + k + (k >= skip ? 1 : 0)];
    if (d != 0) return d;
  }
  return 0;
}

static int firstWithCodeAtLeast(const Sorted *s, int code) {
  int lo = 0, hi = s->count;
  while (lo < hi) {
    int mid = (int)((u32)(lo + hi) >> 1);
    if ((int)s->keys[mid * s->width] < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static int endOf(const Sorted *s, int slot) {
  if (!(slot >= 0 && slot < SLOTS)) return 0;
  i32 known = s->ends[slot];
  if (known != UNKNOWN) return known;
  int start = firstWithCodeAtLeast(s, slot + FIRST_CODE);
  int end = firstWithCodeAtLeast(s, slot + FIRST_CODE + 1);
  s->starts[slot] = start;
  s->ends[slot] = end > start ? end : 0;
  return s->ends[slot];
}

static int lowerBound(const Sorted *s, const u16 *text, int start, int length, int lo, int hi, int skip) {
  while (lo < hi) {
    int mid = (int)((u32)(lo + hi) >> 1);
    if (sortedCompare(s, mid, text, start, length, skip) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

static int sortedFind(const Sorted *s, const u16 *text, int start) {
  int slot = (int)text[start] - FIRST_CODE;
  int end = endOf(s, slot);
  if (end == 0) return -1;
  int at = lowerBound(s, text, start, s->width, s->starts[slot], end, s->width);
  return at < end && sortedCompare(s, at, text, start, s->width, s->width) == 0 ? at : -1;
}

static int equalsAt(const Sorted *s, int at, const u16 *text, int start, int skip) {
  return at < s->count && sortedCompare(s, at, text, start, s->width, skip) == 0;
}

static int firstEqual(const Sorted *s, const u16 *text, int start, int skip) {
  int slot = (int)text[skip == 0 ? start + 1 : start] - FIRST_CODE;
  int end = endOf(s, slot);
  if (end == 0) return -1;
  if (s->width == 1) return s->starts[slot];
  int first = lowerBound(s, text, start, s->width, s->starts[slot], end, skip);
  return first < end && equalsAt(s, first, text, start, skip) ? first : -1;
}

/* ---- typoLexicon.ts: cost and mayFit with the fast tables ---- */

/* The cost of the word text[start, start + length) in natural-log units, or NONE_COST. */
static double cost(const u16 *text, int start, int length) {
  if (length <= 2) {
    i32 hashed = shortFind(&shortCosts[length - 1], text, start);
    if (hashed != UNKEYED) return hashed < 0 ? NONE_COST : hashed / constants[C_COST_SCALE];
  }
  const Sorted *table = &sorted[length];
  int at = table->count > 0 ? sortedFind(table, text, start) : -1;
  return at < 0 ? NONE_COST : table->costs[at] / constants[C_COST_SCALE];
}

static int positionHas(const u8 *bits, int code, int position) {
  int slot = code - FIRST_CODE;
  return slot >= 0 && slot < SLOTS && (bits[slot] & (1 << position)) != 0;
}

static int mayFit(const u16 *text, int start, int length, int skip) {
  const Positions *p = &positions[length];
  if (!p->bits) return 0;
  for (int k = 0; k < length; k++) if (k != skip && !positionHas(p->bits, text[start + k], k)) return 0;
  for (int k = 0; k < p->pairCount; k++) if (k != skip && k + 1 != skip && shortFind(&p->pairs[k], text, start + k) == -1) return 0;
  return 1;
}

/* ---- segmentCost.ts ---- */

/* The longest text segmentCost weighs: a word and its context on each side (init() checks). */
#define MAX_SEGMENTED 64

static double segmentCost(const u16 *text, int length) {
  double best[MAX_SEGMENTED + 1];
  best[0] = 0;
  for (int end = 1; end <= length; end++) {
    best[end] = 1.0 / 0.0;
    for (int len = 1; len <= MAX_LEN && len <= end; len++) {
      double c = cost(text, end - len, len);
      if (c == NONE_COST) {
        if (len != 1) continue;
        c = constants[C_UNKNOWN_COST];
      }
      if (best[end - len] + c < best[end]) best[end] = best[end - len] + c;
    }
  }
  return best[length];
}

/* ---- groupsByCharacter.ts and confusionsOf ---- */

static void linkGroups(Groups *g) {
  int total = (int)g->offsets[g->count];
  g->head = (i32 *)reserve(0x10000 * 4);
  g->groupOf = (i32 *)reserve((u32)total * 4 + 4);
  g->next = (i32 *)reserve((u32)total * 4 + 4);
  for (int c = 0; c < 0x10000; c++) g->head[c] = -1;
  int entry = 0;
  for (int n = g->count - 1; n >= 0; n--) {
    for (u32 i = g->offsets[n]; i < g->offsets[n + 1]; i++, entry++) {
      int code = g->chars[i];
      g->groupOf[entry] = n;
      g->next[entry] = g->head[code];
      g->head[code] = entry;
    }
  }
}

/*
 * The kind of confusion of each UTF-16 code with the character last asked about (markedCode);
 * KIND_NONE elsewhere. Marked only once a window needs it: most characters' windows fit no word.
 */
static u8 *kindOf;
static u16 *touched;
static int touchedCount;
static int markedCode = -1;
/* 1 for each code that some group pairs with another character: confusionsOf would not be empty. */
static u8 *hasConfusables;

static void markConfusables(int code) {
  if (code == markedCode) return;
  markedCode = code;
  for (int i = 0; i < touchedCount; i++) kindOf[touched[i]] = KIND_NONE;
  touchedCount = 0;
  for (i32 e = sound.head[code]; e >= 0; e = sound.next[e]) {
    int g = sound.groupOf[e];
    for (u32 i = sound.offsets[g]; i < sound.offsets[g + 1]; i++) {
      u16 c = sound.chars[i];
      if (kindOf[c] == KIND_NONE) touched[touchedCount++] = c;
      kindOf[c] = KIND_SOUND;
    }
  }
  for (i32 e = shape.head[code]; e >= 0; e = shape.next[e]) {
    int g = shape.groupOf[e];
    for (u32 i = shape.offsets[g]; i < shape.offsets[g + 1]; i++) {
      u16 c = shape.chars[i];
      if (kindOf[c] == KIND_NONE) touched[touchedCount++] = c;
      kindOf[c] = kindOf[c] == KIND_SOUND ? KIND_SOUND_SHAPE : KIND_SHAPE;
    }
  }
  kindOf[code] = KIND_NONE;
}

/* Marks every member of a group holding two different characters: each has a confusable there. */
static void markGroupsWithPairs(const Groups *g) {
  for (int n = 0; n < g->count; n++) {
    u32 from = g->offsets[n], to = g->offsets[n + 1];
    int mixed = 0;
    for (u32 i = from + 1; i < to && !mixed; i++) mixed = g->chars[i] != g->chars[from];
    if (mixed) for (u32 i = from; i < to; i++) hasConfusables[g->chars[i]] = 1;
  }
}

/* ---- confusableTypos.ts ---- */

static int isHan(int code) {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

static const double *kindMargin(int kind) {
  return &constants[C_MARGIN + (kind == KIND_SOUND ? 0 : kind == KIND_SHAPE ? 1 : 2)];
}

/* Per-character arrays and the candidates, reused from one paragraph to the next. */
static u32 capacity;
static u16 *text;
static u8 *han;
static u8 *bound;
static double *single;
static u16 *scratch;
/* Per candidate: at, start, end, fill, kind; and its gain. */
static i32 *found;
static double *gains;

/* Room for a paragraph of `length` characters; its address, where JavaScript writes the text, or 0. */
u32 prepare(u32 length) {
  if (length > capacity) {
    u32 size = length > 2 * capacity ? length : 2 * capacity;
    if (size < 256) size = 256;
    text = (u16 *)reserve(size * 2);
    han = (u8 *)reserve(size);
    bound = (u8 *)reserve(size);
    single = (double *)reserve(size * 8);
    scratch = (u16 *)reserve(size * 2 + 16);
    found = (i32 *)reserve(size * 5 * 4);
    gains = (double *)reserve(size * 8);
    if (!text || !han || !bound || !single || !scratch || !found || !gains) return 0;
    capacity = size;
  }
  return (u32)text;
}

u32 boundAddress(void) { return (u32)bound; }
u32 foundAddress(void) { return (u32)found; }
u32 gainsAddress(void) { return (u32)gains; }

static int allSet(int start, int length) {
  for (int k = start; k < start + length; k++) if (!bound[k]) return 0;
  return 1;
}

static void boundCharacters(int length) {
  for (int k = 0; k < length; k++) bound[k] = 0;
  for (int s = 0; s + SHORTEST <= length; s++) {
    if (han[s] < SHORTEST) continue;
    double c = cost(text, s, SHORTEST);
    if (c != NONE_COST && c <= constants[C_BOUND_COST]) bound[s] = bound[s + 1] = 1;
  }
  for (int len = SHORTEST + 1; len <= MAX_LEN; len++) {
    for (int s = 0; s + len <= length; s++) {
      if (han[s] < len || allSet(s, len) || !mayFit(text, s, len, len)) continue;
      double c = cost(text, s, len);
      if (c != NONE_COST && c <= constants[C_BOUND_COST]) for (int k = s; k < s + len; k++) bound[k] = 1;
    }
  }
}

static double singleCost(int k) {
  if (single[k] != single[k]) {
    double c = cost(text, k, 1);
    single[k] = c == NONE_COST ? constants[C_UNKNOWN_COST] : c;
  }
  return single[k];
}

static int countsWithNumeral(int at) {
  return (charFlags[text[at]] & 1) && at > 0 && (charFlags[text[at - 1]] & 2);
}

typedef struct { int start, end, fill, kind; double gain; int found; } Candidate;

static void hanContext(int length, int start, int end, int *left, int *right) {
  int context = (int)constants[C_CONTEXT];
  int l = start;
  while (l > start - context && l > 0 && isHan(text[l - 1])) l--;
  int r = end;
  while (r < end + context && r < length && isHan(text[r])) r++;
  *left = l;
  *right = r;
}

static Candidate bestCompletion(int length, int at, int start, int end, double dearest) {
  Candidate best = {0, 0, 0, 0, 0, 0};
  int wordLength = end - start;
  const Completion *table = &completions[wordLength][at - start];
  if (!table->fills) return best;
  int first = firstEqual(&table->others, text, start, at - start);
  if (first < 0) return best;
  double dearestCode = dearest * constants[C_COST_SCALE];
  int last = first;
  while (last < table->others.count && table->costs[last] <= dearestCode && (last == first || equalsAt(&table->others, last, text, start, at - start))) last++;
  double lengthMargin = constants[C_LENGTH_MARGIN + wordLength];
  int haveWindow = 0, haveBefore = 0, left = 0, right = 0;
  double window = 0, before = 0;
  if (first < last) markConfusables(text[at]);
  for (int k = first; k < last; k++) {
    int to = table->fills[k];
    int kind = kindOf[to];
    if (kind == KIND_NONE) continue;
    double replaced = table->costs[k] / constants[C_COST_SCALE];
    double margin = *kindMargin(kind) + lengthMargin;
    if (!haveWindow) {
      window = segmentCost(text + start, wordLength);
      haveWindow = 1;
    }
    if (window - replaced < margin - constants[C_CONTEXT_SLACK]) continue;
    if (!haveBefore) {
      hanContext(length, start, end, &left, &right);
      before = segmentCost(text + left, right - left);
      haveBefore = 1;
    }
    for (int p = left; p < right; p++) scratch[p - left] = text[p];
    scratch[at - left] = (u16)to;
    double gain = before - segmentCost(scratch, right - left);
    if (gain < margin || (best.found && best.gain >= gain)) continue;
    best.start = start;
    best.end = end;
    best.fill = to;
    best.kind = kind;
    best.gain = gain;
    best.found = 1;
  }
  return best;
}

/*
 * Searches the paragraph JavaScript wrote at prepare()'s address: the best candidate for each
 * unbound character, in text order, at foundAddress() (at, start, end, fill, kind) and
 * gainsAddress(); the characters bound to likely words at boundAddress(). Returns how many.
 */
i32 search(u32 length) {
  if (length > capacity) return -1;
  for (int i = (int)length - 1; i >= 0; i--) {
    int run = i + 1 < (int)length ? han[i + 1] : 0;
    han[i] = isHan(text[i]) ? (u8)(run + 1 < MAX_RUN ? run + 1 : MAX_RUN) : 0;
  }
  boundCharacters((int)length);
  for (u32 k = 0; k < length; k++) single[k] = 0.0 / 0.0;
  double leastMargin = constants[C_LEAST_MARGIN];
  int count = 0;
  int runStart = 0, runEnd = 0;
  for (int i = 0; i < (int)length; i++) {
    if (!han[i] || bound[i]) continue;
    if (!hasConfusables[text[i]]) continue;
    if (i >= runEnd) {
      for (runStart = i; runStart > 0 && han[runStart - 1]; runStart--);
      for (runEnd = i + 1; runEnd < (int)length && han[runEnd]; runEnd++);
    }
    Candidate best = {0, 0, 0, 0, 0, 0};
    int from = i - MAX_LEN + 1 > runStart ? i - MAX_LEN + 1 : runStart;
    for (int start = from; start <= i; start++) {
      if (start < i && countsWithNumeral(start)) continue;
      int lastEnd = runEnd < start + MAX_LEN ? runEnd : start + MAX_LEN;
      for (int end = i + 1 > start + SHORTEST ? i + 1 : start + SHORTEST; end <= lastEnd; end++) {
        int wordLength = end - start;
        if (!mayFit(text, start, wordLength, i - start)) continue;
        double written = 0;
        for (int k = start; k < end; k++) written += singleCost(k);
        double needed = leastMargin + constants[C_LENGTH_MARGIN + wordLength];
        if (written - constants[C_CHEAPEST + wordLength] < needed) continue;
        Candidate c = bestCompletion((int)length, i, start, end, written - needed + constants[C_CONTEXT_SLACK]);
        if (c.found && (!best.found || c.gain > best.gain)) best = c;
      }
    }
    if (!best.found) continue;
    found[count * 5] = i;
    found[count * 5 + 1] = best.start;
    found[count * 5 + 2] = best.end;
    found[count * 5 + 3] = best.fill;
    found[count * 5 + 4] = best.kind;
    gains[count] = best.gain;
    count++;
  }
  return count;
}

static void readShort(Short *t, int at, int width) {
  t->keys = (const i32 *)layout[at];
  t->costs = (const u16 *)layout[at + 1];
  t->mask = (u32)layout[at + 2] - 1;
  t->width = width;
}

static int readSorted(Sorted *s, i32 keys, i32 costs, i32 count, int width) {
  s->keys = (const u16 *)keys;
  s->costs = (const u16 *)costs;
  s->count = count;
  s->width = width;
  s->starts = (i32 *)reserve(SLOTS * 4);
  s->ends = (i32 *)reserve(SLOTS * 4);
  if (!s->starts || !s->ends) return 0;
  for (int k = 0; k < SLOTS; k++) s->ends[k] = UNKNOWN;
  return 1;
}

/*
 * Reads the tables `layout` points at; 0 when memory ran out, or when JavaScript's word length,
 * layout or context are not the ones this file was written for (the TypeScript search then serves).
 */
i32 init(void) {
  if (constants[C_MAX_WORD_LENGTH] != MAX_LEN || constants[C_LAYOUT_ENTRIES] != L_SIZE) return 0;
  if (2 * constants[C_CONTEXT] + MAX_LEN > MAX_SEGMENTED) return 0;
  readShort(&shortCosts[0], L_SHORT, 1);
  readShort(&shortCosts[1], L_SHORT + 3, 2);
  int at = L_POSITIONS;
  for (int length = 2; length <= MAX_LEN; length++) {
    positions[length].bits = (const u8 *)layout[at++];
    positions[length].pairCount = length >= 3 ? length - 1 : 0;
    for (int k = 0; k < positions[length].pairCount; k++, at += 3) readShort(&positions[length].pairs[k], at, 2);
  }
  for (int length = 1; length <= MAX_LEN; length++)
  {
    int at = L_SORTED + (length - 1) * 3;
    if (!readSorted(&sorted[length], layout[at], layout[at + 1], layout[at + 2], length)) return 0;
  }
  at = L_COMPLETIONS;
  for (int length = 2; length <= MAX_LEN; length++) {
    for (int position = 0; position < length; position++, at += 4) {
      Completion *c = &completions[length][position];
      if (!readSorted(&c->others, layout[at], layout[at + 2], layout[at + 3], length - 1)) return 0;
      c->fills = (const u16 *)layout[at + 1];
      c->costs = (const u16 *)layout[at + 2];
    }
  }
  sound.chars = (const u16 *)layout[L_GROUPS];
  sound.offsets = (const u32 *)layout[L_GROUPS + 1];
  sound.count = layout[L_GROUPS + 2];
  shape.chars = (const u16 *)layout[L_GROUPS + 3];
  shape.offsets = (const u32 *)layout[L_GROUPS + 4];
  shape.count = layout[L_GROUPS + 5];
  linkGroups(&sound);
  linkGroups(&shape);
  charFlags = (const u8 *)layout[L_CHAR_FLAGS];
  kindOf = (u8 *)reserve(0x10000);
  touched = (u16 *)reserve(0x10000 * 2);
  hasConfusables = (u8 *)reserve(0x10000);
  if (!sound.head || !shape.head || !kindOf || !touched || !hasConfusables) return 0;
  for (int c = 0; c < 0x10000; c++) kindOf[c] = hasConfusables[c] = 0;
  touchedCount = 0;
  markedCode = -1;
  markGroupsWithPairs(&sound);
  markGroupsWithPairs(&shape);
  return 1;
}
