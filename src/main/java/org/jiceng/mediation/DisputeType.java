package org.jiceng.mediation;

/** What a dispute is about. */
public enum DisputeType {
    NEIGHBOUR("邻里纠纷"),
    FAMILY("婚姻家庭纠纷"),
    PROPERTY("物业纠纷"),
    LAND("土地山林纠纷"),
    LABOUR("劳资纠纷"),
    DAMAGES("损害赔偿纠纷"),
    OTHER("其他纠纷");

    private final String label;

    DisputeType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
