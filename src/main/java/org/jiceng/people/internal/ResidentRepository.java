package org.jiceng.people.internal;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jiceng.Scope;
import org.jiceng.people.IdNumber;
import org.jiceng.people.ResidentSummary;
import org.jiceng.people.ResidentView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Residents; every read takes a {@link Scope}. Plain values never leave this class unencrypted. */
@Repository
class ResidentRepository {

    static final String VIEW = """
            select id, household_id, territory_code, name, relation, gender, birth_date, id_number_masked,
                   phone_masked, tags, version from people.resident""";

    private static final String INSERT = """
            insert into people.resident (household_id, territory_code, name, relation, gender, birth_date,
                id_number_cipher, id_number_index, id_number_masked, phone_cipher, phone_index, phone_masked, tags, county)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ResidentRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record NewResident(Long householdId, String territoryCode, String name, String relation, IdNumber idNumber,
                       byte[] idCipher, byte[] idIndex, String phoneMasked, byte[] phoneCipher, byte[] phoneIndex,
                       List<String> tags) {
    }

    record Secrets(long id, String territoryCode, byte[] idNumberCipher, byte[] phoneCipher) {
    }

    long insert(NewResident r) {
        return jdbc.sql(INSERT + """
                        values (:household, :territory, :name, :relation, :gender, :birth, :idCipher, :idIndex, :idMasked,
                                :phoneCipher, :phoneIndex, :phoneMasked, :tags, left(:territory, 6))
                        returning id""")
                .param("household", r.householdId()).param("territory", r.territoryCode()).param("name", r.name())
                .param("relation", r.relation()).param("gender", r.idNumber().gender() == IdNumber.Gender.MALE ? "M" : "F")
                .param("birth", r.idNumber().birthDate()).param("idCipher", r.idCipher()).param("idIndex", r.idIndex())
                .param("idMasked", r.idNumber().masked()).param("phoneCipher", r.phoneCipher())
                .param("phoneIndex", r.phoneIndex()).param("phoneMasked", r.phoneMasked())
                .param("tags", r.tags().toArray(String[]::new))
                .query(Long.class).single();
    }

    /** Many residents in one round trip per batch: the path of a register import. */
    void insertAll(List<NewResident> residents) {
        batch.batchUpdate(INSERT + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, left(?, 6))", residents, residents.size(), (ps, r) -> {
            ps.setLong(1, r.householdId());
            ps.setString(2, r.territoryCode());
            ps.setString(3, r.name());
            ps.setString(4, r.relation());
            ps.setString(5, r.idNumber().gender() == IdNumber.Gender.MALE ? "M" : "F");
            ps.setObject(6, r.idNumber().birthDate());
            ps.setBytes(7, r.idCipher());
            ps.setBytes(8, r.idIndex());
            ps.setString(9, r.idNumber().masked());
            ps.setBytes(10, r.phoneCipher());
            ps.setBytes(11, r.phoneIndex());
            ps.setString(12, r.phoneMasked());
            ps.setArray(13, ps.getConnection().createArrayOf("text", r.tags().toArray()));
            ps.setString(14, r.territoryCode());
        });
    }

    /** Which of the blind indexes are already taken by a resident, anywhere in the register. */
    Set<ByteBuffer> takenIdIndexes(List<byte[]> indexes) {
        if (indexes.isEmpty()) {
            return Set.of();
        }
        Set<ByteBuffer> taken = new HashSet<>();
        jdbc.sql("select id_number_index from people.resident where id_number_index in (:indexes)")
                .param("indexes", indexes).query((rs, n) -> rs.getBytes(1)).list()
                .forEach(index -> taken.add(ByteBuffer.wrap(index)));
        return taken;
    }

    Optional<ResidentView> find(long id, Scope scope) {
        return jdbc.sql(VIEW + " where id = :id and " + scope.where("territory_code", "county"))
                .params(scope.params()).param("id", id).query((rs, n) -> view(rs)).optional();
    }

    Optional<Secrets> secrets(long id, Scope scope) {
        return jdbc.sql("select id, territory_code, id_number_cipher, phone_cipher from people.resident where id = :id and "
                        + scope.where("territory_code", "county"))
                .params(scope.params()).param("id", id).query(Secrets.class).optional();
    }

    /** The household of the resident an account is linked to, for that person's own reads. */
    Optional<PeopleAccess.Home> homeOf(long residentId) {
        return jdbc.sql("select household_id, territory_code from people.resident where id = :id and household_id is not null")
                .param("id", residentId).query(PeopleAccess.Home.class).optional();
    }

    List<ResidentView> inHousehold(long householdId) {
        return jdbc.sql(VIEW + " where household_id = :household order by (relation = '户主') desc, birth_date, id")
                .param("household", householdId).query((rs, n) -> view(rs)).list();
    }

    boolean idNumberTaken(byte[] index) {
        return jdbc.sql("select count(*) from people.resident where id_number_index = :index").param("index", index)
                .query(Long.class).single() > 0;
    }

    private static final String PAGE_BY_NAME = """
            select r.id, r.household_id, r.territory_code, r.name, r.relation, r.gender, r.birth_date,
                   r.id_number_masked, r.phone_masked, r.tags, r.version
            from people.resident r join (
                select id from people.resident
                where %s and (name, id) > (:fromName, :fromId) and name < :hi
                order by name, id limit :limit) page using (id)
            order by r.name, r.id""";

    /**
     * Name-prefix search in the scope, ordered by name then id (keyset after {@code afterName, afterId}).
     * <p>
     * Two choices keep it fast on a county's million residents. The lower bound is one row comparison, from
     * the prefix or from the cursor, whichever comes later: beside a second lower bound on {@code name} the
     * b-tree cannot tell which is tighter and starts at the row comparison — at the very first name on a
     * first page. And the page's ids are found first, by an index-only scan of {@code (name, id)} that also
     * carries {@code territory_code}, so rows outside the scope are skipped inside the index; only the page's
     * own rows are then read from the table.
     */
    List<ResidentView> byNamePrefix(String prefix, Scope scope, String afterName, long afterId, int limit) {
        Scope range = Scope.of(prefix);
        String lo = (String) range.params().get("scope_lo_0");
        boolean fromCursor = Arrays.compareUnsigned(utf8(afterName), utf8(lo)) >= 0;   // the order of COLLATE "C"
        return jdbc.sql(PAGE_BY_NAME.formatted(scope.where("territory_code", "county")))
                .params(scope.params()).param("hi", range.params().get("scope_hi_0"))
                .param("fromName", fromCursor ? afterName : lo).param("fromId", fromCursor ? afterId : 0L)
                .param("limit", limit)
                .query((rs, n) -> view(rs)).list();
    }

    private static byte[] utf8(String value) {
        return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    List<ResidentView> byIdIndex(byte[] index, Scope scope) {
        return jdbc.sql(VIEW + " where id_number_index = :index and " + scope.where("territory_code", "county"))
                .params(scope.params()).param("index", index).query((rs, n) -> view(rs)).list();
    }

    List<ResidentView> byPhoneIndex(byte[] index, Scope scope) {
        return jdbc.sql(VIEW + " where phone_index = :index and " + scope.where("territory_code", "county") + " order by id limit 50")
                .params(scope.params()).param("index", index).query((rs, n) -> view(rs)).list();
    }

    /** Moves a resident, checking the version read by the mover: a concurrent edit makes this return false. */
    boolean move(long id, int version, Long toHousehold, String toTerritory, String relation) {
        return jdbc.sql("""
                        update people.resident set household_id = :household, territory_code = :territory,
                            relation = :relation, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .param("household", toHousehold).param("territory", toTerritory).param("relation", relation)
                .param("id", id).param("version", version).update() == 1;
    }

    int version(long id) {
        return jdbc.sql("select version from people.resident where id = :id").param("id", id).query(Integer.class).single();
    }

    void recordMove(long residentId, Long fromHousehold, Long toHousehold, String fromTerritory, String toTerritory,
                    String reason, String by) {
        jdbc.sql("""
                        insert into people.resident_move (county, resident_id, from_household_id, to_household_id,
                            from_territory, to_territory, reason, moved_by)
                        select county, id, :from, :to, :fromTerritory, :toTerritory, :reason, :by
                        from people.resident where id = :resident""")
                .param("resident", residentId).param("from", fromHousehold).param("to", toHousehold)
                .param("fromTerritory", fromTerritory).param("toTerritory", toTerritory)
                .param("reason", reason).param("by", by).update();
    }

    void forEach(String prefix, Consumer<ResidentSummary> consumer) {
        Scope range = Scope.of(prefix);
        jdbc.sql("select id, household_id, territory_code, name, gender, birth_date from people.resident where "
                        + range.where("territory_code", "county") + " order by id")
                .params(range.params())
                .query(rs -> {
                    consumer.accept(new ResidentSummary(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                            rs.getString(4), gender(rs.getString(5)), rs.getObject(6, LocalDate.class)));
                });
    }

    static ResidentView view(ResultSet rs) throws SQLException {
        Array tags = rs.getArray("tags");
        return new ResidentView(rs.getLong("id"), (Long) rs.getObject("household_id"), rs.getString("territory_code"),
                rs.getString("name"), rs.getString("relation"), gender(rs.getString("gender")),
                rs.getObject("birth_date", LocalDate.class), rs.getString("id_number_masked"),
                rs.getString("phone_masked"), tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                rs.getInt("version"));
    }

    private static IdNumber.Gender gender(String code) {
        return "M".equals(code) ? IdNumber.Gender.MALE : IdNumber.Gender.FEMALE;
    }
}
