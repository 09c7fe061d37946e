package org.jiceng.ledger.web;

import java.util.ArrayList;
import java.util.List;

/** The entry form as typed: its day, summary and lines of subject and amount in yuan, kept when refused. */
public class EntryForm {

    /** Lines the form offers; empty ones are left out when posting. */
    static final int LINES = 6;

    private String date;
    private String memo;
    private List<LineForm> lines = new ArrayList<>();

    public EntryForm() {
        while (lines.size() < LINES) {
            lines.add(new LineForm());
        }
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = memo;
    }

    public List<LineForm> getLines() {
        return lines;
    }

    public void setLines(List<LineForm> lines) {
        this.lines = lines;
    }

    /** One line: a subject and either a debit or a credit, in yuan as typed ("1,234.50"). */
    public static class LineForm {
        private String subject;
        private String debit;
        private String credit;

        public String getSubject() {
            return subject;
        }

        public void setSubject(String subject) {
            this.subject = subject;
        }

        public String getDebit() {
            return debit;
        }

        public void setDebit(String debit) {
            this.debit = debit;
        }

        public String getCredit() {
            return credit;
        }

        public void setCredit(String credit) {
            this.credit = credit;
        }

        boolean blank() {
            return isBlank(subject) && isBlank(debit) && isBlank(credit);
        }

        static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
