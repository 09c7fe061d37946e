package org.jiceng.visits.internal.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.BadInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A household's figures for a year, as sealed in {@code monitoring_record.figures_sealed}: its size, income by
 * source and expenditure shocks, all in fen. Net income is the sum of the income lines (经营性 may be a loss).
 */
public record Figures(int size, List<Income> incomes, List<Shock> shocks) {

    /** The most a single amount may be: ten million yuan, far above any household's line, far below overflow. */
    static final long MAX_FEN = 1_000_000_000L;
    static final int MAX_LINES = 30;

    public enum Source {
        WAGE("工资性收入"), BUSINESS("经营性收入"), PROPERTY("财产性收入"), TRANSFER("转移性收入");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum ShockKind {
        ILLNESS("因病"), DISASTER("因灾"), SCHOOLING("因学"), ACCIDENT("意外事故"), OTHER("其他");

        private final String label;

        ShockKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Income(Source source, long fen) {
    }

    public record Shock(ShockKind kind, long fen, String note) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Figures {
        incomes = List.copyOf(incomes);
        shocks = List.copyOf(shocks);
    }

    public long netIncomeFen() {
        return incomes.stream().mapToLong(Income::fen).sum();
    }

    public long shocksFen() {
        return shocks.stream().mapToLong(Shock::fen).sum();
    }

    public long perCapitaFen() {
        return MonitoringRule.perCapita(netIncomeFen(), size);
    }

    String seal() {
        return JSON.writeValueAsString(this);
    }

    static Figures unseal(String json) {
        return JSON.readValue(json, Figures.class);
    }

    /** Checks what was sent; every refusal names the line, never the amount typed. */
    public static Figures checked(Integer size, List<MonitoringRequests.IncomeLine> incomes,
                                  List<MonitoringRequests.ShockLine> shocks) {
        if (size == null || size < 1 || size > 50) {
            throw new BadInputException("size", "家庭人口须为 1–50 人");
        }
        List<MonitoringRequests.IncomeLine> in = incomes == null ? List.of() : incomes;
        List<MonitoringRequests.ShockLine> out = shocks == null ? List.of() : shocks;
        if (in.size() > MAX_LINES || out.size() > MAX_LINES) {
            throw new BadInputException("incomes", "收入和支出各最多 " + MAX_LINES + " 项");
        }
        List<Income> checkedIncomes = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            MonitoringRequests.IncomeLine line = in.get(i);
            String field = "incomes[" + i + "]";
            Source source = line == null ? null : parse(Source.class, line.source());
            if (source == null) {
                throw new BadInputException(field, "第 " + (i + 1) + " 项收入须注明来源：WAGE（工资性）、BUSINESS（经营性）、"
                        + "PROPERTY（财产性）或 TRANSFER（转移性）");
            }
            long floor = source == Source.BUSINESS ? -MAX_FEN : 0;
            if (line.fen() == null || line.fen() < floor || line.fen() > MAX_FEN) {
                throw new BadInputException(field, source.label() + "金额须为以分计的整数"
                        + (floor == 0 ? "，不能为负数" : "") + "，单项最多一千万元");
            }
            checkedIncomes.add(new Income(source, line.fen()));
        }
        List<Shock> checkedShocks = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            MonitoringRequests.ShockLine line = out.get(i);
            String field = "shocks[" + i + "]";
            ShockKind kind = line == null ? null : parse(ShockKind.class, line.kind());
            if (kind == null) {
                throw new BadInputException(field, "第 " + (i + 1) + " 项支出须注明类别：ILLNESS（因病）、DISASTER（因灾）、"
                        + "SCHOOLING（因学）、ACCIDENT（意外事故）或 OTHER（其他）");
            }
            if (line.fen() == null || line.fen() <= 0 || line.fen() > MAX_FEN) {
                throw new BadInputException(field, kind.label() + "支出金额须为大于零的整数（分），单项最多一千万元");
            }
            String note = line.note() == null ? "" : line.note().strip();
            if (note.length() > 200) {
                throw new BadInputException(field, kind.label() + "支出说明不能超过 200 字");
            }
            if (note.chars().anyMatch(c -> c < 0x20)) {
                throw new BadInputException(field, "支出说明不能含有控制字符");
            }
            checkedShocks.add(new Shock(kind, line.fen(), note));
        }
        return new Figures(size, checkedIncomes, checkedShocks);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(name.strip())) {
                return value;
            }
        }
        return null;
    }
}
