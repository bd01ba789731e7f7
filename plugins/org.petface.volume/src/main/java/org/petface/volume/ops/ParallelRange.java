package org.petface.volume.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs a loop body over 0..count-1 on a bounded number of threads. Each index runs exactly once and results
 * must not depend on which thread runs it, so output is the same for any thread count.
 */
public final class ParallelRange {

    private ParallelRange() {
    }

    public static void forEach(int count, int threads, IntConsumer body) {
        int workers = Math.max(1, Math.min(threads, count));
        if (workers == 1) {
            for (int n = 0; n < count; n++) {
                body.accept(n);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "petface-volume");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                int worker = w;
                // Interleaved assignment balances work when cost varies along the range.
                futures.add(pool.submit(() -> {
                    for (int n = worker; n < count; n += workers) {
                        body.accept(n);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
