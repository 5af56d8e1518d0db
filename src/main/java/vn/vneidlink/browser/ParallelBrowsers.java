package vn.vneidlink.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Work over a list of portals, bounded and side by side: checks without a browser all at once (a socket each), and
 * checks in a browser a few at a time, each in a browser of its own (the scenario's, and extra ones closed at the
 * end). Used by the readiness checks and the drift check; answers in the order of the list.
 */
public final class ParallelBrowsers {

    private ParallelBrowsers() {}

    /** {@code work} for every item, at most {@code atOnce} at a time, on daemon threads named {@code name}. */
    public static <T, R> List<R> atOnce(List<T> items, int atOnce, String name, Function<T, R> work) {
        if (items.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(items.size(), atOnce), daemon(name));
        try {
            List<Future<R>> answers = new ArrayList<>();
            for (T item : items) {
                answers.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> answer : answers) {
                results.add(get(answer));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code work} for every item, in at most {@code browsers} browsers at once: {@code own} and extra ones from
     * {@code extra}, disposed when all is done. Returns when every item is done; the first failure is thrown.
     */
    public static <T, R> List<R> each(List<T> items, int browsers, Browser own, Supplier<Browser> extra, BiFunction<Browser, T, R> work) {
        if (items.isEmpty()) {
            return List.of();
        }
        int count = Math.min(browsers, items.size());
        BlockingQueue<Browser> idle = new ArrayBlockingQueue<>(count);
        List<Browser> extras = new ArrayList<>();
        idle.add(own);
        try {
            for (int i = 1; i < count; i++) {
                Browser browser = extra.get();
                extras.add(browser);
                idle.add(browser);
            }
            return atOnce(items, count, "portal-browser", item -> {
                Browser browser = take(idle);
                try {
                    return work.apply(browser, item);
                } finally {
                    idle.add(browser);
                }
            });
        } finally {
            extras.forEach(Browser::dispose);
        }
    }

    private static Browser take(BlockingQueue<Browser> idle) {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Kiểm tra các cổng bị ngắt / portal checks interrupted", e);
        }
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Kiểm tra các cổng bị ngắt / portal checks interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
