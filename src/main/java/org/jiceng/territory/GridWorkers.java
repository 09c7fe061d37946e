package org.jiceng.territory;

import java.util.Map;

/**
 * Who works on the grids, for territory's grid pages. The module that keeps the grid worker posts (party)
 * provides it, so territory names them without depending on that module; without a provider the pages show
 * the name stored with the grid, if any.
 */
public interface GridWorkers {

    /** Grid code → its grid workers' names (e.g. "张三；兼职：李四、王五"), for the grids under {@code prefix}. */
    Map<String, String> names(String prefix);
}
