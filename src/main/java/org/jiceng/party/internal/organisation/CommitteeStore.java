package org.jiceng.party.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.party.internal.organisation.OrganisationRecords.Election;
import org.jiceng.party.internal.organisation.OrganisationRecords.JointMeeting;
import org.jiceng.party.internal.organisation.OrganisationRecords.MemberUnit;
import org.jiceng.party.internal.organisation.OrganisationRecords.Seat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Elected committees with their seats, a 大党委's member units and its 联席会议; all kept, newest first. */
@Repository
class CommitteeStore {

    private final JdbcClient jdbc;

    CommitteeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long elect(long organisationId, LocalDate startsOn, LocalDate endsOn, List<Seat> seats, long actor, Instant at) {
        long id = jdbc.sql("""
                        insert into party.committee_election (organisation_id, starts_on, ends_on, recorded_by, recorded_at)
                        values (:org, :starts, :ends, :actor, :at) returning id""")
                .param("org", organisationId).param("starts", startsOn).param("ends", endsOn).param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
        for (int i = 0; i < seats.size(); i++) {
            jdbc.sql("insert into party.committee_seat (election_id, seat, post, holder_name) values (:e, :s, :post, :name)")
                    .param("e", id).param("s", i).param("post", seats.get(i).post())
                    .param("name", seats.get(i).holderName()).update();
        }
        return id;
    }

    /** The organisation's elections, newest term first, each with its seats (two queries, however many terms). */
    List<Election> elections(long organisationId) {
        Map<Long, Election> byId = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, starts_on, ends_on, recorded_at from party.committee_election where organisation_id = :org
                        order by starts_on desc, id desc""")
                .param("org", organisationId)
                .query(rs -> {
                    byId.put(rs.getLong(1), new Election(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, OffsetDateTime.class), new ArrayList<>()));
                });
        if (!byId.isEmpty()) {
            jdbc.sql("select election_id, post, holder_name from party.committee_seat where election_id in (:ids) "
                            + "order by election_id, seat")
                    .param("ids", List.copyOf(byId.keySet()))
                    .query(rs -> {
                        String post = rs.getString(2);
                        byId.get(rs.getLong(1)).seats().add(new Seat(post, postName(post), rs.getString(3)));
                    });
        }
        return List.copyOf(byId.values());
    }

    static String postName(String post) {
        return switch (post) {
            case "SECRETARY" -> "书记";
            case "DEPUTY_SECRETARY" -> "副书记";
            default -> "委员";
        };
    }

    long addUnit(long organisationId, String name, String duty, LocalDate joinedOn) {
        return jdbc.sql("""
                        insert into party.member_unit (organisation_id, unit_name, duty, joined_on)
                        values (:org, :name, :duty, :joined) returning id""")
                .param("org", organisationId).param("name", name).param("duty", duty).param("joined", joinedOn)
                .query(Long.class).single();
    }

    boolean unitIsMember(long organisationId, String name) {
        return jdbc.sql("select exists (select 1 from party.member_unit where organisation_id = :org and unit_name = :name"
                        + " and left_on is null)")
                .param("org", organisationId).param("name", name).query(Boolean.class).single();
    }

    List<MemberUnit> units(long organisationId) {
        return jdbc.sql("""
                        select id, unit_name, duty, joined_on, left_on from party.member_unit where organisation_id = :org
                        order by left_on nulls first, id""")
                .param("org", organisationId).query(MemberUnit.class).list();
    }

    long addMeeting(long organisationId, LocalDate heldOn, String topic, String attendees, String decisions, long actor,
                    Instant at) {
        return jdbc.sql("""
                        insert into party.joint_meeting (organisation_id, held_on, topic, attendees, decisions, recorded_by,
                            recorded_at)
                        values (:org, :held, :topic, :attendees, :decisions, :actor, :at) returning id""")
                .param("org", organisationId).param("held", heldOn).param("topic", topic).param("attendees", attendees)
                .param("decisions", decisions).param("actor", actor)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).query(Long.class).single();
    }

    List<JointMeeting> meetings(long organisationId, int limit) {
        return jdbc.sql("""
                        select id, held_on, topic, attendees, decisions from party.joint_meeting where organisation_id = :org
                        order by held_on desc, id desc limit :limit""")
                .param("org", organisationId).param("limit", limit).query(JointMeeting.class).list();
    }
}
