package org.jiceng.services.internal.booking;

/** Where a booking stands; the last four are closed. */
public enum BookingStatus {
    BOOKED("已预约"), WAITING("候补中"), ATTENDED("已到场"), NO_SHOW("未到场"), CANCELLED("已取消"), LAPSED("候补未轮到");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean live() {
        return this == BOOKED || this == WAITING;
    }
}
