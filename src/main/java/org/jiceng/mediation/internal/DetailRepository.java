package org.jiceng.mediation.internal;

import static org.jiceng.mediation.internal.DisputeRepository.beijing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jiceng.mediation.DisputeDetail.Agreement;
import org.jiceng.mediation.DisputeDetail.FollowUp;
import org.jiceng.mediation.DisputeDetail.Mediator;
import org.jiceng.mediation.DisputeDetail.Party;
import org.jiceng.mediation.DisputeDetail.Session;
import org.jiceng.mediation.DisputeDetail.Step;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.MediatorKind;
import org.jiceng.mediation.PartyRole;
import org.jiceng.mediation.SessionMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The parts of a dispute: parties, mediators, sessions, agreement, follow-ups and history. Read by dispute id
 * only after the service found the dispute within the reader's scope.
 */
@Repository
public class DetailRepository {

    static final String CONTACT_PURPOSE = "mediation.party.contact";

    private final JdbcClient jdbc;
    private final org.jiceng.people.PeopleApi people;

    DetailRepository(JdbcClient jdbc, org.jiceng.people.PeopleApi people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    /** A party; the contact is sealed with the personal-data key and only its masked form is kept readable. */
    public void addParty(long disputeId, String name, PartyRole role, boolean organisation, String contact, Long residentUserId) {
        org.jiceng.people.SealedPhone sealed = contact == null ? null : people.sealPhone(CONTACT_PURPOSE, contact);
        jdbc.sql("""
                        insert into mediation.dispute_party (county, dispute_id, name, role, organisation, contact_sealed, contact_masked,
                            resident_user_id)
                        select county, id, :name, :role, :organisation, :sealed, :masked, :resident
                        from mediation.dispute where id = :id""")
                .param("id", disputeId).param("name", name).param("role", role.name()).param("organisation", organisation)
                .param("sealed", sealed == null ? null : sealed.sealed()).param("masked", sealed == null ? null : sealed.masked())
                .param("resident", residentUserId).update();
    }

    /** Parties with their contact masked (the sealed number is never read back here). */
    List<Party> parties(long disputeId) {
        return jdbc.sql("select * from mediation.dispute_party where dispute_id = :id order by id").param("id", disputeId)
                .query((rs, n) -> new Party(rs.getLong("id"), rs.getString("name"), PartyRole.valueOf(rs.getString("role")),
                        rs.getBoolean("organisation"), rs.getString("contact_masked"), (Long) rs.getObject("resident_user_id")))
                .list();
    }

    public void addMediator(long disputeId, String name, MediatorKind kind, String organisation) {
        jdbc.sql("""
                        insert into mediation.dispute_mediator (county, dispute_id, name, kind, organisation)
                        select county, id, :name, :kind, :organisation
                        from mediation.dispute where id = :id""")
                .param("id", disputeId).param("name", name).param("kind", kind.name()).param("organisation", organisation)
                .update();
    }

    List<Mediator> mediators(long disputeId) {
        return jdbc.sql("select * from mediation.dispute_mediator where dispute_id = :id order by id").param("id", disputeId)
                .query((rs, n) -> new Mediator(rs.getLong("id"), rs.getString("name"),
                        MediatorKind.valueOf(rs.getString("kind")), rs.getString("organisation"))).list();
    }

    public void addSession(long disputeId, Instant heldAt, SessionMode mode, String place, String notes, String recordedBy) {
        jdbc.sql("""
                        insert into mediation.dispute_session (county, dispute_id, held_at, mode, place, notes, recorded_by)
                        select county, id, :heldAt, :mode, :place, :notes, :by
                        from mediation.dispute where id = :id""")
                .param("id", disputeId).param("heldAt", Timestamp.from(heldAt)).param("mode", mode.name())
                .param("place", place).param("notes", notes).param("by", recordedBy).update();
    }

    List<Session> sessions(long disputeId) {
        return jdbc.sql("select * from mediation.dispute_session where dispute_id = :id order by held_at, id")
                .param("id", disputeId)
                .query((rs, n) -> new Session(rs.getLong("id"), beijing(rs, "held_at"), SessionMode.valueOf(rs.getString("mode")),
                        rs.getString("place"), rs.getString("notes"), rs.getString("recorded_by"))).list();
    }

    public void addAgreement(long disputeId, String facts, String terms, String performance, Instant at, String recordedBy) {
        jdbc.sql("""
                        insert into mediation.dispute_agreement (county, dispute_id, facts, terms, performance, agreed_at, recorded_by)
                        select county, id, :facts, :terms, :performance, :at, :by
                        from mediation.dispute where id = :id""")
                .param("id", disputeId).param("facts", facts).param("terms", terms).param("performance", performance)
                .param("at", Timestamp.from(at)).param("by", recordedBy).update();
    }

    Optional<Agreement> agreement(long disputeId) {
        return jdbc.sql("select * from mediation.dispute_agreement where dispute_id = :id").param("id", disputeId)
                .query((rs, n) -> new Agreement(rs.getString("facts"), rs.getString("terms"), rs.getString("performance"),
                        beijing(rs, "agreed_at"), rs.getString("recorded_by"))).optional();
    }

    public void addFollowUp(long disputeId, Instant at, boolean fulfilled, String notes, String visitedBy) {
        jdbc.sql("""
                        insert into mediation.dispute_follow_up (county, dispute_id, visited_at, fulfilled, notes, visited_by)
                        select county, id, :at, :fulfilled, :notes, :by
                        from mediation.dispute where id = :id""")
                .param("id", disputeId).param("at", Timestamp.from(at)).param("fulfilled", fulfilled)
                .param("notes", notes).param("by", visitedBy).update();
    }

    List<FollowUp> followUps(long disputeId) {
        return jdbc.sql("select * from mediation.dispute_follow_up where dispute_id = :id order by visited_at, id")
                .param("id", disputeId)
                .query((rs, n) -> new FollowUp(rs.getLong("id"), beijing(rs, "visited_at"), rs.getBoolean("fulfilled"),
                        rs.getString("notes"), rs.getString("visited_by"))).list();
    }

    List<Step> steps(long disputeId) {
        return jdbc.sql("select * from mediation.dispute_event where dispute_id = :id order by id").param("id", disputeId)
                .query((rs, n) -> {
                    String from = rs.getString("from_state");
                    String fromLevel = rs.getString("from_level");
                    return new Step(beijing(rs, "at"), rs.getString("actor"), rs.getString("action"),
                            from == null ? null : DisputeState.valueOf(from), DisputeState.valueOf(rs.getString("to_state")),
                            fromLevel == null ? null : MediationLevel.valueOf(fromLevel),
                            MediationLevel.valueOf(rs.getString("to_level")), rs.getString("note"));
                }).list();
    }
}
