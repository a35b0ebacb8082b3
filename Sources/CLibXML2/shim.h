#ifndef OPI_AGREEMENT_CLIBXML2_SHIM_H
#define OPI_AGREEMENT_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its ICU types clash with the ICU module that
   Foundation carries ("'UErrorCode' has different definitions in different
   modules"). Hiding the ICU part of libxml2 avoids the clash: it only removes
   trailing members of xmlCharEncodingHandler that Swift never touches. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>

/* xmlFree is a mutable global function pointer, which Swift 6 refuses as not
   concurrency-safe; call it through this function instead. */
static inline void opi_xmlFree(void *pointer) { xmlFree(pointer); }

static inline const char *opi_libxml_version(void) { return LIBXML_DOTTED_VERSION; }

#endif
