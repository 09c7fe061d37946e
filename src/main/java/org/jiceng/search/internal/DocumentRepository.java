package org.jiceng.search.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import org.jiceng.Redaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The index's rows: written by the indexer, read by {@link SearchService} through {@link SearchSql}. */
@Repository
class DocumentRepository {

    /** One lock key shared by everyone who writes the index, so a rebuild's older read never overwrites a newer one. */
    private static final long WRITERS = 0x5ea4c4L;

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the writers' lock until the caller's transaction ends; read what you will write after taking it. */
    void lockWriters() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", WRITERS).query().singleValue();
    }

    /** Writes these documents (redacting their text), replacing what the index held of the same records. */
    void upsert(List<SearchDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        int n = documents.size();
        String[] kinds = new String[n];
        Long[] ids = new Long[n];
        String[] places = new String[n];
        Timestamp[] times = new Timestamp[n];
        String[] titles = new String[n];
        String[] bodies = new String[n];
        String[] vectors = new String[n];
        Boolean[] publics = new Boolean[n];
        Long[] owners = new Long[n];
        String[] units = new String[n];
        String[] parties = new String[n];
        for (int i = 0; i < n; i++) {
            SearchDocument d = documents.get(i);
            kinds[i] = d.kind().name();
            ids[i] = d.recordId();
            places[i] = d.territoryCode();
            times[i] = Timestamp.from(d.at());
            titles[i] = Redaction.redact(d.title());
            bodies[i] = Redaction.redact(d.body());
            vectors[i] = SearchTerms.vector(titles[i] + "\n" + bodies[i], d.territoryCode(), d.at());
            publics[i] = d.publicRecord();
            owners[i] = d.ownerId();
            units[i] = "{" + String.join(",", d.unitIds().stream().map(String::valueOf).toList()) + "}";
            parties[i] = "{" + String.join(",", d.partyIds().stream().map(String::valueOf).toList()) + "}";
        }
        jdbc.sql("""
                        insert into search.document (county, kind, record_id, territory_code, at, title, body, words, public,
                                                     owner_id, unit_ids, party_ids, indexed_at)
                        select left(place, 6), kind, id, place, at, title, body, cast(vector as tsvector), pub, owner,
                               cast(units as bigint[]), cast(parties as bigint[]), now()
                        from unnest(cast(:kinds as text[]), cast(:ids as bigint[]), cast(:places as text[]),
                                    cast(:times as timestamptz[]), cast(:titles as text[]), cast(:bodies as text[]),
                                    cast(:vectors as text[]), cast(:publics as boolean[]), cast(:owners as bigint[]),
                                    cast(:units as text[]), cast(:parties as text[]))
                             as d(kind, id, place, at, title, body, vector, pub, owner, units, parties)
                        on conflict (kind, record_id, county) do update set territory_code = excluded.territory_code,
                            at = excluded.at, title = excluded.title, body = excluded.body, words = excluded.words,
                            public = excluded.public, owner_id = excluded.owner_id, unit_ids = excluded.unit_ids,
                            party_ids = excluded.party_ids, indexed_at = excluded.indexed_at""")
                .param("kinds", kinds).param("ids", ids).param("places", places).param("times", times)
                .param("titles", titles).param("bodies", bodies).param("vectors", vectors).param("publics", publics)
                .param("owners", owners).param("units", units).param("parties", parties)
                .update();
    }

    /** Takes records out of the index (their record is gone, or moved to another county: then re-added). */
    void delete(SearchKind kind, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from search.document where kind = :kind and record_id = any(:ids)")
                    .param("kind", kind.name()).param("ids", ids.toArray(Long[]::new)).update();
        }
    }

    long count(SearchKind kind) {
        return jdbc.sql("select count(*) from search.document where kind = :kind").param("kind", kind.name())
                .query(Long.class).single();
    }
}
