package org.jiceng.dispatch.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored words of finished cases, rewritten by each training, and the nearest ones to a text. */
@Component
class CaseWords {

    /** How many recent cases of the category and town are compared, and how many similar ones are kept. */
    static final int CANDIDATES = 3_000;
    static final double FLOOR = 0.25;

    record Stored(long caseId, String county, String category, String territory, Set<String> words) {
    }

    record Similar(long caseId, double similarity) {
    }

    private final JdbcClient jdbc;

    CaseWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void replace(List<Stored> cases) {
        jdbc.sql("delete from dispatch.case_words").update();
        for (int from = 0; from < cases.size(); from += 2_000) {
            List<Stored> batch = cases.subList(from, Math.min(cases.size(), from + 2_000));
            jdbc.sql("""
                            insert into dispatch.case_words (county, case_id, category_code, territory_code, words)
                            select c, i, k, t, string_to_array(w, ' ')
                            from unnest(cast(:county as text[]), cast(:id as bigint[]), cast(:category as text[]),
                                        cast(:territory as text[]), cast(:words as text[])) as u(c, i, k, t, w)""")
                    .param("county", batch.stream().map(Stored::county).toArray(String[]::new))
                    .param("id", batch.stream().mapToLong(Stored::caseId).boxed().toArray(Long[]::new))
                    .param("category", batch.stream().map(Stored::category).toArray(String[]::new))
                    .param("territory", batch.stream().map(Stored::territory).toArray(String[]::new))
                    // single words only: a pair is two words, and the space would split it
                    .param("words", batch.stream().map(s -> String.join(" ", s.words().stream()
                            .filter(w -> w.indexOf(' ') < 0).sorted().toList())).toArray(String[]::new))
                    .update();
        }
    }

    /** The finished cases of the category in the town most like the text, best first; never the case itself. */
    List<Similar> nearest(NaiveBayes model, Set<String> words, String category, String town, long except, int limit) {
        record Row(long id, String[] words) {
        }
        List<Row> rows = jdbc.sql("""
                        select case_id, words from dispatch.case_words
                        where county = :county and category_code = :category and territory_code >= :town
                          and territory_code < :townEnd and case_id <> :except
                        order by case_id desc limit :limit""")
                .param("county", town.substring(0, 6)).param("category", category).param("town", town)
                .param("townEnd", town + "~").param("except", except).param("limit", CANDIDATES)
                .query((rs, n) -> new Row(rs.getLong(1), (String[]) rs.getArray(2).getArray())).list();
        List<Similar> found = new ArrayList<>();
        for (Row row : rows) {
            double score = cosine(model, words, new HashSet<>(List.of(row.words())));
            if (score >= FLOOR) {
                found.add(new Similar(row.id(), score));
            }
        }
        found.sort(Comparator.comparingDouble(Similar::similarity).reversed().thenComparing(Similar::caseId,
                Comparator.reverseOrder()));
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** Cosine of two word sets, each word weighted by how much the model learnt it tells categories apart. */
    static double cosine(NaiveBayes model, Set<String> a, Set<String> b) {
        double dot = 0, na = 0, nb = 0;
        for (String w : a) {
            if (w.indexOf(' ') >= 0) {
                continue;
            }
            double weight = model.weight(w);
            na += weight * weight;
            if (b.contains(w)) {
                dot += weight * weight;
            }
        }
        for (String w : b) {
            double weight = model.weight(w);
            nb += weight * weight;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
