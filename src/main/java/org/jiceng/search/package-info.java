/**
 * Chinese text and full-text search (全文检索): {@link org.jiceng.search.ChineseText} cuts Chinese into words with
 * Lucene's smartcn analyser (its dictionary ships inside the jar); the index of cases, disputes, topics, minutes
 * and notices lives in PostgreSQL as {@code tsvector} of those words, and every hit passes the permission policy of
 * the record it finds before it is shown.
 */
@org.springframework.modulith.ApplicationModule(displayName = "全文检索")
package org.jiceng.search;
