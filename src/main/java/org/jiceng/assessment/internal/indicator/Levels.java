package org.jiceng.assessment.internal.indicator;

/** Who an indicator assesses, and the subject code each is known by. */
public final class Levels {

    private Levels() {
    }

    public static String label(String level) {
        return switch (level) {
            case "TOWN" -> "乡镇(街道)";
            case "VILLAGE" -> "村(社区)";
            case "PARTY_ORG" -> "党组织";
            default -> level;
        };
    }

    /** TOWN for a 9-digit code, VILLAGE for 12, PARTY_ORG for "P" and an organisation's id. */
    public static String ofSubject(String subject) {
        if (subject.startsWith("P")) {
            return "PARTY_ORG";
        }
        return subject.length() == 9 ? "TOWN" : "VILLAGE";
    }

    public static boolean validSubject(String subject) {
        return subject != null && subject.matches("[0-9]{9}|[0-9]{12}|P[0-9]{1,18}");
    }
}
