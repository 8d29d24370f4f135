package io.github.hubpolicy.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a decision's time goes, from a JFR recording's execution samples: each sample whose stack
 * passes through {@code DroolsPolicyEvaluator.evaluate} is charged to the first stage it is in
 * below it (detectors, session creation, fact insertion, rule evaluation, reading findings,
 * disposal, resolution), and the detectors' share is split by detector.
 *
 * <pre>
 * java -cp policy-benchmarks/target/benchmarks.jar io.github.hubpolicy.benchmarks.JfrBreakdown evaluate.jfr
 * </pre>
 */
public final class JfrBreakdown {
    private static final String EVALUATE = "io.github.hubpolicy.rules.DroolsPolicyEvaluator.evaluate";
    /** Stages, matched against "class.method" of the frames below evaluate, outermost first. */
    private static final Map<String, String> STAGES = new LinkedHashMap<>();
    private static final String[] DETECTORS = {
        "PhoneDetector", "EmailDetector", "CardAndSsnDetector", "CredentialDetector", "LinkCounter",
        "MetricManipulationDetector", "TextScanner.distinct", "TextScan.<init>"};

    static {
        STAGES.put("TextScanner.scan", "detectors (text scan)");
        STAGES.put("ItemBounds.apply", "item bounds");
        STAGES.put("newKieSession", "session creation");
        STAGES.put("DroolsPolicyEvaluator.insertFacts", "fact insertion");
        STAGES.put("Phase.fireAll", "rule evaluation (fireAllRules, 4 phases)");
        STAGES.put("getObjects", "reading findings back");
        STAGES.put("Sessions.release", "emptying the session for the next decision");
        STAGES.put(".dispose", "session disposal");
        STAGES.put("Resolver.resolve", "resolution");
    }

    private JfrBreakdown() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: JfrBreakdown RECORDING.jfr");
            System.exit(2);
        }
        Map<String, Integer> stages = new LinkedHashMap<>();
        Map<String, Integer> detectors = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> selfByStage = new HashMap<>();
        int inEvaluate = 0;
        int all = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            all++;
            List<String> frames = new ArrayList<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                RecordedMethod method = frame.getMethod();
                frames.add(method.getType().getName() + "." + method.getName());
            }
            // Frames are leaf first; find the outermost evaluate.
            int root = -1;
            for (int i = frames.size() - 1; i >= 0; i--) {
                if (frames.get(i).startsWith(EVALUATE)) {
                    root = i;
                    break;
                }
            }
            if (root < 0) {
                continue;
            }
            inEvaluate++;
            String stage = "evaluate itself";
            int stageFrame = root;
            search:
            for (int i = root - 1; i >= 0; i--) {
                for (Map.Entry<String, String> candidate : STAGES.entrySet()) {
                    if (frames.get(i).contains(candidate.getKey())) {
                        stage = candidate.getValue();
                        stageFrame = i;
                        break search;
                    }
                }
            }
            stages.merge(stage, 1, Integer::sum);
            selfByStage.computeIfAbsent(stage, s -> new HashMap<>()).merge(frames.get(0), 1, Integer::sum);
            if (stage.startsWith("detectors")) {
                String detector = "other";
                for (int i = stageFrame - 1; i >= 0 && detector.equals("other"); i--) {
                    for (String name : DETECTORS) {
                        if (frames.get(i).contains(name)) {
                            detector = name;
                            break;
                        }
                    }
                }
                detectors.merge(detector, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples, %d in DroolsPolicyEvaluator.evaluate%n", all, inEvaluate);
        if (inEvaluate == 0) {
            return;
        }
        int total = inEvaluate;
        stages.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e -> {
            System.out.printf(Locale.ROOT, "  %-42s %5.1f%%%n", e.getKey(), 100.0 * e.getValue() / total);
            selfByStage.get(e.getKey()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(4)
                    .forEach(f -> System.out.printf(Locale.ROOT, "      %5.1f%%  %s%n", 100.0 * f.getValue() / total, f.getKey()));
        });
        System.out.println("detectors, by detector (share of all samples in evaluate):");
        detectors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "  %-42s %5.1f%%%n", e.getKey(), 100.0 * e.getValue() / total));
    }
}
