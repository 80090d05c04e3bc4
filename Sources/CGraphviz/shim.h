// Shim for Graphviz: Swift cannot read the C globals Agdirected/Agstrictdirected under
// Swift 6 concurrency checking, and cgraph takes `char *` where it only reads the text.
#ifndef SILOSCOPE_CGRAPHVIZ_SHIM_H
#define SILOSCOPE_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
