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

// An ID discipline that makes layouts deterministic in a long-lived process.
//
// cgraph's default discipline uses the address of an object's interned name as its ID,
// and keeps subgraphs ordered by ID. dot lays clusters out in that order, so in one
// process (where addresses differ from call to call) the same diagram with several
// clusters gave different SVG and DOT on 40 renders out of 40 (measured here). This
// discipline declines every name, so cgraph keeps names in its own per-graph name map
// (as it does for anonymous objects), and hands out IDs from a per-graph counter:
// subgraphs then come in creation order, the same on every render.
typedef struct {
    IDTYPE next;
} siloscope_id_state;

static inline void *siloscope_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g;
    (void)disc;
    siloscope_id_state *state = (siloscope_id_state *)malloc(sizeof(siloscope_id_state));
    if (state != NULL) state->next = 1;
    return state;
}

static inline long siloscope_id_map(void *state, int objtype, char *str, IDTYPE *id,
                                    int createflag) {
    (void)objtype;
    if (str != NULL || !createflag) return 0; /* cgraph's name map resolves names */
    siloscope_id_state *s = (siloscope_id_state *)state;
    *id = s->next;
    s->next += 2;
    return 1;
}

static inline long siloscope_id_alloc(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
    return 0; /* no caller-chosen IDs */
}

static inline void siloscope_id_free(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
}

static inline char *siloscope_id_print(void *state, int objtype, IDTYPE id) {
    (void)state;
    (void)objtype;
    (void)id;
    return NULL; /* names come from cgraph's name map */
}

static inline void siloscope_id_close(void *state) { free(state); }

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
