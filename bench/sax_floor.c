/* The floor: a bare C program that only walks the sheet's XML with libxml2's SAX2 push parser
 * (fed from the zip by libzip, as planbridge is) and counts <c> elements. Nothing else.
 * Build: cc -O2 sax_floor.c $(pkg-config --cflags --libs libxml-2.0 libzip) -o sax_floor
 * Usage: sax_floor FILE.xlsx [xl/worksheets/sheet1.xml] */
#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>
#include <zip.h>

static long cells;

static void on_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int nb_ns,
                     const xmlChar **ns, int nb_attrs, int nb_defaulted, const xmlChar **attrs) {
    (void)ctx; (void)prefix; (void)uri; (void)nb_ns; (void)ns; (void)nb_attrs; (void)nb_defaulted; (void)attrs;
    if (local[0] == 'c' && local[1] == 0) cells++;
}

int main(int argc, char **argv) {
    const char *part = argc > 2 ? argv[2] : "xl/worksheets/sheet1.xml";
    int err = 0;
    zip_t *za = zip_open(argv[1], ZIP_RDONLY, &err);
    if (!za) { fprintf(stderr, "cannot open %s\n", argv[1]); return 1; }
    zip_file_t *f = zip_fopen(za, part, 0);
    if (!f) { fprintf(stderr, "no %s\n", part); return 1; }
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    xmlParserCtxtPtr ctxt = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, part);
    char buf[65536];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) xmlParseChunk(ctxt, buf, (int)n, 0);
    xmlParseChunk(ctxt, NULL, 0, 1);
    xmlFreeParserCtxt(ctxt);
    zip_fclose(f);
    zip_discard(za);
    printf("%ld cells\n", cells);
    return 0;
}
