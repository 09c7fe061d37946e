package org.jiceng.people.internal;

import org.jiceng.people.HouseholdsChanged;
import org.springframework.context.ApplicationEventPublisher;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.territory.TerritoryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Excel imports of the household register (docs/household-import.md): the upload is checked and kept in a
 * temporary file, answered at once with a job, and run on a small pool of its own: every row validated
 * first, then everything written in one transaction, or nothing. Progress goes to the job as it runs.
 */
@Service
public class HouseholdImports {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int STALE_MINUTES = 15;
    private static final Logger log = LoggerFactory.getLogger(HouseholdImports.class);

    public record JobView(UUID id, String state, String fileName, int total, int validated, int imported,
                          int households, int problemCount, List<ImportProblem> problems, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {

        public boolean finished() {
            return state.equals("DONE") || state.equals("FAILED");
        }
    }

    private final ImportJobRepository jobs;
    private final PeopleService people;
    private final TagCatalog tags;
    private final TerritoryApi territory;
    private final RegisterWriter writer;
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ExecutorService workers = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("household-import-", 1).daemon(true).factory());

    HouseholdImports(ImportJobRepository jobs, PeopleService people, TagCatalog tags, TerritoryApi territory,
                     RegisterWriter writer, PlatformTransactionManager transactions, Clock clock,
                     ApplicationEventPublisher events) {
        this.events = events;
        this.clock = clock;
        this.jobs = jobs;
        this.people = people;
        this.tags = tags;
        this.territory = territory;
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Checks that the upload is an .xlsx workbook within the limits and starts its import; answers the job id. */
    public UUID start(CurrentUser user, String fileName, long size, InputStream content) {
        requireEditor(user);
        String name = fileName == null || fileName.isBlank() ? "未命名.xlsx" : Path.of(fileName).getFileName().toString();
        if (size <= 0) {
            throw new BadInputException("请选择要上传的 Excel 文件（.xlsx）");
        }
        if (size > MAX_BYTES) {
            throw new BadInputException("文件超过 20 MB 上限，请分成几个文件分别导入");
        }
        Path file = copy(content);
        try {
            checkIsXlsx(name, file);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        UUID id = UUID.randomUUID();
        Scope scope = PeopleAccess.importScopeOf(user);
        try {
            jobs.create(id, user.username(), commonPrefix(scope), name);
            workers.execute(() -> run(id, scope, file));
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return id;
    }

    /** The job, if it is the user's own or inside their scope. */
    public Optional<JobView> job(UUID id, CurrentUser user) {
        jobs.failStale(id, STALE_MINUTES, ImportProblem.ofFile("导入因服务重启而中断，未写入任何数据；请重新上传"));
        return jobs.find(id)
                .filter(j -> j.username().equals(user.username())
                        || PeopleAccess.importScopeOf(user).covers(j.territoryPrefix()))
                .map(j -> new JobView(j.id(), j.state(), j.fileName(), j.totalRows(), j.rowsValidated(),
                        j.rowsImported(), j.households(), j.problemCount(), j.problems(), j.createdAt(), j.updatedAt()));
    }

    private void run(UUID id, Scope scope, Path file) {
        try {
            long started = System.nanoTime();
            RegisterImport run = new RegisterImport(new RowChecks(lookups(scope)), people::registeredAmong, progress(id, started));
            RegisterImport.Outcome outcome = run.run(file, source -> transaction.executeWithoutResult(status -> {
                RegisterWriter.Session session = writer.session();
                source.accept(session::write);
                session.finish();
                events.publishEvent(new HouseholdsChanged(commonPrefix(scope)));
            }));
            RegisterImport.Validation validation = outcome.validation();
            if (!validation.passed()) {
                jobs.total(id, validation.total());
                jobs.failed(id, validation.problems(), validation.problemCount());
                return;
            }
            int households = outcome.households();
            jobs.done(id, validation.total(), households);
            log.info("户籍导入 {} 完成：{} 行，{} 户，共用时 {} ms", id, validation.total(), households,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (BadInputException e) {
            jobs.failed(id, List.of(ImportProblem.ofFile(e.getMessage())), 1);
        } catch (DataIntegrityViolationException e) {
            jobs.failed(id, List.of(ImportProblem.ofFile("导入时发现有身份证号码刚被他人登记，本次未写入任何数据；"
                    + "请重新上传，校验会指出是哪一行")), 1);
        } catch (RuntimeException e) {
            log.error("户籍导入 {} 失败", id, e);
            jobs.failed(id, List.of(ImportProblem.ofFile("导入时发生意外错误，未写入任何数据；请稍后重试，如持续出现请联系管理员")), 1);
        } finally {
            delete(file);
        }
    }

    private RowChecks.Lookups lookups(Scope scope) {
        Map<String, Boolean> grids = new ConcurrentHashMap<>();
        Predicate<String> inScope = code -> grids.computeIfAbsent(code, c -> territory.grid(c, scope).isPresent());
        return new RowChecks.Lookups(inScope, tags.codesByCodeOrName(), tags.namesByCode().values(),
                Beijing.today(clock));
    }

    /** Progress written in transactions of its own, so a page sees it while the import's transaction runs. */
    private RegisterImport.Progress progress(UUID id, long started) {
        return new RegisterImport.Progress() {
            @Override
            public void total(int rows) {
                ownTransaction.executeWithoutResult(s -> jobs.total(id, rows));
            }

            @Override
            public void validated(int rows) {
                ownTransaction.executeWithoutResult(s -> jobs.validated(id, rows));
            }

            @Override
            public void importing() {
                log.info("户籍导入 {} 校验通过，用时 {} ms", id, (System.nanoTime() - started) / 1_000_000);
                ownTransaction.executeWithoutResult(s -> jobs.importing(id));
            }

            @Override
            public void imported(int rows, int households) {
                ownTransaction.executeWithoutResult(s -> jobs.imported(id, rows, households));
            }
        };
    }

    private static void checkIsXlsx(String name, Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean ole2 = (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11;
        if (ole2 || name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
            throw new BadInputException("这是旧版 Excel（.xls）文件：请在 Excel 或 WPS 中“另存为” .xlsx 格式后再上传");
        }
        boolean zip = head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx") || !zip) {
            throw new BadInputException("只接受 Excel 工作簿（.xlsx）文件，请使用下载的模板填写后上传");
        }
        XlsxRows.check(file);
    }

    /** The longest prefix common to the scope's prefixes: who, besides the importer, may read the job. */
    static String commonPrefix(Scope scope) {
        List<String> prefixes = scope.prefixes();
        if (prefixes.isEmpty()) {
            throw new ForbiddenException("您没有可导入的辖区");
        }
        String common = prefixes.getFirst();
        for (String prefix : prefixes) {
            int i = 0;
            while (i < common.length() && i < prefix.length() && common.charAt(i) == prefix.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        return common;
    }

    /** Those who keep the register in a territory may import into it (the policy's REGISTER_FILE IMPORT rows). */
    public static void requireEditor(CurrentUser user) {
        if (PeopleAccess.importScopeOf(user).isEmpty()) {
            throw AccessPolicy.refusal(Resource.REGISTER_FILE, Action.IMPORT);
        }
    }

    private static Path copy(InputStream content) {
        try {
            Path file = Files.createTempFile("jiceng-household-import-", ".xlsx");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("无法删除临时文件 {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
