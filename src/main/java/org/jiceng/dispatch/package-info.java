/**
 * Smart dispatch (智能分派): a classifier trained on the deployment's own closed cases suggests a new case's
 * category and handling unit from its text, may route it automatically above a confidence the town sets, and
 * finds similar past cases; words come from {@link org.jiceng.search.ChineseText}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "智能分派")
package org.jiceng.dispatch;
