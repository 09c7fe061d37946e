package org.jiceng.services;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Catalogue items the request tests need, written straight into the catalogue's tables (the catalogue's own API is
 * another part of the module): published county-wide in 会泽县.
 */
final class ServiceRequestItems {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final JdbcClient jdbc;

    ServiceRequestItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long item(String name, Long officeUnitId, String officeName, int days, boolean agency, List<String> materials) {
        return write("ITEM", name, officeUnitId, officeName, days, agency, materials, List.of());
    }

    long bundle(String name, List<Long> members) {
        return write("BUNDLE", name, null, "", 0, true, List.of(), members);
    }

    private long write(String kind, String name, Long office, String officeName, int days, boolean agency,
                       List<String> materials, List<Long> members) {
        String code = "TREQ-" + System.nanoTime() % 1_000_000_000L + "-" + NEXT.incrementAndGet();
        OffsetDateTime now = OffsetDateTime.now();
        long id = jdbc.sql("""
                        insert into services.item (county, code, kind, created_at) values ('530326', :code, :kind, :at)
                        returning id""").param("code", code).param("kind", kind).param("at", now)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into services.item_version (item_id, county, version, state, territory_code, name,
                            office_unit_id, office_name, materials, time_limit_days, agency_allowed, members,
                            written_by, written_at, published_at)
                        values (:id, '530326', 1, 'PUBLISHED', '530326', :name, :office, :officeName, :materials,
                            :days, :agency, :members, 0, :at, :at)""")
                .param("id", id).param("name", name).param("office", office).param("officeName", officeName)
                .param("materials", materials.toArray(String[]::new)).param("days", days).param("agency", agency)
                .param("members", members.toArray(Long[]::new)).param("at", now).update();
        return id;
    }
}
