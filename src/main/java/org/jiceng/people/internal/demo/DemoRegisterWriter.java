package org.jiceng.people.internal.demo;

import org.jiceng.people.internal.PeopleService;
import org.jiceng.people.internal.PersonalDataCipher;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.jiceng.people.IdNumber;
import org.jiceng.people.Phone;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the demo register with binary COPY in the caller's transaction, batch by batch, as a pipeline: one
 * thread plans the next batch, workers encrypt, blind-index and mask ID and phone numbers exactly as
 * {@link PeopleService} does for one resident, and the calling thread streams finished batches to the
 * server in order — buildings, then households, then residents, so every foreign key already holds.
 * <p>
 * The tables are truncated first (the caller has checked they are empty) so that COPY may load the rows
 * already frozen and all-visible: no hint-bit rewrite of a million rows on first read, and index-only scans
 * from the start.
 */
final class DemoRegisterWriter {

    private static final List<String> TABLES = List.of("people.building", "people.household", "people.resident");

    /** Grids per batch: about 2,000 households and 6,500 residents, under 2 MB of COPY data. */
    private static final int GRIDS_PER_BATCH = 32;

    private final PersonalDataCipher cipher;
    private final int threads;

    DemoRegisterWriter(PersonalDataCipher cipher, int threads) {
        this.cipher = cipher;
        this.threads = Math.max(1, threads);
    }

    /**
     * What was written, and where the time went: the busy time of each stage of the pipeline (they overlap),
     * the pipeline's wall time, and the rebuilding of indexes and constraints after it.
     */
    record Result(int buildings, int households, int residents, int chiefs, long planNanos, long encodeNanos,
                  long copyNanos, long pipelineNanos, long indexNanos) {
    }

    /** One batch, encoded: COPY streams of its buildings, households and residents. */
    private record Encoded(DemoRegister batch, BinaryCopy buildings, BinaryCopy households, BinaryCopy residents,
                           long planNanos, long encodeNanos) {
    }

    private static final Future<Encoded> END = java.util.concurrent.CompletableFuture.completedFuture(null);

    /**
     * Plans on one thread, encrypts and encodes on {@code threads} workers, and streams the batches in order
     * with COPY on the calling thread, inside the connection's transaction.
     */
    Result write(Connection connection, DemoRegisterPlanner planner, IntConsumer residentsWritten)
            throws SQLException, IOException {
        long started = System.nanoTime();
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            // they are empty (the caller checked), and so is every table referring to them: CASCADE empties no more
            statement.execute("truncate people.building, people.household, people.resident cascade");
        }
        BulkLoadIndexes indexes = BulkLoadIndexes.drop(connection, TABLES);
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, "people-demo-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService planning = Executors.newSingleThreadExecutor(daemons);
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemons);
        BlockingQueue<Future<Encoded>> queue = new ArrayBlockingQueue<>(2 * threads + 1);
        ThreadLocal<PersonalDataCipher.Bulk> ciphers = ThreadLocal.withInitial(cipher::bulk);
        Future<?> plans = planning.submit(() -> {
            try {
                while (planner.hasNext()) {
                    long planStarted = System.nanoTime();
                    DemoRegister batch = planner.next(GRIDS_PER_BATCH);
                    long planNanos = System.nanoTime() - planStarted;
                    queue.put(workers.submit(() -> encode(batch, ciphers.get(), planNanos)));
                }
            } finally {
                queue.put(END);
            }
            return null;
        });
        int buildings = 0;
        int households = 0;
        int residents = 0;
        int chiefs = 0;
        long planNanos = 0;
        long encodeNanos = 0;
        long copyNanos = 0;
        try {
            for (Future<Encoded> next = queue.take(); next != END; next = queue.take()) {
                Encoded encoded = next.get();
                long copyStarted = System.nanoTime();
                copy.copyIn("copy people.building (id, grid_code, name, kind, county) from stdin (format binary, freeze)",
                        encoded.buildings().stream());
                copy.copyIn("copy people.household (id, territory_code, building_id, address, chief_id, county)"
                        + " from stdin (format binary, freeze)", encoded.households().stream());
                copy.copyIn("copy people.resident (id, household_id, territory_code, name, relation, gender,"
                        + " birth_date, id_number_cipher, id_number_index, id_number_masked, phone_cipher,"
                        + " phone_index, phone_masked, tags, county) from stdin (format binary, freeze)",
                        encoded.residents().stream());
                copyNanos += System.nanoTime() - copyStarted;
                DemoRegister batch = encoded.batch();
                buildings += batch.buildings().size();
                households += batch.households().size();
                residents += batch.residents().size();
                chiefs += batch.chiefs();
                planNanos += encoded.planNanos();
                encodeNanos += encoded.encodeNanos();
                residentsWritten.accept(residents);
            }
            plans.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("演示户籍生成被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("演示户籍生成失败：" + e.getCause().getMessage(), e.getCause());
        } finally {
            planning.shutdownNow();
            workers.shutdownNow();
        }
        long indexStarted = System.nanoTime();
        long pipelineNanos = indexStarted - started;
        indexes.restore(connection);
        long indexNanos = System.nanoTime() - indexStarted;
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " coalesce(max(id), 0) + 1, false) from " + table);
            }
        }
        return new Result(buildings, households, residents, chiefs, planNanos, encodeNanos, copyNanos, pipelineNanos,
                indexNanos);
    }

    private static Encoded encode(DemoRegister batch, PersonalDataCipher.Bulk bulk, long planNanos) {
        long started = System.nanoTime();
        BinaryCopy buildings = new BinaryCopy(batch.buildings().size() * 80).header();
        for (DemoRegister.Building b : batch.buildings()) {
            buildings.row(5).int8(b.id()).text(b.gridCode()).text(b.name()).text(b.kind())
                    .text(b.gridCode().substring(0, 6));
        }
        BinaryCopy households = new BinaryCopy(batch.households().size() * 120).header();
        for (DemoRegister.Household h : batch.households()) {
            households.row(6).int8(h.id()).text(h.gridCode()).int8OrNull(h.buildingId()).text(h.address())
                    .int8OrNull(h.chiefId()).text(h.gridCode().substring(0, 6));
        }
        BinaryCopy residents = new BinaryCopy(batch.residents().size() * 300).header();
        for (DemoRegister.Resident r : batch.residents()) {
            String id = r.idNumber();
            residents.row(15).int8(r.id()).int8(r.householdId()).text(r.territoryCode()).text(r.name())
                    .text(r.relation()).text(r.male() ? "M" : "F").date(r.birthDate())
                    .bytea(bulk.encrypt(PeopleService.ID_FIELD, id)).bytea(bulk.blindIndex(PeopleService.ID_FIELD, id))
                    .text(new IdNumber(id).masked());
            if (r.phone() == null) {
                residents.nul().nul().nul();
            } else {
                Phone phone = new Phone(r.phone());
                residents.bytea(bulk.encrypt(PeopleService.PHONE_FIELD, phone.value()))
                        .bytea(bulk.blindIndex(PeopleService.PHONE_FIELD, phone.value())).text(phone.masked());
            }
            residents.textArray(DemoTag.codes(r.tags())).text(r.territoryCode().substring(0, 6));
        }
        return new Encoded(batch, buildings.trailer(), households.trailer(), residents.trailer(), planNanos,
                System.nanoTime() - started);
    }
}
