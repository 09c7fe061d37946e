/**
 * Assessment and accountability (考核与问责; seeds 000, 001, 003, 004): indicators computed from the other modules'
 * data or entered with evidence, scorecards of towns, villages and party organisations, 赛道比拼 with quarterly
 * rankings and progress scores, 星级评定 with 红旗村 and 软弱涣散 lists, livelihood projects (民生实事, 书记项目)
 * followed to completion, 巡察整改 from finding to 销账, and the lists that bound village power (小微权力清单,
 * 工作准入清单, 权责清单).
 */
@org.springframework.modulith.ApplicationModule(displayName = "考核评价")
package org.jiceng.assessment;
