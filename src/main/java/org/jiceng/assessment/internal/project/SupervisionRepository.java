package org.jiceng.assessment.internal.project;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Supervision items (督办) of overdue milestones. */
@Repository
class SupervisionRepository {

    private static final String COLUMNS = """
            s.id, s.project_id, p.title as project_title, s.milestone_id, m.title as milestone_title, m.due_on,
            s.territory_code, p.unit_name, s.raised_on, s.cleared_on""";
    private static final String JOINS = """
             from assessment.project_supervision s
             join assessment.livelihood_project p on p.county = s.county and p.id = s.project_id
             join assessment.project_milestone m on m.county = s.county and m.id = s.milestone_id""";

    private final JdbcClient jdbc;

    SupervisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A milestone due before {@code today} and not done, with no item yet: what to raise. */
    record Overdue(String county, long projectId, String projectTitle, long milestoneId, String milestoneTitle,
                   LocalDate dueOn, String territoryCode, Long unitId, String unitName) {
    }

    List<Overdue> overdueWithoutItem(LocalDate today, int limit) {
        return jdbc.sql("""
                        select m.county, p.id as project_id, p.title as project_title, m.id as milestone_id,
                               m.title as milestone_title, m.due_on, p.territory_code, p.unit_id, p.unit_name
                        from assessment.project_milestone m
                        join assessment.livelihood_project p on p.county = m.county and p.id = m.project_id
                        where m.done_on is null and m.due_on < :today
                          and not exists (select 1 from assessment.project_supervision s
                                          where s.county = m.county and s.milestone_id = m.id)
                        order by m.due_on, m.id limit :limit""")
                .param("today", today).param("limit", limit).query(Overdue.class).list();
    }

    boolean raise(Overdue o, LocalDate on) {
        return jdbc.sql("""
                        insert into assessment.project_supervision (county, project_id, milestone_id, territory_code,
                                                                    raised_on)
                        values (:county, :project, :milestone, :territory, :on) on conflict do nothing""")
                .param("county", o.county()).param("project", o.projectId()).param("milestone", o.milestoneId())
                .param("territory", o.territoryCode()).param("on", on).update() == 1;
    }

    /** Clears the open items whose milestones are done, on the day each was done. */
    int clearDone() {
        return jdbc.sql("""
                        update assessment.project_supervision s set cleared_on = m.done_on
                        from assessment.project_milestone m
                        where m.county = s.county and m.id = s.milestone_id and s.cleared_on is null
                          and m.done_on is not null""").update();
    }

    /** The items of the reach (open only, or all), by id after the cursor. */
    List<SupervisionView> within(LivelihoodProjectRepository.Reach reach, boolean openOnly, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + JOINS + " where " + reach.where()
                        + (openOnly ? " and s.cleared_on is null" : "") + " and s.id > :after order by s.id limit :limit")
                .params(reach.scope().params()).param("unit", reach.unit()).param("after", after)
                .param("limit", limit).query(SupervisionView.class).list();
    }

    List<SupervisionView> ofProject(ProjectView p) {
        return jdbc.sql("select " + COLUMNS + " " + JOINS + " where s.county = :county and s.project_id = :project order by s.id")
                .param("county", p.county()).param("project", p.id()).query(SupervisionView.class).list();
    }
}
