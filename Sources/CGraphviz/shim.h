// Shim for Graphviz (libgvc + libcgraph), used only by SiloscopeRendering's C boundary.
//
// Why these helpers exist:
// - Swift 6 refuses to read the C globals Agdirected/Agstrictdirected ("not
//   concurrency-safe"): they are returned from functions instead.
// - cgraph takes `char *` for names and attribute values although it only reads them:
//   the wrappers take `const char *` so Swift can pass its strings directly.
// - A system library target compiles no C, so every helper is `static inline`.
//
// None of these helpers is thread-safe: Graphviz is not. Callers hold the one
// process-wide lock around every call (see docs/rendering.md).
#ifndef SILOSCOPE_CGRAPHVIZ_SHIM_H
#define SILOSCOPE_CGRAPHVIZ_SHIM_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The descriptor of a directed, non-strict graph (parallel edges allowed).
static inline Agdesc_t siloscope_directed(void) { return Agdirected; }

/// The descriptor of a directed, strict graph (no parallel edges or self-loops).
static inline Agdesc_t siloscope_strict_directed(void) { return Agstrictdirected; }

/// The descriptor of an undirected, non-strict graph.
static inline Agdesc_t siloscope_undirected(void) { return Agundirected; }

/// The descriptor of an undirected, strict graph.
static inline Agdesc_t siloscope_strict_undirected(void) { return Agstrictundirected; }

// An ID discipline that makes layouts deterministic in a long-lived process, and that
// keeps object names itself.
//
// cgraph's default discipline uses the address of an object's interned name as its ID,
// and keeps subgraphs ordered by ID. dot lays clusters out in that order, so in one
// process (where addresses differ from call to call) the same diagram with several
// clusters gave different SVG and DOT on 40 renders out of 40 (measured here). This
// discipline hands out IDs from a per-graph counter, so subgraphs come in creation
// order, the same on every render.
//
// It also maps IDs back to names on its own. An earlier version declined every name and
// let cgraph keep them in its internal name map; but Graphviz 2.42's agclose of *any*
// subgraph calls aginternalmapclose, which empties the map shared by the whole graph.
// neato, fdp, sfdp and twopi close the subgraphs they make for connected components, so
// after their layout every name read back as a static "%1" buffer, and the SVG
// renderer's edge titles (strdup_and_subst_obj "\E") overflowed the heap: the crash
// `free(): invalid pointer` seen in CI. Names kept here survive that. They are interned
// with agstrdup, as cgraph's own names are: agwrite asks aghtmlstr of every name, which
// reads the header of an interned string (a plain strdup'ed name read garbage there, and
// DOT output changed from render to render, a name now and then written as <html>).
typedef struct {
    Agraph_t *root;      /* the graph whose string pool holds the names */
    IDTYPE next;         /* the next ID to hand out; IDs are odd: 1, 3, 5, ... */
    char **names;        /* names[(id - 1) / 2]: the object's name, NULL when anonymous */
    size_t count;        /* IDs handed out */
    size_t capacity;     /* room in names */
    size_t *table;       /* open addressing over names: index + 1, 0 when empty */
    size_t tableSize;    /* a power of two, at least twice the named objects */
    size_t named;        /* entries in table */
} siloscope_id_state;

static inline size_t siloscope_id_hash(const char *text) {
    size_t hash = (size_t)1469598103934665603ULL; /* FNV-1a */
    for (const unsigned char *p = (const unsigned char *)text; *p != 0; p++) {
        hash ^= *p;
        hash *= (size_t)1099511628211ULL;
    }
    return hash;
}

/// The table slot holding `name`, or the empty slot where it would go.
static inline size_t siloscope_id_slot(const siloscope_id_state *s, const char *name) {
    size_t mask = s->tableSize - 1;
    size_t i = siloscope_id_hash(name) & mask;
    while (s->table[i] != 0 && strcmp(s->names[s->table[i] - 1], name) != 0) i = (i + 1) & mask;
    return i;
}

static inline int siloscope_id_grow_table(siloscope_id_state *s) {
    size_t size = s->tableSize == 0 ? 64 : s->tableSize * 2;
    size_t *table = (size_t *)calloc(size, sizeof(size_t));
    if (table == NULL) return 0;
    size_t *old = s->table;
    size_t oldSize = s->tableSize;
    s->table = table;
    s->tableSize = size;
    for (size_t i = 0; i < oldSize; i++) {
        if (old[i] != 0) s->table[siloscope_id_slot(s, s->names[old[i] - 1])] = old[i];
    }
    free(old);
    return 1;
}

/// Hands out the next ID, recording `name` (copied; NULL for an anonymous object).
/// Returns 0 when memory runs out.
static inline int siloscope_id_new(siloscope_id_state *s, const char *name, IDTYPE *id) {
    if (s->count == s->capacity) {
        size_t capacity = s->capacity == 0 ? 64 : s->capacity * 2;
        char **names = (char **)realloc(s->names, capacity * sizeof(char *));
        if (names == NULL) return 0;
        s->names = names;
        s->capacity = capacity;
    }
    if (name != NULL && (s->named + 1) * 2 > s->tableSize && !siloscope_id_grow_table(s)) return 0;
    char *copy = NULL;
    if (name != NULL && (copy = agstrdup(s->root, (char *)name)) == NULL) return 0;
    s->names[s->count] = copy;
    s->count++;
    if (copy != NULL) {
        s->table[siloscope_id_slot(s, copy)] = s->count;
        s->named++;
    }
    *id = s->next;
    s->next += 2;
    return 1;
}

static inline void *siloscope_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    siloscope_id_state *state = (siloscope_id_state *)calloc(1, sizeof(siloscope_id_state));
    if (state != NULL) {
        state->root = g;
        state->next = 1;
    }
    return state;
}

static inline long siloscope_id_map(void *state, int objtype, char *str, IDTYPE *id,
                                    int createflag) {
    (void)objtype;
    siloscope_id_state *s = (siloscope_id_state *)state;
    if (str != NULL && s->tableSize != 0) {
        size_t slot = siloscope_id_slot(s, str);
        if (s->table[slot] != 0) {
            *id = 2 * (IDTYPE)(s->table[slot] - 1) + 1;
            return 1;
        }
    }
    if (!createflag) return 0;
    return siloscope_id_new(s, str, id);
}

static inline long siloscope_id_alloc(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
    return 0; /* no caller-chosen IDs */
}

/// Names stay until the graph closes (agclose closes the ID discipline before the string
/// pool): a node and a subgraph may share a name (and so an
/// ID, as with cgraph's own discipline), and freeing one must not unname the other.
static inline void siloscope_id_free(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
}

static inline char *siloscope_id_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    siloscope_id_state *s = (siloscope_id_state *)state;
    if (id % 2 == 0) return NULL;
    size_t index = (size_t)((id - 1) / 2);
    return index < s->count ? s->names[index] : NULL;
}

static inline void siloscope_id_close(void *state) {
    siloscope_id_state *s = (siloscope_id_state *)state;
    if (s == NULL) return;
    for (size_t i = 0; i < s->count; i++) {
        if (s->names[i] != NULL) agstrfree(s->root, s->names[i]);
    }
    free(s->names);
    free(s->table);
    free(s);
}

static inline void siloscope_id_register(void *state, int objtype, void *obj) {
    (void)state;
    (void)objtype;
    (void)obj;
}

/// cgraph's memory and I/O disciplines with the deterministic ID discipline above.
static inline Agdisc_t *siloscope_disc(void) {
    static Agiddisc_t id = {siloscope_id_open,  siloscope_id_map,   siloscope_id_alloc,
                            siloscope_id_free,  siloscope_id_print, siloscope_id_close,
                            siloscope_id_register};
    static Agdisc_t disc = {&AgMemDisc, &id, &AgIoDisc};
    return &disc;
}

static inline Agraph_t *siloscope_agopen(const char *name, Agdesc_t desc) {
    return agopen((char *)name, desc, siloscope_disc());
}

static inline Agnode_t *siloscope_agnode(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

/// A new anonymous edge every call (in a non-strict graph), so parallel edges stay apart.
static inline Agedge_t *siloscope_agedge(Agraph_t *g, Agnode_t *t, Agnode_t *h) {
    return agedge(g, t, h, NULL, 1);
}

static inline Agraph_t *siloscope_agsubg(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

static inline int siloscope_agsafeset(void *obj, const char *name, const char *value,
                                      const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}

/// Declares (or finds) an attribute for one kind of object (AGRAPH, AGNODE, AGEDGE) with
/// a default value; on the root graph this is DOT's `node [...]` / `edge [...]`.
static inline Agsym_t *siloscope_agattr(Agraph_t *g, int kind, const char *name,
                                        const char *def) {
    return agattr(g, kind, (char *)name, (char *)def);
}

/// Looks an attribute declaration up without creating it; NULL when undeclared.
static inline Agsym_t *siloscope_agattr_lookup(Agraph_t *g, int kind, const char *name) {
    return agattr(g, kind, (char *)name, NULL);
}

/// Sets an HTML-like label: the value must be interned with agstrdup_html for
/// Graphviz to treat it as HTML. The symbol is declared with `def` when missing.
static inline int siloscope_set_html(Agraph_t *root, void *obj, int kind, const char *name,
                                     const char *html, const char *def) {
    Agsym_t *sym = agattr(root, kind, (char *)name, NULL);
    if (sym == NULL) sym = agattr(root, kind, (char *)name, (char *)def);
    if (sym == NULL) return -1;
    char *interned = agstrdup_html(root, (char *)html);
    if (interned == NULL) return -1;
    int rc = agxset(obj, sym, interned);
    agstrfree(root, interned);
    return rc;
}

/// The value of an attribute, or NULL when it is undeclared for that kind of object.
static inline const char *siloscope_agget(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

static inline const char *siloscope_agnameof(void *obj) { return agnameof(obj); }

/// Whether an attribute value was interned as an HTML-like label.
static inline int siloscope_is_html(const char *value) {
    return value != NULL && aghtmlstr((char *)value);
}

static inline int siloscope_layout(GVC_t *gvc, Agraph_t *g, const char *engine) {
    return gvLayout(gvc, g, engine);
}

static inline int siloscope_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                        char **result, unsigned int *length) {
    return gvRenderData(gvc, g, format, result, length);
}

/// Writes the graph as DOT (no layout needed) into a malloc'ed buffer the caller frees.
/// Returns 0 on success.
static inline int siloscope_write_dot(Agraph_t *g, char **result, size_t *length) {
    *result = NULL;
    *length = 0;
    FILE *stream = open_memstream(result, length);
    if (stream == NULL) return -1;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0) rc = -1;
    return rc;
}

/// Exported by libcgraph but missing from its headers: flushes the DOT lexer's buffer.
extern void aglexbad(void);

/// Parses DOT text. agmemread alone keeps what the lexer read past the end of the
/// previous graph: measured here, parsing "digraph A {a} digraph B {b}" and then
/// "digraph C {c}" returned graph B, and line numbers in errors drifted. Flushing the
/// lexer and resetting the line counter first makes each parse independent.
static inline Agraph_t *siloscope_agmemread(const char *text) {
    aglexbad();
    agreadline(1);
    return agmemread(text);
}

static inline Agsym_t *siloscope_next_attr(Agraph_t *g, int kind, Agsym_t *sym) {
    return agnxtattr(g, kind, sym);
}

static inline const char *siloscope_sym_name(Agsym_t *sym) { return sym->name; }
static inline const char *siloscope_sym_default(Agsym_t *sym) { return sym->defval; }

/// An edge's tail and head (cgraph defines agtail/aghead as macros Swift cannot call).
static inline Agnode_t *siloscope_tail(Agedge_t *e) { return AGTAIL(e); }
static inline Agnode_t *siloscope_head(Agedge_t *e) { return AGHEAD(e); }

/// The creation sequence number of a graph, node or edge (cgraph iterates subgraphs
/// by name, not by creation; sorting by this number restores the file's order).
static inline unsigned long siloscope_seq(void *obj) { return AGSEQ(obj); }

/// A node's centre after layout, in points.
static inline void siloscope_node_center(Agnode_t *n, double *x, double *y) {
    *x = ND_coord(n).x;
    *y = ND_coord(n).y;
}

/// A node's size after layout, in points (Graphviz keeps it in inches).
static inline void siloscope_node_size(Agnode_t *n, double *width, double *height) {
    *width = ND_width(n) * 72.0;
    *height = ND_height(n) * 72.0;
}

/// The drawing's bounding box after layout, in points.
static inline void siloscope_graph_bb(Agraph_t *g, double *llx, double *lly, double *urx,
                                      double *ury) {
    *llx = GD_bb(g).LL.x;
    *lly = GD_bb(g).LL.y;
    *urx = GD_bb(g).UR.x;
    *ury = GD_bb(g).UR.y;
}

/// Kinds of cgraph objects, as plain ints for Swift (the C macros are not imported
/// uniformly: AGEDGE is defined in terms of AGOUTEDGE).
static inline int siloscope_kind_graph(void) { return AGRAPH; }
static inline int siloscope_kind_node(void) { return AGNODE; }
static inline int siloscope_kind_edge(void) { return AGEDGE; }
static inline int siloscope_error_level_error(void) { return AGERR; }

#endif
