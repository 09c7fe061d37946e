package org.jiceng.dispatch.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.cases.ClosedCases;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains the dispatch model on the deployment's finished cases — the category as finally corrected, the unit that
 * finally led the case — and tests it honestly first: a model trained on the earlier months names the later months'
 * cases (the last sixth of the months, at least one). The stored model is then trained on every case.
 */
@Component
public class DispatchTrainer {

    /** A case as learning material. */
    record Sample(long caseId, String territory, java.util.Set<String> features, String category, String unit,
                  YearMonth month, boolean returned) {
    }

    /** What a training found: the held-out test by time, and how often the first dispatch was right. */
    record Report(long cases, long dispatched, int categories, int units, int features, String testFrom,
                  Accuracy.Result categoryAccuracy, Accuracy.Result unitAccuracy, long dispatchTested,
                  long firstRightBefore, long firstRightAfter, long millis) {
    }

    /** The outcome of a training: the version stored and its report. */
    public record Trained(int version, int cases, String summary) {
    }

    private final ClosedCases closed;
    private final ModelStore store;
    private final CaseWords words;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder().build();

    DispatchTrainer(ClosedCases closed, ModelStore store, CaseWords words, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.words = words;
        this.closed = closed;
        this.store = store;
    }

    /** Trains and stores a new version; {@code progress} hears what is happening, in Chinese. */
    public synchronized Trained train(Consumer<String> progress) {
        long started = System.nanoTime();
        List<ClosedCases.ClosedCase> read = new ArrayList<>();
        closed.forEach(Scope.everything(), c -> {
            read.add(c);
            if (read.size() % 50_000 == 0) {
                progress.accept("已读入 " + read.size() + " 件办结诉求");
            }
        });
        // cutting words is most of the work: spread it over the cores (the result does not depend on the order)
        List<Sample> samples = read.parallelStream().map(c -> new Sample(c.id(), c.territoryCode(), Features.of(c.description()), c.categoryCode(),
                c.unitId() == null ? null : Long.toString(c.unitId()),
                YearMonth.from(c.receivedAt().atZone(Beijing.ZONE)), c.returned())).toList();
        progress.accept("共 " + samples.size() + " 件办结诉求，开始按时间留出检验");
        Report report = test(samples, started);
        progress.accept("用全部诉求训练模型");
        NaiveBayes categories = NaiveBayes.train(samples.stream()
                .map(s -> new NaiveBayes.Example(s.features(), s.category())).toList());
        NaiveBayes units = NaiveBayes.train(samples.stream().filter(s -> s.unit() != null)
                .map(s -> new NaiveBayes.Example(s.features(), s.unit())).toList());
        Report full = new Report(report.cases(), report.dispatched(), categories.labelCount(), units.labelCount(),
                categories.featureCount(), report.testFrom(), report.categoryAccuracy(), report.unitAccuracy(),
                report.dispatchTested(), report.firstRightBefore(), report.firstRightAfter(),
                (System.nanoTime() - started) / 1_000_000);
        progress.accept("保存办结诉求的分词，供查找相似案例");
        String reportJson = json.writeValueAsString(full);
        // the words and the version in one transaction under the trainers' lock: a second training at the same time
        // waits here and then writes the next version, never the same number nor a half-replaced set of words
        Integer version = transaction.execute(tx -> {
            store.lockTrainers();
            words.replace(samples.stream().map(s -> new CaseWords.Stored(s.caseId(), s.territory().substring(0, 6),
                    s.category(), s.territory(), s.features())).toList());
            return store.save(samples.size(), categories, units, reportJson);
        });
        String summary = String.format("模型第 %d 版：%d 件诉求，%d 个类别，%d 个承办单位，%d 个特征；留出检验类别首选准确率 %s，前三 %s",
                version, samples.size(), categories.labelCount(), units.labelCount(), categories.featureCount(),
                percent(report.categoryAccuracy().overall().top1Share()),
                percent(report.categoryAccuracy().overall().top3Share()));
        progress.accept(summary);
        return new Trained(version, samples.size(), summary);
    }

    /** Trains on the earlier months and tests on the later ones. */
    static Report test(List<Sample> samples, long started) {
        TreeSet<YearMonth> months = new TreeSet<>();
        samples.forEach(s -> months.add(s.month()));
        long dispatched = samples.stream().filter(s -> s.unit() != null).count();
        if (months.size() < 2) {
            Accuracy none = new Accuracy();
            return new Report(samples.size(), dispatched, 0, 0, 0, null, none.result(0), none.result(0), 0, 0, 0, 0);
        }
        int held = Math.max(1, months.size() / 6);
        YearMonth from = new ArrayList<>(months).get(months.size() - held);
        List<Sample> train = samples.stream().filter(s -> s.month().isBefore(from)).toList();
        List<Sample> test = samples.stream().filter(s -> !s.month().isBefore(from)).toList();
        NaiveBayes categories = NaiveBayes.train(train.stream()
                .map(s -> new NaiveBayes.Example(s.features(), s.category())).toList());
        NaiveBayes units = NaiveBayes.train(train.stream().filter(s -> s.unit() != null)
                .map(s -> new NaiveBayes.Example(s.features(), s.unit())).toList());
        Accuracy categoryHits = new Accuracy();
        Accuracy unitHits = new Accuracy();
        long dispatchTested = 0, rightBefore = 0, rightAfter = 0;
        for (Sample s : test) {
            categoryHits.add(s.category(), categories.rank(s.features(), 3));
            if (s.unit() != null) {
                List<NaiveBayes.Scored> ranked = units.rank(s.features(), 3);
                unitHits.add(s.unit(), ranked);
                dispatchTested++;
                rightBefore += s.returned() ? 0 : 1;
                rightAfter += !ranked.isEmpty() && ranked.getFirst().label().equals(s.unit()) ? 1 : 0;
            }
        }
        return new Report(samples.size(), dispatched, categories.labelCount(), units.labelCount(),
                categories.featureCount(), from.toString(), categoryHits.result(15), unitHits.result(10),
                dispatchTested, rightBefore, rightAfter, (System.nanoTime() - started) / 1_000_000);
    }

    static String percent(double share) {
        return String.format("%.1f%%", share * 100);
    }
}
