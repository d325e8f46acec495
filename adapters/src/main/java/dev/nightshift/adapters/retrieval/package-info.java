/** Runbook and past-incident retrieval: BM25 with Lucene, optionally fused with embeddings. */
@NullMarked
package dev.nightshift.adapters.retrieval;

import org.jspecify.annotations.NullMarked;
