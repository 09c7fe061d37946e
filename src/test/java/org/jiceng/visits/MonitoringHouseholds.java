package org.jiceng.visits;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Picks demo households for the monitoring tests: one with no monitoring record yet, in the place asked. */
final class MonitoringHouseholds {

    private MonitoringHouseholds() {
    }

    static long unrecorded(JdbcClient jdbc, String prefix) {
        return jdbc.sql("""
                        select h.id from visits.household h
                        where h.territory_code like :prefix || '%'
                          and not exists (select 1 from visits.monitoring_record r where r.household_id = h.id)
                        order by h.id limit 1""")
                .param("prefix", prefix).query(Long.class).single();
    }
}
