package org.jiceng.territory.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports NBS division files into {@code territory.division}, all or nothing and idempotently. In one
 * transaction the rows are streamed with COPY into a temporary staging table, every parent is checked to
 * exist (in the files or already in the database), then the rows are upserted so that a re-import of the
 * same files writes nothing. A malformed row or a missing parent rolls everything back. Rows are never
 * deleted: importing one county leaves the rest of the country alone.
 * <p>
 * Into an empty table the rows are copied straight into {@code territory.division} instead: there is
 * nothing to merge with, and the staging table plus the row-by-row upsert would double the time of a
 * first import of the whole country. Rollback still undoes everything if a check fails.
 */
@Component
public class DivisionImporter {

    private static final Logger log = LoggerFactory.getLogger(DivisionImporter.class);
    private static final int ORPHANS_SHOWN = 3;

    private final DataSource dataSource;

    public DivisionImporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The files named, a directory standing for the division files in it. */
    public ImportResult importPaths(List<Path> filesOrDirectories, ImportProgress progress)
            throws IOException, SQLException {
        return importSources(DivisionSource.resolve(filesOrDirectories), progress);
    }

    /** The demo county shipped in the product's resources: 会泽县 with its province and city. */
    public ImportResult importDemoCounty() throws IOException, SQLException {
        return importSources(DivisionSource.classpath(DivisionSource.DEMO_COUNTY), ImportProgress.NONE);
    }

    public ImportResult importSources(List<DivisionSource> sources, ImportProgress progress)
            throws IOException, SQLException {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                ImportResult result = importInTransaction(connection, sources, progress, started);
                connection.commit();
                log.info("行政区划导入完成：读取 {} 行，新增 {}，更新 {}，未变 {}，用时 {} ms", result.read(),
                        result.inserted(), result.updated(), result.unchanged(), result.took().toMillis());
                return result;
            } catch (IOException | SQLException | RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private ImportResult importInTransaction(Connection connection, List<DivisionSource> sources,
                                             ImportProgress progress, long started) throws IOException, SQLException {
        boolean empty;
        try (Statement statement = connection.createStatement()) {
            // one import at a time, so "empty" stays true until we commit; readers are not blocked
            statement.execute("lock table territory.division in share row exclusive mode");
            // the upsert's anti-join hashes the whole country: in memory rather than in batches on disk
            statement.execute("set local work_mem = '128MB'");
            try (ResultSet rs = statement.executeQuery("select not exists (select 1 from territory.division)")) {
                rs.next();
                empty = rs.getBoolean(1);
            }
            if (!empty) {
                // dropped at commit or rollback, so a pooled connection never keeps it
                statement.execute("""
                        create temporary table division_staging (
                            code        text collate "C" not null,
                            name        text not null,
                            level       smallint not null,
                            parent_code text collate "C"
                        ) on commit drop""");
            }
        }
        String table = empty ? "territory.division" : "division_staging";
        try (DivisionReader reader = new DivisionReader(sources, progress)) {
            long read = copy(connection, reader, table);
            if (!empty) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("analyze division_staging"); // never auto-analysed, as it is temporary
                }
            }
            long staged = System.nanoTime();
            progress.allRead(read);
            rejectOrphans(connection, reader);
            long checked = System.nanoTime();
            long[] changed = empty ? new long[] {read, 0} : upsert(connection);
            log.debug("行政区划导入各阶段（{}）：读取并写入 {} {} ms，校验上级 {} ms，合并 {} ms", empty ? "空表" : "合并",
                    table, (staged - started) / 1_000_000, (checked - staged) / 1_000_000,
                    (System.nanoTime() - checked) / 1_000_000);
            return new ImportResult(read, changed[0], changed[1], read - changed[0] - changed[1],
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private static long copy(Connection connection, DivisionReader reader, String table)
            throws IOException, SQLException {
        long read = 0;
        try (DivisionCopyWriter copy = new DivisionCopyWriter(connection,
                "copy " + table + " (code, name, level, parent_code) from stdin")) {
            for (DivisionRow row = reader.next(); row != null; row = reader.next()) {
                copy.write(row);
                read++;
            }
            long copied = copy.finish();
            if (copied != read) {
                throw new IllegalStateException("COPY 写入 " + copied + " 行，读取了 " + read + " 行");
            }
        }
        return read;
    }

    /**
     * Every parent must be in the files or already in the database. The reader has collected the parents
     * the files do not contain (none for the whole country, a few for one county), so only those few
     * codes are looked up; the first rows whose parent is nowhere are named.
     */
    private static void rejectOrphans(Connection connection, DivisionReader reader) throws SQLException {
        List<OutsideParent> outside = reader.outsideParents();
        if (outside.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select code from territory.division where code = any (?)")) {
            statement.setArray(1, connection.createArrayOf("text",
                    outside.stream().map(OutsideParent::code).toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
        }
        List<OutsideParent> missing = outside.stream().filter(parent -> !present.contains(parent.code())).toList();
        if (missing.isEmpty()) {
            return;
        }
        List<DivisionSource> sources = reader.sources();
        OutsideParent first = missing.getFirst();
        DivisionSource file = sources.get(first.source());
        long orphans = missing.stream().mapToLong(OutsideParent::rows).sum();
        StringBuilder problem = new StringBuilder("上级编码 ").append(first.code())
                .append(" 不存在：既不在导入的文件中，也不在数据库中");
        if (orphans > 1) {
            problem.append("；共有 ").append(orphans).append(" 行的上级编码不存在");
            String separator = "，其他如 ";
            for (OutsideParent other : missing.subList(1, Math.min(missing.size(), ORPHANS_SHOWN))) {
                problem.append(separator).append(sources.get(other.source()).name()).append(" 第 ")
                        .append(other.line()).append(" 行（").append(other.code()).append('）');
                separator = "、";
            }
        }
        throw new DivisionFormatException(file.name(), first.line(), file.level().columns().get(2), problem.toString());
    }

    /**
     * Inserts new codes and updates changed ones; an identical row is not touched at all (no new row
     * version, no WAL). Rows already present unchanged are filtered out by one hash anti-join first, as
     * going through ON CONFLICT one by one costs several times more; the ON CONFLICT clause still decides
     * between insert and update. {@code xmax = 0} tells an inserted row from an updated one in RETURNING.
     */
    private static long[] upsert(Connection connection) throws SQLException {
        String sql = """
                with upserted as (
                    insert into territory.division as d (code, name, level, parent_code)
                    select s.code, s.name, s.level, s.parent_code from division_staging s
                    where not exists (
                        select 1 from territory.division same
                        where same.code = s.code and same.name = s.name and same.level = s.level
                          and same.parent_code is not distinct from s.parent_code)
                    on conflict (code) do update
                        set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code
                        where (d.name, d.level, d.parent_code)
                              is distinct from (excluded.name, excluded.level, excluded.parent_code)
                    returning (xmax = 0) as inserted
                )
                select count(*) filter (where inserted), count(*) filter (where not inserted) from upserted""";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
