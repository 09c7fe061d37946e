package org.jiceng.assessment.internal.scorecard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The quarters a county has closed and the scorecards kept as they were computed when it closed them. */
@Repository
class FrozenCards {

    record Closed(String quarter, String closedBy, OffsetDateTime closedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FrozenCards(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    boolean closed(String county, String quarter) {
        return jdbc.sql("select count(*) from assessment.closed_quarter where county = :county and quarter = :quarter")
                .param("county", county).param("quarter", quarter).query(Long.class).single() > 0;
    }

    List<String> closedQuarters(String county) {
        return jdbc.sql("select quarter from assessment.closed_quarter where county = :county order by quarter desc")
                .param("county", county).query(String.class).list();
    }

    Optional<ScorecardView> card(String county, String quarter, String subject) {
        return jdbc.sql("select card::text from assessment.frozen_scorecard where county = :county and quarter = :quarter and subject = :subject")
                .param("county", county).param("quarter", quarter).param("subject", subject).query(String.class)
                .optional().map(text -> json.readValue(text, ScorecardView.class));
    }

    /** Inserts the closing row first: a second close of the same quarter fails on its key before any card. */
    boolean close(String county, String quarter, long by) {
        return jdbc.sql("""
                insert into assessment.closed_quarter (county, quarter, closed_by) values (:county, :quarter, :by)
                on conflict do nothing""")
                .param("county", county).param("quarter", quarter).param("by", by).update() == 1;
    }

    void keep(String county, String quarter, ScorecardView card) {
        jdbc.sql("""
                insert into assessment.frozen_scorecard (county, quarter, subject, card)
                values (:county, :quarter, :subject, cast(:card as jsonb))""")
                .param("county", county).param("quarter", quarter).param("subject", card.subject())
                .param("card", json.writeValueAsString(card)).update();
    }
}
