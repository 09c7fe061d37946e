package org.jiceng.cases.internal;

import java.util.List;
import java.util.Optional;
import org.jiceng.cases.CategoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CategoryRepository {

    private static final String VIEW = """
            select c.code, c.name, c.parent_code,
                   not exists (select 1 from cases.category k where k.parent_code = c.code) as leaf,
                   c.urgency, c.response_hours, c.check_in_hours, c.resolve_days as resolve_working_days,
                   c.duplicate_radius_m as duplicate_radius_metres, c.active, c.version
            from cases.category c""";

    private final JdbcClient jdbc;

    CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CategoryView> all() {
        return jdbc.sql(VIEW + " order by c.code").query(CategoryView.class).list();
    }

    Optional<CategoryView> find(String code) {
        return jdbc.sql(VIEW + " where c.code = :code").param("code", code).query(CategoryView.class).optional();
    }

    boolean update(String code, int version, String urgency, int responseHours, int checkInHours, int resolveDays,
                   int radius, boolean active) {
        return jdbc.sql("""
                        update cases.category set urgency = :urgency, response_hours = :response, check_in_hours = :checkIn,
                            resolve_days = :resolve, duplicate_radius_m = :radius, active = :active, version = version + 1
                        where code = :code and version = :version and parent_code is not null""")
                .param("urgency", urgency).param("response", responseHours).param("checkIn", checkInHours)
                .param("resolve", resolveDays).param("radius", radius).param("active", active)
                .param("code", code).param("version", version).update() == 1;
    }
}
