package io.github.qbank.core.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A bank written by the test, large enough to give a report of thousands of findings on long
 * Chinese source lines: each file has numbered questions with gaps, answer links to files that do
 * not exist, missing images and anchors to no heading. The text is made up here.
 */
final class GeneratedBank {

    private static final String[] TOPICS = {"注意力机制", "位置编码", "混合专家模型", "分布式训练", "量化与剪枝", "检索增强生成",
        "长上下文推理", "指令微调", "奖励模型", "推理加速"};

    private static final String[] PHRASES = {"请结合显存占用与计算复杂度说明", "在实际工程部署中应当如何权衡", "并给出一个可以复现的实验设置",
        "比较两种常见方案在吞吐与延迟上的差异", "说明训练不稳定时需要优先检查的指标", "讨论数据质量对最终效果的影响",
        "解释为什么这种做法在小批量时会失效", "列出至少三个容易被忽略的边界情况"};

    private GeneratedBank() {}

    /**
     * Findings per file: a numbering gap in every section of 20 questions, and per question one
     * link, every third an image, every fifth an anchor. The sections repeat their topic
     * ({@code 1.1 注意力机制面试题}, {@code 1.2 注意力机制面试题}, …): parts of one topic, which
     * duplicate-section does not report.
     */
    static Path write(Path dir, int files, int questionsPerFile) throws IOException {
        Path bank = Files.createDirectories(dir);
        for (int f = 1; f <= files; f++) {
            StringBuilder md = new StringBuilder();
            String topic = TOPICS[f % TOPICS.length];
            md.append("# 第").append(f).append("章 ").append(topic).append("\n\n");
            int number = 0;
            for (int q = 1; q <= questionsPerFile; q++) {
                if (q % 20 == 1) {
                    md.append("\n## ").append(f).append('.').append(q / 20 + 1).append(' ').append(topic).append("面试题\n\n");
                    number = 0;
                }
                number += q % 20 == 10 ? 2 : 1;
                md.append("- ").append(number).append(' ').append(question(f, q))
                        .append(" [点击查看答案](answers/第").append(f).append("章/问题").append(q).append(".md)");
                if (q % 3 == 0) {
                    md.append(" ![示意图](img/chapter-").append(f).append("-figure-").append(q)
                            .append("-with-a-long-file-name-that-does-not-break.png)");
                }
                if (q % 5 == 0) {
                    md.append(" [相关问题](#不存在的小节").append(q).append(')');
                }
                md.append('\n');
            }
            Files.writeString(bank.resolve(String.format("第%02d章-%s.md", f, topic)), md);
        }
        return bank;
    }

    private static String question(int file, int q) {
        StringBuilder text = new StringBuilder("关于").append(TOPICS[(file + q) % TOPICS.length]).append("：");
        for (int i = 0; i < 6 + q % 5; i++) {
            text.append(PHRASES[(file * 7 + q * 3 + i) % PHRASES.length]).append(i % 2 == 0 ? "，" : "；");
        }
        return text.append("这是第").append(q).append("个问题？").toString();
    }
}
