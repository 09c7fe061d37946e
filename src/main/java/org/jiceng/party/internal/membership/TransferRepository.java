package org.jiceng.party.internal.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Transfers and their steps. A transfer is read by those whose scope covers the member's household, or the
 * organisation it goes to (the receiving side sees what is coming).
 */
@Repository
public class TransferRepository {

    private static final String SELECT = """
            select t.id, t.county, t.direction, t.member_id, t.resident_id, t.name, t.territory_code,
                   t.from_organisation_id, f.name as from_organisation_name, t.from_outside,
                   t.to_organisation_id, d.name as to_organisation_name, d.territory_code as to_territory_code,
                   t.to_outside, t.letter_number, t.joined_on, t.reason, t.state, t.applied_on, t.version
            from party.transfer t
                 left join party.organisation f on f.id = t.from_organisation_id
                 left join party.organisation d on d.id = t.to_organisation_id
            """;

    private final JdbcClient jdbc;

    TransferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long id, String county, String direction, Long memberId, long residentId, String name,
               String territoryCode, Long fromOrganisationId, String fromOrganisationName, String fromOutside,
               Long toOrganisationId, String toOrganisationName, String toTerritoryCode, String toOutside,
               String letterNumber, LocalDate joinedOn, String reason, String state, LocalDate appliedOn,
               int version) {
    }

    public record Step(long id, String state, String note, long userId, OffsetDateTime at) {
    }

    record NewTransfer(String direction, Long memberId, long residentId, String name, String territoryCode,
                       Long fromOrganisationId, String fromOutside, Long toOrganisationId, String toOutside,
                       String letterNumber, LocalDate joinedOn, String reason, TransferState state,
                       LocalDate appliedOn, long userId) {
    }

    long insert(NewTransfer t) {
        return jdbc.sql("""
                        insert into party.transfer (county, direction, member_id, resident_id, name, territory_code,
                            from_organisation_id, from_outside, to_organisation_id, to_outside, letter_number, joined_on,
                            reason, state, applied_on, created_by)
                        values (left(:territory, 6), :direction, :member, :resident, :name, :territory, :fromOrg,
                            :fromOutside, :toOrg, :toOutside, :letter, :joined, :reason, :state, :applied, :user)
                        returning id""")
                .param("direction", t.direction()).param("member", t.memberId()).param("resident", t.residentId())
                .param("name", t.name()).param("territory", t.territoryCode()).param("fromOrg", t.fromOrganisationId())
                .param("fromOutside", t.fromOutside()).param("toOrg", t.toOrganisationId())
                .param("toOutside", t.toOutside()).param("letter", t.letterNumber()).param("joined", t.joinedOn())
                .param("reason", t.reason()).param("state", t.state().name()).param("applied", t.appliedOn())
                .param("user", t.userId()).query(Long.class).single();
    }

    void step(String county, long transferId, TransferState state, String note, long userId, Instant at) {
        jdbc.sql("""
                        insert into party.transfer_step (county, transfer_id, state, note, user_id, at)
                        values (:county, :transfer, :state, :note, :user, :at)""")
                .param("county", county).param("transfer", transferId).param("state", state.name())
                .param("note", note).param("user", userId).param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .update();
    }

    /** Moves the transfer on, if it is still in {@code from} at {@code version}; answers whether it did. */
    boolean move(String county, long id, int version, TransferState from, TransferState to, String letterNumber,
                 Long memberId) {
        return jdbc.sql("""
                        update party.transfer set state = :to, version = version + 1,
                            letter_number = coalesce(:letter, letter_number), member_id = coalesce(:member, member_id)
                        where county = :county and id = :id and version = :version and state = :from""")
                .param("county", county).param("id", id).param("version", version).param("from", from.name())
                .param("to", to.name()).param("letter", letterNumber).param("member", memberId).update() == 1;
    }

    Optional<Row> find(long id, Scope scope) {
        return jdbc.sql(SELECT + "where t.id = :id and (" + scope.where("t.territory_code", "t.county") + " or "
                        + scope.where("d.territory_code") + ")")
                .params(scope.params()).param("id", id).query(Row.class).optional();
    }

    List<Row> ofMember(String county, long memberId) {
        return jdbc.sql(SELECT + "where t.county = :county and t.member_id = :member order by t.id desc")
                .param("county", county).param("member", memberId).query(Row.class).list();
    }

    boolean openFor(String county, long memberId) {
        return jdbc.sql("""
                        select exists (select 1 from party.transfer where county = :county and member_id = :member
                                       and state in ('APPLIED', 'SENT'))""")
                .param("county", county).param("member", memberId).query(Boolean.class).single();
    }

    boolean openForResident(String county, long residentId) {
        return jdbc.sql("""
                        select exists (select 1 from party.transfer where county = :county and resident_id = :resident
                                       and direction = 'IN' and state in ('APPLIED', 'SENT'))""")
                .param("county", county).param("resident", residentId).query(Boolean.class).single();
    }

    List<Row> within(Scope scope, String state, long after, int limit) {
        return jdbc.sql(SELECT + "where (" + scope.where("t.territory_code", "t.county") + " or " + scope.where("d.territory_code")
                        + ") and (cast(:state as text) is null or t.state = :state) and t.id > :after order by t.id limit :limit")
                .params(scope.params()).param("state", state).param("after", after).param("limit", limit)
                .query(Row.class).list();
    }

    List<Step> steps(String county, long transferId) {
        return jdbc.sql("""
                        select id, state, note, user_id, at from party.transfer_step
                        where county = :county and transfer_id = :transfer order by id""")
                .param("county", county).param("transfer", transferId).query(Step.class).list();
    }

    /** The member's organisation changes on receipt, and only then. */
    void moveMember(String county, long memberId, long organisationId) {
        jdbc.sql("""
                        update party.member set organisation_id = :organisation, version = version + 1
                        where county = :county and id = :id""")
                .param("county", county).param("id", memberId).param("organisation", organisationId).update();
    }

    void markTransferredOut(String county, long memberId, LocalDate on) {
        jdbc.sql("update party.member set transferred_out_on = :on, version = version + 1 where county = :county and id = :id")
                .param("county", county).param("id", memberId).param("on", on).update();
    }
}
