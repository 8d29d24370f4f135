package io.github.hubpolicy.testkit.corpus;

import java.util.Locale;
import java.util.Random;

/**
 * Plausible hub text: model cards (markdown headings, hyperparameters, result tables, version
 * lists, links, code) and community comments (questions, thanks, tracebacks). Clean by
 * construction: no contact detail, card number, credential or metric-manipulation phrase, though
 * it has the digits, dates, versions and near-miss phrases real text has, so the detectors do
 * their real work on it.
 */
final class Prose {
    /** The style of a text. */
    enum Style {
        /** A model, dataset or Space card. */
        CARD,
        /** A comment or discussion post. */
        COMMENT
    }

    private static final String[] BASES = {
        "bert-base-uncased", "roberta-large", "distilbert-base-cased", "t5-small", "gpt2-medium",
        "Llama-2-7b-hf", "Mistral-7B-v0.1", "whisper-small", "vit-base-patch16-224", "stable-diffusion-v1-5",
        "xlm-roberta-base", "deberta-v3-base", "clip-vit-large-patch14", "wav2vec2-base-960h"};
    private static final String[] DATASETS = {
        "imdb", "glue/sst2", "squad_v2", "common_voice_13_0", "cnn_dailymail", "wikitext-103", "xsum",
        "conll2003", "librispeech_asr", "coco_captions", "openassistant-guanaco", "amazon_polarity"};
    private static final String[] TASKS = {
        "text classification", "named entity recognition", "summarization", "question answering",
        "speech recognition", "image classification", "translation", "text generation",
        "sentiment analysis", "image captioning"};
    private static final String[] DOMAINS = {
        "product review", "legal", "medical", "customer support", "news", "code", "scientific",
        "social media", "financial", "multilingual"};
    private static final String[] GPUS = {"T4", "A10G", "A100 40GB", "RTX 3090", "V100", "L4", "RTX 4090"};
    private static final String[] FILLER = {
        "The model was evaluated on a held-out split that was never seen during training.",
        "Results may vary with different random seeds and hardware.",
        "We recommend fine-tuning on in-domain data before any production use.",
        "The tokenizer is the same as the base model's, with no added tokens.",
        "Mixed precision training was used throughout to reduce memory.",
        "The data was deduplicated and filtered for language before training.",
        "Longer inputs are truncated to the maximum sequence length.",
        "The checkpoint with the lowest validation loss was kept.",
        "Gradient accumulation was used to reach the effective batch size.",
        "This card is a work in progress; more details will follow.",
        "Please open a discussion if you find a problem with the weights.",
        "Follow this guide to get started with the inference API.",
        "The evaluation script is included in the repository.",
        "Bias and fairness were not evaluated beyond the standard benchmarks.",
        "Inference runs comfortably on a single consumer GPU.",
        "Quantized variants are available in a separate repository."};
    private static final String[] COMMENTS = {
        "Thanks for sharing this, it works well on my %s data.",
        "I get a CUDA out of memory error with batch size %d on a %s.",
        "Which version of transformers did you use? I'm on 4.%d.%d.",
        "Could you upload the safetensors weights as well?",
        "The tokenizer config seems to be missing the chat template.",
        "Great work! How long did training take on %d GPUs?",
        "Is there a quantized version that runs on CPU?",
        "I'd like to get free GPU credits for a student project, does anyone know a program?",
        "Loss goes to NaN after about %d steps with the default learning rate.",
        "The link to the paper in the card is broken.",
        "Works for me after pinning torch to 2.%d.%d.",
        "I'll follow back up once I have run the benchmark again.",
        "Any plans to release the training code?",
        "Accuracy on my test set is %d.%d%%, a bit lower than reported.",
        "Nice demo, the latency is impressive.",
        "Can this be used commercially under the current licence?",
        "Same issue here, it started after the last commit.",
        "Tried it on %s text and it struggles with long documents."};

    private Prose() {
    }

    /**
     * Text of {@code style}: whole sentences and paragraphs up to the first that reaches
     * {@code length} characters (but never past {@code max}), or exactly {@code length} characters
     * when {@code exact}.
     */
    static String text(Random random, Style style, int length, int max, boolean exact) {
        StringBuilder text = new StringBuilder(length + 512);
        int lastEnd = 0;
        while (text.length() < length) {
            lastEnd = text.length();
            if (style == Style.CARD) {
                cardParagraph(random, text);
            } else {
                commentSentence(random, text);
            }
        }
        if (exact) {
            text.setLength(length);
            return text.toString();
        }
        if (text.length() > max) {
            text.setLength(lastEnd > 0 ? lastEnd : max);
        }
        return text.toString().strip();
    }

    private static void cardParagraph(Random random, StringBuilder out) {
        int kind = random.nextInt(10);
        switch (kind) {
            case 0 -> out.append(String.format(Locale.ROOT,
                    "This model is a fine-tuned version of %s on the %s dataset for %s. ",
                    pick(random, BASES), pick(random, DATASETS), pick(random, TASKS)));
            case 1 -> out.append(String.format(Locale.ROOT,
                    "It achieves the following results on the evaluation set: loss %.4f, accuracy %.4f, f1 %.4f.\n\n",
                    random.nextDouble(), 0.6 + 0.4 * random.nextDouble(), 0.6 + 0.4 * random.nextDouble()));
            case 2 -> out.append(String.format(Locale.ROOT,
                    "## Training hyperparameters\n\nlearning_rate: %de-0%d, train_batch_size: %d, eval_batch_size: %d, "
                            + "seed: %d, optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08, num_epochs: %d\n\n",
                    1 + random.nextInt(9), 4 + random.nextInt(3), 8 << random.nextInt(4), 8 << random.nextInt(4),
                    random.nextInt(100), 1 + random.nextInt(10)));
            case 3 -> resultsTable(random, out);
            case 4 -> out.append(String.format(Locale.ROOT,
                    "### Framework versions\n\n- Transformers 4.%d.%d\n- Pytorch 2.%d.%d+cu1%d\n- Datasets 2.%d.%d\n- Tokenizers 0.%d.%d\n\n",
                    random.nextInt(40), random.nextInt(5), random.nextInt(3), random.nextInt(3), 17 + random.nextInt(3),
                    random.nextInt(20), random.nextInt(5), random.nextInt(16), random.nextInt(5)));
            case 5 -> out.append(String.format(Locale.ROOT,
                    "See the paper at https://arxiv.org/abs/2%d%02d.%05d for details (released %d-%02d-%02d). ",
                    random.nextInt(4), 1 + random.nextInt(12), random.nextInt(100000),
                    2020 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28)));
            case 6 -> out.append(String.format(Locale.ROOT,
                    "```python\nfrom transformers import pipeline\npipe = pipeline(\"%s\", model=\"%s\")\n"
                            + "print(pipe(\"The quick brown fox jumps over the lazy dog.\"))\n```\n\n",
                    pick(random, TASKS).replace(' ', '-'), pick(random, BASES)));
            case 7 -> out.append("## Intended uses & limitations\n\n").append(pick(random, FILLER)).append(' ')
                    .append(pick(random, FILLER)).append("\n\n");
            default -> out.append(pick(random, FILLER)).append(' ');
        }
    }

    private static void resultsTable(Random random, StringBuilder out) {
        out.append("| Training Loss | Epoch | Step | Validation Loss | Accuracy |\n|:---:|:---:|:---:|:---:|:---:|\n");
        int rows = 2 + random.nextInt(5);
        double loss = 0.3 + random.nextDouble();
        for (int row = 1; row <= rows; row++) {
            loss *= 0.8;
            out.append(String.format(Locale.ROOT, "| %.4f | %.1f | %d | %.4f | %.4f |\n",
                    loss, (double) row, row * (100 + random.nextInt(900)), loss * 1.1, 0.7 + 0.3 * random.nextDouble()));
        }
        out.append('\n');
    }

    private static void commentSentence(Random random, StringBuilder out) {
        String template = pick(random, COMMENTS);
        out.append(template.indexOf('%') < 0 ? template : String.format(Locale.ROOT, template, arguments(random, template)));
        out.append(random.nextInt(6) == 0 ? "\n\n" : " ");
        if (random.nextInt(40) == 0) {
            out.append(String.format(Locale.ROOT, "Traceback (most recent call last):\n  File \"run.py\", line %d, in <module>\n"
                    + "RuntimeError: expected scalar type Float but found Half\n", 10 + random.nextInt(400)));
        }
    }

    private static Object[] arguments(Random random, String template) {
        // Each %s takes a word and each %d a number; "%%" is a literal percent sign.
        String stripped = template.replace("%%", "");
        Object[] args = new Object[stripped.split("%", -1).length - 1];
        int a = 0;
        for (int i = stripped.indexOf('%'); i >= 0; i = stripped.indexOf('%', i + 1)) {
            args[a++] = stripped.charAt(i + 1) == 'd'
                    ? (Object) (1 + random.nextInt(99))
                    : pick(random, template.contains("GPU") || template.contains("batch") ? GPUS : DOMAINS);
        }
        return args;
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
