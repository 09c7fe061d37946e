/**
 * Services close to home (为民服务; seeds 000, 003, 004): the catalogue of service items a village offers, with the
 * office, the materials, the legal time limit in working days, fees and whether the village may take it in on a
 * resident's behalf (代办); 一件事 bundles of several items; 代办 and 全程代理 requests carried by an agent from the
 * materials to the documents returned, on the case loop's {@link org.jiceng.cases.WorkingCalendar}; 政策一页通 policy
 * sheets; the 党群服务中心 with rooms, services, opening hours and bookings, on a map of what lies within 15 minutes'
 * walk; and the figures of all of it, published as {@link org.jiceng.services.ServiceItemHandled} and
 * {@link org.jiceng.services.BookingClosed} for the monthly report and the assessment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "为民服务")
package org.jiceng.services;
