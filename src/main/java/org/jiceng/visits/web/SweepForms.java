package org.jiceng.visits.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jiceng.visits.internal.sweep.SweepRequests;

/** The forms of the sweep pages, as typed (so a refused form comes back as it was sent). */
final class SweepForms {

    private SweepForms() {
    }

    /** A new sweep: the checklist one question a line, a line ending in “（文字）” asking for text, not 是/否. */
    static final class NewSweepForm {
        private String territoryCode;
        private String title;
        private String targetTags;
        private String startsOn;
        private String endsOn;
        private String checklist = "取暖是否安全\n用电是否安全\n有无就医需求\n其他困难（文字）";

        SweepRequests.NewSweep request() {
            List<SweepRequests.ChecklistItem> items = new ArrayList<>();
            if (checklist != null) {
                for (String line : checklist.split("\\R")) {
                    String label = line.strip();
                    if (label.isEmpty()) {
                        continue;
                    }
                    boolean text = label.endsWith("（文字）") || label.endsWith("(文字)");
                    items.add(new SweepRequests.ChecklistItem(text ? label.substring(0, label.length() - 4).strip() : label,
                            text ? "TEXT" : "YES_NO"));
                }
            }
            List<String> tags = targetTags == null ? List.of()
                    : Arrays.stream(targetTags.split("[,，、\\s]+")).filter(t -> !t.isBlank()).toList();
            return new SweepRequests.NewSweep(territoryCode, title, tags, startsOn, endsOn, items);
        }

        public String getTerritoryCode() { return territoryCode; }
        public void setTerritoryCode(String v) { territoryCode = v; }
        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getTargetTags() { return targetTags; }
        public void setTargetTags(String v) { targetTags = v; }
        public String getStartsOn() { return startsOn; }
        public void setStartsOn(String v) { startsOn = v; }
        public String getEndsOn() { return endsOn; }
        public void setEndsOn(String v) { endsOn = v; }
        public String getChecklist() { return checklist; }
        public void setChecklist(String v) { checklist = v; }
    }

    /** A check of one household, the answers by the checklist's index. */
    static final class CheckForm {
        private String clientId;
        private Long householdId;
        private List<String> answers = new ArrayList<>();
        private String remark;
        private Boolean openCase;
        private String caseCategory;

        SweepRequests.NewCheck request() {
            SweepRequests.CaseToOpen open = Boolean.TRUE.equals(openCase)
                    ? new SweepRequests.CaseToOpen(caseCategory, remark) : null;
            return new SweepRequests.NewCheck(clientId, householdId, answers, remark, null, null, open != null, open);
        }

        public String getClientId() { return clientId; }
        public void setClientId(String v) { clientId = v; }
        public Long getHouseholdId() { return householdId; }
        public void setHouseholdId(Long v) { householdId = v; }
        public List<String> getAnswers() { return answers; }
        public void setAnswers(List<String> v) { answers = v; }
        public String getRemark() { return remark; }
        public void setRemark(String v) { remark = v; }
        public Boolean getOpenCase() { return openCase; }
        public void setOpenCase(Boolean v) { openCase = v; }
        public String getCaseCategory() { return caseCategory; }
        public void setCaseCategory(String v) { caseCategory = v; }
    }
}
