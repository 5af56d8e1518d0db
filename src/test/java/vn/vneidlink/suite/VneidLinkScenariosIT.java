package vn.vneidlink.suite;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/**
 * The scenarios of {@code features/}, run by Failsafe (the name ends in IT). Settings of the run
 * are in {@code junit-platform.properties}; filter with {@code -Dcucumber.filter.tags=@buoc-1}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class VneidLinkScenariosIT {}
