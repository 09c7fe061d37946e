package org.jiceng.visits.web;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.visits.internal.monitoring.Figures;
import org.jiceng.visits.internal.monitoring.MonitoringFigures;
import org.jiceng.visits.internal.monitoring.MonitoringRequests;
import org.jiceng.visits.internal.monitoring.Yuan;

/** The monitoring pages' forms: amounts typed in yuan (two decimals), kept as typed when refused. */
final class MonitoringForms {

    private MonitoringForms() {
    }

    /** One line per income source and per kind of shock; a blank amount is no line. */
    record FiguresForm(Integer size, String wage, String business, String property, String transfer, String illness,
                       String illnessNote, String disaster, String disasterNote, String schooling,
                       String schoolingNote, String accident, String accidentNote, Integer version) {

        static FiguresForm empty(Integer size) {
            return new FiguresForm(size, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        /** The form as the figures are, for correcting them. */
        static FiguresForm of(MonitoringFigures f) {
            String[] in = new String[4];
            for (Figures.Income income : f.incomes()) {
                in[income.source().ordinal()] = Yuan.format(income.fen());
            }
            String[] out = new String[4];
            String[] notes = new String[4];
            for (Figures.Shock shock : f.shocks()) {
                if (shock.kind().ordinal() < 4) {
                    out[shock.kind().ordinal()] = Yuan.format(shock.fen());
                    notes[shock.kind().ordinal()] = shock.note();
                }
            }
            return new FiguresForm(f.size(), in[0], in[1], in[2], in[3], out[0], notes[0], out[1], notes[1], out[2],
                    notes[2], out[3], notes[3], f.summary().version());
        }

        /** The request the service checks; an amount that is not yuan is refused here, beside its field. */
        MonitoringRequests.FiguresInput request() {
            List<MonitoringRequests.IncomeLine> incomes = new ArrayList<>();
            income(incomes, "wage", "WAGE", "工资性收入", wage);
            income(incomes, "business", "BUSINESS", "经营性收入", business);
            income(incomes, "property", "PROPERTY", "财产性收入", property);
            income(incomes, "transfer", "TRANSFER", "转移性收入", transfer);
            List<MonitoringRequests.ShockLine> shocks = new ArrayList<>();
            shock(shocks, "illness", "ILLNESS", "因病支出", illness, illnessNote);
            shock(shocks, "disaster", "DISASTER", "因灾支出", disaster, disasterNote);
            shock(shocks, "schooling", "SCHOOLING", "因学支出", schooling, schoolingNote);
            shock(shocks, "accident", "ACCIDENT", "意外事故支出", accident, accidentNote);
            return new MonitoringRequests.FiguresInput(size, incomes, shocks, version);
        }

        private static void income(List<MonitoringRequests.IncomeLine> lines, String field, String source, String label,
                                   String yuan) {
            if (yuan != null && !yuan.isBlank()) {
                lines.add(new MonitoringRequests.IncomeLine(source, Yuan.parse(field, label, yuan)));
            }
        }

        private static void shock(List<MonitoringRequests.ShockLine> lines, String field, String kind, String label,
                                  String yuan, String note) {
            if (yuan != null && !yuan.isBlank()) {
                lines.add(new MonitoringRequests.ShockLine(kind, Yuan.parse(field, label, yuan), note));
            }
        }
    }

    record LineForm(Integer year, String line, Integer dropPercent, Integer shockPercent, Integer version) {
    }

    record ContactForm(String username) {
    }

    record MeasureForm(String takenOn, String text) {
    }

    record RemovalForm(String decidedOn, String reason, String decidedBy) {
    }
}
