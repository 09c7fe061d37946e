package org.jiceng.party.internal.cobuilding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 双报到 registrants as co-building sees them, their offers (资源清单) and the projects made of needs and offers. */
@Repository
class ProjectRepository {

    /** A unit or member registered with a community, with the member's own party organisation. */
    record Registrant(long id, String communityCode, String unitName, Long memberId, String memberName,
                      String organisationName) {

        String name() {
            return unitName != null ? unitName : memberName;
        }

        boolean unit() {
            return unitName != null;
        }
    }

    record Offer(long id, String communityCode, long registrationId, String registrant, String title,
                 String description, String available, String status, OffsetDateTime createdAt) {
    }

    record Project(long id, String communityCode, String title, long leadRegistrationId, String lead,
                   LocalDate startsOn, LocalDate endsOn, String status, OffsetDateTime createdAt) {
    }

    private static final String REGISTRANT = """
            select r.id, r.community_code, r.unit_name, r.member_id, m.name as member_name, o.name as organisation_name
            from party.dual_registration r
            left join party.member m on m.county = r.county and m.id = r.member_id
            left join party.organisation o on o.id = m.organisation_id
            """;
    private static final String OFFER = """
            select f.id, f.community_code, f.registration_id, coalesce(r.unit_name, m.name) as registrant, f.title,
                   f.description, f.available, f.status, f.created_at
            from party.offer f
            join party.dual_registration r on r.county = f.county and r.id = f.registration_id
            left join party.member m on m.county = r.county and m.id = r.member_id
            """;
    private static final String PROJECT = """
            select p.id, p.community_code, p.title, p.lead_registration_id, coalesce(r.unit_name, m.name) as lead,
                   p.starts_on, p.ends_on, p.status, p.created_at
            from party.project p
            join party.dual_registration r on r.county = p.county and r.id = p.lead_registration_id
            left join party.member m on m.county = r.county and m.id = r.member_id
            """;

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Registrant> registrant(long id, Scope scope) {
        return jdbc.sql(REGISTRANT + "where r.id = :id and " + scope.where("r.community_code", "r.county"))
                .params(scope.params()).param("id", id).query(Registrant.class).optional();
    }

    /** The member's registration with a community, if they registered there. */
    Optional<Registrant> registrantOfMember(long memberId, String community) {
        return jdbc.sql(REGISTRANT + "where r.member_id = :member and r.community_code = :community"
                        + " and r.county = left(:community, 6)")
                .param("member", memberId).param("community", community).query(Registrant.class).optional();
    }

    /** The registrations of a member, in every community they registered with. */
    List<Registrant> registrantsOfMember(long memberId) {
        return jdbc.sql(REGISTRANT + "where r.member_id = :member order by r.id")
                .param("member", memberId).query(Registrant.class).list();
    }

    List<Registrant> registrants(String community, Scope scope) {
        return jdbc.sql(REGISTRANT + "where r.community_code = :community and " + scope.where("r.community_code", "r.county")
                        + " order by r.id")
                .params(scope.params()).param("community", community).query(Registrant.class).list();
    }

    long insertOffer(Registrant registrant, String title, String description, String available, long by) {
        return jdbc.sql("""
                        insert into party.offer (county, community_code, registration_id, title, description, available,
                                                 status, created_by)
                        values (left(:community, 6), :community, :registration, :title, :description, :available, 'OPEN', :by)
                        returning id""")
                .param("community", registrant.communityCode()).param("registration", registrant.id())
                .param("title", title).param("description", description).param("available", available)
                .param("by", by).query(Long.class).single();
    }

    Optional<Offer> offer(long id, Scope scope) {
        return jdbc.sql(OFFER + "where f.id = :id and " + scope.where("f.community_code", "f.county"))
                .params(scope.params()).param("id", id).query(Offer.class).optional();
    }

    List<Offer> offers(Scope scope, long before, int limit) {
        return jdbc.sql(OFFER + "where " + scope.where("f.community_code", "f.county") + " and f.id < :before order by f.id desc limit :limit")
                .params(scope.params()).param("before", before).param("limit", limit).query(Offer.class).list();
    }

    /** Marks open offers matched; the number of offers that were open. */
    int matchOffers(List<Long> ids) {
        return jdbc.sql("update party.offer set status = 'MATCHED' where id in (:ids) and status = 'OPEN'")
                .param("ids", ids).update();
    }

    long insertProject(String community, String title, long lead, LocalDate startsOn, LocalDate endsOn, long by) {
        return jdbc.sql("""
                        insert into party.project (county, community_code, title, lead_registration_id, starts_on, ends_on,
                                                   status, created_by)
                        values (left(:community, 6), :community, :title, :lead, :starts, :ends, 'ACTIVE', :by)
                        returning id""")
                .param("community", community).param("title", title).param("lead", lead).param("starts", startsOn)
                .param("ends", endsOn).param("by", by).query(Long.class).single();
    }

    void link(long project, String community, List<Long> needs, List<Long> offers) {
        for (long need : needs) {
            jdbc.sql("insert into party.project_need (county, project_id, need_id) values (left(:community, 6), :project, :need)")
                    .param("community", community).param("project", project).param("need", need).update();
        }
        for (long offer : offers) {
            jdbc.sql("insert into party.project_offer (county, project_id, offer_id) values (left(:community, 6), :project, :offer)")
                    .param("community", community).param("project", project).param("offer", offer).update();
        }
    }

    Optional<Project> project(long id, Scope scope) {
        return jdbc.sql(PROJECT + "where p.id = :id and " + scope.where("p.community_code", "p.county"))
                .params(scope.params()).param("id", id).query(Project.class).optional();
    }

    /** A project wherever it is: for a member reporting hours, whose right comes from their registration. */
    Optional<Project> projectAnywhere(long id) {
        return jdbc.sql(PROJECT + "where p.id = :id").param("id", id).query(Project.class).optional();
    }

    List<Project> projects(Scope scope, long before, int limit) {
        return jdbc.sql(PROJECT + "where " + scope.where("p.community_code", "p.county") + " and p.id < :before order by p.id desc limit :limit")
                .params(scope.params()).param("before", before).param("limit", limit).query(Project.class).list();
    }

    /** Active projects of the communities a member registered with. */
    List<Project> activeProjectsOfMember(long memberId) {
        return jdbc.sql(PROJECT + """
                        where p.status = 'ACTIVE' and exists (select 1 from party.dual_registration x
                            where x.member_id = :member and x.community_code = p.community_code)
                        order by p.id desc""")
                .param("member", memberId).query(Project.class).list();
    }

    List<Long> needIds(long project) {
        return jdbc.sql("select need_id from party.project_need where project_id = :project order by need_id")
                .param("project", project).query(Long.class).list();
    }

    List<Long> offerIds(long project) {
        return jdbc.sql("select offer_id from party.project_offer where project_id = :project order by offer_id")
                .param("project", project).query(Long.class).list();
    }

    boolean finish(long id) {
        return jdbc.sql("update party.project set status = 'DONE' where id = :id and status = 'ACTIVE'")
                .param("id", id).update() == 1;
    }
}
