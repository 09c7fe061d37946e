package org.jiceng.mediation;

/** Who sits on a dispute's mediator team (指尖调解服务团, seed 001; 专职调解员, seed 003). */
public enum MediatorKind {
    JUDICIAL_OFFICE("司法所工作人员"),
    LAWYER("律师"),
    COMMUNITY_POLICE("社区民警"),
    COMMUNITY_WORKER("社区工作者"),
    PARTY_VOLUNTEER("党员志愿者"),
    FULL_TIME_MEDIATOR("专职调解员");

    private final String label;

    MediatorKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
