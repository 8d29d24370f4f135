package io.github.hubpolicy.server;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The page's live updates: each open page holds one server-sent event stream, and every compile
 * of the candidate is sent to all of them as a {@code candidate} event. A stream that fails (the
 * page was closed) is dropped; at shutdown every stream is ended before the web server's graceful
 * shutdown waits for requests in flight.
 */
final class PlaygroundEvents implements SmartLifecycle {
    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private final Function<CandidateRules.State, Object> view;

    PlaygroundEvents(Function<CandidateRules.State, Object> view) {
        this.view = view;
    }

    /** A new stream that first carries the current state. */
    SseEmitter open(CandidateRules.State current) {
        SseEmitter emitter = new SseEmitter(0L);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        emitters.add(emitter);
        if (current != null) {
            send(emitter, current);
        }
        return emitter;
    }

    void publish(CandidateRules.State state) {
        emitters.forEach(emitter -> send(emitter, state));
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends the open streams first, so that they do not hold up a graceful shutdown. */
    @Override
    public void stop() {
        running = false;
        emitters.forEach(SseEmitter::complete);
        emitters.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private void send(SseEmitter emitter, CandidateRules.State state) {
        try {
            emitter.send(SseEmitter.event().name("candidate").id(Long.toString(state.revision())).data(view.apply(state)));
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
        }
    }
}
