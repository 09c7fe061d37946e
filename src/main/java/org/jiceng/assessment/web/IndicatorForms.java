package org.jiceng.assessment.web;

/** The indicator and entered-value forms of the pages, kept as typed when a field is refused. */
final class IndicatorForms {

    private IndicatorForms() {
    }

    public static class IndicatorForm {
        private String name = "";
        private String source = "";
        private String level = "VILLAGE";
        private String period = "QUARTER";
        private String direction = "HIGHER";
        private String target = "";
        private String weight = "10";
        private String unit = "";
        private String note = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
        public String getDirection() { return direction; }
        public void setDirection(String direction) { this.direction = direction; }
        public String getTarget() { return target; }
        public void setTarget(String target) { this.target = target; }
        public String getWeight() { return weight; }
        public void setWeight(String weight) { this.weight = weight; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    public static class ValueForm {
        private String indicatorId = "";
        private String subject = "";
        private String period = "";
        private String value = "";
        private String evidence = "";

        public String getIndicatorId() { return indicatorId; }
        public void setIndicatorId(String indicatorId) { this.indicatorId = indicatorId; }
        public String getSubject() { return subject; }
        public void setSubject(String subject) { this.subject = subject; }
        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
    }
}
