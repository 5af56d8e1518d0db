package vn.vneidlink.config;

import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfiguration;
import org.junit.platform.engine.support.hierarchical.ParallelExecutionConfigurationStrategy;

/**
 * Cucumber's parallel execution sized by the suite's own setting {@code vneidlink.threads}
 * (default: the number of cores), so that the thread count is set like every other setting.
 * Wired in junit-platform.properties ({@code cucumber.execution.parallel.config.strategy=custom}).
 */
public final class ScenarioThreads implements ParallelExecutionConfigurationStrategy {

    @Override
    public ParallelExecutionConfiguration createConfiguration(ConfigurationParameters parameters) {
        int threads = new Settings().threads();
        return new ParallelExecutionConfiguration() {
            @Override
            public int getParallelism() {
                return threads;
            }

            @Override
            public int getMinimumRunnable() {
                return threads;
            }

            @Override
            public int getMaxPoolSize() {
                return threads;
            }

            @Override
            public int getCorePoolSize() {
                return threads;
            }

            @Override
            public int getKeepAliveSeconds() {
                return 30;
            }

            /**
             * A scenario thread blocked on the browser (an HTTP call to a Grid, say) waits rather than
             * asking for a compensating thread: never more than {@code threads} scenarios at once.
             */
            @Override
            public Predicate<? super ForkJoinPool> getSaturatePredicate() {
                return pool -> true;
            }
        };
    }
}
